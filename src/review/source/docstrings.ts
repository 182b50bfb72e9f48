/**
 * Python triple-quoted strings across the lines of a hunk: which new-side lines start inside
 * one (a docstring or a SQL block). One pass per hunk; a hunk that starts inside a triple-quoted
 * string is not detected.
 */
import { spend } from '../budget'
import type { Hunk } from '../types'

/** `inside[i]` is 1 when `hunk.lines[i]` starts inside a triple-quoted string opened above it. */
export function tripleQuotedRows(hunk: Hunk): Uint8Array {
  const inside = new Uint8Array(hunk.lines.length)
  let open = ''
  hunk.lines.forEach((l, i) => {
    if (open) inside[i] = 1
    if (l.kind === 'del') return
    const text = l.text
    spend(text.length)
    // Next `"""` and `'''` at or after `at`, searched again only once passed: a line of many
    // of one kind and none of the other must not rescan to its end for the other every time.
    let double = -2
    let single = -2
    for (let at = 0; at < text.length; ) {
      let next: number
      if (open) next = text.indexOf(open, at)
      else {
        if (double !== -1 && double < at) double = text.indexOf('"""', at)
        if (single !== -1 && single < at) single = text.indexOf("'''", at)
        next = double === -1 ? single : single === -1 ? double : Math.min(double, single)
      }
      if (next === -1) break
      open = open ? '' : text.slice(next, next + 3)
      at = next + 3
    }
  })
  return inside
}
