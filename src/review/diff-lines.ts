/** Line classifiers shared by the diff scanner and the hunk reader. */

const CLIP = 80

export function clip(line: string): string {
  return line.length > CLIP ? `${line.slice(0, CLIP)}…` : line
}

function isHex(text: string, from: number, minLength: number): boolean {
  let n = 0
  for (let i = from; i < text.length; i++, n++) {
    const c = text.charCodeAt(i) | 0x20
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) break
  }
  return n >= minLength
}

/** `From <sha> Mon Sep 17 00:00:00 2001` opens a mail in a patch series; `commit <sha>` a `git log -p` entry. */
export function isEntryStart(line: string): boolean {
  return (line.startsWith('From ') && isHex(line, 5, 40)) || (line.startsWith('commit ') && isHex(line, 7, 7))
}

/** `--- old` directly followed by `+++ new`. */
export function isFileHeaderPair(lines: readonly string[], i: number): boolean {
  return lines[i]!.startsWith('--- ') && (lines[i + 1]?.startsWith('+++ ') ?? false)
}

/** The format-patch signature: `-- ` then the git version (a digit can never start a hunk line). */
export function isSignature(lines: readonly string[], i: number): boolean {
  const line = lines[i]!
  if (line !== '-- ' && line !== '--') return false
  const next = lines[i + 1]
  if (next === undefined) return true
  const c = next.charCodeAt(0)
  return c >= 48 && c <= 57
}

/** Lines that can never belong to a hunk body and start something new. */
export function isBoundary(lines: readonly string[], i: number): boolean {
  const line = lines[i]!
  return line.startsWith('diff ') || line.startsWith('@@') || line.startsWith('Index: ') || isEntryStart(line) || isSignature(lines, i)
}
