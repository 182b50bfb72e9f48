/**
 * The masking scanner: one line at a time, comments blanked and string bodies replaced by `_`,
 * carrying what is still open (Python triple-quoted strings, block comments, template literals)
 * from one line to the next. One syntax per comment-and-string convention, coarser than
 * languages. Approximate on purpose and linear in the line. Python and JavaScript lines are read
 * from the family lexer's tokens (`tokens.ts`, shared with the string lexer); the other syntaxes
 * still scan here.
 */
import { spend } from '../budget'
import type { Language } from '../types'
import { Open, tokenize, type Tokens } from './tokens'

export { Open }

/** Comment and string conventions, coarser than languages. */
export type Syntax = 'python' | 'js' | 'c' | 'hash' | 'sql' | 'html'

export interface Scanned {
  /**
   * Same length as the line: comments replaced by spaces, string bodies by `_` (quotes kept), so
   * column positions match the raw text and `"..."` still reads as a string literal.
   */
  code: string
  /** Text of the comments on the line, joined by a space (empty when none). */
  comment: string
  /** Whether the line is nothing but comment (and whitespace). */
  commentOnly: boolean
  /** What is still open when the line ends. */
  open: Open
}

export function syntaxOf(lang: Language): Syntax | undefined {
  switch (lang) {
    case 'python':
      return 'python'
    case 'javascript':
    case 'typescript':
    case 'vue':
    case 'svelte':
      return 'js'
    case 'go':
    case 'java':
    case 'kotlin':
    case 'csharp':
    case 'rust':
    case 'c':
    case 'cpp':
    case 'swift':
    case 'php':
    case 'css':
      return 'c'
    case 'ruby':
    case 'shell':
    case 'yaml':
    case 'toml':
    case 'dockerfile':
    case 'makefile':
    case 'terraform':
    case 'dotenv':
    case 'github-actions':
    case 'requirements':
    case 'ini':
      return 'hash'
    case 'sql':
      return 'sql'
    case 'html':
    case 'markdown':
      return 'html'
    default:
      return undefined
  }
}

/** Index of the unescaped `quote` closing a string that starts after `from`, or -1. */
function closeQuote(text: string, from: number, quote: string): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j]
    if (c === '\\') j++
    else if (c === quote) return j
  }
  return -1
}

// Characters that may start a string, comment or regex literal, per syntax.
const SPECIAL: Record<Exclude<Syntax, 'python' | 'js'>, RegExp> = {
  c: /["'`/]/g,
  sql: /["'/-]/g,
  hash: /["'`#]/g,
  html: /</g,
}

function fill(n: number, ch: string): string {
  return n > 0 ? ch.repeat(n) : ''
}

/** Where the construct left open by the previous line closes on this one (`end` -1 when it does not). */
function closeOpen(text: string, open: Open): { end: number; closeLen: number } {
  switch (open) {
    case Open.BlockComment:
      return { end: text.indexOf('*/'), closeLen: 2 }
    case Open.HtmlComment:
      return { end: text.indexOf('-->'), closeLen: 3 }
    default:
      // Python's triple quotes are carried by the Python lexer (`tokens.ts`), so only a backtick is left.
      return { end: closeQuote(text, 0, '`'), closeLen: 1 }
  }
}

/**
 * Scans one line given what was open before it. Linear in the line: code is emitted as parts and
 * joined once, and a quote or regex literal that found no end is not searched for again (every
 * later quote of that kind sits behind an escape the first search already skipped).
 */
export function scanLine(text: string, syntax: Syntax, open: Open = Open.None): Scanned {
  if (syntax === 'python' || syntax === 'js') return scannedOf(text, tokenize(text, syntax, open))
  const n = text.length
  spend(n)
  const parts: string[] = []
  const comments: string[] = []
  let i = 0
  const unclosed = new Set<string>()

  // Finish whatever the previous line left open.
  if (open !== Open.None) {
    const { end, closeLen } = closeOpen(text, open)
    const isComment = open === Open.BlockComment || open === Open.HtmlComment
    if (end < 0) {
      return {
        code: fill(n, isComment ? ' ' : '_'),
        comment: isComment ? text : '',
        commentOnly: isComment,
        open,
      }
    }
    if (isComment) {
      comments.push(text.slice(0, end))
      parts.push(fill(end + closeLen, ' '))
    } else {
      parts.push(fill(end, '_'), text.slice(end, end + closeLen))
    }
    i = end + closeLen
    open = Open.None
  }

  const special = SPECIAL[syntax]
  const cStyle = syntax === 'c' || syntax === 'sql'
  while (i < n) {
    // Copy plain code up to the next character that can open a string, comment or regex.
    special.lastIndex = i
    const found = special.exec(text)
    const j = found ? found.index : n
    if (j > i) {
      parts.push(text.slice(i, j))
      i = j
      if (i >= n) break
    }
    const c = text[i]!
    const next = text[i + 1]
    if (
      (cStyle && syntax !== 'sql' && c === '/' && next === '/') ||
      (syntax === 'sql' && c === '-' && next === '-') ||
      (syntax === 'hash' && c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t'))
    ) {
      comments.push(text.slice(i + (c === '#' ? 1 : 2)))
      parts.push(fill(n - i, ' '))
      break
    }
    if (cStyle && c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2)
      if (end < 0) {
        comments.push(text.slice(i + 2))
        parts.push(fill(n - i, ' '))
        open = Open.BlockComment
        break
      }
      comments.push(text.slice(i + 2, end))
      parts.push(fill(end + 2 - i, ' '))
      i = end + 2
      continue
    }
    if (syntax === 'html' && c === '<' && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4)
      if (end < 0) {
        comments.push(text.slice(i + 4))
        parts.push(fill(n - i, ' '))
        open = Open.HtmlComment
        break
      }
      comments.push(text.slice(i + 4, end))
      parts.push(fill(end + 3 - i, ' '))
      i = end + 3
      continue
    }
    if (c === '`' && (syntax === 'c' || syntax === 'hash')) {
      const end = unclosed.has(c) ? -1 : closeQuote(text, i + 1, '`')
      if (end < 0) {
        // Template literals and Go raw strings may span lines; elsewhere a lone backtick is text.
        if (syntax === 'hash') {
          unclosed.add(c)
          parts.push(c)
          i++
          continue
        }
        parts.push('`', fill(n - i - 1, '_'))
        open = Open.Backtick
        break
      }
      parts.push('`', fill(end - i - 1, '_'), '`')
      i = end + 1
      continue
    }
    if (c === '"' || c === "'") {
      const end = unclosed.has(c) ? -1 : closeQuote(text, i + 1, c)
      // An unterminated quote is an apostrophe or a Rust lifetime, not a string.
      if (end < 0) {
        unclosed.add(c)
        parts.push(c)
        i++
        continue
      }
      parts.push(c, fill(end - i - 1, '_'), c)
      i = end + 1
      continue
    }
    parts.push(c)
    i++
  }
  const code = parts.join('')
  const comment = comments.join(' ')
  return { code, comment, commentOnly: comments.length > 0 && code.trim() === '', open }
}


/** The scanner's view of a tokenized line: string and regex bodies as `_` (delimiters kept), comments as spaces and their text apart. */
export function scannedOf(text: string, { tokens, open }: Tokens): Scanned {
  const parts: string[] = []
  const comments: string[] = []
  for (const t of tokens) {
    if (t.kind === 'code') parts.push(text.slice(t.start, t.end))
    else if (t.kind === 'comment') {
      comments.push(text.slice(t.bodyStart, t.bodyEnd))
      parts.push(fill(t.end - t.start, ' '))
    } else parts.push(text.slice(t.start, t.bodyStart), fill(t.bodyEnd - t.bodyStart, '_'), text.slice(t.bodyEnd, t.end))
  }
  const code = parts.join('')
  return { code, comment: comments.join(' '), commentOnly: comments.length > 0 && code.trim() === '', open }
}
