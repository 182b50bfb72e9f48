import { parseUnifiedDiff } from '../review/diff'
import type { DiffLine } from '../review/types'

/** Lines of context shown around each finding. */
export const CONTEXT_LINES = 3
/** A file's diff is shown up to this many lines; the rest is in the reports. */
export const MAX_FILE_LINES = 400

export interface ExcerptRow {
  kind: 'line'
  line: DiffLine
  /** Findings anchored on this line's new-side number, shown right under it. */
  findingIds: string[]
}

export interface ExcerptGap {
  kind: 'gap'
}

export interface FileExcerpt {
  rows: Array<ExcerptRow | ExcerptGap>
  /** Findings whose line is not in the diff (file-level, or a line outside every hunk). */
  unanchored: string[]
  truncated: boolean
}

/**
 * Cuts a file's diff down to what a reader needs: each finding's line with a few lines of
 * context, or (with no findings) the whole diff up to a cap. Pure; the page renders the rows.
 */
export function excerptFile(diff: string, findings: Array<{ id: string; line: number | null }>): FileExcerpt {
  const lines = parseUnifiedDiff(diff, 'file').flatMap((f) => f.hunks.flatMap((h, i) => (i > 0 ? [null, ...h.lines] : h.lines)))
  const byLine = new Map<number, string[]>()
  for (const f of findings) if (f.line !== null) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f.id])

  const keep = new Set<number>()
  lines.forEach((line, index) => {
    if (!line || line.kind === 'del' || line.newLine === undefined || !byLine.has(line.newLine)) return
    for (let i = index - CONTEXT_LINES; i <= index + CONTEXT_LINES; i++) keep.add(i)
  })
  const showAll = findings.length === 0

  const anchored = new Set<string>()
  const rows: FileExcerpt['rows'] = []
  let shown = 0
  let truncated = false
  let gap = false
  lines.forEach((line, index) => {
    if (!line || !(showAll || keep.has(index))) {
      gap = rows.length > 0
      return
    }
    if (shown >= MAX_FILE_LINES) {
      truncated = true
      return
    }
    if (gap) rows.push({ kind: 'gap' })
    gap = false
    shown++
    // Deleted lines never carry findings: they have no new-side number.
    const ids = line.kind !== 'del' && line.newLine !== undefined ? (byLine.get(line.newLine) ?? []) : []
    byLine.delete(line.newLine ?? -1)
    ids.forEach((id) => anchored.add(id))
    rows.push({ kind: 'line', line, findingIds: ids })
  })
  return { rows, unanchored: findings.filter((f) => !anchored.has(f.id)).map((f) => f.id), truncated }
}
