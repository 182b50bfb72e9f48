/** The review engine's public surface: what the queue consumer, the API and the docs import. */
import { allRules } from './rules'
import { cweOf } from './cwe'
import { redactSecretExample } from './display-example'
import type { RuleMeta } from './types'

export { reviewChangeset, type ReviewDeps } from './engine'
export { parseUnifiedDiff, splitMultiFileDiff } from './diff'
export { detectLanguage, isGeneratedPath, isTestPath } from './language'
export { DEFAULT_MAX_FINDINGS, findUnknownRuleRefs, isRuleActive } from './options'
export { compileGlobs } from './glob'
export { cweOf, cweUrl } from './cwe'
export { hashString } from './fingerprint'
export { allRules }
export * from './types'

/**
 * Every rule's metadata sorted by id, with the weaknesses it reports, for `GET /api/rules`, reports and the rules doc
 * (examples safe to publish).
 */
export function ruleCatalog(rules: readonly { meta: RuleMeta }[] = allRules): RuleMeta[] {
  return rules
    .map((rule) => ({ ...(rule.meta.pack === 'secrets' ? publishable(rule.meta) : rule.meta), cwe: cweOf(rule.meta.id) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function publishable(meta: RuleMeta): RuleMeta {
  return { ...meta, examples: { bad: redactSecretExample(meta.examples.bad), good: meta.examples.good } }
}
