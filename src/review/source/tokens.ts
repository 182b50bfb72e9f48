/**
 * One lexer per language family: a line (or a few lines joined by newlines) split once into code,
 * string and comment tokens, given what the line above left open. The scanner's masked line
 * (`scanner.ts`) and the lexer's string literals with their interpolations (`lexer.ts`) are two
 * views of these tokens, so both read a quote, an escape or a comment the same way. Approximate on
 * purpose and linear in the text: every token ends where the next one starts.
 */
import { spend } from '../budget'

/** The language families lexed here; the others keep the scanner's and lexer's own loops. */
export type TokenFamily = 'python' | 'js'

/** What is still open at the end of a line. */
export const enum Open {
  None = 0,
  BlockComment = 1,
  TripleDouble = 2,
  TripleSingle = 3,
  Backtick = 4,
  HtmlComment = 5,
}

export interface Token {
  kind: 'code' | 'string' | 'comment' | 'regex'
  start: number
  end: number
  /** The text between the delimiters (the whole token for code). */
  bodyStart: number
  bodyEnd: number
  /** Strings: the quote (`"`, `'''`); empty for code and comments. */
  quote: string
  /** Strings: the prefix letters right before the opening quote (`f`, `rb`); they stay in the code token before it. */
  prefix: string
  /** Strings and comments: whether the closing delimiter is in the text. */
  closed: boolean
}

export interface Tokens {
  tokens: Token[]
  /** What is still open where the text ends. */
  open: Open
}

const ID_CHAR = /[\w$]/
const PY_PREFIX = /[rRbBfFuU]/

function code(start: number, end: number): Token {
  return { kind: 'code', start, end, bodyStart: start, bodyEnd: end, quote: '', prefix: '', closed: true }
}

/**
 * Where a Python string body that starts at `from` ends: the index of its closing quote when
 * `closed`, else where it stops (a newline for a one-line quote, the end of the text for a triple
 * quote). A backslash escapes the next character, a newline included.
 */
function pythonBodyEnd(text: string, from: number, q: string): { at: number; closed: boolean } {
  const c = q[0]!
  const triple = q.length === 3
  const n = text.length
  let j = from
  while (j < n) {
    const d = text[j]!
    if (d === '\\') {
      j += 2
      continue
    }
    if (d === '\n' && !triple) break
    if (d === c && (!triple || (text[j + 1] === c && text[j + 2] === c))) return { at: j, closed: true }
    j++
  }
  return { at: Math.min(j, n), closed: false }
}

/**
 * Python: `#` comments to the end of the line, one-line quotes that stop at a newline (an
 * unterminated one runs to it), triple quotes that may span lines and are carried to the next one.
 */
function tokenizePython(text: string, open: Open): Tokens {
  const n = text.length
  const tokens: Token[] = []
  let i = 0
  if (open === Open.TripleDouble || open === Open.TripleSingle) {
    const q = open === Open.TripleDouble ? '"""' : "'''"
    const { at, closed } = pythonBodyEnd(text, 0, q)
    tokens.push({ kind: 'string', start: 0, end: closed ? at + 3 : at, bodyStart: 0, bodyEnd: at, quote: q, prefix: '', closed })
    if (!closed) return { tokens, open }
    i = at + 3
  }
  const special = /["'#]/g
  let codeFrom = i
  while (i < n) {
    special.lastIndex = i
    const at = special.exec(text)?.index ?? n
    if (at >= n) break
    const c = text[at]!
    if (codeFrom < at) tokens.push(code(codeFrom, at))
    if (c === '#') {
      const nl = text.indexOf('\n', at)
      const stop = nl < 0 ? n : nl
      tokens.push({ kind: 'comment', start: at, end: stop, bodyStart: at + 1, bodyEnd: stop, quote: '', prefix: '', closed: true })
      i = codeFrom = stop
      continue
    }
    let p = at
    while (p > 0 && at - p < 2 && PY_PREFIX.test(text[p - 1]!)) p--
    const prefix = p === 0 || !ID_CHAR.test(text[p - 1]!) ? text.slice(p, at) : ''
    const q = text[at + 1] === c && text[at + 2] === c ? c + c + c : c
    const body = pythonBodyEnd(text, at + q.length, q)
    const end = body.closed ? body.at + q.length : body.at
    tokens.push({ kind: 'string', start: at, end, bodyStart: at + q.length, bodyEnd: body.at, quote: q, prefix, closed: body.closed })
    if (!body.closed && q.length === 3) return { tokens, open: c === '"' ? Open.TripleDouble : Open.TripleSingle }
    i = codeFrom = end
  }
  if (codeFrom < n) tokens.push(code(codeFrom, n))
  return { tokens, open: Open.None }
}

const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await'])
const REGEX_AFTER_CHARS = '(,=:[!&|?{};+-*%<>~^'
// Longer than any word in REGEX_AFTER_WORDS: reading further back cannot change the answer.
const MAX_KEYWORD = 8

/**
 * Whether a `/` at this point starts a regex literal rather than a division, judged from the
 * tokens before it read backwards: after an operator, an opening bracket or one of the keywords
 * above. Comments and line breaks count as space; a string or regex before it means a division.
 */
function regexAllowed(text: string, tokens: readonly Token[], codeFrom: number, at: number): boolean {
  let word = ''
  const verdict = (): boolean => word === '' || REGEX_AFTER_WORDS.has(word)
  // The code not yet pushed as a token (codeFrom..at), then the tokens before it.
  for (let t = tokens.length; t >= 0; t--) {
    const tok = t === tokens.length ? undefined : tokens[t]!
    if (tok && tok.kind !== 'code') {
      if (tok.kind === 'comment') {
        if (word !== '') return REGEX_AFTER_WORDS.has(word)
        continue
      }
      return word !== '' && REGEX_AFTER_WORDS.has(word)
    }
    const from = tok ? tok.start : codeFrom
    for (let k = (tok ? tok.end : at) - 1; k >= from; k--) {
      const c = text[k]!
      if (word === '') {
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue
        if (REGEX_AFTER_CHARS.includes(c)) return true
        if (!/[A-Za-z]/.test(c)) return false
        word = c
      } else if (/[\w$]/.test(c) && word.length <= MAX_KEYWORD) {
        word = c + word
      } else {
        return REGEX_AFTER_WORDS.has(word)
      }
    }
  }
  return verdict()
}

/** Index of the `/` closing a regex literal whose opening `/` is at `start`, or -1 when the line ends first. */
function closeRegex(text: string, start: number): number {
  let inClass = false
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j]
    if (c === '\\') j++
    else if (c === '\n') return -1
    else if (c === '[') inClass = true
    else if (c === ']') inClass = false
    else if (c === '/' && !inClass) return j
  }
  return -1
}

/** Where a `{`-delimited interpolation that opens at `open` closes (skipping nested quotes), or -1. */
export function closeBrace(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const c = text[i]
    if (c === '{') depth++
    else if (c === '}') {
      depth--
      if (depth === 0) return i
    } else if (c === '"' || c === "'" || c === '`') {
      const close = text.indexOf(c, i + 1)
      if (close < 0) return -1
      i = close
    }
  }
  return -1
}

/** Per text: set once a `${` found no `}`, after which later ones are read as plain template text. */
interface JsState {
  braceFailed: boolean
}

/**
 * Where a JS string body that starts at `from` ends (see `pythonBodyEnd`). A template literal may
 * span lines and skips its `${...}` expressions whole, nested templates included. An expression
 * whose `}` is not found (a quote inside a regex literal can hide it) is read as template text, and
 * so is every later one in the text, so a line of unclosed `${` is not rescanned for each.
 */
function jsBodyEnd(text: string, from: number, c: string, state: JsState): { at: number; closed: boolean } {
  const n = text.length
  let j = from
  while (j < n) {
    const d = text[j]!
    if (d === '\\') {
      j += 2
      continue
    }
    if (d === '\n' && c !== '`') break
    if (c === '`' && d === '$' && text[j + 1] === '{' && !state.braceFailed) {
      const close = closeBrace(text, j + 1)
      if (close < 0) state.braceFailed = true
      else {
        j = close + 1
        continue
      }
    }
    if (d === c) return { at: j, closed: true }
    j++
  }
  return { at: Math.min(j, n), closed: false }
}

function comment(start: number, end: number, bodyStart: number, bodyEnd: number, closed: boolean): Token {
  return { kind: 'comment', start, end, bodyStart, bodyEnd, quote: '', prefix: '', closed }
}

/** What a JS line left open closes on this one: the token it makes and what is still open after it. */
function continueJs(text: string, open: Open, state: JsState): Token {
  const n = text.length
  if (open === Open.Backtick) {
    const { at, closed } = jsBodyEnd(text, 0, '`', state)
    return { kind: 'string', start: 0, end: closed ? at + 1 : at, bodyStart: 0, bodyEnd: at, quote: '`', prefix: '', closed }
  }
  const close = open === Open.HtmlComment ? '-->' : '*/'
  const at = text.indexOf(close)
  return at < 0 ? comment(0, n, 0, n, false) : comment(0, at + close.length, 0, at, true)
}

/**
 * JavaScript and TypeScript: line, block and `<!-- -->` comments, one-line quotes that stop at
 * a newline (an unterminated one runs to it), template literals with their `${}` expressions that
 * may span lines, and regex literals told from divisions by what precedes them. Block comments,
 * HTML comments and template literals are carried to the next line.
 */
function tokenizeJs(text: string, open: Open): Tokens {
  const n = text.length
  const tokens: Token[] = []
  const state: JsState = { braceFailed: false }
  let i = 0
  if (open !== Open.None) {
    const first = continueJs(text, open, state)
    tokens.push(first)
    if (!first.closed) return { tokens, open }
    i = first.end
  }
  const special = /["'`/<]/g
  let codeFrom = i
  // A regex literal that found no end before its line did: no `/` before that line end starts one.
  let noRegexBefore = -1
  while (i < n) {
    special.lastIndex = i
    const at = special.exec(text)?.index ?? n
    if (at >= n) break
    const c = text[at]!
    const next = text[at + 1]
    let tok: Token | undefined
    let carry = Open.None
    if (c === '/' && next === '/') {
      const nl = text.indexOf('\n', at)
      const stop = nl < 0 ? n : nl
      tok = comment(at, stop, at + 2, stop, true)
    } else if ((c === '/' && next === '*') || (c === '<' && text.startsWith('<!--', at))) {
      const [openLen, close] = c === '/' ? [2, '*/'] : [4, '-->']
      const end = text.indexOf(close, at + openLen)
      tok = end < 0 ? comment(at, n, at + openLen, n, false) : comment(at, end + close.length, at + openLen, end, true)
      if (end < 0) carry = c === '/' ? Open.BlockComment : Open.HtmlComment
    } else if (c === '"' || c === "'" || c === '`') {
      const body = jsBodyEnd(text, at + 1, c, state)
      tok = { kind: 'string', start: at, end: body.closed ? body.at + 1 : body.at, bodyStart: at + 1, bodyEnd: body.at, quote: c, prefix: '', closed: body.closed }
      if (!body.closed && c === '`') carry = Open.Backtick
    } else if (c === '/' && at > noRegexBefore && regexAllowed(text, tokens, codeFrom, at)) {
      const end = closeRegex(text, at)
      if (end > at + 1) tok = { kind: 'regex', start: at, end: end + 1, bodyStart: at + 1, bodyEnd: end, quote: '/', prefix: '', closed: true }
      else if (end < 0) {
        const nl = text.indexOf('\n', at)
        noRegexBefore = nl < 0 ? n : nl
      }
    }
    if (!tok) {
      i = at + 1
      continue
    }
    if (codeFrom < at) tokens.push(code(codeFrom, at))
    tokens.push(tok)
    if (carry !== Open.None && tok.end >= n) return { tokens, open: carry }
    i = codeFrom = tok.end
  }
  if (codeFrom < n) tokens.push(code(codeFrom, n))
  return { tokens, open: Open.None }
}

/** `text` split into tokens as `family`, starting inside whatever `open` says the line above left open. */
export function tokenize(text: string, family: TokenFamily, open: Open = Open.None): Tokens {
  spend(text.length)
  switch (family) {
    case 'python':
      return tokenizePython(text, open)
    case 'js':
      return tokenizeJs(text, open)
  }
}
