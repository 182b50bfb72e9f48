/**
 * Context helpers for the injection rules; re-exports the lexer, expression and gate helpers.
 * Everything a rule may ask about a line more than once (its lexing, the lines after it, the
 * triple-quote state above it) is computed once per line or once per hunk and cached, and every
 * look beyond the line is bounded, so a line of a thousand unclosed calls costs what one does.
 */
import { spend } from '../../budget'
import type { DiffLine, Hunk, LineContext } from '../../types'
import { callArgs, lex, type CallArgs, type Family, type Lexed } from './lexer'

/** Longer lines are minified bundles or data; rules skip them rather than scan them. */
export const MAX_LINE = 4000

/** Characters a call's arguments may run on past the end of its line (longer arguments are not queries or commands). */
export const MAX_LOOKAHEAD = 4000

/** Calls of one sink examined per line: real code has a few; a line with thousands is an attack on the reviewer. */
export const MAX_SINKS_PER_LINE = 8

export * from './expr'
export * from '../../needles'
export * from './lexer'

// ---------------------------------------------------------------------------
// Context helpers
// ---------------------------------------------------------------------------

/**
 * The current line plus up to `n` following new-side lines, joined by newlines, cut
 * `MAX_LOOKAHEAD` characters past the end of the current line.
 */
export function textFrom(ctx: LineContext, n: number): string {
  const text = ctx.line.text
  const parts = [text]
  let room = MAX_LOOKAHEAD
  for (const l of ctx.after(n)) {
    if (room <= 0) break
    parts.push(l.text.length > room ? l.text.slice(0, room) : l.text)
    room -= l.text.length + 1
  }
  const joined = parts.length === 1 ? text : parts.join('\n')
  spend(joined.length)
  return joined
}

interface LineLexes {
  line: Map<Family, Lexed>
  /** Keyed by `family:lines`: the line lexed together with what follows it. */
  ahead: Map<string, Lexed>
}

// Keyed by the diff line object: each line is lexed once per family, whichever rule (or which
// line's look-ahead) asks.
const lexCache = new WeakMap<DiffLine, LineLexes>()

function lexesOf(line: DiffLine): LineLexes {
  let entry = lexCache.get(line)
  if (!entry) lexCache.set(line, (entry = { line: new Map(), ahead: new Map() }))
  return entry
}

/** `line` lexed as `fam`, once per line whichever rules ask. */
export function lexText(line: DiffLine, fam: Family): Lexed {
  const entry = lexesOf(line)
  let lexed = entry.line.get(fam)
  if (!lexed) entry.line.set(fam, (lexed = lex(line.text, fam)))
  return lexed
}

/** The current line lexed as `fam` (cached). */
export function lexLine(ctx: LineContext, fam: Family): Lexed {
  return lexText(ctx.line, fam)
}

/** The current line and up to `maxLines` after it (see `textFrom`), lexed once per line. */
export function lexAhead(ctx: LineContext, fam: Family, maxLines = 12): Lexed {
  const entry = lexesOf(ctx.line)
  const key = `${fam}:${maxLines}`
  let lexed = entry.ahead.get(key)
  if (!lexed) entry.ahead.set(key, (lexed = lex(textFrom(ctx, maxLines), fam)))
  return lexed
}

/** The arguments of the call opening at `open` on the current line, read on into the next lines when it is not closed. */
export function argsAt(ctx: LineContext, fam: Family, lexed: Lexed, open: number, maxLines = 12): { lexed: Lexed; call: CallArgs } {
  const call = callArgs(lexed, open)
  if (call.closed) return { lexed, call }
  const wide = lexAhead(ctx, fam, maxLines)
  return { lexed: wide, call: callArgs(wide, open) }
}

/** The first `MAX_SINKS_PER_LINE` matches of `re` (a /g regex) in `text`. */
export function* sinkMatches(text: string, re: RegExp, max = MAX_SINKS_PER_LINE): Generator<RegExpExecArray> {
  let n = 0
  for (const m of text.matchAll(re)) {
    yield m
    if (++n >= max) return
  }
}

const TRIPLE = /"""|'''/g

/** Per hunk: prefix counts of triple quotes and of new-side lines, so any look-back is two subtractions. */
interface TripleIndex {
  /** `quotes[i]`: triple quotes on new-side lines among `hunk.lines[0..i)`. */
  quotes: Int32Array
  /** `sides[i]`: new-side lines among `hunk.lines[0..i)`. */
  sides: Int32Array
  /** Index in `hunk.lines` of the k-th new-side line. */
  at: Int32Array
}

const tripleCache = new WeakMap<Hunk, TripleIndex>()

function tripleIndex(hunk: Hunk): TripleIndex {
  let index = tripleCache.get(hunk)
  if (index) return index
  const lines: readonly DiffLine[] = hunk.lines
  const quotes = new Int32Array(lines.length + 1)
  const sides = new Int32Array(lines.length + 1)
  const at: number[] = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    let count = 0
    if (l.kind !== 'del') {
      at.push(i)
      spend(l.text.length)
      if (l.text.includes('"""') || l.text.includes("'''")) count = l.text.match(TRIPLE)?.length ?? 0
    }
    quotes[i + 1] = quotes[i]! + count
    sides[i + 1] = sides[i]! + (l.kind === 'del' ? 0 : 1)
  }
  index = { quotes, sides, at: Int32Array.from(at) }
  tripleCache.set(hunk, index)
  return index
}

/** Whether the current Python line sits inside a triple-quoted string (docstring or SQL block), judged from up to `n` lines above. */
export function inPythonTripleString(ctx: LineContext, n = 60): boolean {
  const { quotes, sides, at } = tripleIndex(ctx.hunk)
  const above = sides[ctx.index]!
  const first = above > n ? at[above - n]! : 0
  return (quotes[ctx.index]! - quotes[first]!) % 2 === 1
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
  // Built a character at a time and stopped once it is long enough: only the head can show,
  // and an argument may run to thousands of characters.
  let out = ''
  let space = false
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || (c > '~' && /\s/.test(c))) {
      space = out !== ''
      continue
    }
    if (space) out += ' '
    space = false
    out += c
    if (out.length > max) return out.slice(0, max - 1) + '…'
  }
  return out
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

export function leadingSpace(text: string): string {
  return /^\s*/.exec(text)![0]
}
