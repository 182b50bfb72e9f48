/**
 * What an argument expression is made of: a constant, an opaque value, or a string built at
 * runtime from values (interpolation, concatenation, formatting), plus where a variable got it.
 */
import type { DiffLine, LineContext } from '../../types'
import { lex, type Family, type Lexed, type StrTok } from '../../source'

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
// `*escape_string` is matched from the start of its word only (the lookbehind), and bracket and
// comprehension bodies have a length cap: unbounded, each would rescan a long run once per
// position in it, which is quadratic on hostile input.
const NUMERIC_WRAP =
  /\b(?:int|float|len|Number|parseInt|parseFloat|strconv\.Itoa|Integer\.parseInt|Long\.parseLong|intval|floatval|to_i|esc_sql|escapeLiteral|escapeIdentifier|pg_escape_literal|pg_escape_identifier|shlex\.quote|shellescape|escapeshellarg)\s*\([^()]*\)|(?<![\w>-])[\w>-]*escape_string\s*\([^()]*\)|->quote\s*\([^()]*\)|\((?:int|integer|float|double|bool)\)\s*\$\w+/g
const IDENT_PATH = /(?<![\w$])[$A-Za-z_][\w$]*(?:(?:\.|->|::)[$A-Za-z_][\w$]*|\[[^\]]{0,200}\])*(?![\w$]|\s*\()/g
const COMPREHENSION = /\bfor\s+[\w, ]{1,200}?\s+in\s+[\w.]+/g
const METHOD_CALL = /(?<![\w$.])([$A-Za-z_][\w$]*(?:(?:\.|->)[$A-Za-z_][\w$]*)+)\s*\([^()]*\)/g
const FORMATTERS = /(?:^|\.)(?:Sprintf|format|formatted|sprintf|concat|join)$/
const NOT_VALUES = new Set([
  'if', 'else', 'and', 'or', 'not', 'in', 'is', 'None', 'True', 'False', 'null', 'undefined', 'true', 'false', 'nil',
  'this', 'self', 'new', 'await', 'return', 'typeof', 'const', 'let', 'var', 'fmt', 'String', 'str', 'f', 'r', 'b', 'u',
  'for', 'while', 'lambda', 'async', 'yield', 'from', 'as', 'with', 'of', 'instanceof', 'void',
])

/** Classify an expression that may build a string: literal, opaque, or built at runtime. */
// Longer "expressions" are minified bundles or whole function bodies, not a query or a command.
const MAX_EXPR = 4000
const UNKNOWN: ExprInfo = { literal: false, opaque: false, dynamic: false, parts: [], strings: '', tokens: [] }
// Values named per expression: messages quote three, and each one may be traced back a few lines.
const MAX_PARTS = 12

export function analyzeExpr(expr: string, fam: Family): ExprInfo {
  if (expr.length > MAX_EXPR) return UNKNOWN
  const lexed = lex(expr, fam)
  const tokens = lexed.strings.filter((s) => !s.tagged)
  const tagged = lexed.strings.some((s) => s.tagged)
  const strings = tokens.map((s) => s.body).join(' ')
  // Code with strings (and their prefixes) removed, built in one pass.
  const pieces: string[] = []
  let from = 0
  for (const s of lexed.strings) {
    const start = s.start - s.prefix.length
    pieces.push(lexed.masked.slice(from, start), ' '.repeat(s.end - start))
    from = s.end
  }
  pieces.push(lexed.masked.slice(from))
  const code = pieces.join('')
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
    if (!parts.includes(part) && parts.length < MAX_PARTS) parts.push(part)
    return ' '.repeat(w.length)
  })
  for (const m of values.matchAll(IDENT_PATH)) {
    if (parts.length >= MAX_PARTS) break
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

// Statement openers and clauses. `SELECT ... FROM` is checked apart (selectFrom): as one lazy
// `select\s[\s\S]*?\bfrom` it rescans to the end from every `select` of a text that has no `from`.
const SQL_SHAPE =
  /\b(?:insert\s+(?:or\s+\w+\s+)?into\b|update\s+[\w."`[\]]+\s+set\b|delete\s+from\b|drop\s+(?:table|database|index|view)\b|create\s+(?:table|index|view|database)\b|alter\s+table\b|truncate\s+(?:table\s+)?\w|replace\s+into\b|merge\s+into\b|where\s+[\w."`]+\s*(?:=|<|>|!=|<>|like|in\b|is\b)|order\s+by\s|group\s+by\s|values\s*\()/i
const SQL_START = /^\s*(?:\(\s*)?(?:select|insert|update|delete|with|replace|merge|create|drop|alter|truncate|pragma|exec)\b/i
const SQL_FRAGMENT = /^\s*(?:and|or|where|order\s+by|group\s+by|limit|offset|having|set|values|join|left\s+join|inner\s+join|union)\b|=\s*['"]?$/i

const SELECT = /\bselect\s/i
const FROM = /\bfrom\b/i

/** A `select` followed, anywhere later, by a `from`. */
function selectFrom(s: string): boolean {
  const at = s.search(SELECT)
  return at >= 0 && FROM.test(s.slice(at))
}

function hasSqlShape(s: string): boolean {
  return SQL_SHAPE.test(s) || selectFrom(s)
}

/** Text that reads as SQL (a statement or a clause). */
export function looksLikeSql(s: string): boolean {
  return hasSqlShape(s) || SQL_START.test(s)
}

/** Text that opens a SQL statement (stricter, for values assigned before they reach a sink). */
export function startsLikeSql(s: string): boolean {
  return SQL_START.test(s) && hasSqlShape(s)
}

/** A fragment appended to a SQL string (` AND name = '`...). */
export function looksLikeSqlFragment(s: string): boolean {
  return SQL_FRAGMENT.test(s) || looksLikeSql(s)
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
// Per family and name; cleared when it grows, since names come from the code under review.
const NAMED_ASSIGN = new Map<string, RegExp>()

function namedAssignment(name: string, fam: Family): RegExp {
  const key = `${fam}:${name}`
  let re = NAMED_ASSIGN.get(key)
  if (!re) {
    if (NAMED_ASSIGN.size > 1000) NAMED_ASSIGN.clear()
    re = new RegExp(ASSIGN_SRC[fam](name.replace(/\$/g, '\\$')))
    NAMED_ASSIGN.set(key, re)
  }
  return re
}

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
  const re = namedAssignment(name, fam)
  const found: Assignment[] = []
  for (let k = lines.length - 1; k >= 0; k--) {
    // A line too long to hold an analysable right-hand side is minified code or data.
    if (lines[k]!.text.length > MAX_EXPR) continue
    const m = re.exec(lines[k]!.text)
    if (!m) continue
    const rest = joinUpTo(lines, k, m[0].length + MAX_EXPR + 1)
    const rhs = statementRhs(rest, m[0].length, fam)
    const op = m.groups!.op!
    const append = op !== '=' && op !== ':='
    found.unshift({ line: lines[k]!.newLine, info: analyzeExpr(rhs, fam), append, rhs })
    if (!append) break
  }
  return found
}

/**
 * `lines[k..]` joined by newlines, cut at `max` characters: a right-hand side longer than
 * `MAX_EXPR` is never analysed, so reading further is wasted work.
 */
function joinUpTo(lines: readonly DiffLine[], k: number, max: number): string {
  const parts: string[] = []
  let room = max
  for (let i = k; i < lines.length && room > 0; i++) {
    const text = lines[i]!.text
    parts.push(text.length > room ? text.slice(0, room) : text)
    room -= text.length + 1
  }
  return parts.join('\n')
}

// A line ending in one of these continues its expression on the next line.
const CONTINUES = '+.,\\('

/** The right-hand side that starts at `from` and runs to the end of its statement. */
export function statementRhs(text: string, from: number, fam: Family): string {
  return statementRhsIn(lex(text, fam), from)
}

/** `statementRhs` on text already lexed (a line's cached look-ahead). */
export function statementRhsIn(lexed: Lexed, from: number): string {
  const { text, masked: m } = lexed
  let depth = 0
  // The last non-blank character seen, tracked as we go so no line is looked back over twice.
  let last = ''
  for (let i = from; i < m.length; i++) {
    const c = m[i]!
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
    else if (depth <= 0 && (c === ';' || (c === '\n' && !CONTINUES.includes(last || ' ') && !/^\s*[+.]/.test(m.slice(i + 1, i + 40)))))
      return text.slice(from, i)
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') last = c
  }
  return text.slice(from)
}
