import type { Rule } from '../../types'

export const secretsRules: Rule[] = []
