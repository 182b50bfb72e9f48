import { html } from 'hono/html'
import type { FindingCounts } from '../db/summary'
import type { ChangesetRow } from '../db/schema'
import { SEVERITIES } from '../review/types'
import { PAGE_ICON, PAGE_SCRIPT, PAGE_STYLESHEET } from './assets'
import { renderFindings, SEVERITY_ICONS, SEVERITY_LABELS, type FindingsViewInput, type Markup } from './findings-view'

export interface PageFilters {
  severity?: (typeof SEVERITIES)[number]
  status?: 'open' | 'dismissed' | 'resolved'
  file?: string
}

export interface PageViewInput extends FindingsViewInput {
  changeset: ChangesetRow
  counts: FindingCounts
  filters: PageFilters
  /** Every path in the reviewed revision, for the file filter. */
  paths: string[]
}

const REPORT_FORMATS = [
  ['markdown', 'Markdown'],
  ['sarif', 'SARIF'],
  ['rdjson', 'rdjson'],
  ['json', 'JSON'],
] as const

/** The whole review page, complete without JavaScript; the module script only keeps it live. */
export function renderPage(input: PageViewInput): Markup {
  const { changeset: cs, counts, filters } = input
  const base = `/r/${encodeURIComponent(cs.id)}`
  const t = encodeURIComponent(input.token)
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>Review: ${cs.title}</title>
<link rel="icon" href="${PAGE_ICON}" type="image/svg+xml">
<link rel="stylesheet" href="${PAGE_STYLESHEET}">
<script type="module" src="${PAGE_SCRIPT}"></script>
</head>
<body data-changeset-id="${cs.id}" data-token="${input.token}" data-scope="${input.canTriage ? 'triage' : 'view'}" data-status="${cs.status}">
<a class="skip" href="#findings-heading">Skip to findings</a>
<header class="banner">
<p class="product">Code review</p>
<h1>${cs.title}</h1>
<p class="meta">by ${cs.author} · revision <span id="revision">${cs.revision}</span></p>
</header>
<main>
<section class="summary" aria-labelledby="status-heading">
<h2 id="status-heading">Status</h2>
<p class="status-line"><span id="status" class="status status-${cs.status}">${cs.status}</span>
<span id="progress-text"></span>
<span id="connection" role="status" aria-live="polite"></span></p>
<progress id="progress" max="1" value="0" hidden aria-label="Files reviewed"></progress>
${cs.status === 'failed' && cs.lastError ? html`<p class="error">Review failed: ${cs.lastError}</p>` : ''}
<p>Verdict: <strong id="verdict">${cs.verdict ?? 'pending'}</strong></p>
<h3>Open findings by severity</h3>
<ul class="counts" id="counts">
${SEVERITIES.map((s) => html`<li class="sev-${s}"><span aria-hidden="true">${SEVERITY_ICONS[s]}</span> ${SEVERITY_LABELS[s]}: <strong data-severity-count="${s}">${counts.bySeverity[s] ?? 0}</strong></li>`)}
</ul>
<p class="status-counts">Open <strong data-status-count="open">${counts.byStatus.open ?? 0}</strong> · dismissed <strong data-status-count="dismissed">${counts.byStatus.dismissed ?? 0}</strong> · resolved <strong data-status-count="resolved">${counts.byStatus.resolved ?? 0}</strong></p>
</section>
<section class="findings" aria-labelledby="findings-heading">
<h2 id="findings-heading">Findings</h2>
${renderFilters(base, input.token, filters, input.paths)}
<div id="findings" aria-live="polite">${renderFindings(input)}</div>
</section>
<nav class="downloads" aria-labelledby="downloads-heading">
<h2 id="downloads-heading">Download the report</h2>
<ul>${REPORT_FORMATS.map(([format, label]) => html`<li><a href="${base}/report?format=${format}&amp;t=${t}" download>${label}</a></li>`)}</ul>
</nav>
</main>
</body>
</html>`
}

function renderFilters(action: string, token: string, filters: PageFilters, paths: string[]): Markup {
  const option = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${label}</option>`
  return html`<form id="filters" class="filters" method="get" action="${action}">
<input type="hidden" name="t" value="${token}">
<label>Severity at least <select name="severity">${option('', 'any', filters.severity)}${SEVERITIES.map((s) => option(s, SEVERITY_LABELS[s], filters.severity))}</select></label>
<label>Status <select name="status">${option('', 'any', filters.status)}${['open', 'dismissed', 'resolved'].map((s) => option(s, s, filters.status))}</select></label>
<label>File <select name="file">${option('', 'all files', filters.file)}${paths.map((p) => option(p, p === '' ? '(whole changeset)' : p, filters.file))}</select></label>
<button type="submit">Apply filters</button>
</form>`
}

/** The same plain page for a bad, expired, foreign or revoked token and a missing changeset. */
export function renderNotFound(): Markup {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><title>Not found</title></head>
<body><main><h1>Not found</h1><p>This review page does not exist or the link is no longer valid.</p></main></body></html>`
}
