import { zeroBySeverity } from '../db/summary'
import type { ReviewResult } from '../review/types'

export interface RevisionSummary {
  files_reviewed: number
  files_skipped: number
  lines_added: number
  lines_removed: number
  findings: number
  new_findings: number
  resolved_findings: number
  by_severity: Record<string, number>
  by_category: Record<string, number>
  truncated: number
  suppressed: number
  parse_problems: number
}

/** What this revision's review found, frozen at commit so later triage does not rewrite history. */
export function summarizeRevision(
  result: ReviewResult,
  previous: ReadonlyArray<{ fingerprint: string; status: string }>,
): RevisionSummary {
  const current = new Set(result.findings.map((f) => f.fingerprint))
  const known = new Set(previous.map((f) => f.fingerprint))
  const bySeverity = zeroBySeverity()
  const byCategory: Record<string, number> = {}
  for (const f of result.findings) {
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1
  }
  return {
    files_reviewed: result.files.filter((f) => !f.skipped).length,
    files_skipped: result.files.filter((f) => f.skipped).length,
    lines_added: result.files.reduce((n, f) => n + f.additions, 0),
    lines_removed: result.files.reduce((n, f) => n + f.deletions, 0),
    findings: result.findings.length,
    new_findings: result.findings.filter((f) => !known.has(f.fingerprint)).length,
    resolved_findings: previous.filter((f) => f.status === 'open' && !current.has(f.fingerprint)).length,
    by_severity: bySeverity,
    by_category: byCategory,
    truncated: result.truncated,
    suppressed: result.suppressed,
    parse_problems: result.files.reduce((n, f) => n + f.problems.length, 0),
  }
}
