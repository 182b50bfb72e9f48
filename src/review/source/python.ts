/** Python block structure from indentation: the enclosing `def` of a line and the block after it. */
import type { DiffLine, LineContext } from '../types'
import { linesAfter, type NearLine } from './lines'
import { indentWidth } from './text'

export interface PyDef {
  async: boolean
  name: string
  /** The signature, joined across lines when it spans several. */
  signature: string
  indent: number
}

const DEF = /^(\s*)(async\s+)?def\s+([A-Za-z_]\w*)\s*[([]/
/** A line that starts by closing a bracket: the `):` ending a multi-line signature or call. */
export const CLOSER = /^\s*[)\]}]/

function signatureFrom(lines: readonly DiffLine[], k: number): string {
  const parts: string[] = []
  for (let j = k; j < lines.length && j < k + 15; j++) {
    const t = lines[j]!.text
    parts.push(t.trim())
    if (/\)\s*(?:->\s*[^:]+)?:\s*(?:#.*)?$/.test(t) || (j === k && /:\s*$/.test(t) && !t.includes('('))) break
  }
  return parts.join(' ')
}

/**
 * The nearest `def` whose body holds the current line: walk up through shallower lines (the
 * line's blocks) until one is a `def`. A class body or module-level code ends the search.
 * When the hunk starts inside an indented block, fall back to the hunk's section heading.
 */
export function enclosingPyDef(ctx: LineContext, max = 80): PyDef | undefined {
  const text = ctx.line.text
  let limit = indentWidth(text)
  if (limit === 0) return undefined
  const above = ctx.before(max)
  for (let k = above.length - 1; k >= 0; k--) {
    const t = above[k]!.text
    if (t.trim() === '' || /^\s*#/.test(t)) continue
    const ind = indentWidth(t)
    if (ind >= limit) continue
    const m = DEF.exec(t)
    if (m) return { async: Boolean(m[2]), name: m[3]!, signature: signatureFrom(above, k), indent: ind }
    // The `):` closing a multi-line signature or call sits shallower than the body.
    if (CLOSER.test(t)) continue
    if (/^\s*class\s/.test(t) || ind === 0) return undefined
    limit = ind
  }
  if (above.length < max) {
    const section = ctx.enclosingFunction() ?? ctx.hunk.section
    const m = section ? DEF.exec(section.trimStart()) : null
    if (m) return { async: Boolean(m[2]), name: m[3]!, signature: section!.trim(), indent: -1 }
  }
  return undefined
}

/**
 * Python block body after the current line (an `except` handler, say): the lines indented deeper
 * than it, read until the first dedent. `complete` is false when the hunk ends before the body
 * visibly does.
 */
export function pythonBlockAfter(ctx: LineContext, max = 40): { lines: NearLine[]; complete: boolean } {
  const base = indentWidth(ctx.line.text)
  const lines: NearLine[] = []
  const after = linesAfter(ctx, max, 'python')
  for (const near of after) {
    const code = near.scanned.code
    if (code.trim() === '') {
      lines.push(near)
      continue
    }
    if (indentWidth(near.line.text) <= base) return { lines, complete: true }
    lines.push(near)
  }
  // Running out of lines ends the block only where the hunk is known to reach the end of the file.
  const last = after.length > 0 ? after[after.length - 1]!.line : ctx.line
  const endOfFile = ctx.file.changeType === 'added' || last.noNewlineAtEnd === true
  return { lines, complete: after.length < max && endOfFile }
}
