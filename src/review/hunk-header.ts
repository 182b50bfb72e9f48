/** Parses `@@ -a[,b] +c[,d] @@[ section]` by hand: no regex, so hostile headers cost linear time. */

export interface HunkHeader {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
  section?: string
}

const MAX_DIGITS = 9

/** Reads `start[,count]` at `pos`; a missing count means one line, as git writes it. */
function readRange(line: string, pos: number): { start: number; count: number; end: number } | undefined {
  const start = readNumber(line, pos)
  if (!start) return undefined
  if (line.charCodeAt(start.end) !== 44 /* , */) return { start: start.value, count: 1, end: start.end }
  const count = readNumber(line, start.end + 1)
  return count && { start: start.value, count: count.value, end: count.end }
}

function readNumber(line: string, pos: number): { value: number; end: number } | undefined {
  let value = 0
  let end = pos
  while (end < line.length && end - pos < MAX_DIGITS) {
    const digit = line.charCodeAt(end) - 48
    if (digit < 0 || digit > 9) break
    value = value * 10 + digit
    end++
  }
  return end === pos ? undefined : { value, end }
}

export function parseHunkHeader(line: string): HunkHeader | undefined {
  if (!line.startsWith('@@ -')) return undefined
  const old = readRange(line, 4)
  if (!old || !line.startsWith(' +', old.end)) return undefined
  const next = readRange(line, old.end + 2)
  if (!next || !line.startsWith(' @@', next.end)) return undefined
  const header: HunkHeader = { oldStart: old.start, oldLines: old.count, newStart: next.start, newLines: next.count }
  const section = line.slice(next.end + 3).trim()
  if (section) header.section = section
  return header
}
