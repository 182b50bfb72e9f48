import type { Rule } from '../../types'

export const changesetRules: Rule[] = []
