import type { Rule } from '../../types'

export const asyncRules: Rule[] = []
