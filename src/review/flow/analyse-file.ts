/**
 * One file's syntax analysis, done once and shared by every syntax rule: rebuild the new-side
 * text, parse it, run the language's def-use pass with the sink tables listening, run the
 * statement-shape checks, and keep the findings that touch added lines (or whose flow an
 * added line created). A file that cannot be analysed says why; its rules fall back to lines.
 */
import type { FileUnderReview, RuleHit } from '../types'
import { grammarFor, newSideSource, type FileSource } from '../syntax/source'
import { computeLineStarts, rowAt, type SNode } from '../syntax/tree'
import { syntaxRuntime } from '../syntax/runtime'
import { BudgetExceeded } from '../budget'
import { describeError } from '../error-text'
import { dropHandedOn } from './handoff'
import { droppedBasenames } from './dropped-basename'
import { droppedEscapes } from './dropped-escape'
import { unsanitisedSiblings } from './unsanitised-sibling'
import { sqlPieces } from './sql-piece'
import { fileHelperCalls } from './file-helper-call'
import { crossFileLink, crossFileSummaryLink, reportAtCaller } from './cross-file'
import type { FlowEvent, RuleFinding } from './events'
import { analyseJavaScript } from './javascript'
import { withGapBrackets } from './js-gaps'
import { Budget, type PassContext } from './pass'
import { analysePython } from './python'
import { blankBracketLead, blankStringLead, closeHunkBrackets } from './python-gaps'
import type { Matcher, MatchContext } from './sinks/common'
import { javascriptMatchers } from './sinks/javascript'
import { pythonMatchers } from './sinks/python'
import { javascriptMongoFilter, pythonMongoEngine, pythonMongoFilter } from './sinks/nosql'
import { javascriptMassAssignmentSink, pythonMassAssignmentSink } from './sinks/mass-assignment'
import { javascriptSessionSet, javascriptSessionTrust, pythonSessionTrust, pythonSessionUpdate } from './sinks/session-trust'
import { javascriptQueryLanguageMatchers, pythonQueryLanguageMatchers } from './sinks/query-languages'
import { javascriptRegexInjection, pythonRegexInjection } from './sinks/regex'
import { helpersMayPollute, javascriptPrototypePollution, prototypePollutionHelpers } from './sinks/prototype-pollution'
import { javascriptTimingUnsafeComparison, pythonTimingUnsafeComparison } from './sinks/timing'
import { sinkDispatch, type MatchersByKind } from './sink-dispatch'
import { structureFindings, structureMayFind } from './structure'

export type FileAnalysis =
  | {
      ok: true
      hits: Map<string, RuleHit[]>
      /** Per rule, 1-based line ranges where the rule's sink was proven safe. */
      cleared: Map<string, Array<[number, number]>>
      errorRows: ReadonlySet<number>
      /** The analysed new-side text of a 1-based line (empty where the hunks leave a gap). */
      lineText: (line: number) => string
      /** Sink checks that threw on some event: the rest of the analysis stands, theirs is missing there. */
      failures: readonly string[]
    }
  | { ok: false; reason: string }

const pythonSinks = sinkDispatch([...pythonMatchers, ...pythonQueryLanguageMatchers, pythonRegexInjection, pythonMongoFilter, pythonMongoEngine, pythonSessionTrust, pythonSessionUpdate, pythonMassAssignmentSink, pythonTimingUnsafeComparison])
const javascriptSinks = sinkDispatch([...javascriptMatchers, ...javascriptQueryLanguageMatchers, javascriptRegexInjection, javascriptMongoFilter, javascriptSessionTrust, javascriptSessionSet, javascriptMassAssignmentSink, javascriptTimingUnsafeComparison, javascriptPrototypePollution])

/** Above this share of added lines inside parse errors, the tree is not worth trusting. */
const MAX_ERROR_SHARE = 0.5

const cache = new WeakMap<FileUnderReview, FileAnalysis>()

export function analyseFile(file: FileUnderReview): FileAnalysis {
  let result = cache.get(file)
  if (!result) {
    try {
      result = analyse(file)
    } catch (error) {
      result = { ok: false, reason: `syntax analysis failed: ${error instanceof Error ? error.message : String(error)}` }
    }
    cache.set(file, result)
  }
  return result
}

/**
 * Reads a file another file of the changeset imports for what its functions return when handed request data
 * (`crossFileSummaryLink`), before its importers are analysed: the whole new side, with no sink checks, and
 * nothing kept but the summaries. A file that does not parse has none, and its callers keep what they assumed.
 */
export function summariseFile(file: FileUnderReview): void {
  const grammar = grammarFor(file)
  const runtime = syntaxRuntime()
  const crossFile = crossFileSummaryLink(file.path)
  if (!grammar || typeof runtime === 'string' || !crossFile) return
  const source = newSideSource(file)
  const text = grammar === 'python' ? source.text : (withGapBrackets(file, source) ?? source.text)
  const parsed = runtime.parse(grammar, text, {})
  if (!parsed.ok) return
  const rows = new Rows(parsed.tree.lineStarts, source.added)
  const ctx = passContext(text, file.path, rows, ignoreEvent, crossFile)
  try {
    if (grammar === 'python') analysePython(parsed.tree.root, ctx)
    else analyseJavaScript(parsed.tree.root, ctx)
  } catch {
    // A summary is an aid to the callers' analysis; without it they keep what they assumed.
  }
}

function ignoreEvent(): void {}

/** Lets go of the file's analysis (the engine, once the file's rules are done); asking again analyses it again. */
export function forgetAnalysis(file: FileUnderReview): void {
  cache.delete(file)
}

/** The sink checks that failed on the file while the rest of its analysis ran (for the review's warnings). */
export function flowCheckNotes(file: FileUnderReview): readonly string[] {
  const result = cache.get(file)
  return result?.ok ? result.failures.map((f) => `${file.path}: ${f}; the file's other checks ran`) : []
}

/** Why the file's syntax rules fell back to line rules, if they did (for the review's warnings). */
export function syntaxFallbackNote(file: FileUnderReview): string | undefined {
  const result = cache.get(file)
  return result && !result.ok ? `${file.path}: ${result.reason}; reviewed with line rules instead` : undefined
}

function analyse(file: FileUnderReview): FileAnalysis {
  const grammar = grammarFor(file)
  if (!grammar) return { ok: false, reason: `no syntax grammar for ${file.language}` }
  const runtime = syntaxRuntime()
  if (typeof runtime === 'string') return { ok: false, reason: runtime }
  let source = newSideSource(file)
  // A Python hunk inside a function parses even without its `def`, but then loses the parameters' types and the handler's shape:
  // the heading's `def` is put back (below) whatever the plain text's parse finds, and a restored text that parses without an
  // error is always the one kept, so it is parsed first and the plain text only when the two must be compared.
  const pyDefHunk = grammar === 'python' && !source.whole && file.hunks.some((h) => PY_DEF.test(h.section?.trim() ?? ''))
  // JS/TS hunks of one function lose the brackets of the lines between them; the text with those written back is parsed
  // first in the same way, and the plain text only when it does not parse cleanly.
  const gaps = grammar !== 'python' ? withGapBrackets(file, source) : undefined
  const restored = pyDefHunk ? withClassHeaders(file, source, true) : gaps
  const early = restored === undefined ? undefined : runtime.parse(grammar, restored, gaps === undefined ? {} : { skip: unreachedDefinitions({ ...source, text: gaps }) })
  const clean = early?.ok === true && early.tree.errorRows.size === 0
  let parsed = clean ? early : runtime.parse(grammar, source.text, { skip: unreachedDefinitions(source) })
  if (!parsed.ok) return { ok: false, reason: parsed.reason }
  if (clean) source = { ...source, text: restored! }
  const addedRows = source.added.reduce((n, a) => n + a, 0)
  let addedErrors = errorsOnAdded(parsed.tree.errorRows, source.added)
  // Methods changed inside a class whose header is outside the hunk parse as garbage; put the header back.
  // A Python hunk that starts inside a `try:` body may parse its added lines and break on the
  // `except` below them, which cuts the flow just as badly: any error in a partial file is worth a retry.
  if (!clean && (addedErrors > 0 || (grammar === 'python' && (parsed.tree.errorRows.size > 0 || pyDefHunk))) && !source.whole) {
    const text = pyDefHunk ? restored : withClassHeaders(file, source, grammar === 'python')
    const again = pyDefHunk ? early : text === undefined ? undefined : runtime.parse(grammar, text, {})
    const againAdded = again?.ok ? errorsOnAdded(again.tree.errorRows, source.added) : Infinity
    const noWorse = pyDefHunk && again?.ok === true && againAdded <= addedErrors && again.tree.errorRows.size <= parsed.tree.errorRows.size
    if (again?.ok && (againAdded < addedErrors || (againAdded === addedErrors && again.tree.errorRows.size < parsed.tree.errorRows.size) || noWorse)) {
      source = { ...source, text: text! }
      parsed = again
      addedErrors = errorsOnAdded(again.tree.errorRows, source.added)
    }
  }
  // The gap-bracketed JS text that did not parse cleanly still wins when it parses better than the plain one.
  if (gaps !== undefined && !clean && early?.ok && early.tree.errorRows.size < parsed.tree.errorRows.size && errorsOnAdded(early.tree.errorRows, source.added) <= addedErrors) {
    source = { ...source, text: gaps }
    parsed = early
    addedErrors = errorsOnAdded(early.tree.errorRows, source.added)
  }
  const tree = parsed.tree
  if (addedRows > 0 && addedErrors / addedRows > MAX_ERROR_SHARE) return { ok: false, reason: `could not parse ${addedErrors} of ${addedRows} added lines as ${grammar}` }

  const rows = new Rows(tree.lineStarts, source.added)
  const match = matchContext(source.text, rows, file)
  const wholeText = source.whole ? source.text : undefined
  const findings: RuleFinding[] = []
  const dispatch = new Dispatch((grammar === 'python' ? pythonSinks : javascriptSinks)(file, wholeText), match, findings)
  const ctx = passContext(source.text, file.path, rows, dispatch.emit.bind(dispatch), crossFileLink(file.path))
  if (grammar === 'python') analysePython(tree.root, ctx)
  else analyseJavaScript(tree.root, ctx)
  if (!ctx.budget.ok()) return { ok: false, reason: 'syntax analysis exceeded the per-file work budget' }
  if (structureMayFind(file, grammar, wholeText)) findings.push(...structureFindings(tree.root, grammar, match, file))
  if (grammar !== 'python' && helpersMayPollute(file, wholeText)) findings.push(...prototypePollutionHelpers(tree.root, match))
  // A rewrite that drops a sanitiser is the evidence only where the pass saw no sink of its kind reached: when it
  // reported one, that finding names the flow; when it proved the rewritten line's sink harmless, the line stays cleared.
  const family = grammar === 'python' ? 'py' : 'js'
  const pathRule = grammar === 'python' ? 'python/path-traversal' : 'js/path-traversal'
  const xssRule = grammar === 'python' ? 'python/xss' : 'js/xss-sink'
  for (const [ruleId, dropped] of [[pathRule, droppedBasenames], [xssRule, droppedEscapes]] as const) {
    if (findings.some((f) => f.ruleId === ruleId && !f.cleared)) continue
    for (const f of dropped(file, family, ruleId)) {
      if (!findings.some((g) => g.cleared && g.ruleId === ruleId && g.startRow <= f.startRow && f.startRow <= g.endRow)) findings.push(f)
    }
  }
  // A value handed raw where the hunk's own code hands it through a sanitiser: the pass's finding or clearing of that line wins.
  const redirectRule = grammar === 'python' ? 'python/open-redirect' : 'js/open-redirect'
  const sqlRule = grammar === 'python' ? 'python/sql-injection' : 'js/sql-injection'
  for (const f of [...unsanitisedSiblings(file, family, pathRule, redirectRule), ...sqlPieces(file, family, sqlRule), ...fileHelperCalls(file, family, pathRule)]) {
    if (!findings.some((g) => g.ruleId === f.ruleId && g.startRow <= f.startRow && f.startRow <= g.endRow)) findings.push(f)
  }

  const hits = new Map<string, RuleHit[]>()
  const clearedRanges = new Map<string, Array<[number, number]>>()
  // The hit kept for each rule and line, and whether request data reached it. A pass reads a helper again once a caller
  // (in this file or another of the change) hands it request data, and that reading's finding (which names the source)
  // replaces one made without it.
  const seen = new Map<string, { hit: RuleHit; tainted: boolean }>()
  for (const f of findings) {
    if (f.cleared) {
      let list = clearedRanges.get(f.ruleId)
      if (!list) clearedRanges.set(f.ruleId, (list = []))
      list.push([f.startRow + 1, f.endRow + 1])
      continue
    }
    let touched = false
    for (let r = f.startRow; r <= f.endRow && !touched; r++) touched = source.added[r] === 1
    // A sink the change left alone, reached from a call the change added in another file: that call is the finding.
    const caller = touched ? undefined : f.values.find((v) => v?.taint?.handedFrom)?.taint?.handedFrom
    if (caller) {
      const where = `\`${file.path}\` line ${f.startRow + 1}`
      reportAtCaller({ path: caller.path, line: caller.line, ruleId: f.ruleId, message: `This call hands request data to ${where}, which the change left alone: ${f.message}`, suggestion: f.suggestion, ...(f.severity ? { severity: f.severity } : {}) })
      continue
    }
    if (!touched && !f.values.some((v) => v?.added)) continue
    // A sink the change left alone, reached through a helper from calls the change added: each call is the finding.
    const handed = touched ? undefined : f.values.find((v) => v?.taint?.handedAt)?.taint
    if (handed?.handedAt) {
      const values = f.values.map((v) => (v?.taint?.handedAt ? { ...v, taint: { ...v.taint, handedAt: undefined } } : v))
      // The message names the first call's source line; another call read its own.
      handed.handedAt.forEach((line, i) => findings.push({ ...f, startRow: line - 1, endRow: line - 1, values, ...(i > 0 ? { message: f.message.replace(`, line ${handed.line})`, ')') } : {}) }))
      continue
    }
    const key = `${f.ruleId}\0${f.startRow}`
    // (A JS weak digest is the same flaw whatever was hashed: its first wording, at the hashing call, stays.)
    const tainted = f.values.some((v) => !!v?.taint) && (grammar === 'python' || !f.ruleId.startsWith('crypto/'))
    const kept = seen.get(key)
    if (kept && (kept.tainted || !tainted)) continue
    const hit: RuleHit = kept?.hit ?? { line: f.startRow + 1, message: f.message, suggestion: f.suggestion }
    if (kept) {
      hit.message = f.message
      hit.suggestion = f.suggestion
      delete hit.endLine
      delete hit.severity
    }
    if (f.endRow > f.startRow) hit.endLine = f.endRow + 1
    if (f.severity) hit.severity = f.severity
    seen.set(key, { hit, tainted })
    if (kept) continue
    let list = hits.get(f.ruleId)
    if (!list) hits.set(f.ruleId, (list = []))
    list.push(hit)
  }
  // The analysis outlives the tree (it is cached per file for the whole review): what it keeps must not hold the tree.
  const lines = new LineTexts(source.text, tree.lineStarts)
  const lineText = lines.at.bind(lines)
  if (hits.size > 0) {
    for (const [ruleId, list] of hits) {
      if (list.length < 2) continue
      const kept = dropHandedOn(list, lineText)
      if (kept.length === list.length) continue
      hits.set(ruleId, kept)
      // The same flaw is reported where it runs; the line rule must not report it again here.
      let cleared = clearedRanges.get(ruleId)
      if (!cleared) clearedRanges.set(ruleId, (cleared = []))
      for (const h of list) if (!kept.includes(h)) cleared.push([h.line, h.endLine ?? h.line])
    }
  }
  return { ok: true, hits, cleared: clearedRanges, errorRows: tree.errorRows, lineText, failures: dispatch.failures() }
}

/*
 * The analysis's views of one file are built from methods bound per file, not closures written
 * per file: bundles keep function names, and each closure made at run time pays for a name
 * definition. Bound functions are own properties, so a pass that copies its context
 * (`{ ...ctx, emit }`) keeps them.
 */

/** Rows of the analysed text, and which of them the change added. */
class Rows {
  constructor(
    private readonly lineStarts: readonly number[],
    private readonly added: Uint8Array,
  ) {}

  rowOf(offset: number): number {
    return rowAt(this.lineStarts, offset)
  }

  addedIn(node: SNode): boolean {
    for (let r = this.rowOf(node.start), last = this.rowOf(Math.max(node.start, node.end - 1)); r <= last; r++) if (this.added[r] === 1) return true
    return false
  }

  startRow(node: SNode): number {
    return rowAt(this.lineStarts, node.start)
  }
}

class SourceText {
  constructor(private readonly text: string) {}

  of(node: SNode): string {
    return this.text.slice(node.start, node.end)
  }
}

function matchContext(text: string, rows: Rows, file: FileUnderReview): MatchContext {
  const source = new SourceText(text)
  return {
    text: source.of.bind(source),
    row: rows.startRow.bind(rows),
    rowAt: rows.rowOf.bind(rows),
    isTest: file.isTest,
    path: file.path,
    added: rows.addedIn.bind(rows),
  }
}

/** The analysed new-side text of a 1-based line (empty where the hunks leave a gap). */
class LineTexts {
  constructor(
    private readonly text: string,
    private readonly lineStarts: readonly number[],
  ) {}

  at(line: number): string {
    return this.text.slice(this.lineStarts[line - 1] ?? this.text.length, (this.lineStarts[line] ?? this.text.length + 1) - 1)
  }
}

/** Hands each event of the pass to the sink matchers of its kind. */
export class Dispatch {
  constructor(
    private readonly matchers: MatchersByKind,
    private readonly match: MatchContext,
    private readonly findings: RuleFinding[],
  ) {}

  private readonly failed = new Map<Matcher, { first: string; count: number }>()

  emit(event: FlowEvent): void {
    const list = this.matchers[event.kind]
    for (let i = 0; i < list.length; i++) {
      let f: ReturnType<Matcher>
      // One check that throws on one event loses its own verdict there, not the file's whole analysis.
      try {
        f = list[i]!(event, this.match)
      } catch (error) {
        if (error instanceof BudgetExceeded) throw error
        this.record(list[i]!, event, error)
        continue
      }
      if (!f) continue
      if (Array.isArray(f)) this.findings.push(...(f as readonly RuleFinding[]))
      else this.findings.push(f as RuleFinding)
    }
  }

  private record(matcher: Matcher, event: FlowEvent, error: unknown): void {
    const seen = this.failed.get(matcher)
    if (seen) seen.count++
    else {
      const what = event.kind === 'call' ? `the call \`${event.name}()\`` : `a ${event.kind} event`
      this.failed.set(matcher, { first: `on ${what} at line ${this.match.row(event.stmt) + 1}: ${describeError(error)}`, count: 1 })
    }
  }

  failures(): string[] {
    return [...this.failed].map(([matcher, { first, count }]) => failureText(matcher.name, first, count))
  }
}

/** A failed check's name, the line of its first failure and how often it failed. */
function failureText(name: string, first: string, count: number): string {
  return `${name ? `the flow check ${name}` : 'a flow check'} failed ${first}${count > 1 ? ` (${count} times)` : ''}`
}

function passContext(text: string, path: string, rows: Rows, emit: PassContext['emit'], crossFile: PassContext['crossFile']): PassContext {
  return { text, path, rowOf: rows.rowOf.bind(rows), addedIn: rows.addedIn.bind(rows), budget: new Budget(text.length), emit, ...(crossFile ? { crossFile } : {}) }
}

function errorsOnAdded(errorRows: ReadonlySet<number>, added: Uint8Array): number {
  let n = 0
  for (const row of errorRows) if (added[row]) n++
  return n
}

const JS_CLASS = /^\s*(export\s+)?(default\s+)?(abstract\s+)?class\s+[\w$]+[^;]*$/
const PY_CLASS = /^\s*class\s+\w+[^:]*:\s*$/
const PY_DEF = /^\s*(async\s+)?def\s+\w+\s*\(.*\)\s*(->.*)?:\s*$/
const JS_MEMBER = /^\s*(@|(?:(?:public|private|protected|static|async|readonly|override|abstract|get|set|declare)\s+)*[#\w$]+\s*[?!]?\s*(?:<[^>]*>)?\s*[(:=;])/
const PY_MEMBER = /^\s*(@|(async\s+)?def\s|\w+\s*(:[^=]*)?=)/

/**
 * The rebuilt text of a diff, with the class header that git names in each hunk's `@@ … @@ class X`
 * line written back above the first member the hunk shows (on a gap row or over leading context
 * lines, so no row moves), and for JS the class closed when the hunk does not close it.
 */
function withClassHeaders(file: FileUnderReview, source: FileSource, python: boolean): string | undefined {
  const rows = source.text.split('\n')
  let changed = false
  let tail = ''
  file.hunks.forEach((hunk, h) => {
    const section = hunk.section?.trim()
    if (python) {
      changed = blankStringLead(rows, source.added, hunk) || changed
      changed = blankBracketLead(rows, source.added, hunk, file.hunks[h - 1]) || changed
      const closed = closeHunkBrackets(rows, source.added, hunk)
      changed ||= closed.changed
      tail += closed.tail
    }
    // A Python hunk that starts deeper than it later goes (inside a `try:`, `with`, `for`, `if`) needs its blocks opened.
    if (python && withBlockOpeners(rows, source, hunk, section)) {
      changed = true
      return
    }
    if (!section) return
    // A Python hunk inside a function body gets its `def` back, like a class hunk its `class`.
    const inDef = python && PY_DEF.test(section)
    if (!inDef && !(python ? PY_CLASS : JS_CLASS).test(section)) return
    const first = hunk.newStart - 1
    const last = Math.min(rows.length - 1, hunk.newStart + hunk.newLines - 2)
    if (first < 0 || last < first) return
    // The class body runs until the first line back at column 0 (its closing brace, or the next definition).
    const region = rows.slice(first, last + 1)
    const end = region.findIndex((l) => /^\S/.test(l))
    const indents = (end === -1 ? region : region.slice(0, end)).filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)![0].length)
    const level = Math.min(...indents)
    if (!(level > 0)) return
    let k = first
    while (k <= last && !(rows[k]!.trim() !== '' && /^\s*/.exec(rows[k]!)![0].length === level && startsMember(rows[k]!, inDef, python))) k++
    if (k > last) return
    const header = k - 1
    if (k === first && (header < 0 || rows[header] !== '' || source.added[header])) return
    // Context lines before the member may be dropped; an added line may not (a blank one carries nothing).
    if ([...Array(k - first).keys()].some((i) => source.added[first + i] && rows[first + i]!.trim() !== '')) return
    for (let r = first; r < k; r++) rows[r] = ''
    rows[header] = python ? section : section.endsWith('{') ? section : `${section} {`
    changed = true
    if (python || rows.slice(k, last + 1).some((l) => /^\}/.test(l))) return
    if (last + 1 < rows.length && rows[last + 1] === '' && !source.added[last + 1]) rows[last + 1] = '}'
    else tail += '\n}'
  })
  return changed ? rows.join('\n') + tail : undefined
}

/** A line that opens the next member of a class (or, inside a `def` hunk, any line but a closing bracket). */
function startsMember(line: string, inDef: boolean, python: boolean): boolean {
  return inDef ? !/^\s*[)\]}]/.test(line) : (python ? PY_MEMBER : JS_MEMBER).test(line)
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length
}

/** The first line after the hunk's first at indentation `level`, trimmed. */
function firstAt(shown: readonly string[], level: number): string {
  return shown.find((l, j) => j > 0 && indentOf(l) === level)?.trim() ?? ''
}

const PY_COMPOUND = /^(async\s+)?(if|elif|while|for|with)\b.*:\s*$/
const PY_CLOSES_TRY = /^(except\b|finally\s*:)/
const PY_CONTINUES_IF = /^(elif\b|else\s*:)/

/**
 * For a Python hunk whose first line sits deeper than a later line (it starts inside a `try:`,
 * `with`, `for` or `if` body the hunk does not show), writes the enclosing header at column 0
 * and one opener per indentation level the hunk later dedents to, on the blank gap rows just
 * above the hunk (so no row moves). Each opener matches what closes it in the hunk: `try:` before
 * an `except`/`finally`, `if True:` otherwise (or before `elif`/`else`), and a method stub for the
 * first level of a class. Returns false, changing nothing, when there is no room or no need.
 */
function withBlockOpeners(rows: string[], source: FileSource, hunk: FileUnderReview['hunks'][number], section: string | undefined): boolean {
  const first = hunk.newStart - 1
  const last = Math.min(rows.length - 1, hunk.newStart + hunk.newLines - 2)
  if (first < 1 || last < first) return false
  const body: number[] = []
  for (let r = first; r <= last; r++) {
    const l = rows[r]!
    if (l.trim() === '' || /^\s*#/.test(l)) continue
    if (indentOf(l) === 0) break
    body.push(r)
  }
  if (body.length === 0) return false
  // A hunk that starts inside brackets (a call's arguments) closes one it does not open: not a block to open.
  let depth = 0
  for (const r of body) {
    for (const ch of rows[r]!.replace(/(["'])(?:\\.|(?!\1).)*\1/g, '').replace(/#.*/, '')) {
      if (ch === '(' || ch === '[' || ch === '{') depth++
      else if (ch === ')' || ch === ']' || ch === '}') depth--
      if (depth < 0) return false
    }
  }
  // Every new minimum after the first line is a level the hunk dedents to without showing its opener.
  const levels: number[] = []
  let min = indentOf(rows[body[0]!]!)
  for (const r of body) {
    const d = indentOf(rows[r]!)
    if (d < min) {
      levels.push(d)
      min = d
    }
  }
  const cls = section !== undefined && PY_CLASS.test(section)
  const usable = section !== undefined && (PY_DEF.test(section) || cls || (PY_COMPOUND.test(section) && !/^\s*(elif)\b/.test(section)))
  // A hunk that starts at its own shallowest level inside a def or class is the class-header case.
  if (levels.length === 0 && usable && !(section && PY_COMPOUND.test(section))) return false
  levels.reverse()
  const openers = [usable ? section!.trim() : 'if True:']
  const shown = body.map((r) => rows[r]!)
  const outer = levels[0]
  // Inside a class, the shallowest level is either the class body (its next line is a member) or a method body.
  if (cls && outer !== undefined && !/^(@|(async\s+)?def\s)/.test(firstAt(shown, outer))) openers.push(`${' '.repeat(Math.max(1, outer - 4))}def _(self):`)
  for (const level of levels) {
    const next = firstAt(shown, level)
    const pad = ' '.repeat(level)
    if (PY_CLOSES_TRY.test(next)) openers.push(`${pad}try:`)
    else if (cls && level === outer && !PY_CONTINUES_IF.test(next) && /^(@|(async\s+)?def\s)/.test(next)) openers.push(`${pad}def _(self):`)
    else openers.push(`${pad}if True:`)
  }
  const top = first - openers.length
  if (top < 0) return false
  for (let r = top; r < first; r++) if (rows[r] !== '' || source.added[r]) return false
  openers.forEach((o, i) => (rows[top + i] = o))
  return true
}

const WORD = /[A-Za-z_$][\w$]*/g
/** Names an added line binds: `x = …`, `const x`, `import … as x`, `def x`, `function x`, `class x`. */
const BINDS = /(?:^|[\s,(;{])([A-Za-z_$][\w$]*)\s*(?::[^=]*)?(?<![=!<>])=(?!=)|\b(?:const|let|var|def|class|function|as|import)\s+\*?\s*([A-Za-z_$][\w$]*)/g
const DEFINED_NAME = /\b(?:def|class|function\*?)\s+([A-Za-z_$][\w$]*)/

/**
 * Which top-level definitions the tree copy may leave as stubs: those with no added line, whose
 * name no added line mentions (nothing added calls them), and whose text mentions no name an
 * added line binds (no added value can flow in through the module scope). Their bodies cannot
 * produce a finding, so a small change to a big file copies and analyses only what it touches.
 */
function unreachedDefinitions(source: FileSource): ((start: number, end: number) => boolean) | undefined {
  if (!source.whole) return undefined
  const lineStarts = computeLineStarts(source.text)
  const addedBefore = new Int32Array(lineStarts.length + 1)
  const mentioned = new Set<string>()
  const bound = new Set<string>()
  for (let row = 0; row < lineStarts.length; row++) addedBefore[row + 1] = addedBefore[row]! + (source.added[row] === 1 ? 1 : 0)
  // Nothing added, or everything (a new file): no saving worth the checks, nor reading the added lines' words for them.
  if (addedBefore[lineStarts.length] === 0 || addedBefore[lineStarts.length]! * 2 > lineStarts.length) return undefined
  for (let row = 0; row < lineStarts.length; row++) {
    if (source.added[row] !== 1) continue
    const line = source.text.slice(lineStarts[row], row + 1 < lineStarts.length ? lineStarts[row + 1]! - 1 : source.text.length)
    for (const w of line.match(WORD) ?? []) mentioned.add(w)
    // Only module-level bindings (unindented lines) are visible inside other top-level definitions.
    if (/^[^\s]/.test(line)) for (const m of line.matchAll(BINDS)) bound.add((m[1] ?? m[2])!)
  }
  const boundWord = bound.size ? new RegExp(`(?<![\\w$])(?:${[...bound].map((b) => b.replace(/\$/g, '\\$')).join('|')})(?![\\w$])`) : undefined
  return (start, end) => {
    const first = rowAt(lineStarts, start)
    const last = rowAt(lineStarts, Math.max(start, end - 1))
    if (addedBefore[last + 1]! - addedBefore[first]! > 0) return false
    const text = source.text.slice(start, end)
    const name = DEFINED_NAME.exec(text.slice(0, 2000))?.[1]
    if (name === undefined || mentioned.has(name)) return false
    return !boundWord?.test(text)
  }
}
