/**
 * The string lexer: finds string literals (with their prefixes and interpolations) and comments
 * in one or more lines, so rules can look for calls in code only and then inspect the arguments.
 * Deliberately approximate (no regex literals, no heredocs); rules reach it through the file's
 * source model (`model.ts`), which lexes each line once whichever rule asks. Python and JavaScript
 * are read from the family lexer's tokens (`tokens.ts`, shared with the scanner); the other
 * families still lex here.
 */
import { spend } from '../budget'
import type { Language } from '../types'
import { closeBrace, tokenize, type Tokens } from './tokens'

export type Family = 'py' | 'js' | 'go' | 'java' | 'php' | 'rb' | 'sh' | 'other'

export function familyOf(lang: Language): Family {
  switch (lang) {
    case 'python':
      return 'py'
    case 'javascript':
    case 'typescript':
    case 'vue':
    case 'svelte':
    case 'html':
      return 'js'
    case 'go':
      return 'go'
    case 'java':
    case 'kotlin':
    case 'csharp':
      return 'java'
    case 'php':
      return 'php'
    case 'ruby':
      return 'rb'
    case 'shell':
      return 'sh'
    default:
      return 'other'
  }
}

export interface StrTok {
  /** Index of the opening quote (prefix letters sit before it). */
  start: number
  /** Index just past the closing quote (or the end of the text when unterminated). */
  end: number
  prefix: string
  quote: string
  body: string
  closed: boolean
  /** Interpolated expressions: f-string `{x}`, template `${x}`, Ruby `#{x}`, PHP `$x`. */
  interps: string[]
  /** JS tagged template (`sql\`...\``): the tag, not string concatenation, builds the value. */
  tagged: boolean
}

export interface Lexed {
  text: string
  /** Same length as `text`: string bodies and comments replaced by spaces, quotes kept. */
  masked: string
  strings: StrTok[]
}

const ID_CHAR = /[\w$]/
const NOT_TAGS = new Set(['return', 'await', 'yield', 'typeof', 'case', 'in', 'of', 'else', 'throw', 'new', 'void', 'delete'])

function hashComments(fam: Family): boolean {
  return fam === 'rb' || fam === 'sh' || fam === 'php'
}

function slashComments(fam: Family): boolean {
  return fam === 'go' || fam === 'java' || fam === 'php'
}

function isQuote(c: string, fam: Family): boolean {
  if (c === '"' || c === "'") return true
  return c === '`' && (fam === 'go' || fam === 'rb')
}

/**
 * Where a Python replacement field's expression ends: at its `!r`/`!s`/`!a` conversion or its `:` format spec, the first
 * outside brackets and quotes (`{reverse("docs:index")}`, `{rows[1:3]}` and `{d["a:b"]:>10}` keep their colons).
 */
function fieldEnd(inner: string): number {
  let depth = 0
  let quote = ''
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
    else if (depth === 0 && c === ':' && inner[i + 1] !== '=') return i
    else if (depth === 0 && c === '!' && /^[rsa]\s*(?::|$)/.test(inner.slice(i + 1))) return i
  }
  return inner.length
}

function pythonInterps(body: string): string[] {
  const out: string[] = []
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '{') continue
    if (body[i + 1] === '{') {
      i++
      continue
    }
    const close = closeBrace(body, i)
    if (close < 0) break
    // Drop the `!r` conversion and the `:fmt` spec (but keep `!=`, `:=` and the colons of strings, slices and dicts).
    const field = body.slice(i + 1, close)
    const inner = field.slice(0, fieldEnd(field)).trim()
    if (inner) out.push(inner.endsWith('=') ? inner.slice(0, -1).trim() : inner)
    i = close
  }
  return out
}

function dollarBraceInterps(body: string, sigil: string): string[] {
  const out: string[] = []
  let from = 0
  for (;;) {
    const at = body.indexOf(sigil + '{', from)
    if (at < 0) return out
    if (at > 0 && body[at - 1] === '\\') {
      from = at + 2
      continue
    }
    const close = closeBrace(body, at + 1)
    if (close < 0) return out
    const inner = body.slice(at + 2, close).trim()
    if (inner) out.push(inner)
    from = close + 1
  }
}

// Bounded bodies: an unclosed `{$` or `[` must not send every later one scanning to the end.
const PHP_VAR = /\{\$[^}]{1,200}\}|\$[A-Za-z_]\w*(?:->\w+|\[[^\]\s]{0,100}\])*/g

function phpInterps(body: string): string[] {
  const out: string[] = []
  for (const m of body.matchAll(PHP_VAR)) {
    if (m.index > 0 && body[m.index - 1] === '\\') continue
    out.push(m[0].startsWith('{') ? m[0].slice(1, -1) : m[0])
  }
  return out
}

function interpsOf(fam: Family, prefix: string, quote: string, body: string, tagged: boolean): string[] {
  if (tagged) return []
  switch (fam) {
    case 'py':
      return /f/i.test(prefix) ? pythonInterps(body) : []
    case 'js':
      return quote === '`' ? dollarBraceInterps(body, '$') : []
    case 'rb':
      return quote === "'" ? [] : dollarBraceInterps(body, '#')
    case 'php':
    case 'sh':
      return quote === '"' || (fam === 'sh' && quote === '`') ? phpInterps(body) : []
    default:
      return []
  }
}

// The characters that may open a string or a comment, per family (see `isQuote`, `hashComments`,
// `slashComments`); the text between them is copied in one slice. Python and JavaScript are lexed by `tokens.ts`.
const SPECIAL: Record<Exclude<Family, 'py' | 'js'>, RegExp> = {
  go: /["'`/]/g,
  java: /["'/]/g,
  php: /["'#/]/g,
  rb: /["'`#]/g,
  sh: /["'#]/g,
  other: /["']/g,
}

/** Lex `text` (one or more lines) as `fam`. Strings may span lines where the language allows. */
export function lex(text: string, fam: Family): Lexed {
  if (fam === 'py' || fam === 'js') return lexedOf(text, fam, tokenize(text, fam === 'py' ? 'python' : 'js'))
  const n = text.length
  spend(n)
  const masked: string[] = []
  const strings: StrTok[] = []
  const special = SPECIAL[fam]
  let i = 0
  while (i < n) {
    special.lastIndex = i
    const at = special.exec(text)?.index ?? n
    if (at > i) {
      masked.push(text.slice(i, at))
      i = at
      if (i >= n) break
    }
    const c = text[i]!
    const next = text[i + 1]
    const comment =
      (c === '#' && hashComments(fam) && !(fam === 'php' && next === '[')) ||
      (c === '/' && next === '/' && slashComments(fam))
    if (comment) {
      const nl = text.indexOf('\n', i)
      const stop = nl < 0 ? n : nl
      masked.push(' '.repeat(stop - i))
      i = stop
      continue
    }
    if (c === '/' && next === '*' && slashComments(fam)) {
      const close = text.indexOf('*/', i + 2)
      const stop = close < 0 ? n : close + 2
      masked.push(text.slice(i, stop).replace(/[^\n]/g, ' '))
      i = stop
      continue
    }
    if (!isQuote(c, fam)) {
      masked.push(c)
      i++
      continue
    }
    const prefix = ''
    const triple = fam === 'java' && next === c && text[i + 2] === c
    const quote = triple ? c + c + c : c
    const multiline = triple || c === '`' || fam === 'php' || fam === 'rb' || fam === 'sh'
    let j = i + quote.length
    let closed = false
    while (j < n) {
      const d = text[j]!
      if (d === '\\' && !(fam === 'go' && c === '`')) {
        j += 2
        continue
      }
      if (d === '\n' && !multiline) break
      if (d === c && (!triple || (text[j + 1] === c && text[j + 2] === c))) {
        closed = true
        break
      }
      j++
    }
    const bodyEnd = Math.min(j, n)
    const end = closed ? bodyEnd + quote.length : bodyEnd
    const body = text.slice(i + quote.length, bodyEnd)
    strings.push({ start: i, end, prefix, quote, body, closed, interps: interpsOf(fam, prefix, c, body, false), tagged: false })
    masked.push(quote, ' '.repeat(body.length), closed ? quote : '')
    i = end
  }
  return { text, masked: masked.join(''), strings }
}

/** Whether the template literal opening at `start` follows a tag (`sql\`...\``, `db.sql\`...\``, `f()\`...\``). */
function isTagged(text: string, start: number): boolean {
  let k = start - 1
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--
  if (k < 0 || !(ID_CHAR.test(text[k]!) || text[k] === ')')) return false
  const word = /[\w$]+$/.exec(text.slice(Math.max(0, k - 20), k + 1))?.[0] ?? ''
  return !NOT_TAGS.has(word)
}

/** The lexer's view of tokenized text: string, regex and comment bodies as spaces (comments keep their newlines), the strings with their interpolations. */
export function lexedOf(text: string, fam: Family, { tokens }: Tokens): Lexed {
  const masked: string[] = []
  const strings: StrTok[] = []
  for (const t of tokens) {
    if (t.kind === 'code') masked.push(text.slice(t.start, t.end))
    else if (t.kind === 'comment') masked.push(text.slice(t.start, t.end).replace(/[^\n]/g, ' '))
    else {
      const body = text.slice(t.bodyStart, t.bodyEnd)
      if (t.kind === 'string') {
        const tagged = t.quote === '`' && fam === 'js' && isTagged(text, t.start)
        strings.push({ start: t.start, end: t.end, prefix: t.prefix, quote: t.quote, body, closed: t.closed, interps: interpsOf(fam, t.prefix, t.quote[0]!, body, tagged), tagged })
      }
      masked.push(text.slice(t.start, t.bodyStart), ' '.repeat(body.length), text.slice(t.bodyEnd, t.end))
    }
  }
  return { text, masked: masked.join(''), strings }
}

export interface Arg {
  text: string
  start: number
  end: number
}

export interface CallArgs {
  args: Arg[]
  closed: boolean
  /** Index just past the closing `)` (or the end of the text). */
  end: number
}

/**
 * Where every bracket in a lexed text closes and which commas sit directly inside it, found in
 * one pass. Any closer closes the innermost opener, whatever its kind, as the argument splitter
 * always has. Built once per lexed text, so splitting the arguments of each call on a line of a
 * thousand unclosed calls costs a lookup each rather than a scan to the end of the text.
 */
interface Brackets {
  /** For an opener at `i`: the index of its closer, or -1 when it never closes. */
  close: Int32Array
  /** For an opener at `i`: the commas directly inside it, in order (absent when none). */
  commas: Map<number, number[]>
}

const bracketIndex = new WeakMap<Lexed, Brackets>()

function bracketsOf(lexed: Lexed): Brackets {
  let found = bracketIndex.get(lexed)
  if (found) return found
  const { masked } = lexed
  spend(masked.length)
  const close = new Int32Array(masked.length).fill(-1)
  const commas = new Map<number, number[]>()
  const stack: number[] = []
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i)
    if (c === 40 || c === 91 || c === 123) stack.push(i) // ( [ {
    else if (c === 41 || c === 93 || c === 125) {
      const open = stack.pop() // ) ] }
      if (open !== undefined) close[open] = i
    } else if (c === 44 && stack.length > 0) {
      const open = stack[stack.length - 1]!
      const list = commas.get(open)
      if (list) list.push(i)
      else commas.set(open, [i])
    }
  }
  found = { close, commas }
  bracketIndex.set(lexed, found)
  return found
}

/**
 * Split the arguments of a call whose `(` sits at `open` in `lexed.text`, using the masked
 * text for structure so that commas and parentheses inside strings do not count.
 */
export function callArgs(lexed: Lexed, open: number): CallArgs {
  const { text } = lexed
  const { close, commas } = bracketsOf(lexed)
  const closer = open >= 0 && open < close.length ? close[open]! : -1
  const end = closer >= 0 ? closer : text.length
  const args: Arg[] = []
  let argStart = open + 1
  for (const comma of commas.get(open) ?? []) {
    pushArg(args, text, argStart, comma)
    argStart = comma + 1
  }
  pushArg(args, text, argStart, end)
  return closer >= 0 ? { args, closed: true, end: closer + 1 } : { args, closed: false, end: text.length }
}

function pushArg(args: Arg[], text: string, start: number, end: number) {
  const raw = text.slice(start, end)
  const lead = raw.length - raw.trimStart().length
  const trimmed = raw.trim()
  if (trimmed) args.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length })
}

/** `name=value` keyword argument, if `arg` is one (Python). */
export function keywordArg(args: readonly Arg[], name: string): string | undefined {
  const re = new RegExp(`^${name}\\s*=(?!=)\\s*`)
  for (const a of args) {
    const m = re.exec(a.text)
    if (m) return a.text.slice(m[0].length)
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Template pieces
// ---------------------------------------------------------------------------

export interface TemplateParts {
  /** Literal text before each interpolation (`lits[i]` precedes `exprs[i]`), then the tail. */
  lits: string[]
  exprs: string[]
}

/** Split an interpolating string body into literal pieces and expressions. */
export function templateParts(tok: StrTok, fam: Family): TemplateParts {
  const body = tok.body
  const lits: string[] = []
  const exprs: string[] = []
  if (fam === 'php') {
    let last = 0
    for (const m of body.matchAll(PHP_VAR)) {
      lits.push(body.slice(last, m.index))
      exprs.push(m[0].startsWith('{') ? m[0].slice(1, -1) : m[0])
      last = m.index + m[0].length
    }
    lits.push(body.slice(last))
    return { lits, exprs }
  }
  const sigil = fam === 'js' ? '$' : fam === 'rb' ? '#' : ''
  let last = 0
  for (let i = 0; i < body.length; i++) {
    if (sigil) {
      if (body[i] !== sigil || body[i + 1] !== '{' || (i > 0 && body[i - 1] === '\\')) continue
    } else {
      if (body[i] !== '{') continue
      if (body[i + 1] === '{') {
        i++
        continue
      }
    }
    const open = sigil ? i + 1 : i
    const close = closeBrace(body, open)
    if (close < 0) break
    lits.push(body.slice(last, i))
    const inner = body.slice(open + 1, close)
    exprs.push((sigil ? inner.replace(/(?:![rsa]|:(?!=)[^:]*)$/, '') : inner.slice(0, fieldEnd(inner))).trim())
    last = close + 1
    i = close
  }
  lits.push(body.slice(last))
  return { lits, exprs }
}
