/**
 * A blocking call that the flow analysis already reports as a security flaw on the same line
 * (`requests.get(user_url)` as SSRF, `subprocess.run(cmd, shell=True)` as shell injection,
 * `open(user_path).read()` as path traversal): the line gets that one finding rather than two on
 * one call.
 */
import { analyseFile } from '../../flow/analyse-file'
import { grammarFor } from '../../syntax/source'
import type { FileUnderReview } from '../../types'

export function reportedAsSecurityFlaw(file: FileUnderReview, line: number, ruleIds: readonly string[]): boolean {
  const analysis = grammarFor(file) ? analyseFile(file) : undefined
  if (!analysis?.ok) return false
  return ruleIds.some((id) => analysis.hits.get(id)?.some((hit) => hit.line <= line && line <= (hit.endLine ?? hit.line)) ?? false)
}
