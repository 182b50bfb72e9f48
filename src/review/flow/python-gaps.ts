/**
 * A Python hunk often ends inside a call: git's three lines of context stop at `timeout=30,`
 * and the `)` that closes `subprocess.run(` lies in the part of the file the diff leaves out.
 * Left open, that bracket swallows everything after it, so the call is never read and the
 * statements below it parse as garbage. The closers are written on the blank gap row right
 * after the hunk (so no row moves), or returned for the end of the text when the hunk is last.
 */
import type { FileUnderReview } from '../types'

type Hunk = FileUnderReview['hunks'][number]

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
/** How far into the next hunk to look for the closer of a bracket this one left open. */
const FOLLOW_ROWS = 40

/**
 * The brackets still open at the end of `lines`, innermost last, or undefined when the text ends
 * inside a string (a docstring cut by the hunk is not a bracket to close). A closer with no
 * opener in view belongs to a call the hunk starts inside, and is passed over.
 */
export function openBrackets(lines: readonly string[]): string[] | undefined {
  return scan(lines).open
}

/**
 * Whether `lines` close a bracket they never open: the hunk after a gap goes on inside the call
 * the previous hunk left open (a long call or dict cut in two by the diff).
 */
export function continuesBrackets(lines: readonly string[]): boolean {
  return scan(lines).strayCloser
}

function scan(lines: readonly string[]): { open: string[] | undefined; strayCloser: boolean } {
  const text = lines.join('\n')
  const stack: string[] = []
  let strayCloser = false
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    if (ch === '#') {
      const nl = text.indexOf('\n', i)
      if (nl < 0) break
      i = nl + 1
      continue
    }
    if (ch === '"' || ch === "'") {
      const triple = text.startsWith(ch.repeat(3), i)
      const end = triple ? text.indexOf(ch.repeat(3), i + 3) : stringEnd(text, i, ch)
      if (end < 0) return { open: undefined, strayCloser }
      i = end + (triple ? 3 : 1)
      continue
    }
    if (CLOSER[ch]) stack.push(ch)
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.length > 0 && CLOSER[stack[stack.length - 1]!] === ch) stack.pop()
      else if (stack.length === 0) strayCloser = true
    }
    i++
  }
  return { open: stack, strayCloser }
}

/** Where a one-line string opened at `start` closes; -1 when the line ends first (it is left open). */
function stringEnd(text: string, start: number, quote: string): number {
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j]
    if (c === '\\') j++
    else if (c === quote) return j
    else if (c === '\n') return -1
  }
  return -1
}

/**
 * Closes the brackets `hunk` leaves open: on the gap row after it when there is one, else in the
 * returned tail for the end of the text. `rows` is the rebuilt new-side text, blank in the gaps.
 */
export function closeHunkBrackets(rows: string[], added: Uint8Array, hunk: Hunk): { changed: boolean; tail: string } {
  const first = hunk.newStart - 1
  const last = Math.min(rows.length - 1, hunk.newStart + hunk.newLines - 2)
  if (first < 0 || last < first) return { changed: false, tail: '' }
  const open = openBrackets(rows.slice(first, last + 1))
  if (!open || open.length === 0) return { changed: false, tail: '' }
  const closers = open.reverse().map((o) => CLOSER[o]).join('')
  const next = last + 1
  // The next hunk closes what this one opened: the blank gap rows already join the two inside the brackets.
  const resume = rows.findIndex((r, k) => k > next && r !== '')
  if (resume > 0 && continuesBrackets(rows.slice(resume, resume + FOLLOW_ROWS))) return { changed: false, tail: '' }
  if (next >= rows.length) return { changed: true, tail: `\n${closers}` }
  if (rows[next] !== '' || added[next]) return { changed: false, tail: '' }
  rows[next] = closers
  return { changed: true, tail: '' }
}

/**
 * A hunk that starts inside a call whose opening line the diff leaves out (git's context begins at
 * `"ON CONFLICT …",` and ends the call with `)`): the rows up to the one with the stray closer are
 * blanked, when they are all context and nothing before the hunk left that call open, so the
 * statements after them parse as the body they are instead of an error that swallows the file.
 */
export function blankBracketLead(rows: string[], added: Uint8Array, hunk: Hunk, previous: Hunk | undefined): boolean {
  const first = hunk.newStart - 1
  const last = Math.min(rows.length - 1, hunk.newStart + hunk.newLines - 2)
  if (first < 0 || last < first) return false
  if (previous) {
    const open = openBrackets(rows.slice(previous.newStart - 1, previous.newStart + previous.newLines - 1))
    if (open === undefined || open.length > 0) return false
  }
  let stray = -1
  for (let r = first; r <= last && stray < 0; r++) {
    if (added[r]) return false
    if (scan(rows.slice(first, r + 1)).strayCloser) stray = r
  }
  if (stray < 0) return false
  // Only a row that ends the call (`)`, `),`, `]):`) is cut; one that goes on after the closer is left alone.
  if (!/^\s*[)\]}]+[)\]},:]*\s*(#.*)?$/.test(rows[stray]!)) return false
  for (let r = first; r <= stray; r++) rows[r] = ''
  return true
}
