import { html } from 'hono/html'
import type { FindingRow } from '../db/schema'
import { excerptFile, type FileExcerpt } from './diff-excerpt'

export type Markup = ReturnType<typeof html>

export const SEVERITY_LABELS = { critical: 'Critical', major: 'Major', minor: 'Minor', info: 'Info' } as const
// Shapes next to the word, so severity never rests on colour alone.
export const SEVERITY_ICONS = { critical: '◆', major: '▲', minor: '●', info: 'ℹ' } as const

export interface FindingsViewInput {
  changesetId: string
  token: string
  canTriage: boolean
  /** Findings after the filters, in the report's order. */
  findings: FindingRow[]
  files: Array<{ path: string; diff: string }>
  /** Set when the file filter names one file: the others are not listed at all. */
  fileFilter?: string
  /** No review has committed yet. */
  awaitingReview: boolean
  /** The filters as query parameters (`&severity=major…`), so a triage form returns to the same view. */
  filterQuery?: string
}

/** The findings, grouped by file, each under its line in the diff. Also served alone (`/r/{id}/findings`) for live updates. */
export function renderFindings(input: FindingsViewInput): Markup {
  const byFile = new Map<string, FindingRow[]>()
  for (const f of input.findings) byFile.set(f.filePath, [...(byFile.get(f.filePath) ?? []), f])
  const knownPaths = new Set(input.files.map((f) => f.path))
  const files = [
    ...input.files,
    // Findings on paths with no stored diff (changeset-level ones use '') still get a section.
    ...[...byFile.keys()].filter((p) => !knownPaths.has(p)).map((path) => ({ path, diff: '' })),
  ].filter((f) => input.fileFilter === undefined || f.path === input.fileFilter)
  const sorted = [...files.filter((f) => byFile.has(f.path)), ...files.filter((f) => !byFile.has(f.path))]

  const summary = input.awaitingReview
    ? html`<p class="empty" data-count="0">No findings yet: the review has not finished.</p>`
    : input.findings.length === 0
      ? html`<p class="empty" data-count="0">No findings match.</p>`
      : html`<p class="shown" data-count="${input.findings.length}">${input.findings.length} finding${input.findings.length === 1 ? '' : 's'} shown.</p>`
  return html`${summary}${sorted.map((file) => renderFile(input, file, byFile.get(file.path) ?? []))}`
}

function renderFile(input: FindingsViewInput, file: { path: string; diff: string }, findings: FindingRow[]): Markup {
  const excerpt = file.diff ? excerptFile(file.diff, findings) : { rows: [], unanchored: findings.map((f) => f.id), truncated: false }
  const byId = new Map(findings.map((f) => [f.id, f]))
  const name = file.path === '' ? '(whole changeset)' : file.path
  const count = findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`
  return html`<details class="file"${findings.length > 0 ? ' open' : ''} data-path="${file.path}">
<summary><h3 class="file-name">${name}</h3> <span class="file-count">${count}</span></summary>
${excerpt.unanchored.map((id) => renderFinding(input, byId.get(id)!))}
${excerpt.rows.length > 0 ? renderDiff(input, excerpt, byId) : ''}
${excerpt.truncated ? html`<p class="truncated">Diff shortened; the reports have every finding.</p>` : ''}
</details>`
}

function renderDiff(input: FindingsViewInput, excerpt: FileExcerpt, byId: Map<string, FindingRow>): Markup {
  return html`<table class="diff"><caption class="visually-hidden">Diff excerpt</caption>
<thead class="visually-hidden"><tr><th scope="col">New line</th><th scope="col">Code</th></tr></thead><tbody>
${excerpt.rows.map((row) => {
  if (row.kind === 'gap') return html`<tr class="gap"><td></td><td>⋯</td></tr>`
  const { line } = row
  const sign = line.kind === 'add' ? '+' : line.kind === 'del' ? '-' : ' '
  const label = line.kind === 'add' ? 'added' : line.kind === 'del' ? 'removed' : ''
  return html`<tr class="${line.kind}"><td class="ln">${line.kind === 'del' ? '' : (line.newLine ?? '')}</td><td class="code"><span class="sign" ${label ? html`title="${label}"` : ''}>${sign}</span>${line.text}</td></tr>
${row.findingIds.map((id) => html`<tr class="finding-row"><td colspan="2">${renderFinding(input, byId.get(id)!)}</td></tr>`)}`
})}
</tbody></table>`
}

function renderFinding(input: FindingsViewInput, f: FindingRow): Markup {
  const where = f.line === null ? 'file' : `line ${f.line}`
  return html`<article class="finding sev-${f.severity} status-${f.status}" id="finding-${f.id}" data-finding-id="${f.id}" data-severity="${f.severity}" data-status="${f.status}" aria-label="${SEVERITY_LABELS[f.severity]} finding, ${where}">
<p class="finding-head"><span class="badge sev-${f.severity}"><span aria-hidden="true">${SEVERITY_ICONS[f.severity]}</span> ${SEVERITY_LABELS[f.severity]}</span>
<a class="rule" href="/docs/rules/${f.ruleId.split('/').map(encodeURIComponent).join('/')}">${f.ruleId}</a>
<span class="finding-status">${f.status}${f.statusReason ? html`: <q class="reason">${f.statusReason}</q>` : ''}</span></p>
<p class="message">${f.message}</p>
${f.suggestion ? html`<p class="suggestion"><strong>Suggestion:</strong> ${f.suggestion}</p>` : ''}
${input.canTriage ? renderTriage(input, f) : ''}
</article>`
}

function renderTriage(input: FindingsViewInput, f: FindingRow): Markup {
  const action = `/r/${encodeURIComponent(input.changesetId)}/findings/${encodeURIComponent(f.id)}?t=${encodeURIComponent(input.token)}${input.filterQuery ?? ''}`
  if (f.status === 'open') {
    return html`<form class="triage" method="post" action="${action}">
<input type="hidden" name="status" value="dismissed">
<label>Reason <input name="reason" maxlength="1000" required autocomplete="off"></label>
<button type="submit">Dismiss</button></form>`
  }
  return html`<form class="triage" method="post" action="${action}">
<input type="hidden" name="status" value="open"><button type="submit">Reopen</button></form>`
}
