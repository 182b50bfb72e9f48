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
import type { FlowEvent, RuleFinding } from './events'
import { analyseJavaScript } from './javascript'
import { Budget, type PassContext } from './pass'
import { analysePython } from './python'
import type { MatchContext, Matcher } from './sinks/common'
import { javascriptMatchers } from './sinks/javascript'
import { pythonMatchers } from './sinks/python'
import { structureFindings } from './structure'

export type FileAnalysis =
  | {
      ok: true
      hits: Map<string, RuleHit[]>
      /** Per rule, 1-based line ranges where the rule's sink was proven safe. */
      cleared: Map<string, Array<[number, number]>>
      errorRows: ReadonlySet<number>
    }
  | { ok: false; reason: string }

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
  const source = newSideSource(file)
  const parsed = runtime.parse(grammar, source.text, { skip: unreachedDefinitions(source) })
  if (!parsed.ok) return { ok: false, reason: parsed.reason }
  const tree = parsed.tree
  let addedRows = 0
  let addedErrors = 0
  for (let row = 0; row < source.added.length; row++) {
    if (!source.added[row]) continue
    addedRows++
    if (tree.errorRows.has(row)) addedErrors++
  }
  if (addedRows > 0 && addedErrors / addedRows > MAX_ERROR_SHARE) return { ok: false, reason: `could not parse ${addedErrors} of ${addedRows} added lines as ${grammar}` }

  const rowOf = (offset: number) => rowAt(tree.lineStarts, offset)
  const isAddedRow = (row: number) => source.added[row] === 1
  const addedIn = (node: SNode) => {
    for (let r = rowOf(node.start), last = rowOf(Math.max(node.start, node.end - 1)); r <= last; r++) if (isAddedRow(r)) return true
    return false
  }
  const match: MatchContext = {
    text: (node) => source.text.slice(node.start, node.end),
    row: (node) => rowOf(node.start),
    rowAt: rowOf,
    isTest: file.isTest,
    path: file.path,
    added: addedIn,
  }
  const matchers: Matcher[] = grammar === 'python' ? pythonMatchers : javascriptMatchers
  const findings: RuleFinding[] = []
  const budget = new Budget(source.text.length)
  const ctx: PassContext = {
    text: source.text,
    path: file.path,
    rowOf,
    addedIn,
    budget,
    emit(event: FlowEvent) {
      for (const matcher of matchers) {
        const f = matcher(event, match)
        if (f) findings.push(f)
      }
    },
  }
  if (grammar === 'python') analysePython(tree.root, ctx)
  else analyseJavaScript(tree.root, ctx)
  if (!budget.ok()) return { ok: false, reason: 'syntax analysis exceeded the per-file work budget' }
  findings.push(...structureFindings(tree.root, grammar, match))

  const hits = new Map<string, RuleHit[]>()
  const clearedRanges = new Map<string, Array<[number, number]>>()
  const seen = new Set<string>()
  for (const f of findings) {
    if (f.cleared) {
      let list = clearedRanges.get(f.ruleId)
      if (!list) clearedRanges.set(f.ruleId, (list = []))
      list.push([f.startRow + 1, f.endRow + 1])
      continue
    }
    let touched = false
    for (let r = f.startRow; r <= f.endRow && !touched; r++) touched = isAddedRow(r)
    if (!touched && !f.values.some((v) => v?.added)) continue
    const key = `${f.ruleId}\0${f.startRow}`
    if (seen.has(key)) continue
    seen.add(key)
    const hit: RuleHit = { line: f.startRow + 1, message: f.message, suggestion: f.suggestion }
    if (f.endRow > f.startRow) hit.endLine = f.endRow + 1
    if (f.severity) hit.severity = f.severity
    let list = hits.get(f.ruleId)
    if (!list) hits.set(f.ruleId, (list = []))
    list.push(hit)
  }
  return { ok: true, hits, cleared: clearedRanges, errorRows: tree.errorRows }
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
  for (let row = 0; row < lineStarts.length; row++) {
    const added = source.added[row] === 1
    addedBefore[row + 1] = addedBefore[row]! + (added ? 1 : 0)
    if (!added) continue
    const line = source.text.slice(lineStarts[row], row + 1 < lineStarts.length ? lineStarts[row + 1]! - 1 : source.text.length)
    for (const w of line.match(WORD) ?? []) mentioned.add(w)
    // Only module-level bindings (unindented lines) are visible inside other top-level definitions.
    if (/^[^\s]/.test(line)) for (const m of line.matchAll(BINDS)) bound.add((m[1] ?? m[2])!)
  }
  // Nothing added, or everything: no saving worth the checks.
  if (addedBefore[lineStarts.length] === 0 || addedBefore[lineStarts.length]! * 2 > lineStarts.length) return undefined
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
