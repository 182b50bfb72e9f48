import { SEVERITY_RANK } from '../review/types'
import type { ReportFinding } from './types'

/** Plain code-unit comparison: `localeCompare` depends on the runtime's ICU data. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Severity, then file (changeset-level first), then line (file-level first), then rule and id,
 * so every renderer lists findings the same way whatever order the caller passed.
 */
export function compareFindings(a: ReportFinding, b: ReportFinding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    comparePaths(a.file_path, b.file_path) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.rule_id, b.rule_id) ||
    compareText(a.id, b.id)
  )
}

export function comparePaths(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return -1
  if (b === null) return 1
  return compareText(a, b)
}

export function sortFindings(findings: readonly ReportFinding[]): ReportFinding[] {
  return [...findings].sort(compareFindings)
}
