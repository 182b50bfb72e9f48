import type { Severity } from '../review/types'
import { baseUrl, ruleHelpUri } from './links'
import { codeBlock, formatInline } from './markdown-escape'
import { sortFindings } from './order'
import { sanitizeReportInput } from './sanitize'
import { replacementLine, suggestionCode } from './suggestion'
import type { ReportFinding, ReportInput } from './types'

export type RdjsonSeverity = 'ERROR' | 'WARNING' | 'INFO'

/** Lines only, no columns: reviewdog then treats the range as whole lines, end line included. */
export interface RdjsonRange {
  start: { line: number }
  end: { line: number }
}

export interface RdjsonDiagnostic {
  message: string
  location: { path: string; range?: RdjsonRange }
  severity: RdjsonSeverity
  source: { name: string; url: string }
  code: { value: string; url?: string }
  suggestions?: Array<{ range: RdjsonRange; text: string }>
}

export interface RdjsonResult {
  source: { name: string; url: string }
  severity: RdjsonSeverity
  diagnostics: RdjsonDiagnostic[]
}

const SEVERITY: Record<Severity, RdjsonSeverity> = { critical: 'ERROR', major: 'ERROR', minor: 'WARNING', info: 'INFO' }
const RANK: Record<RdjsonSeverity, number> = { ERROR: 0, WARNING: 1, INFO: 2 }

/**
 * reviewdog's rdjson, for posting open findings as pull-request review comments
 * (`reviewdog -f=rdjson -reporter=github-pr-review`). Dismissed and resolved findings are not
 * comments anyone should see again. Changeset-level findings are skipped: reviewdog needs a
 * path, and pinning them to an arbitrary file would put the comment in the wrong place; the
 * Markdown report carries them. File-level findings have no range, so reviewdog keeps them
 * only with `-filter-mode=file` or `nofilter`. reviewdog reads the file with protojson, which
 * rejects unknown fields, so the report's coverage cannot ride along here as it does elsewhere.
 */
export function renderRdjson(raw: ReportInput): RdjsonResult {
  const input = sanitizeReportInput(raw)
  const source = { name: 'code-review-assistant', url: baseUrl(input.origin) }
  const catalog = new Set(input.rules.map((rule) => rule.id))
  const diagnostics = sortFindings(input.findings)
    .filter((f) => f.status === 'open' && f.file_path !== null)
    .map((f) => toDiagnostic(f, source, catalog.has(f.rule_id) ? ruleHelpUri(input.origin, f.rule_id) : undefined))
  const severity = diagnostics.map((d) => d.severity).sort((a, b) => RANK[a] - RANK[b])[0] ?? 'INFO'
  return { source, severity, diagnostics }
}

function toDiagnostic(finding: ReportFinding, source: RdjsonResult['source'], helpUrl: string | undefined): RdjsonDiagnostic {
  const range = finding.line === null ? undefined : { start: { line: finding.line }, end: { line: lastLine(finding) } }
  // reviewdog turns this into a GitHub suggestion, which replaces the diagnostic's whole range.
  const replacement = range && range.end.line === range.start.line ? replacementLine(finding.suggestion) : null
  return {
    message: message(finding, replacement === null),
    location: { path: finding.file_path!, ...(range ? { range } : {}) },
    severity: SEVERITY[finding.severity],
    source,
    code: { value: finding.rule_id, ...(helpUrl ? { url: helpUrl } : {}) },
    ...(range && replacement !== null ? { suggestions: [{ range, text: replacement }] } : {}),
  }
}

/** reviewdog posts the message as Markdown, so it is escaped like the report. */
function message(finding: ReportFinding, withSuggestion: boolean): string {
  const ai = finding.source === 'ai' ? ' _(AI reviewer)_' : ''
  const text = `${formatInline(finding.message)}${ai}`
  if (!withSuggestion || !finding.suggestion?.trim()) return text
  const code = suggestionCode(finding.suggestion)
  if (code === null) return `${text}\n\n**Suggestion:** ${formatInline(finding.suggestion)}`
  return `${text}\n\n**Suggestion:**\n\n${codeBlock(code)}`
}

function lastLine(finding: ReportFinding): number {
  return finding.end_line !== null && finding.line !== null && finding.end_line > finding.line ? finding.end_line : finding.line!
}
