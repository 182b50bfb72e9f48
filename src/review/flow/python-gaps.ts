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
 * the previous hunk left open (a long call or dict cut in two by the diff). With `innermost`, the
 * bracket the previous hunk left open, the first such closer must be its own: a `},` after the gap
 * ends a dict the gap opened, not the `(` of `PROMPT = (` the hunk before stopped inside.
 */
export function continuesBrackets(lines: readonly string[], innermost?: string): boolean {
  const { strayCloser, firstStray } = scan(lines)
  return strayCloser && (innermost === undefined || firstStray === CLOSER[innermost])
}

function scan(lines: readonly string[]): { open: string[] | undefined; strayCloser: boolean; firstStray?: string } {
  const text = lines.join('\n')
  const stack: string[] = []
  let strayCloser = false
  let firstStray: string | undefined
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
      if (end < 0) return { open: undefined, strayCloser, firstStray }
      i = end + (triple ? 3 : 1)
      continue
    }
    if (CLOSER[ch]) stack.push(ch)
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.length > 0 && CLOSER[stack[stack.length - 1]!] === ch) stack.pop()
      else if (stack.length === 0) {
        strayCloser = true
        firstStray ??= ch
      }
    }
    i++
  }
  return { open: stack, strayCloser, firstStray }
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
  const innermost = open[open.length - 1]
  const closers = open.reverse().map((o) => CLOSER[o]).join('')
  const next = last + 1
  // The next hunk closes what this one opened: the blank gap rows already join the two inside the brackets.
  const resume = rows.findIndex((r, k) => k > next && r !== '')
  if (resume > 0 && continuesBrackets(rows.slice(resume, resume + FOLLOW_ROWS), innermost)) return { changed: false, tail: '' }
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
const CLOSING_ROW = /^\s*[)\]}]+[)\]},:]*\s*(#.*)?$/

export function blankBracketLead(rows: string[], added: Uint8Array, hunk: Hunk, previous: Hunk | undefined): boolean {
  const first = hunk.newStart - 1
  const last = Math.min(rows.length - 1, hunk.newStart + hunk.newLines - 2)
  if (first < 0 || last < first) return false
  if (previous) {
    // The gap row after the previous hunk is read with it: closeHunkBrackets may have written its closers there.
    const end = Math.min(previous.newStart + previous.newLines, first)
    const open = openBrackets(rows.slice(previous.newStart - 1, end))
    if (open === undefined || open.length > 0) return false
  }
  let stray = -1
  for (let r = first; r <= last && stray < 0; r++) {
    if (added[r]) return false
    if (scan(rows.slice(first, r + 1)).strayCloser) stray = r
  }
  if (stray < 0) return false
  // Only a row that ends the call (`)`, `),`, `]):`) is cut; one that goes on after the closer is left alone.
  if (!CLOSING_ROW.test(rows[stray]!)) return false
  // A dict or call nested in the gap ends with more than one closing row (`    },` then `}`): they go too.
  while (stray < last && !added[stray + 1] && CLOSING_ROW.test(rows[stray + 1]!)) stray++
  for (let r = first; r <= stray; r++) rows[r] = ''
  return true
}

const TRIPLE = /"""|'''/

/**
 * A hunk that starts inside a docstring or other triple-quoted string whose opening line the diff
 * leaves out (git's context begins at `team's tickets."""`): its context rows up to and including
 * the one that closes the string are blanked, so the closing quotes do not open a string that runs
 * over the code below. Only context rows are blanked, and only when the rest of the hunk reads as
 * code: the rows after the closer end outside any string, and the quotes follow prose (a lone `"""` or
 * `QUERY = """` may as well open a string).
 */
export function blankStringLead(rows: string[], added: Uint8Array, hunk: Hunk): boolean {
  const first = hunk.newStart - 1
  const last = Math.min(rows.length - 1, hunk.newStart + hunk.newLines - 2)
  if (first < 0 || last < first) return false
  let closer = -1
  for (let r = first; r <= last; r++) {
    if (added[r]) return false
    const quotes = rows[r]!.match(/"""|'''/g)?.length ?? 0
    if (quotes === 0) continue
    // A row with the quotes once closes the string the hunk starts in; twice, it is a whole string of its own.
    if (quotes % 2 === 1) closer = r
    break
  }
  if (closer < 0) return false
  // Prose before the quotes ends a string; nothing, or code that starts a value (`QUERY = """`, `(`, `return`), may open one.
  const before = rows[closer]!.slice(0, rows[closer]!.search(TRIPLE)).trim()
  if (before === '' || /([=([{,:]|\breturn)\s*[rRbBuUfF]{0,2}$/.test(before) || /^[rRbBuUfF]{1,2}$/.test(before)) return false
  if (scan(rows.slice(first, last + 1)).open !== undefined) return false
  if (scan(rows.slice(closer + 1, last + 1)).open === undefined) return false
  for (let r = first; r <= closer; r++) rows[r] = ''
  return true
}
