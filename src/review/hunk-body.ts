/**
 * Reads one hunk's body by the counts in its header, as `git apply` does. Lines that do not
 * fit are reported, not thrown: garbage inside the body is skipped, a body that ends early or
 * runs long is kept as far as it goes.
 */
import { clip, isBoundary, isFileHeaderPair, isSignature } from './diff-lines'
import type { HunkHeader } from './hunk-header'
import type { DiffLine, Hunk } from './types'

const SPACE = 32
const PLUS = 43
const MINUS = 45
const BACKSLASH = 92

export interface HunkBody {
  hunk: Hunk
  /** Index of the first line after the body. */
  end: number
  additions: number
  deletions: number
  problems: Array<{ message: string; index: number }>
}

/** `start` is the index of the first line after the `@@` header at `headerIndex`. */
export function readHunkBody(lines: readonly string[], headerIndex: number, header: HunkHeader): HunkBody {
  const hunk: Hunk = { ...header, lines: [] }
  const out = hunk.lines
  const problems: HunkBody['problems'] = []
  let additions = 0
  let deletions = 0
  let oldNo = header.oldStart
  let newNo = header.newStart
  let oldLeft = header.oldLines
  let newLeft = header.newLines
  let garbageAt = -1
  let garbage = 0
  const flushGarbage = () => {
    if (garbage === 0) return
    problems.push({ message: `${garbage} unparseable line${garbage === 1 ? '' : 's'} inside hunk: ${clip(lines[garbageAt]!)}`, index: garbageAt })
    garbage = 0
  }
  let counted = true
  let i = headerIndex + 1
  // Phase 1: the lines the header declares. Phase 2: diff-like lines right after them, which a
  // hand-edited hunk with too-small counts still means to include.
  for (; i < lines.length; i++) {
    if (counted && oldLeft <= 0 && newLeft <= 0) counted = false
    const line = lines[i]!
    const c = line.charCodeAt(0)
    if (c === BACKSLASH) {
      const last = out[out.length - 1]
      if (last) last.noNewlineAtEnd = true
      continue
    }
    if (!counted) {
      if (c !== SPACE && c !== PLUS && c !== MINUS) break
      if (c === MINUS && (isFileHeaderPair(lines, i) || isSignature(lines, i))) break
    } else if (c !== SPACE && c !== PLUS && c !== MINUS) {
      if (line === '' && oldLeft > 0 && newLeft > 0) {
        // Some tools strip the space from empty context lines; git apply accepts them too.
        out.push({ kind: 'context', text: '', oldLine: oldNo++, newLine: newNo++ })
        oldLeft--
        newLeft--
        continue
      }
      if (line === '' || isBoundary(lines, i)) break
      if (garbage++ === 0) garbageAt = i
      continue
    } else if (c === MINUS && (isSignature(lines, i) || (isFileHeaderPair(lines, i) && lines[i + 2]?.startsWith('@@')))) {
      break
    }
    flushGarbage()
    if (c === PLUS) {
      out.push({ kind: 'add', text: line.slice(1), newLine: newNo++ } as DiffLine)
      newLeft--
      additions++
    } else if (c === MINUS) {
      out.push({ kind: 'del', text: line.slice(1), oldLine: oldNo++ } as DiffLine)
      oldLeft--
      deletions++
    } else {
      out.push({ kind: 'context', text: line.slice(1), oldLine: oldNo++, newLine: newNo++ })
      oldLeft--
      newLeft--
    }
  }
  flushGarbage()
  if (oldLeft !== 0 || newLeft !== 0) {
    const { oldStart, oldLines, newStart, newLines } = header
    problems.push({
      message: `hunk @@ -${oldStart},${oldLines} +${newStart},${newLines} @@ declares ${oldLines} old/${newLines} new lines but has ${oldLines - oldLeft}/${newLines - newLeft}`,
      index: headerIndex,
    })
  }
  return { hunk, end: i, additions, deletions, problems }
}
