// Findings as a linter prints them — `path:line  severity  rule-id  message`, grouped by file,
// suggestion indented — plus the summary line, the verdict and the lint-style exit decision.
import { EXIT } from './errors.mjs'

export const SEVERITY_RANK = { critical: 0, major: 1, minor: 2, info: 3 }
const SEVERITY_WIDTH = 8
const VERDICT_WORDS = { changes_requested: 'changes requested', approved_with_comments: 'approved with comments', approved: 'approved' }

/**
 * @typedef {{ id: string, rule_id: string, severity: string, file_path: string | null, line: number | null, message: string,
 *   suggestion: string | null, status: string, status_reason?: string | null, first_revision?: number, last_revision?: number }} Finding
 */

/**
 * @param {Finding[]} findings
 * @param {{ style: import('./style.mjs').Style, showIds?: boolean, showStatus?: boolean }} options
 */
export function formatFindings(findings, { style, showIds = false, showStatus = false }) {
  const groups = new Map()
  for (const f of [...findings].sort(byLocation)) {
    const key = f.file_path ?? ''
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(f)
  }
  const blocks = []
  for (const [file, items] of groups) {
    const locations = items.map((f) => (file === '' ? '(changeset)' : f.line == null ? file : `${file}:${f.line}`))
    const locWidth = Math.max(...locations.map((l) => l.length))
    const ruleWidth = Math.max(...items.map((f) => f.rule_id.length))
    const lines = []
    items.forEach((f, i) => {
      const severity = paintSeverity(f.severity.padEnd(SEVERITY_WIDTH), f.severity, style)
      const status = showStatus && f.status !== 'open' ? style.dim(` (${f.status}${f.status_reason ? `: ${f.status_reason}` : ''})`) : ''
      lines.push(`${style.bold(locations[i].padEnd(locWidth))}  ${severity}  ${style.gray(f.rule_id.padEnd(ruleWidth))}  ${f.message}${status}`.trimEnd())
      if (f.suggestion) lines.push(...indent(`suggestion: ${f.suggestion}`).map((l) => style.dim(l)))
      if (showIds) lines.push(style.dim(`    id: ${f.id}`))
    })
    blocks.push(lines.join('\n'))
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : ''
}

/** Changeset-level findings first, then files A–Z, then line, then severity. */
function byLocation(a, b) {
  return (
    (a.file_path ?? '').localeCompare(b.file_path ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) ||
    a.rule_id.localeCompare(b.rule_id)
  )
}

const indent = (text) => String(text).split('\n').map((line) => `    ${line}`)

function paintSeverity(text, severity, style) {
  if (severity === 'critical') return style.bold(style.red(text))
  if (severity === 'major') return style.red(text)
  if (severity === 'minor') return style.yellow(text)
  return style.blue(text)
}

/** Counts by severity in rank order, skipping zeros: "1 critical, 2 major". */
export function describeCounts(bySeverity) {
  return Object.keys(SEVERITY_RANK)
    .filter((s) => (bySeverity[s] ?? 0) > 0)
    .map((s) => `${bySeverity[s]} ${s}`)
    .join(', ')
}

/**
 * The closing lines: how many findings are open and where, triage counts, the verdict, and
 * (when it applies) why the command is failing.
 * @param {Finding[]} findings every finding of the changeset (any status)
 */
export function formatSummary(findings, { verdict, failOn, style }) {
  const open = findings.filter((f) => f.status === 'open')
  const bySeverity = countBySeverity(open)
  const files = new Set(open.filter((f) => f.file_path != null).map((f) => f.file_path)).size
  const triaged = ['dismissed', 'resolved'].flatMap((s) => {
    const n = findings.filter((f) => f.status === s).length
    return n > 0 ? [`${n} ${s}`] : []
  })
  const tail = triaged.length > 0 ? `; ${triaged.join(', ')}` : ''
  const lines = [
    open.length === 0
      ? `${style.green('✔')} No open findings${tail}.`
      : `${style.red('✖')} ${plural(open.length, 'open finding')} (${describeCounts(bySeverity)}) ${files > 0 ? `in ${plural(files, 'file')}` : 'on the changeset'}${tail}.`,
  ]
  if (verdict) lines.push(`Verdict: ${paintVerdict(verdict, style)}`)
  const failing = countAtOrAbove(bySeverity, failOn)
  if (failing > 0) lines.push(style.red(`Failing: ${plural(failing, 'open finding')} at ${failOn} or above (--fail-on ${failOn}).`))
  return `${lines.join('\n')}\n`
}

function paintVerdict(verdict, style) {
  const words = VERDICT_WORDS[verdict] ?? verdict
  if (verdict === 'changes_requested') return style.bold(style.red(words))
  if (verdict === 'approved_with_comments') return style.yellow(words)
  return style.green(words)
}

export function countBySeverity(findings) {
  /** @type {Record<string, number>} */
  const counts = {}
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1
  return counts
}

/** Open findings at `failOn` or more severe; `none` never fails. */
export function countAtOrAbove(bySeverity, failOn) {
  if (!failOn || failOn === 'none') return 0
  const threshold = SEVERITY_RANK[failOn]
  return Object.entries(bySeverity).reduce((n, [severity, count]) => n + ((SEVERITY_RANK[severity] ?? 9) <= threshold ? count : 0), 0)
}

/** 1 when open findings reach `failOn`, else 0. */
export function exitCodeFor(openBySeverity, failOn) {
  return countAtOrAbove(openBySeverity, failOn) > 0 ? EXIT.FINDINGS : EXIT.OK
}

export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`
export const verdictWords = (verdict) => (verdict ? (VERDICT_WORDS[verdict] ?? verdict) : 'none yet')
