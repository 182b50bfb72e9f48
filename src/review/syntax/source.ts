/**
 * The new-side text a file's syntax tree is built from. With the client's full `content` that
 * is the file itself; otherwise it is rebuilt from the hunks (context and added lines at their
 * new-side line numbers, blank lines for what the diff does not show), so rows stay line
 * numbers and the parser recovers around the gaps.
 */
import type { FileUnderReview } from '../types'
import type { GrammarName } from './runtime'

export interface FileSource {
  text: string
  /** `added[row]` is 1 when new-side line `row + 1` was added by the change. */
  added: Uint8Array
  /** True when the text is the client's full file rather than the hunks. */
  whole: boolean
}

export function grammarFor(file: Pick<FileUnderReview, 'path' | 'language'>): GrammarName | undefined {
  if (file.language === 'python') return 'python'
  if (file.language === 'javascript') return 'javascript'
  if (file.language === 'typescript') return /\.tsx$/i.test(file.path) ? 'tsx' : 'typescript'
  return undefined
}

export function newSideSource(file: FileUnderReview): FileSource {
  let last = 0
  for (const line of file.addedLines) if (line.newLine > last) last = line.newLine
  const content = file.content
  if (typeof content === 'string' && fitsContent(file, content)) {
    const rows = content.split('\n').length
    return { text: content, added: addedRows(file, Math.max(rows, last)), whole: true }
  }
  const rows: string[] = []
  for (const hunk of file.hunks) {
    for (const line of hunk.lines) {
      if (line.newLine === undefined || line.kind === 'del') continue
      while (rows.length < line.newLine - 1) rows.push('')
      rows[line.newLine - 1] = line.text
    }
  }
  const added = addedRows(file, rows.length)
  reopenLiterals(file, rows, added)
  if (grammarFor(file) !== 'python') closeTemplateTails(file, rows, added)
  else closeTripleQuoteTails(file, rows, added)
  return { text: rows.join('\n'), added, whole: false }
}

/**
 * A data literal's first line, as git names it in a hunk header: `LOGGING = {`, `const nextConfig = {`,
 * `module.exports = {`, `export default defineConfig({`. Function and class headers are not data and are
 * put back by the flow analysis with what they bind.
 */
const PY_LITERAL_HEADING = /^[A-Za-z_][\w.]*\s*(?::[^=]+)?=\s*(?:[\w.]+\s*\(\s*)?[[{(]$/
const JS_LITERAL_HEADING = /^(?:(?:export\s+)?(?:const|let|var)\s+[\w$]+(?:\s*:\s*[^=]+)?\s*=|module\.exports\s*=|export\s+default)\s*(?:[\w$.]+\s*\(\s*)?[[{]$/

/**
 * A hunk that starts inside a settings literal shows its entries without the line that opens it: the entries
 * then parse as stray statements (`images: {` as a label) and the parser's recovery can take the statements
 * after the literal with them. The heading git names is written back on the blank row above the hunk (no row
 * moves) when the hunk resumes indented and nothing earlier in the rebuilt text is still open.
 */
function reopenLiterals(file: FileUnderReview, rows: string[], added: Uint8Array): void {
  const grammar = grammarFor(file)
  if (!grammar) return
  const heading = grammar === 'python' ? PY_LITERAL_HEADING : JS_LITERAL_HEADING
  let depth = 0
  let scanned = 0
  for (const hunk of [...file.hunks].sort((a, b) => a.newStart - b.newStart)) {
    const gap = hunk.newStart - 2
    const section = hunk.section?.trim()
    if (gap < 0 || gap >= rows.length) continue
    depth += bracketDepth(rows.slice(scanned, gap + 1), grammar === 'python')
    scanned = gap + 1
    if (depth !== 0 || !section || !heading.test(section) || rows[gap] !== '' || added[gap]) continue
    const lead = rows.slice(gap + 1, hunk.newStart - 1 + hunk.newLines).find((r) => r.trim() !== '')
    if (lead === undefined || !/^\s/.test(lead)) continue
    rows[gap] = section
    depth += bracketDepth([section], grammar === 'python')
    scanned = gap + 1
  }
}

/**
 * A JS/TS hunk that starts inside a multi-line template literal (the tail of a query whose opening
 * backtick lies above the hunk) shows its closing backtick as an opening one, and everything after
 * it parses as template text. When the hunk holds an odd number of backticks and the first of them
 * sits on a context line before any added line, the rows up to that backtick are the literal's body:
 * they are blanked (no row moves) so the code after them parses as code.
 */
function closeTemplateTails(file: FileUnderReview, rows: string[], added: Uint8Array): void {
  for (const hunk of file.hunks) {
    const first = hunk.newStart - 1
    const last = Math.min(rows.length, first + hunk.newLines)
    let ticks = 0
    let firstTick: number | undefined
    for (let r = first; r < last; r++) {
      const n = backticks(rows[r] ?? '')
      if (n > 0 && firstTick === undefined) firstTick = r
      ticks += n
    }
    if (ticks % 2 === 0 || firstTick === undefined) continue
    if (addedThrough(added, first, firstTick)) continue
    const line = rows[firstTick]!
    const at = line.indexOf('`')
    // A backtick after an operator, a call's parenthesis, a keyword or a tag opens a template that the hunk leaves open below.
    const lead = line.slice(0, at)
    if (TEMPLATE_OPENER.test(lead) || TAGGED_OPENER.test(lead)) continue
    if (lead.trim() === '' && (firstTick === first || /[=(,:+?[{]\s*$|=>\s*$/.test(rows[firstTick - 1] ?? ''))) continue
    blankLiteralBody(rows, first, firstTick, at + 1)
  }
}

/**
 * A Python hunk that starts inside a triple-quoted string (the end of an f-string query built above the hunk) shows the
 * closing quotes as opening ones: the statements after them, and every later hunk's strings, read inside out. When the
 * hunk holds an odd number of one kind of triple quote, the first sits alone on a context line before any added line
 * (nothing before it, at most a closing bracket, a comma or a method after it), the row above does not open a value
 * there (`sql = """`, `execute(`, a `def …:` whose docstring it starts), and the first code row after it reads as a
 * statement (`if …:`, `sql += …`, `cur.execute(…)`) rather than text, the rows up to the quotes are the string's body:
 * they are blanked, and the quotes with them (no row moves).
 */
function closeTripleQuoteTails(file: FileUnderReview, rows: string[], added: Uint8Array): void {
  for (const hunk of file.hunks) {
    const first = hunk.newStart - 1
    const last = Math.min(rows.length, first + hunk.newLines)
    let quote: string | undefined
    let firstRow: number | undefined
    let count = 0
    for (let r = first; r < last; r++) {
      const row = rows[r] ?? ''
      if (!row.includes('"""') && !row.includes("'''")) continue
      if (quote === undefined) {
        const d = row.indexOf('"""')
        const s = row.indexOf("'''")
        quote = d >= 0 && (s < 0 || d < s) ? '"""' : "'''"
        firstRow = r
      }
      count += row.split(quote).length - 1
    }
    if (quote === undefined || firstRow === undefined || count % 2 === 0) continue
    if (addedThrough(added, first, firstRow)) continue
    const line = rows[firstRow]!
    const at = line.indexOf(quote)
    if (line.slice(0, at).trim() !== '' || !TRIPLE_TAIL_REST.test(line.slice(at + 3))) continue
    if (firstRow > first && /(?:[=(,[{:+%]|\b(?:return|in|and|or|not))\s*$/.test(rows[firstRow - 1] ?? '')) continue
    const next = rows.slice(firstRow + 1, last).find((r) => r.trim() !== '')
    if (next === undefined || !PY_STATEMENT.test(next)) continue
    blankLiteralBody(rows, first, firstRow, at + 3)
  }
}

/** Whether the change added any row from `first` to `last` (both included). */
function addedThrough(added: Uint8Array, first: number, last: number): boolean {
  for (let r = first; r <= last; r++) if (added[r] === 1) return true
  return false
}

/**
 * Blanks the rows of a literal's body that a hunk starts inside, up to the row `closing` whose first `end` characters hold
 * the rest of the body and its closing delimiter: no row moves, and the code after the delimiter parses as code.
 */
function blankLiteralBody(rows: string[], first: number, closing: number, end: number): void {
  for (let r = first; r < closing; r++) rows[r] = ''
  rows[closing] = ' '.repeat(end) + rows[closing]!.slice(end)
}

/** What may follow the quotes that close a string: nothing, a closing bracket, a comma, a method call, a `%` format. */
const TRIPLE_TAIL_REST = /^\s*(?:[)\]},]|\.\w|%|$)/
/** A row of code, not of text: a compound statement's header, an assignment or augmented assignment, a call, a jump. */
const PY_STATEMENT = /^\s*(?:(?:if|elif|while|for|with|try|except|finally|else|async\s+(?:with|for))\b.*:\s*(?:#.*)?$|(?:return|raise|yield|pass|break|continue)\b|[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*(?:[-+*/|&%]?=(?!=)|:\s*[\w.[\]]+\s*=)|[A-Za-z_][\w.]*\((?:.*\))?\s*(?:#.*)?$)/

const TEMPLATE_OPENER = /(?:[=(,:+?[{}]|=>|\breturn|\bawait|\byield|\bcase)\s*$/
const TAGGED_OPENER = /(?:[=(,]|=>|\breturn|\bawait)\s*[\w$.]+\s*$/

/** Backticks that are not escaped. */
function backticks(line: string): number {
  let n = 0
  for (let i = 0; i < line.length; i++) if (line[i] === '`' && line[i - 1] !== '\\') n++
  return n
}

/** Openers minus closers outside strings and line comments; enough to tell whether a literal is still open. */
function bracketDepth(lines: readonly string[], python: boolean): number {
  let depth = 0
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!
      if (c === '#' && python) break
      if (c === '/' && !python && line[i + 1] === '/') break
      if (c === '"' || c === "'" || c === '`') {
        for (i++; i < line.length && line[i] !== c; i++) if (line[i] === '\\') i++
      } else if (c === '(' || c === '[' || c === '{') depth++
      else if (c === ')' || c === ']' || c === '}') depth--
    }
  }
  return depth
}

/** A `content` that disagrees with the diff's added lines belongs to another revision: ignore it. */
function fitsContent(file: FileUnderReview, content: string): boolean {
  if (file.addedLines.length === 0) return true
  const lines = content.split('\n', file.addedLines[file.addedLines.length - 1]!.newLine)
  return file.addedLines.every((l) => stripCr(lines[l.newLine - 1]) === stripCr(l.text))
}

function stripCr(text: string | undefined): string | undefined {
  return text?.endsWith('\r') ? text.slice(0, -1) : text
}

function addedRows(file: FileUnderReview, rows: number): Uint8Array {
  const added = new Uint8Array(rows + 1)
  for (const line of file.addedLines) if (line.newLine - 1 < added.length) added[line.newLine - 1] = 1
  return added
}
