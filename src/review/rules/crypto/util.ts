import { spend } from '../../budget'
import type { FileUnderReview, Hunk, Language, LineContext } from '../../types'

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

/**
 * Index where a trailing line comment starts, or the line length. Quotes are tracked so that
 * `"http://x"` and `"a # b"` are not comments; a `#` only starts a comment at the start of the
 * line or after whitespace (YAML and shell rules), which also keeps `${#arr}` and `url#frag` intact.
 */
export function commentStart(text: string, language: Language): number {
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

/** True for lines that are entirely a comment (line comment, or a line inside a block comment). */
export function isCommentLine(text: string, language: Language): boolean {
  if (isBlockCommentLine(text, language)) return true
  const start = commentStart(text, language)
  return start < text.length && text.slice(0, start).trim() === ''
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

/** Code part of a line: comment removed and string contents blanked. */
export function codeOf(text: string, language: Language): string {
  return maskStrings(stripComment(text, language))
}

/** Splits an identifier into lower-case words: `resetToken` → reset, token; `API_KEY` → api, key. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/(?<![A-Z])([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
}

const SECRET_WORDS = new Set([
  'token',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'nonce',
  'salt',
  'otp',
  'totp',
  'csrf',
  'xsrf',
  'apikey',
  'sessionid',
  'credential',
  'credentials',
])
const SECRET_PAIRS = new Set([
  'session id',
  'session key',
  'sid value',
  'api key',
  'access key',
  'auth code',
  'verification code',
  'verify code',
  'confirmation code',
  'reset code',
  'invite code',
  'one time',
  'recovery code',
  'pin code',
  'magic link',
])

/** Names that describe something about a secret rather than hold one: `tokenCount`, `password_length`. */
const NOT_A_SECRET_LAST = new Set([
  'count', 'counts', 'length', 'len', 'size', 'index', 'idx', 'type', 'name', 'url', 'uri', 'ttl', 'expiry', 'expires',
  'timeout', 'interval', 'delay', 'limit', 'max', 'min', 'num', 'position', 'pos', 'offset', 'label', 'field', 'header',
  'prefix', 'suffix', 'format', 'pattern', 'regex', 're', 'hint', 'policy', 'strength', 'score', 'column', 'col', 'width',
])

/** True when an identifier names a credential-like value (`resetToken`, `session_id`, `apiKey`). */
export function namesSecret(identifier: string): boolean {
  const words = identifierWords(identifier)
  if (words.length > 1 && NOT_A_SECRET_LAST.has(words.at(-1)!)) return false
  for (let i = 0; i < words.length; i++) {
    if (SECRET_WORDS.has(words[i]!)) return true
    if (i > 0 && SECRET_PAIRS.has(`${words[i - 1]} ${words[i]}`)) return true
  }
  return false
}

const FUNCTION_NAME =
  /(?:\bdef|\bfunction\*?|\bfunc(?:\s*\([^)]*\))?|\bfn)\s+([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)\s*(?:=|:)\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)|([A-Za-z_$][\w$]*)\s*\(/

/** Best-effort name of the function in a signature line (`def make_token(n):` → `make_token`). */
export function functionName(signature: string | undefined): string | undefined {
  if (!signature) return undefined
  // A hunk's section heading is free text of any length; a signature's name is near its start.
  const m = FUNCTION_NAME.exec(signature.length > 300 ? signature.slice(0, 300) : signature)
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined
}

const DEV_PATH =
  /(?:^|[/._-])(?:tests?|specs?|__tests__|dev|develop|development|local|example|examples|sample|samples|demo|debug|e2e|fixtures?|mocks?|testing|playground|sandbox)(?:[/._-]|$)/i

/** Paths that are obviously for tests, local development or documentation examples. */
export function isDevOrTestPath(path: string): boolean {
  return DEV_PATH.test(path)
}

const DEV_FILES = new WeakMap<FileUnderReview, boolean>()

/** `file.isTest` or a dev/example path, computed once per file (rules ask on every line). */
export function isDevOrTestFile(file: FileUnderReview): boolean {
  let dev = DEV_FILES.get(file)
  if (dev === undefined) DEV_FILES.set(file, (dev = file.isTest || DEV_PATH.test(file.path)))
  return dev
}

export function baseName(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? path : path.slice(slash + 1)
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
}

/**
 * The call starting at `start` up to its closing parenthesis (`AES.new(key, AES.MODE_ECB)`), or
 * `fallback` when the match has no call; cut at `max` characters.
 */
export function callSnippet(code: string, start: number, fallback: string, max = 80): string {
  const open = code.indexOf('(', start)
  if (open === -1 || open > start + fallback.length) return fallback.trim()
  let depth = 0
  let end = code.length
  for (let i = open; i < code.length; i++) {
    const c = code[i]
    if (c === '(') depth++
    else if (c === ')' && --depth === 0) {
      end = i + 1
      break
    }
  }
  const s = code.slice(start, end).trim()
  return s.length > max ? `${s.slice(0, max - 1)}…` : s
}

// Per hunk: the triple quote open at the start of each line ('' when none), found in one pass.
const docstringStates = new WeakMap<Hunk, string[]>()

function docstringStatesOf(hunk: Hunk): string[] {
  let states = docstringStates.get(hunk)
  if (states) return states
  states = []
  let open = ''
  for (const l of hunk.lines) {
    states.push(open)
    if (l.kind === 'del') continue
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
  }
  docstringStates.set(hunk, states)
  return states
}

/**
 * Whether the line sits inside a Python triple-quoted string, judged from the new-side lines of
 * its hunk above it (a hunk that starts inside a docstring is not detected).
 */
export function inPythonDocstring(ctx: LineContext): boolean {
  return docstringStatesOf(ctx.hunk)[ctx.index] !== ''
}

