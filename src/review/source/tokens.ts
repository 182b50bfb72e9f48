/**
 * One lexer per language family: a line (or a few lines joined by newlines) split once into code,
 * string and comment tokens, given what the line above left open. The scanner's masked line
 * (`scanner.ts`) and the lexer's string literals with their interpolations (`lexer.ts`) are two
 * views of these tokens, so both read a quote, an escape or a comment the same way. Approximate on
 * purpose and linear in the text: every token ends where the next one starts.
 */
import { spend } from '../budget'

/** The language families lexed here; the others keep the scanner's and lexer's own loops. */
export type TokenFamily = 'python'

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
  kind: 'code' | 'string' | 'comment'
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

/** `text` split into tokens as `family`, starting inside whatever `open` says the line above left open. */
export function tokenize(text: string, family: TokenFamily, open: Open = Open.None): Tokens {
  spend(text.length)
  switch (family) {
    case 'python':
      return tokenizePython(text, open)
  }
}
