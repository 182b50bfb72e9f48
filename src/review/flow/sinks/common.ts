/** Shared vocabulary of the sink tables: how a finding is described and anchored. */
import type { SNode } from '../../syntax/tree'
import type { FlowEvent, RuleFinding } from '../events'
import { snippet } from '../../source/text'
import { rootOf } from '../text'
import { isInert, isTainted, SAFE, type SafeKind, type Value } from '../value'

export interface MatchContext {
  text(node: SNode): string
  row(node: SNode): number
  rowAt(offset: number): number
  /** A test file: injection rules stay quiet, fixtures build queries freely. */
  isTest: boolean
  path: string
  /** The change added a line of this statement. */
  added(node: SNode): boolean
}

/**
 * What a matcher can fire on, for the analysis to hand it only those events (flow/sink-dispatch.ts).
 * `kinds`: the event kinds it reads. `needles`: literal words (ASCII, two or more characters) at
 * least one of which is in the new side of every file it can report or clear anything in. Leaving
 * either out is always correct; declaring one the matcher can do without loses findings.
 */
export interface SinkScope {
  kinds?: ReadonlyArray<FlowEvent['kind']>
  needles?: readonly string[]
}

/** A matcher's answer: nothing, a finding, or several (one statement of settings can hold several flaws, each on its own line). */
export type MatchResult = RuleFinding | readonly RuleFinding[] | undefined

export type Matcher = ((event: FlowEvent, m: MatchContext) => MatchResult) & { scope?: SinkScope }

/**
 * Every spelling of `word` in upper and lower case letters (`http`, `HTTP`, `Http`, `hTtp`…), as needles for a
 * matcher that reads the word case-insensitively: the needle scan compares exactly. Keep such words short.
 */
export function anyCase(word: string): string[] {
  let out = ['']
  for (const ch of word) {
    const lower = ch.toLowerCase()
    const upper = ch.toUpperCase()
    out = lower === upper ? out.map((s) => s + ch) : out.flatMap((s) => [s + lower, s + upper])
  }
  return out
}

/** `matcher` with its scope declared: `export const xss = scoped({ kinds: ['store', 'call'] }, (ev, m) => …)`. */
export function scoped(scope: SinkScope, matcher: (event: FlowEvent, m: MatchContext) => MatchResult): Matcher {
  return Object.assign(matcher, { scope })
}

/**
 * Per analysed file, what each pattern asked of its whole text found (one scan per file and pattern). Keyed by the
 * file's match context, which the analysis makes once per tree: finding the root from the node every event asks
 * about (a walk up its ancestors) cost more than the answer.
 */
const FILE_MATCHES = new WeakMap<MatchContext, Map<string, boolean>>()

/**
 * Each pattern's key, by object: `flags` is a getter that reads every flag anew, and the question is
 * asked once per event of every file. (Weak, since a literal in a function is a new object per call.)
 */
const PATTERN_KEYS = new WeakMap<RegExp, string>()

/** Whether the whole text of the file `node` sits in matches `pattern` (an import, a `#!` line, a declaration). */
export function fileMatches(node: SNode, m: MatchContext, pattern: RegExp): boolean {
  let known = FILE_MATCHES.get(m)
  if (!known) FILE_MATCHES.set(m, (known = new Map()))
  let key = PATTERN_KEYS.get(pattern)
  if (key === undefined) PATTERN_KEYS.set(pattern, (key = `${pattern.flags}/${pattern.source}`))
  let found = known.get(key)
  if (found === undefined) known.set(key, (found = pattern.test(m.text(rootOf(node)))))
  return found
}

export function finding(
  ruleId: string,
  event: FlowEvent,
  m: MatchContext,
  message: string,
  suggestion: string,
  values: Array<Value | undefined>,
  severity?: RuleFinding['severity'],
): RuleFinding {
  const out: RuleFinding = { ruleId, startRow: m.row(event.stmt), endRow: endRow(event.stmt, m), message, suggestion, values }
  if (severity) out.severity = severity
  return out
}

function endRow(stmt: SNode, m: MatchContext): number {
  // A compound statement (if/for/with) ends at its header, not at the end of its body.
  const body = stmt.children.find((c) => c.field === 'body' || c.field === 'consequence' || c.type === 'block' || c.type === 'statement_block')
  const end = body && body.start > stmt.start ? stmt.start + m.text({ ...stmt, end: body.start }).trimEnd().length : stmt.end
  return m.rowAt(Math.max(stmt.start, end - 1))
}

/** `cursor.execute(f"SELECT…")` for messages: the call as written, shortened. */
export function callText(node: SNode, m: MatchContext, max = 60): string {
  return snippet(m.text(node), max)
}

/** Describes how `v` got dangerous: the request source, the formatting that built it, or both. */
export function describeFlow(v: Value, argText: string, stmtRow: number): string {
  const bits: string[] = []
  if (v.built) {
    const from = v.built.parts.length ? ` from ${v.built.parts.slice(0, 3).map((p) => `\`${p}\``).join(', ')}` : ''
    bits.push(v.built.line - 1 !== stmtRow && /^[\w.]+$/.test(argText) ? `\`${argText}\`, which line ${v.built.line} builds with ${v.built.how}${from}` : `${v.built.how}${from}`)
  }
  if (v.taint?.storedUrl) bits.push(`${v.taint.source}${v.taint.line - 1 !== stmtRow ? ` (line ${v.taint.line})` : ''}`)
  else if (v.taint) bits.push(`request data (\`${v.taint.source}\`${v.taint.via ? `, ${v.taint.via}` : v.taint.line - 1 !== stmtRow ? `, line ${v.taint.line}` : ''})`)
  // The check it passed looks like a host allow-list and is not one: say why, since the code reads as guarded.
  const check = v.taint?.check ? `, past \`${v.taint.check.check}\` (line ${v.taint.check.line}), which does not pin the host: ${v.taint.check.why}` : ''
  return bits.join(' carrying ') + check
}

/** A string assembled from parts that are not proven harmless, and not sanitised for `kind`. */
export function isBuiltUnsafe(v: Value | undefined, kind: SafeKind): boolean {
  return !!v?.built && !isInert(v) && !(v.taint && !isTainted(v, kind)) && !((v.safe ?? 0) & safeBit(kind)) && !((v.built.safe ?? 0) & safeBit(kind))
}

function safeBit(kind: SafeKind): number {
  return SAFE[kind]
}

export function dangerous(v: Value | undefined, kind: SafeKind): boolean {
  return isTainted(v, kind) || isBuiltUnsafe(v, kind)
}

/** Anchors a finding on the line that made the value (the MD5 call, the `Math.random()`), where a reviewer points. */
export function atOrigin(f: RuleFinding, line: number | undefined): RuleFinding {
  if (line === undefined) return f
  return { ...f, startRow: line - 1, endRow: line - 1 }
}

/**
 * A query built piece by piece (`sql += …`, `clauses.push(…)`): when the change added the sink,
 * the finding is the sink's; when it only added a piece feeding an unchanged sink, the piece's.
 */
export function atPiece(f: RuleFinding, v: Value, stmt: SNode, m: MatchContext): RuleFinding {
  return v.built?.appended && !m.added(stmt) ? atOrigin(f, v.built.line) : f
}

/** Records that `ruleId`'s sink at this statement was examined and found safe (vetoes line-rule guesses there). */
export function cleared(ruleId: string, event: FlowEvent, m: MatchContext): RuleFinding {
  return { ruleId, startRow: m.row(event.stmt), endRow: endRow(event.stmt, m), message: '', suggestion: '', values: [], cleared: true }
}
