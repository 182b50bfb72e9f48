import type { Category, RuleMeta, Severity } from '../review/types'

/** One finding as the reports see it (the API's wire shape). */
export interface ReportFinding {
  id: string
  rule_id: string
  /** The weaknesses the finding's rule reports (`CWE-89`); absent or empty for style, hygiene and AI findings. */
  cwe?: readonly string[]
  severity: Severity
  category: Category
  /** `null` for changeset-level findings. */
  file_path: string | null
  /** New-side line; `null` for file- or changeset-level findings. */
  line: number | null
  end_line: number | null
  message: string
  suggestion: string | null
  fingerprint: string
  source: 'rule' | 'ai'
  status: 'open' | 'dismissed' | 'resolved'
  status_reason: string | null
  status_by: string | null
  status_at: string | null
  first_revision: number
  last_revision: number
}

export interface ReportSummary {
  files_reviewed: number
  files_skipped: number
  lines_added: number
  lines_removed: number
  findings_total: number
  /** Open findings by severity. */
  by_severity: Record<string, number>
  /** Open findings by category. */
  by_category: Record<string, number>
  /** Every finding by status. */
  by_status: Record<string, number>
  verdict: 'changes_requested' | 'approved_with_comments' | 'approved' | null
}

/** What part of the changeset's findings a report holds; every format carries it. */
export interface ReportCoverage {
  /** `latest` (default): the latest reviewed revision's findings; `all`: every revision's. */
  scope: 'latest' | 'all'
  /** The latest reviewed revision; null before the first review. */
  revision: number | null
  /** Findings in this report. */
  shown: number
  /** Findings in scope; the report holds at most `max` of them. */
  in_scope: number
  /** Every finding of the changeset, all revisions and statuses. */
  total: number
  max: number
  /** The paginated findings API, which lists them all. */
  findings_url: string
}

export interface ReportInput {
  changeset: {
    id: string
    title: string
    description: string | null
    author: string
    status: 'pending' | 'in_progress' | 'reviewed' | 'failed'
    revision: number
    created_at: string
    completed_at: string | null
    description_ai: string | null
    warnings: string[]
  }
  summary: ReportSummary
  /** The findings in `coverage`, whatever their status; renderers order them themselves. */
  findings: ReportFinding[]
  coverage: ReportCoverage
  /** Metadata of every rule the engine has (`ruleCatalog()`), for SARIF `tool.driver.rules` and help links. */
  rules: readonly RuleMeta[]
  /** Absolute origin of this deployment, e.g. `https://review.example.com`; rule docs live at `${origin}/docs/rules/<rule id>`. */
  origin: string
  /** Service version, for SARIF `tool.driver.version`. */
  version: string
  /** When the report was generated (ISO); passed in so output is deterministic in tests. */
  generatedAt: string
}
