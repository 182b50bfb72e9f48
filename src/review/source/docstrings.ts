/**
 * Python triple-quoted strings across the lines of a hunk: which new-side lines start inside
 * one (a docstring or a SQL block), read from the Python lexer's carried state, so a `"""` in a
 * comment or inside a one-line string opens nothing. One pass per hunk; a hunk that starts inside
 * a triple-quoted string is not detected.
 */
import type { Hunk } from '../types'
import { Open, tokenize } from './tokens'

/** What is open after each new-side line, for lines asked in order (removed lines are skipped). */
function carried(hunk: Hunk): (index: number) => Open {
  let open = Open.None
  return (index) => (open = tokenize(hunk.lines[index]!.text, 'python', open).open)
}

/**
 * `inside[i]` is 1 when `hunk.lines[i]` starts inside a triple-quoted string opened above it.
 * `openAfter(i)` is what the lexer leaves open after line `i` (the source model passes its scans).
 */
export function tripleQuotedRows(hunk: Hunk, openAfter: (index: number) => Open = carried(hunk)): Uint8Array {
  const inside = new Uint8Array(hunk.lines.length)
  let open = Open.None
  hunk.lines.forEach((l, i) => {
    if (open === Open.TripleDouble || open === Open.TripleSingle) inside[i] = 1
    // Removed lines are not part of the new file, so they do not change what is open.
    if (l.kind !== 'del') open = openAfter(i)
  })
  return inside
}
