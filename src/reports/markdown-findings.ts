import { SEVERITIES, type Severity } from '../review/types'
import { codeBlock, codeSpan, escapeText, formatInline } from './markdown-escape'
import { sortFindings } from './order'
import { suggestionCode } from './suggestion'
import type { ReportFinding } from './types'

export const SEVERITY_LABEL: Record<Severity, string> = {
  critical: '🔴 Critical',
  major: '🟠 Major',
  minor: '🟡 Minor',
  info: '🔵 Info',
}

/** Open findings by severity (critical first), then by file, changeset-level ones first. */
export function openFindingsSection(findings: readonly ReportFinding[]): string[] {
  const open = sortFindings(findings.filter((f) => f.status === 'open'))
  const out = [`## Open findings (${open.length})`, '']
  if (open.length === 0) return [...out, 'No open findings.', '']
  for (const severity of SEVERITIES) {
    const group = open.filter((f) => f.severity === severity)
    if (group.length === 0) continue
    out.push(`### ${SEVERITY_LABEL[severity]} (${group.length})`, '')
    for (const [path, inFile] of groupByFile(group)) {
      out.push(`#### ${path === null ? 'Changeset' : codeSpan(path)}`, '')
      for (const finding of inFile) out.push(...findingItem(finding, suggestionLines(finding)))
      out.push('')
    }
  }
  return out
}

export function resolvedSection(findings: readonly ReportFinding[]): string[] {
  const resolved = sortFindings(findings.filter((f) => f.status === 'resolved'))
  if (resolved.length === 0) return []
  const items = resolved.flatMap((f) => {
    const by = f.status_by ? ` by ${escapeText(f.status_by)}` : ''
    return findingItem(f, [], ` _(resolved${by}; last seen in revision ${f.last_revision})_`)
  })
  return [`## Resolved (${resolved.length})`, '', ...items, '']
}

/** Dismissals are decisions someone owns: always say who, when and why. */
export function dismissedSection(findings: readonly ReportFinding[]): string[] {
  const dismissed = sortFindings(findings.filter((f) => f.status === 'dismissed'))
  if (dismissed.length === 0) return []
  const items = dismissed.flatMap((f) => {
    const who = f.status_by ? ` by **${escapeText(f.status_by)}**` : ''
    const when = f.status_at ? ` on ${escapeText(f.status_at.slice(0, 10))}` : ''
    const why = f.status_reason?.trim() ? formatInline(f.status_reason) : '_no reason given_'
    return findingItem(f, [`  - Dismissed${who}${when}: ${why}`])
  })
  return [`## Dismissed (${dismissed.length})`, '', ...items, '']
}

function findingItem(finding: ReportFinding, details: string[], suffix = ''): string[] {
  const ai = finding.source === 'ai' ? ' _(AI reviewer)_' : ''
  const where = finding.file_path === null ? '**Changeset**' : codeSpan(locationLabel(finding))
  // The weakness, for readers who triage by CWE.
  const cwe = finding.cwe?.length ? ` (${finding.cwe.map(escapeText).join(', ')})` : ''
  const head = `- ${where} ${codeSpan(finding.rule_id)}${cwe}${ai} — ${formatInline(finding.message)}${suffix}`
  return [head, ...details]
}

function suggestionLines(finding: ReportFinding): string[] {
  if (!finding.suggestion?.trim()) return []
  const code = suggestionCode(finding.suggestion)
  if (code === null) return [`  - **Suggestion:** ${formatInline(finding.suggestion)}`]
  return ['  - **Suggestion:**', '', codeBlock(code, '    '), '']
}

export function locationLabel(finding: ReportFinding): string {
  if (finding.file_path === null) return 'Changeset'
  if (finding.line === null) return finding.file_path
  const range = finding.end_line !== null && finding.end_line > finding.line ? `-${finding.end_line}` : ''
  return `${finding.file_path}:${finding.line}${range}`
}

function groupByFile(findings: readonly ReportFinding[]): Map<string | null, ReportFinding[]> {
  const groups = new Map<string | null, ReportFinding[]>()
  for (const finding of findings) {
    const group = groups.get(finding.file_path)
    if (group) group.push(finding)
    else groups.set(finding.file_path, [finding])
  }
  return groups
}
