/**
 * Comments and strings of a single line, by language, with no state carried between lines: where
 * a trailing comment starts, whether a line sits in a block comment, and the code with string
 * bodies blanked. Made for config and script formats as much as code (YAML, INI, dotenv, shell),
 * where `#` starts a comment only after whitespace and `don't` is prose, not a string: the lexer
 * of the config family. Python and JavaScript lines are read by their own family lexer (`tokens.ts`).
 */
import type { Language } from '../types'
import type { Family } from './lexer'
import { tokenize, type TokenFamily } from './tokens'

/** Languages whose line comments start with `#` (at line start or after whitespace). */
const HASH_COMMENT = new Set<Language>([
  'python',
  'ruby',
  'shell',
  'yaml',
  'toml',
  'ini',
  'dockerfile',
  'makefile',
  'dotenv',
  'github-actions',
  'requirements',
  'terraform',
  'php',
])

/** Languages whose line comments start with `//`. */
const SLASH_COMMENT = new Set<Language>([
  'javascript',
  'typescript',
  'go',
  'java',
  'kotlin',
  'csharp',
  'rust',
  'c',
  'cpp',
  'swift',
  'php',
  'vue',
  'svelte',
  'terraform',
])

/** Languages where `don't` in an unquoted value is common and `'` after a letter never opens a string. */
const PROSE_APOSTROPHE = new Set<Language>(['yaml', 'github-actions', 'dockerfile', 'makefile', 'ini', 'dotenv', 'shell'])

const BLOCK_COMMENT_LINE = /^\s*(?:\/\*|\*(?!\*?\/)|\*\/|<!--)/
/** Languages with block comments (C-style or HTML); elsewhere a leading `*` is code (`*args`). */
const BLOCK_COMMENT_LANGUAGES = new Set<Language>([...SLASH_COMMENT, 'css', 'sql', 'html', 'markdown'])

/** Config and script formats, where a bare `key: value` or `KEY=value` is itself a literal value. */
export const CONFIG_LANGUAGES = new Set<Language>([
  'yaml',
  'ini',
  'toml',
  'dotenv',
  'shell',
  'dockerfile',
  'makefile',
  'github-actions',
  'text',
])

/** Code languages lexed by a family lexer (`tokens.ts`): their comments are found by it, as the scanner finds them. */
function tokenFamilyOfLanguage(language: Language): TokenFamily | undefined {
  if (language === 'python') return 'python'
  return language === 'javascript' || language === 'typescript' || language === 'vue' || language === 'svelte' ? 'js' : undefined
}

/**
 * Index where a trailing line comment starts, or the line length. Quotes are tracked so that
 * `"http://x"` and `"a # b"` are not comments; a `#` only starts a comment at the start of the
 * line or after whitespace (YAML and shell rules), which also keeps `${#arr}` and `url#frag` intact.
 * Python and JavaScript lines are read by their family lexer, regex literals included.
 */
export function commentStart(text: string, language: Language): number {
  const family = tokenFamilyOfLanguage(language)
  if (family) {
    // A comment token starts with its marker (`#`; `//` or `/*`): a line without one has no comment, and needs no lexing.
    if (!text.includes(family === 'python' ? '#' : '/')) return text.length
    return tokenize(text, family).tokens.find((t) => t.kind === 'comment')?.start ?? text.length
  }
  const hash = HASH_COMMENT.has(language)
  const slash = SLASH_COMMENT.has(language)
  const dashes = language === 'sql'
  if (!hash && !slash && !dashes) return text.length
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (quote) {
      if (ch === 92 /* \ */) i++
      else if (text[i] === quote) quote = ''
      continue
    }
    if (ch === 34 || ch === 39 || ch === 96) {
      // An apostrophe in YAML/shell prose ("don't") would swallow the rest of the line; only treat
      // a quote as opening a string where it starts a token.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32
      if (ch === 39 && PROSE_APOSTROPHE.has(language) && isWordChar(prev)) continue
      quote = text[i]!
      continue
    }
    if (hash && ch === 35 /* # */ && (i === 0 || isSpace(text.charCodeAt(i - 1)))) return i
    if (slash && ch === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      // `https://` in an unquoted context (YAML-like) is not a comment.
      if (i > 0 && text.charCodeAt(i - 1) === 58 /* : */) continue
      return i
    }
    if (dashes && ch === 45 && text.charCodeAt(i + 1) === 45) return i
  }
  return text.length
}

/** A line inside a block comment or JSDoc (a line starting with `*`), or an HTML comment line. */
export function isBlockCommentLine(text: string, language: Language): boolean {
  if (!BLOCK_COMMENT_LANGUAGES.has(language) || !BLOCK_COMMENT_LINE.test(text)) return false
  // In Markdown only `<!--` opens a comment; `* item` is a bullet.
  return language !== 'markdown' || text.trimStart().startsWith('<!--')
}

/** Where the comment part of a line starts: 0 for a line inside a block comment (` * …`), else the trailing comment's index. */
export function commentOffset(text: string, language: Language): number {
  if (isBlockCommentLine(text, language)) return 0
  return commentStart(text, language)
}

/** The line without its trailing comment. */
export function stripComment(text: string, language: Language): string {
  if (isBlockCommentLine(text, language)) return ''
  const start = commentStart(text, language)
  return start === text.length ? text : text.slice(0, start)
}

/**
 * Replaces the contents of string literals with spaces (quotes kept, length preserved), so code
 * patterns such as `verify=False` do not match inside messages or docs strings.
 */
export function maskStrings(code: string): string {
  let out = ''
  let quote = ''
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!
    if (quote) {
      if (c === '\\' && i + 1 < code.length) {
        out += '  '
        i++
      } else if (c === quote) {
        quote = ''
        out += c
      } else out += ' '
      continue
    }
    if (c === '"' || c === "'" || c === '`') quote = c
    out += c
  }
  return out
}

/** Code part of a line: comment removed and string contents blanked (regex literals' too, in JavaScript). */
export function codeOf(text: string, language: Language): string {
  const family = tokenFamilyOfLanguage(language)
  if (!family || isBlockCommentLine(text, language)) return maskStrings(stripComment(text, language))
  const out: string[] = []
  for (const t of tokenize(text, family).tokens) {
    if (t.kind === 'comment') break
    if (t.kind === 'code') out.push(text.slice(t.start, t.end))
    else out.push(text.slice(t.start, t.bodyStart), ' '.repeat(t.bodyEnd - t.bodyStart), text.slice(t.bodyEnd, t.end))
  }
  return out.join('')
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
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

/** A line that starts with a comment (including block-comment continuation lines), by lexer family. */
export function isCommentLine(text: string, fam: Family): boolean {
  return COMMENT_START[fam].test(text)
}
