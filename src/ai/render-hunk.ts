/**
 * How a hunk looks to the model: every new-side line carries its number, so the model can only
 * cite numbers that exist, and removed lines carry none, so it cannot cite them at all.
 *
 *   @@ -10,3 +10,4 @@ def load():
 *     10 | config = read()
 *   + 11 | validate(config)
 *   -    | return config
 */
import type { DiffLine, Hunk } from '../review/types'

export interface HunkPart {
  hunk: Hunk
  /** Set when an oversized hunk was split: which piece of how many this is. */
  part?: { index: number; count: number }
  /** Number width of the whole hunk, so the pieces of a split hunk line up alike. */
  width?: number
}

/** A minified or data line says nothing more after this many characters; it only costs tokens. */
const MAX_LINE_CHARS = 1000

export function numberWidth(hunk: Hunk): number {
  let max = 1
  for (const line of hunk.lines) if (line.newLine !== undefined && line.newLine > max) max = line.newLine
  return String(max).length
}

export function renderHunkHeader(hunk: Hunk, part?: HunkPart['part']): string {
  return (
    `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@` +
    (hunk.section ? ` ${hunk.section}` : '') +
    (part ? ` (part ${part.index} of ${part.count})` : '')
  )
}

export function renderLine(line: DiffLine, width: number): string {
  const number = line.kind === 'del' || line.newLine === undefined ? ' '.repeat(width) : String(line.newLine).padStart(width)
  const marker = line.kind === 'add' ? '+' : line.kind === 'del' ? '-' : ' '
  const text = line.text.length > MAX_LINE_CHARS ? `${line.text.slice(0, MAX_LINE_CHARS)} … [line truncated]` : line.text
  return `${marker} ${number} | ${text}`
}

export function renderHunk({ hunk, part, width }: HunkPart): string {
  const w = width ?? numberWidth(hunk)
  return [renderHunkHeader(hunk, part), ...hunk.lines.map((line) => renderLine(line, w))].join('\n')
}

export function renderFileHeader(path: string, changeType: string): string {
  return `### File: ${path} (${changeType})`
}

/** ≈ 4 characters per token: crude, but stable and free, and the budget has headroom. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4)
}
