/**
 * A tiny per-language lexer for the injection rules: it finds string literals (with their
 * interpolations) and comments, so rules can look for calls in code only and then inspect
 * the arguments. Deliberately approximate (no regex literals, no heredocs); every rule calls
 * it only after a cheap `includes` prefilter.
 */
import type { DiffLine, FileUnderReview, Language, LineContext } from '../../types'

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
  return fam === 'py' || fam === 'rb' || fam === 'sh' || fam === 'php'
}

function slashComments(fam: Family): boolean {
  return fam === 'js' || fam === 'go' || fam === 'java' || fam === 'php'
}

function isQuote(c: string, fam: Family): boolean {
  if (c === '"' || c === "'") return true
  return c === '`' && (fam === 'js' || fam === 'go' || fam === 'rb')
}

/** Where a `{`-delimited interpolation that opens at `open` closes (skipping nested quotes). */
function closeBrace(text: string, open: number): number {
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
    // Drop the `!r` conversion and the `:fmt` spec (but keep `!=` and `:=`).
    const inner = body.slice(i + 1, close).replace(/(?:![rsa]|:(?!=)[^:]*)$/, '').trim()
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

const PHP_VAR = /\{\$[^}]+\}|\$[A-Za-z_]\w*(?:->\w+|\[[^\]\s]*\])*/g

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

/** Lex `text` (one or more lines) as `fam`. Strings may span lines where the language allows. */
export function lex(text: string, fam: Family): Lexed {
  const n = text.length
  const masked: string[] = []
  const strings: StrTok[] = []
  let i = 0
  while (i < n) {
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
    // Python string prefixes (f, r, b, rb, fr, u) sit right before the quote.
    let prefix = ''
    if (fam === 'py') {
      let p = i
      while (p > 0 && i - p < 2 && /[rRbBfFuU]/.test(text[p - 1]!)) p--
      if (p === 0 || !ID_CHAR.test(text[p - 1]!)) prefix = text.slice(p, i)
    }
    const triple = (fam === 'py' || fam === 'java') && next === c && text[i + 2] === c
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
      if (fam === 'js' && c === '`' && d === '$' && text[j + 1] === '{') {
        const close = closeBrace(text, j + 1)
        if (close < 0) {
          j = n
          break
        }
        j = close + 1
        continue
      }
      if (d === c && (!triple || (text[j + 1] === c && text[j + 2] === c))) {
        closed = true
        break
      }
      j++
    }
    const bodyEnd = Math.min(j, n)
    const end = closed ? bodyEnd + quote.length : bodyEnd
    const body = text.slice(i + quote.length, bodyEnd)
    let tagged = false
    if (fam === 'js' && c === '`') {
      let k = i - 1
      while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--
      if (k >= 0 && (ID_CHAR.test(text[k]!) || text[k] === ')')) {
        const word = /[\w$]+$/.exec(text.slice(Math.max(0, k - 20), k + 1))?.[0] ?? ''
        tagged = !NOT_TAGS.has(word)
      }
    }
    strings.push({ start: i, end, prefix, quote, body, closed, interps: interpsOf(fam, prefix, c, body, tagged), tagged })
    masked.push(quote, body.replace(/[^\n]/g, ' ').replace(/\n/g, ' '), closed ? quote : '')
    i = end
  }
  return { text, masked: masked.join(''), strings }
}

/** The code of a line with comments dropped and string bodies blanked (same length). */
export function codeOf(text: string, fam: Family): string {
  return lex(text, fam).masked
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
 * Split the arguments of a call whose `(` sits at `open` in `lexed.text`, using the masked
 * text for structure so that commas and parentheses inside strings do not count.
 */
export function callArgs(lexed: Lexed, open: number): CallArgs {
  const { masked, text } = lexed
  const args: Arg[] = []
  let depth = 0
  let argStart = open + 1
  for (let i = open; i < masked.length; i++) {
    const c = masked[i]
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') {
      depth--
      if (depth === 0) {
        pushArg(args, text, argStart, i)
        return { args, closed: true, end: i + 1 }
      }
    } else if (c === ',' && depth === 1) {
      pushArg(args, text, argStart, i)
      argStart = i + 1
    }
  }
  pushArg(args, text, argStart, masked.length)
  return { args, closed: false, end: masked.length }
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
// Expressions
// ---------------------------------------------------------------------------

export type BuildKind = 'interpolation' | 'concatenation' | 'format' | 'percent' | 'sprintf'

export interface ExprInfo {
  /** Only string literals (possibly joined with `+`/`.` or parenthesised): a constant. */
  literal: boolean
  /** No string literal at all: a variable, attribute or call. */
  opaque: boolean
  /** A string literal combined with values at runtime. */
  dynamic: boolean
  how?: BuildKind
  /** The values mixed in (interpolations, concatenated names), for messages and safety checks. */
  parts: string[]
  /** The literal text, string bodies joined by a space. */
  strings: string
  /** The untagged string tokens. */
  tokens: StrTok[]
}

const BLANK_CODE: Record<Family, RegExp> = {
  py: /[\s()+\\]/g,
  js: /[\s()+]/g,
  go: /[\s()+]/g,
  java: /[\s()+]/g,
  php: /[\s().]/g,
  rb: /[\s()+\\]/g,
  sh: /\s/g,
  other: /[\s()+]/g,
}

// Numeric conversions cannot carry SQL or shell syntax, so values wrapped in them are safe.
// Escaping helpers are not parameters, but they do stop the quote break-out this pack looks for.
const NUMERIC_WRAP =
  /\b(?:int|float|len|Number|parseInt|parseFloat|strconv\.Itoa|Integer\.parseInt|Long\.parseLong|intval|floatval|to_i|[\w>-]*escape_string|esc_sql|escapeLiteral|escapeIdentifier|pg_escape_literal|pg_escape_identifier|shlex\.quote|shellescape|escapeshellarg)\s*\([^()]*\)|->quote\s*\([^()]*\)|\((?:int|integer|float|double|bool)\)\s*\$\w+/g
const IDENT_PATH = /(?<![\w$])[$A-Za-z_][\w$]*(?:(?:\.|->|::)[$A-Za-z_][\w$]*|\[[^\]]*\])*(?![\w$]|\s*\()/g
const COMPREHENSION = /\bfor\s+[\w, ]+\s+in\s+[\w.]+/g
const METHOD_CALL = /(?<![\w$.])([$A-Za-z_][\w$]*(?:(?:\.|->)[$A-Za-z_][\w$]*)+)\s*\([^()]*\)/g
const FORMATTERS = /(?:^|\.)(?:Sprintf|format|formatted|sprintf|concat|join)$/
const NOT_VALUES = new Set([
  'if', 'else', 'and', 'or', 'not', 'in', 'is', 'None', 'True', 'False', 'null', 'undefined', 'true', 'false', 'nil',
  'this', 'self', 'new', 'await', 'return', 'typeof', 'const', 'let', 'var', 'fmt', 'String', 'str', 'f', 'r', 'b', 'u',
  'for', 'while', 'lambda', 'async', 'yield', 'from', 'as', 'with', 'of', 'instanceof', 'void',
])

/** Classify an expression that may build a string: literal, opaque, or built at runtime. */
export function analyzeExpr(expr: string, fam: Family): ExprInfo {
  const lexed = lex(expr, fam)
  const tokens = lexed.strings.filter((s) => !s.tagged)
  const tagged = lexed.strings.some((s) => s.tagged)
  const strings = tokens.map((s) => s.body).join(' ')
  // Code with strings (and their prefixes) removed.
  let code = lexed.masked
  for (let k = lexed.strings.length - 1; k >= 0; k--) {
    const s = lexed.strings[k]!
    code = code.slice(0, s.start - s.prefix.length) + ' '.repeat(s.end - s.start + s.prefix.length) + code.slice(s.end)
  }
  const interps = tokens.flatMap((s) => s.interps)
  if (tokens.length === 0) {
    return { literal: false, opaque: !tagged && code.trim() !== '', dynamic: false, parts: [], strings, tokens }
  }
  if (interps.length > 0) {
    return { literal: false, opaque: false, dynamic: true, how: 'interpolation', parts: interps, strings, tokens }
  }
  const rest = code.replace(BLANK_CODE[fam], '')
  if (rest === '') return { literal: true, opaque: false, dynamic: false, parts: [], strings, tokens }
  let how: BuildKind | undefined
  if (fam === 'go' && /\bSprintf\s*\(/.test(code)) how = 'sprintf'
  else if (/\.format(?:ted)?\s*\(|\bString\.format\s*\(|\bsprintf\s*\(/.test(code)) how = 'format'
  else if ((fam === 'py' || fam === 'rb') && /%/.test(code)) how = 'percent'
  else if (fam === 'php' ? /\./.test(code) : /\+/.test(code) || /\.concat\s*\(/.test(code)) how = 'concatenation'
  if (!how) return { literal: false, opaque: false, dynamic: false, parts: [], strings, tokens }
  // Comprehension clauses (`... for col in cols`) only restate values already counted.
  let values = code.replace(NUMERIC_WRAP, (w) => ' '.repeat(w.length)).replace(COMPREHENSION, (w) => ' '.repeat(w.length))
  const parts: string[] = []
  // Method calls on a receiver (`request.getParameter("id")`) are quoted whole, from the original text.
  values = values.replace(METHOD_CALL, (w, name: string, at: number) => {
    if (FORMATTERS.test(name)) return w
    const part = expr.slice(at, at + w.length).trim()
    if (!parts.includes(part)) parts.push(part)
    return ' '.repeat(w.length)
  })
  for (const m of values.matchAll(IDENT_PATH)) {
    const name = m[0]
    if (NOT_VALUES.has(name) || FORMATTERS.test(name)) continue
    // `fmt.Sprintf` / `"...".format` leave their method name behind: skip it.
    if (m.index > 0 && values[m.index - 1] === '.') continue
    const part = expr.slice(m.index, m.index + name.length)
    if (!parts.includes(part)) parts.push(part)
  }
  const numericOnly = parts.length === 0 && /\b(?:int|float|len|Number|parseInt|parseFloat|Itoa|intval|to_i)\s*\(/.test(code)
  return { literal: false, opaque: false, dynamic: !numericOnly, how, parts, strings, tokens }
}

/**
 * Values that cannot smuggle SQL in: ALL_CAPS constants, placeholder lists built from `?`/`%s`,
 * numeric conversions and lengths.
 */
export function isSafeValue(part: string): boolean {
  const p = part.trim()
  if (/^(?:[\w.]*\.)?[A-Z][A-Z0-9_]*$/.test(p)) return true
  if (/placeholder|qmarks|question_marks|\bmarks\b|bind_?params|param_?list|params_sql/i.test(p)) return true
  if (/["'`](?:\?|%s|\$\d*|:\w+)/.test(p) && /join|repeat|map|\*/.test(p)) return true
  if (/^(?:int|float|len|Number|parseInt|parseFloat|str\(len|strconv\.Itoa|intval|shlex\.quote|escapeshellarg)\s*\(/.test(p)) return true
  if (/^[\w.]+\.length$|^len\(/.test(p)) return true
  // Doubling the quote character (`name.replace('"', '""')`) is how SQL escapes identifiers and strings.
  if (/\.replace\(\s*(?:'"'\s*,\s*'""'|"'"\s*,\s*"''"|"\\""\s*,\s*"\\"\\"")\s*\)$/.test(p)) return true
  return false
}

export function unsafeParts(info: ExprInfo): string[] {
  return info.parts.filter((p) => !isSafeValue(p))
}

// ---------------------------------------------------------------------------
// SQL shape
// ---------------------------------------------------------------------------

// Statement openers and clauses; `[\s\S]*?` is lazy and anchored on a literal, so it stays linear per match.
const SQL_SHAPE =
  /\b(?:select\s[\s\S]*?\bfrom\b|insert\s+(?:or\s+\w+\s+)?into\b|update\s+[\w."`[\]]+\s+set\b|delete\s+from\b|drop\s+(?:table|database|index|view)\b|create\s+(?:table|index|view|database)\b|alter\s+table\b|truncate\s+(?:table\s+)?\w|replace\s+into\b|merge\s+into\b|where\s+[\w."`]+\s*(?:=|<|>|!=|<>|like|in\b|is\b)|order\s+by\s|group\s+by\s|values\s*\()/i
const SQL_START = /^\s*\(?\s*(?:select|insert|update|delete|with|replace|merge|create|drop|alter|truncate|pragma|exec)\b/i
const SQL_FRAGMENT = /^\s*(?:and|or|where|order\s+by|group\s+by|limit|offset|having|set|values|join|left\s+join|inner\s+join|union)\b|=\s*['"]?$/i

/** Text that reads as SQL (a statement or a clause). */
export function looksLikeSql(s: string): boolean {
  return SQL_SHAPE.test(s) || SQL_START.test(s)
}

/** Text that opens a SQL statement (stricter, for values assigned before they reach a sink). */
export function startsLikeSql(s: string): boolean {
  return SQL_START.test(s) && SQL_SHAPE.test(s)
}

/** A fragment appended to a SQL string (` AND name = '`...). */
export function looksLikeSqlFragment(s: string): boolean {
  return SQL_FRAGMENT.test(s) || looksLikeSql(s)
}

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

// ---------------------------------------------------------------------------
// Values that reach a sink through a variable
// ---------------------------------------------------------------------------

const ASSIGN_SRC: Record<Family, (name: string) => string> = {
  py: (n) => `^\\s*(?<name>${n})\\s*(?::\\s*[\\w.[\\], |]+)?(?<op>\\+?=)(?!=)`,
  js: (n) => `^\\s*(?:(?:const|let|var)\\s+)?(?<name>${n})\\s*(?::\\s*[\\w<>[\\], |]+)?(?<op>\\+?=)(?!=)`,
  go: (n) => `^\\s*(?:var\\s+)?(?<name>${n})\\s*(?:string\\s*)?(?<op>\\+?=|:=)(?!=)`,
  java: (n) => `^\\s*(?:final\\s+)?(?:String\\s+|var\\s+|val\\s+)?(?<name>${n})\\s*(?<op>\\+?=)(?!=)`,
  php: (n) => `^\\s*\\$(?<name>${n})\\s*(?<op>\\.?=)(?!=)`,
  rb: (n) => `^\\s*(?<name>${n})\\s*(?<op>\\+?=|<<)(?!=)`,
  sh: (n) => `^\\s*(?<name>${n})(?<op>=)`,
  other: (n) => `^\\s*(?<name>${n})\\s*(?<op>=)(?!=)`,
}

const ANY_ASSIGN = new Map<Family, RegExp>()

/** `name = ...` / `name += ...` at the start of a line, for any name. */
export function anyAssignment(fam: Family): RegExp {
  let re = ANY_ASSIGN.get(fam)
  if (!re) {
    re = new RegExp(ASSIGN_SRC[fam]('[A-Za-z_][\\w]*'))
    ANY_ASSIGN.set(fam, re)
  }
  return re
}

export interface Assignment {
  /** New-side line of the assignment. */
  line: number | undefined
  info: ExprInfo
  /** `+=`/`.=`: appended to an existing value. */
  append: boolean
  rhs: string
}

/**
 * Assignments to `name` in up to `n` lines before the current one, from the last plain `=`
 * onwards (so `sql = "..."` followed by `sql += f"..."` yields both). Each right-hand side
 * is read up to the end of its statement, across lines.
 */
export function assignmentsBefore(ctx: LineContext, name: string, fam: Family, n = 12): Assignment[] {
  if (!/^[\w$]+$/.test(name)) return []
  const lines = ctx.before(n)
  return assignmentsIn(lines, name, fam)
}

export function assignmentsIn(lines: readonly DiffLine[], name: string, fam: Family): Assignment[] {
  const re = new RegExp(ASSIGN_SRC[fam](name.replace(/\$/g, '\\$')))
  const found: Assignment[] = []
  for (let k = lines.length - 1; k >= 0; k--) {
    const m = re.exec(lines[k]!.text)
    if (!m) continue
    const rest = lines.slice(k).map((l) => l.text).join('\n')
    const rhs = statementRhs(rest, m[0].length, fam)
    const op = m.groups!.op!
    const append = op !== '=' && op !== ':='
    found.unshift({ line: lines[k]!.newLine, info: analyzeExpr(rhs, fam), append, rhs })
    if (!append) break
  }
  return found
}

/** The right-hand side that starts at `from` and runs to the end of its statement. */
export function statementRhs(text: string, from: number, fam: Family): string {
  const lexed = lex(text, fam)
  const m = lexed.masked
  let depth = 0
  for (let i = from; i < m.length; i++) {
    const c = m[i]
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
    else if (depth <= 0 && (c === ';' || (c === '\n' && !/[+.,\\(]\s*$/.test(m.slice(from, i)) && !/^\s*[+.]/.test(m.slice(i + 1, i + 40)))))
      return text.slice(from, i)
  }
  return text.slice(from)
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
    exprs.push(body.slice(open + 1, close).replace(/(?:![rsa]|:(?!=)[^:]*)$/, '').trim())
    last = close + 1
    i = close
  }
  lits.push(body.slice(last))
  return { lits, exprs }
}

// Table and column names cannot be bound as parameters, so their interpolation needs an allow-list instead.
const IDENTIFIER_SLOT = /(?:\bfrom|\bjoin|\binto|\bupdate|\btable|\border\s+by|\bgroup\s+by|\bselect(?:\s+distinct)?|\.)\s*[`"[]?$/i

/** Whether the literal text before an interpolation puts it where an identifier goes. */
export function isIdentifierSlot(before: string): boolean {
  return IDENTIFIER_SLOT.test(before)
}

// Only text verbs can carry a quote or `;`; `%d`/`%f`/`%t` cannot.
const TEXT_VERB = /%[-+# 0-9.*]*[svqxXT]/

/** `fmt.Sprintf` whose format string has only numeric verbs. */
export function onlyNumericVerbs(info: ExprInfo): boolean {
  return info.how === 'sprintf' && !TEXT_VERB.test(info.strings)
}

// ---------------------------------------------------------------------------
// Per-file gates
// ---------------------------------------------------------------------------

// The engine walks one file at a time, so a single-slot memo is enough and costs one
// identity check per line.
let textFile: FileUnderReview | undefined
let textCache = ''

/** The new side of the file's hunks (context and added lines) as one string. */
export function newSideText(file: FileUnderReview): string {
  if (file !== textFile) {
    const parts: string[] = []
    for (const h of file.hunks) {
      // The section heading (`@@ ... @@ async def drain(q):`) is new-side code too.
      if (h.section) parts.push(h.section)
      for (const l of h.lines) if (l.kind !== 'del') parts.push(l.text)
    }
    textCache = parts.join('\n')
    textFile = file
  }
  return textCache
}

// Every gate registers its needles, and one pass over the file finds all of them: each needle is
// anchored on its rarest pair of characters, so most positions cost one table lookup. (A regex
// alternation of ~90 literals, or one `includes` scan per needle, is several times slower.)
const needles: string[] = []
const needleIds = new Map<string, number>()
let anchors: Anchors | undefined
let featuresFile: FileUnderReview | undefined
let featuresCache = new Uint8Array(0)

interface Anchors {
  /** (first char code * 128 + second char code) → index into `buckets`, or -1. */
  head: Int16Array
  /** Flattened (needle id, offset) pairs per bucket. */
  buckets: Int32Array[]
}

// ASCII characters by frequency in Python/JS/TS source, most frequent first.
const FREQUENT = ' etsrnaoi\nlcdupf.m)(h,"_\'g:=yxTb0E;IS/A-vwLNR>C#}{kOP*D[]M1\t\\z2jFB<`qUHZG$435W?|6VK89+Q7%@X!Y&J^~'

function rarity(c: string): number {
  const rank = FREQUENT.indexOf(c)
  return rank < 0 ? FREQUENT.length : rank
}

/** Anchor each needle on its rarest pair of adjacent characters, so few positions need a compare. */
function buildAnchors(): Anchors {
  const head = new Int16Array(128 * 128).fill(-1)
  const lists: number[][] = []
  needles.forEach((needle, id) => {
    let offset = -1
    let best = -1
    for (let k = 0; k + 1 < needle.length; k++) {
      if (needle.charCodeAt(k) >= 128 || needle.charCodeAt(k + 1) >= 128) continue
      const score = rarity(needle[k]!) + rarity(needle[k + 1]!)
      if (score > best) {
        best = score
        offset = k
      }
    }
    if (offset < 0) return
    const key = needle.charCodeAt(offset) * 128 + needle.charCodeAt(offset + 1)
    if (head[key] === -1) {
      head[key] = lists.length
      lists.push([])
    }
    lists[head[key]!]!.push(id, offset)
  })
  return { head, buckets: lists.map((l) => Int32Array.from(l)) }
}

function scanLine(text: string, a: Anchors, found: Uint8Array): void {
  const { head, buckets } = a
  let prev = text.length > 0 ? text.charCodeAt(0) : 0
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128 || prev >= 128) {
      prev = c
      continue
    }
    const b = head[prev * 128 + c]!
    prev = c
    if (b < 0) continue
    const list = buckets[b]!
    for (let k = 0; k < list.length; k += 2) {
      const id = list[k]!
      if (found[id] === 0 && text.startsWith(needles[id]!, i - 1 - list[k + 1]!)) found[id] = 1
    }
  }
}

/** Flags (by needle id) for the registered needles that occur in the file's new side. */
function fileFeatures(file: FileUnderReview): Uint8Array {
  if (file === featuresFile) return featuresCache
  anchors ??= buildAnchors()
  const found = new Uint8Array(needles.length)
  for (const h of file.hunks) {
    if (h.section) scanLine(h.section, anchors, found)
    for (const l of h.lines) if (l.kind !== 'del') scanLine(l.text, anchors, found)
  }
  featuresFile = file
  featuresCache = found
  return found
}

/**
 * A per-file prefilter: true when the file's new side contains at least one needle of every
 * group (OR within a group, AND across groups). Most files contain none of a rule's sinks, and
 * one shared scan per file is far cheaper than testing every line.
 */
export function fileGate(...groups: ReadonlyArray<readonly string[]>): (file: FileUnderReview) => boolean {
  const ids = groups.map((group) =>
    group.filter((n) => n.length >= 2).map((n) => {
      let id = needleIds.get(n)
      if (id === undefined) {
        id = needles.length
        needles.push(n)
        needleIds.set(n, id)
      }
      return id
    }),
  )
  anchors = undefined
  let last: FileUnderReview | undefined
  let open = false
  return (file) => {
    if (file !== last) {
      last = file
      const found = fileFeatures(file)
      open = ids.every((group) => group.some((id) => found[id] === 1))
    }
    return open
  }
}
