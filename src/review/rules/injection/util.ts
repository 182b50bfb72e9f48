/** Context helpers for the injection rules; re-exports the lexer, expression and gate helpers. */
import type { LineContext } from '../../types'
import { callArgs, lex, type CallArgs, type Family, type Lexed } from './lexer'

/** Longer lines are minified bundles or data; rules skip them rather than scan them. */
export const MAX_LINE = 4000

export * from './expr'
export * from '../../needles'
export * from './lexer'

// ---------------------------------------------------------------------------
// Context helpers
// ---------------------------------------------------------------------------

/** The current line plus up to `n` following new-side lines, joined by newlines. */
export function textFrom(ctx: LineContext, n: number): string {
  const after = ctx.after(n)
  if (after.length === 0) return ctx.line.text
  return ctx.line.text + '\n' + after.map((l) => l.text).join('\n')
}

/** Lex the current line; if a call opening at `open` is not closed on it, extend forward. */
export function argsAt(ctx: LineContext, fam: Family, lexed: Lexed, open: number, maxLines = 12): { lexed: Lexed; call: CallArgs } {
  const call = callArgs(lexed, open)
  if (call.closed) return { lexed, call }
  const wide = lex(textFrom(ctx, maxLines), fam)
  return { lexed: wide, call: callArgs(wide, open) }
}

const TRIPLE = /"""|'''/g

/** Whether the current Python line sits inside a triple-quoted string (docstring or SQL block). */
export function inPythonTripleString(ctx: LineContext, n = 60): boolean {
  let count = 0
  for (const l of ctx.before(n)) {
    if (!l.text.includes('"""') && !l.text.includes("'''")) continue
    const m = l.text.match(TRIPLE)
    if (m) count += m.length
  }
  return count % 2 === 1
}

const COMMENT_START: Record<Family, RegExp> = {
  py: /^\s*#/,
  rb: /^\s*#/,
  sh: /^\s*#/,
  js: /^\s*(?:\/\/|\/\*|\*)/,
  go: /^\s*(?:\/\/|\/\*|\*)/,
  java: /^\s*(?:\/\/|\/\*|\*)/,
  php: /^\s*(?:\/\/|\/\*|\*|#(?!\[))/,
  other: /^\s*(?:\/\/|#)/,
}

/** A line that is a comment as a whole (including block-comment continuation lines). */
export function isCommentLine(text: string, fam: Family): boolean {
  return COMMENT_START[fam].test(text)
}

/** Collapse whitespace and cut long code for quoting in a message. */
export function snippet(code: string, max = 60): string {
  const flat = code.replace(/\s+/g, ' ').trim()
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

/** Start of the receiver chain (`self.db.cursor().`) that ends at `at`. */
export function receiverStart(text: string, at: number): number {
  let i = at
  while (i > 0) {
    const c = text[i - 1]!
    if (/[\w$.]/.test(c)) i--
    else if (c === ')' || c === ']') {
      const open = c === ')' ? '(' : '['
      let depth = 0
      let k = i - 1
      for (; k >= 0; k--) {
        if (text[k] === c) depth++
        else if (text[k] === open && --depth === 0) break
      }
      if (k < 0) break
      i = k
    } else break
  }
  return i
}

export function leadingSpace(text: string): string {
  return /^\s*/.exec(text)![0]
}
