/**
 * Splits the diff into model-sized chunks. Hunks stay whole (a hunk is the smallest unit that
 * reads as a change) unless one alone is over budget; then it is cut by lines and each piece
 * repeats its header. Greedy and order-preserving, so the same diff always chunks the same way.
 */
import type { ChangeType, Hunk, ParsedFile } from '../review/types'
import { estimateTokens, numberWidth, renderFileHeader, renderHunk, renderHunkHeader, renderLine, type HunkPart } from './render-hunk'

export interface ChunkFile {
  path: string
  changeType: ChangeType
  parts: HunkPart[]
}

export interface Chunk {
  files: ChunkFile[]
  /** Estimated tokens of the rendered diff in this chunk. */
  tokens: number
}

export interface ChunkPlan {
  /** At most `maxChunks`, in diff order. */
  chunks: Chunk[]
  /** Chunks past `maxChunks`, not sent. */
  skippedChunks: number
  /** Paths with at least one hunk in a skipped chunk. */
  skippedPaths: string[]
}

export function planChunks(files: readonly ParsedFile[], budgetTokens: number, maxChunks: number): ChunkPlan {
  const all: Chunk[] = []
  let current: Chunk = { files: [], tokens: 0 }
  for (const file of files) {
    const headerTokens = estimateTokens(renderFileHeader(file.path, file.changeType)) + 1
    for (const hunk of file.hunks) {
      for (const part of splitHunk(hunk, Math.max(1, budgetTokens - headerTokens - 1))) {
        const partTokens = estimateTokens(renderHunk(part)) + 1
        let open = current.files.at(-1)
        let cost = partTokens + (open?.path === file.path ? 0 : headerTokens)
        if (current.tokens + cost > budgetTokens && current.files.length > 0) {
          all.push(current)
          current = { files: [], tokens: 0 }
          open = undefined
          cost = partTokens + headerTokens
        }
        if (open?.path !== file.path) {
          open = { path: file.path, changeType: file.changeType, parts: [] }
          current.files.push(open)
        }
        open!.parts.push(part)
        current.tokens += cost
      }
    }
  }
  if (current.files.length > 0) all.push(current)
  const skipped = all.slice(maxChunks)
  return {
    chunks: all.slice(0, maxChunks),
    skippedChunks: skipped.length,
    skippedPaths: [...new Set(skipped.flatMap((c) => c.files.map((f) => f.path)))],
  }
}

/** The hunk whole when it fits, else consecutive line runs that each fit with the header. */
function splitHunk(hunk: Hunk, budgetTokens: number): HunkPart[] {
  const width = numberWidth(hunk)
  if (estimateTokens(renderHunk({ hunk, width })) <= budgetTokens) return [{ hunk, width }]
  // Sized for the longest possible header ("part 999 of 999"), so no piece overflows later.
  const headerChars = renderHunkHeader(hunk, { index: 999, count: 999 }).length + 1
  const budgetChars = budgetTokens * 4
  const groups: Hunk['lines'][] = []
  let group: Hunk['lines'] = []
  let chars = headerChars
  for (const line of hunk.lines) {
    const lineChars = renderLine(line, width).length + 1
    if (group.length > 0 && chars + lineChars > budgetChars) {
      groups.push(group)
      group = []
      chars = headerChars
    }
    group.push(line)
    chars += lineChars
  }
  if (group.length > 0) groups.push(group)
  return groups.map((lines, i) => ({ hunk: { ...hunk, lines }, part: { index: i + 1, count: groups.length }, width }))
}
