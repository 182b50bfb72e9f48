import type { Rule } from '../../types'

export const hygieneRules: Rule[] = []
