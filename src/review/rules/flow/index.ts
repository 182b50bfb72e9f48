/**
 * Rules answered by the syntax analysis (src/review/flow). Rules that replace a line rule keep
 * its id, meta and examples and add what the flow pass treats as sources, sinks and sanitizers;
 * the line rule stays as the fallback for files that do not parse.
 */
import type { FileRule, LineRule, Rule, RuleMeta } from '../../types'
import { NEW_RULES, FLOW_DOCS } from './catalogue'
import { syntaxRule, type FallbackMode } from './syntax-rule'

/** Rules whose line version guesses more than it knows: on parsed code the flow pass alone decides. */
const REPLACED: Record<string, FallbackMode> = {
  'python/path-traversal': 'replace',
  'js/path-traversal': 'replace',
}

/** Line rules the syntax analysis now answers (with the line rule kept as fallback). */
export const SUPERSEDED = new Set(Object.keys(FLOW_DOCS))

function upgrade(rule: LineRule): FileRule {
  const docs = FLOW_DOCS[rule.meta.id]!
  const meta: RuleMeta = { ...rule.meta, flow: docs }
  return syntaxRule(meta, rule, REPLACED[rule.meta.id] ?? 'union')
}

/** Each superseded line rule, upgraded in place (same position, same id). */
export function withSyntaxRules(rules: readonly Rule[]): Rule[] {
  return rules.map((r) => (r.kind === 'line' && SUPERSEDED.has(r.meta.id) ? upgrade(r) : r))
}

/** Rules that exist only as syntax rules, grouped by pack. */
export const flowOnlyRules = {
  secrets: NEW_RULES.filter((m) => m.pack === 'secrets').map((m) => syntaxRule(m)),
  injection: NEW_RULES.filter((m) => m.pack === 'injection').map((m) => syntaxRule(m)),
  crypto: NEW_RULES.filter((m) => m.pack === 'crypto').map((m) => syntaxRule(m)),
  bugs: NEW_RULES.filter((m) => m.pack === 'bugs').map((m) => syntaxRule(m)),
  async: NEW_RULES.filter((m) => m.pack === 'async').map((m) => syntaxRule(m)),
}
