/**
 * The source model seen from one added line: the line scanned or lexed, the lines around it,
 * whether it sits in a docstring. Every look beyond the line is bounded, so a line of a thousand
 * unclosed calls costs what one does.
 */
import type { DiffLine, LineContext, Pack } from '../types'
import { callArgs, type CallArgs, type Family, type Lexed } from './lexer'
import type { Scanned, Syntax } from './scanner'

/** Calls of one sink examined per line: real code has a few; a line with thousands is an attack on the reviewer. */
export const MAX_SINKS_PER_LINE = 8

/** The line under review scanned with the file's syntax; undefined when the file's language has none. */
export function scanCurrent(ctx: LineContext): Scanned | undefined {
  const syntax = ctx.source.syntax
  return syntax ? ctx.source.scanAt(ctx.hunk, ctx.index, syntax) : undefined
}

export interface NearLine {
  line: DiffLine
  /** Index in `hunk.lines`. */
  index: number
  scanned: Scanned
}

/** New-side lines after the current one in its hunk (nearest first), scanned. */
export function linesAfter(ctx: LineContext, max: number, syntax: Syntax): NearLine[] {
  const out: NearLine[] = []
  const lines = ctx.hunk.lines
  for (let k = ctx.index + 1; k < lines.length && out.length < max; k++) {
    const line = lines[k]!
    if (line.kind === 'del') continue
    out.push({ line, index: k, scanned: ctx.source.scanAt(ctx.hunk, k, syntax) })
  }
  return out
}

/** New-side lines before the current one in its hunk (nearest first), scanned. */
export function linesBefore(ctx: LineContext, max: number, syntax: Syntax): NearLine[] {
  const out: NearLine[] = []
  const lines = ctx.hunk.lines
  for (let k = ctx.index - 1; k >= 0 && out.length < max; k--) {
    const line = lines[k]!
    if (line.kind === 'del') continue
    out.push({ line, index: k, scanned: ctx.source.scanAt(ctx.hunk, k, syntax) })
  }
  return out
}

/** The current line lexed as `fam` (once per line, whichever rules ask). */
export function lexLine(ctx: LineContext, fam: Family): Lexed {
  return ctx.source.lex(ctx.line, fam)
}

/** The current line and up to `maxLines` after it, lexed as one text (once per line). */
export function lexAhead(ctx: LineContext, fam: Family, maxLines = 12): Lexed {
  return ctx.source.lexAhead(ctx, fam, maxLines)
}

/** The arguments of the call opening at `open` on the current line, read on into the next lines when it is not closed. */
export function argsAt(ctx: LineContext, fam: Family, lexed: Lexed, open: number, maxLines = 12): { lexed: Lexed; call: CallArgs } {
  const call = callArgs(lexed, open)
  if (call.closed) return { lexed, call }
  const wide = lexAhead(ctx, fam, maxLines)
  return { lexed: wide, call: callArgs(wide, open) }
}

/** Whether the current Python line sits inside a triple-quoted string (docstring or SQL block) opened above it in its hunk. */
export function inPythonDocstring(ctx: LineContext): boolean {
  return ctx.source.inTripleQuoted(ctx.hunk, ctx.index)
}

/**
 * Packs whose line rules read code. A Python line inside a triple-quoted string is text (a
 * docstring's `DEBUG = True` example, an SQL block), so their hits there are dropped; secrets and
 * hygiene (a leaked key, a merge marker) count wherever they are written.
 */
const CODE_PACKS: ReadonlySet<Pack> = new Set<Pack>(['crypto', 'injection', 'bugs', 'async'])

/** A hit of a rule of `pack` on this line would be on text, not code (asked only once a rule has hit: it scans the hunk). */
export function hitIsOnText(pack: Pack, ctx: LineContext): boolean {
  return ctx.file.language === 'python' && CODE_PACKS.has(pack) && inPythonDocstring(ctx)
}

/** The first `MAX_SINKS_PER_LINE` matches of `re` (a /g regex) in `text`. */
export function* sinkMatches(text: string, re: RegExp, max = MAX_SINKS_PER_LINE): Generator<RegExpExecArray> {
  let n = 0
  for (const m of text.matchAll(re)) {
    yield m
    if (++n >= max) return
  }
}

/** Longest receiver chain walked back over; a longer one is data, not a call site. */
const MAX_RECEIVER = 400

/** Start of the receiver chain (`self.db.cursor().`) that ends at `at`. */
export function receiverStart(text: string, at: number): number {
  let i = at
  const stop = Math.max(0, at - MAX_RECEIVER)
  while (i > stop) {
    const c = text[i - 1]!
    if (/[\w$.]/.test(c)) i--
    else if (c === ')' || c === ']') {
      const open = c === ')' ? '(' : '['
      let depth = 0
      let k = i - 1
      for (; k >= stop; k--) {
        if (text[k] === c) depth++
        else if (text[k] === open && --depth === 0) break
      }
      if (k < stop) break
      i = k
    } else break
  }
  return i
}
