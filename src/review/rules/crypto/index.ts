import type { Rule } from '../../types'

export const cryptoRules: Rule[] = []
