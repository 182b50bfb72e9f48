import { validationFailed } from '../errors'
import { allRules, findUnknownRuleRefs } from '../review'
import type { ReviewOptions } from '../review/types'

/** Refuses options that name rules or packs that do not exist, so a typo does not silently review everything. */
export function checkReviewOptions(options: ReviewOptions | undefined): void {
  if (!options) return
  const unknown = findUnknownRuleRefs(options, allRules)
  if (unknown.length === 0) return
  throw validationFailed(
    unknown.map((ref) => ({
      path: (options.disable ?? []).includes(ref) ? 'json.options.disable' : 'json.options.enable',
      message: `unknown rule or pack \`${ref}\`; see GET /api/rules`,
    })),
  )
}
