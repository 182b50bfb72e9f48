import type { Rule } from '../../types'

export const injectionRules: Rule[] = []
