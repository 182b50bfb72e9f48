import type { Rule } from '../../types'

export const bugsRules: Rule[] = []
