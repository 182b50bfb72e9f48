import { CATEGORIES, SEVERITIES } from '../review/types'
import { coverageNote } from './coverage'
import { codeSpan, escapeText, formatBlock, formatInline } from './markdown-escape'
import { dismissedSection, openFindingsSection, resolvedSection, SEVERITY_LABEL } from './markdown-findings'
import { compareText } from './order'
import { sanitizeReportInput } from './sanitize'
import type { ReportInput } from './types'

const STATUS_LABEL: Record<ReportInput['changeset']['status'], string> = {
  pending: 'pending',
  in_progress: 'in progress',
  reviewed: 'reviewed',
  failed: 'failed',
}

/** The report a person pastes into a pull request or keeps as `code_review_report.md`. */
export function renderMarkdown(raw: ReportInput): string {
  const input = sanitizeReportInput(raw)
  const { changeset } = input
  const lines = [
    `# ${formatInline(changeset.title) || 'Untitled changeset'}`,
    '',
    [
      `**Author:** ${escapeText(changeset.author)}`,
      `**Revision:** ${changeset.revision}`,
      `**Status:** ${STATUS_LABEL[changeset.status]}`,
      `**Generated:** ${escapeText(input.generatedAt)}`,
      `**Changeset:** ${codeSpan(changeset.id)}`,
    ].join(' · '),
    '',
    ...verdictSection(input),
    ...textSection('Description', changeset.description),
    ...textSection('Summary', changeset.description_ai),
    ...warningsSection(changeset.warnings),
    ...metricsSection(input),
    ...coverageSection(input),
    ...openFindingsSection(input.findings),
    ...resolvedSection(input.findings),
    ...dismissedSection(input.findings),
  ]
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}

function verdictSection(input: ReportInput): string[] {
  const [heading, detail] = verdict(input)
  return [`## ${heading}`, '', detail, '']
}

function verdict({ changeset, summary }: ReportInput): [string, string] {
  if (changeset.status === 'failed') return ['⚠️ Review failed', 'The review could not finish; the findings below may be incomplete.']
  if (changeset.status !== 'reviewed' || summary.verdict === null) {
    return ['⏳ Review not finished', 'The review has not finished yet; the findings below may be incomplete.']
  }
  if (summary.verdict === 'changes_requested') {
    const blocking = (summary.by_severity.critical ?? 0) + (summary.by_severity.major ?? 0)
    return ['❌ Changes requested', `${plural(blocking, 'critical or major finding')} must be fixed or dismissed before merging.`]
  }
  if (summary.verdict === 'approved_with_comments') {
    return ['💬 Approved with comments', `Nothing blocks merging; ${plural(openCount(summary.by_severity), 'open finding')} worth a look.`]
  }
  return ['✅ Approved', 'No open findings.']
}

function textSection(title: string, text: string | null): string[] {
  const body = text ? formatBlock(text) : ''
  return body ? [`## ${title}`, '', body, ''] : []
}

function coverageSection({ coverage }: ReportInput): string[] {
  const note = coverageNote(coverage)
  return note ? [`> ${formatInline(note)}`, ''] : []
}

function warningsSection(warnings: readonly string[]): string[] {
  if (warnings.length === 0) return []
  return ['## Warnings', '', ...warnings.map((w) => `- ⚠️ ${formatInline(w)}`), '']
}

function metricsSection({ summary }: ReportInput): string[] {
  const rows: Array<[string, string]> = [
    ['Files reviewed', String(summary.files_reviewed)],
    ['Files skipped', String(summary.files_skipped)],
    ['Lines added', `+${summary.lines_added}`],
    ['Lines removed', `-${summary.lines_removed}`],
    ['Open findings', String(openCount(summary.by_severity))],
    ...SEVERITIES.map((s): [string, string] => [SEVERITY_LABEL[s], String(summary.by_severity[s] ?? 0)]),
    ['Dismissed', String(summary.by_status.dismissed ?? 0)],
    ['Resolved', String(summary.by_status.resolved ?? 0)],
  ]
  const out = ['## Metrics', '', ...table(['Metric', 'Count'], rows)]
  const categories = categoryRows(summary.by_category)
  if (categories.length > 0) out.push('', ...table(['Category', 'Open findings'], categories))
  return [...out, '']
}

/** Known categories in their canonical order, then any others by name; zero counts left out. */
function categoryRows(byCategory: Record<string, number>): Array<[string, string]> {
  const known: readonly string[] = CATEGORIES
  const keys = Object.keys(byCategory).filter((k) => (byCategory[k] ?? 0) > 0)
  const rank = (k: string) => (known.includes(k) ? known.indexOf(k) : known.length)
  return keys
    .sort((a, b) => rank(a) - rank(b) || compareText(a, b))
    .map((k) => [k.charAt(0).toUpperCase() + k.slice(1), String(byCategory[k])])
}

function table(header: [string, string], rows: Array<[string, string]>): string[] {
  const row = ([label, value]: [string, string]) => `| ${escapeText(label) || ' '} | ${escapeText(value)} |`
  return [row(header), '| --- | ---: |', ...rows.map(row)]
}

function openCount(bySeverity: Record<string, number>): number {
  return SEVERITIES.reduce((sum, s) => sum + (bySeverity[s] ?? 0), 0)
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
