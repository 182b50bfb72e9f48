import { allRules } from '../../../../src/review/rules'
import type { Rule } from '../../../../src/review/types'

/** The registered (syntax) rule with this id. */
export function registered(id: string): Rule {
  const rule = allRules.find((r) => r.meta.id === id)
  if (!rule) throw new Error(`no rule ${id}`)
  return rule
}
