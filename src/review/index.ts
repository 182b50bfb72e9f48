/** The review engine's public surface: what the queue consumer, the API and the docs import. */
import { allRules } from './rules'
import type { RuleMeta } from './types'

export { reviewChangeset, type ReviewDeps } from './engine'
export { parseUnifiedDiff, splitMultiFileDiff } from './diff'
export { detectLanguage, isGeneratedPath, isTestPath } from './language'
export { DEFAULT_MAX_FINDINGS, findUnknownRuleRefs, isRuleActive } from './options'
export { compileGlobs } from './glob'
export { hashString } from './fingerprint'
export { allRules }
export * from './types'

/** Every rule's metadata sorted by id, for `GET /api/rules` and the rules doc. */
export function ruleCatalog(rules: readonly { meta: RuleMeta }[] = allRules): RuleMeta[] {
  return rules.map((rule) => rule.meta).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
