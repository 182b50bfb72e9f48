/**
 * One flaw, one finding. Some sinks build what a later sink runs: `stmt = text(f"… {q}")` and then
 * `session.execute(stmt)`, or `const frag = sql.raw(`… ${x}`)` and then `db.execute(frag)`. Both
 * calls are sinks of the same rule (a builder's result may run in another function, where the
 * executor is out of sight), so both report. When the executor is in sight, the builder's finding
 * is the same flaw said twice: it goes, and the finding at the executor, where the query runs,
 * stays.
 *
 * The hand-off is read from the text, on the hits a file's analysis kept: the earlier hit's
 * statement assigns a name, a later hit of the same rule passes that name as an argument, nothing
 * between rebinds it, and no function or class starts between them shallower than the earlier hit.
 */
import type { RuleHit } from '../types'

/** How far below the builder its executor may be and still count as the same flaw. */
const MAX_GAP = 40

const ASSIGNED = [
  // Python: `stmt = text(…)`, `stmt: TextClause = text(…)`.
  /^([ \t]*)([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=(?!=)/,
  // JS/TS: `const frag = sql.raw(…)`, `let q: SQL = …`, `q = …`.
  /^([ \t]*)(?:export[ \t]+)?(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]+)?=(?![=>])/,
]

const SCOPE_START = /^[ \t]*(?:(?:async[ \t]+)?def[ \t]|class[ \t]|(?:export[ \t]+)?(?:async[ \t]+)?function\b)/
/** A JS/TS class method's header: `async avatar(url: string) {`, `private get(id) {`. */
const METHOD_START = /^[ \t]*(?:(?:public|private|protected|static|async|override|get|set)[ \t]+)*(?!(?:if|for|while|switch|catch|with|return|await)\b)[A-Za-z_$][\w$]*[ \t]*\([^)]*\)[ \t]*(?::[^={]+)?\{[ \t]*$/

/** `hits` of one rule in one file, without the builder hits whose result a later hit runs. */
export function dropHandedOn(hits: readonly RuleHit[], lineText: (line: number) => string): RuleHit[] {
  if (hits.length < 2) return [...hits]
  const sorted = [...hits].sort((a, b) => a.line - b.line)
  const dropped = new Set<RuleHit>()
  for (let i = 0; i < sorted.length; i++) {
    const builder = sorted[i]!
    const bound = assignedName(lineText(builder.line))
    if (!bound) continue
    const end = builder.endLine ?? builder.line
    for (let j = i + 1; j < sorted.length; j++) {
      const runner = sorted[j]!
      if (runner.line <= end) continue
      if (runner.line - end > MAX_GAP) break
      if (!inSameScope(bound, end, runner.line, lineText)) break
      if (passesName(statementText(runner, lineText), bound.name)) {
        dropped.add(builder)
        break
      }
    }
  }
  return dropped.size === 0 ? sorted : sorted.filter((h) => !dropped.has(h))
}

interface Bound {
  name: string
  indent: number
}

function assignedName(text: string): Bound | undefined {
  for (const re of ASSIGNED) {
    const m = re.exec(text)
    if (m) return { name: m[2]!, indent: indentOf(m[1]!) }
  }
  return undefined
}

/** Nothing between the builder and the runner rebinds the name or starts a function or class shallower than the builder (its own function ended). */
function inSameScope(bound: Bound, from: number, to: number, lineText: (line: number) => string): boolean {
  const rebinds = new RegExp(`^[ \\t]*(?:(?:const|let|var)[ \\t]+)?${escape(bound.name)}[ \\t]*(?::[^=\\n]+)?=(?![=>])`)
  for (let line = from + 1; line < to; line++) {
    const text = lineText(line)
    if (rebinds.test(text)) return false
    if ((SCOPE_START.test(text) || METHOD_START.test(text)) && indentOf(/^[ \t]*/.exec(text)![0]) < bound.indent) return false
  }
  return true
}

function statementText(hit: RuleHit, lineText: (line: number) => string): string {
  const lines: string[] = []
  for (let line = hit.line; line <= (hit.endLine ?? hit.line); line++) lines.push(lineText(line))
  return lines.join('\n')
}

/**
 * The name is a whole argument of a call in the statement: `execute(stmt)`, `execute(sql, stmt)`,
 * `raw(q)`; a callee's name or `)` comes before the bracket, and no `=>` after it (`(res) => …`
 * declares a parameter of that name).
 */
function passesName(text: string, name: string): boolean {
  const arg = `[ \\t\\n]*(?:await[ \\t]+)?${escape(name)}[ \\t\\n]*`
  return new RegExp(`[\\w$)\\]][ \\t]*\\((?:[^()]*,)?${arg}(?:,[^()]*)?\\)(?![ \\t]*=>)`).test(text)
}

function indentOf(ws: string): number {
  let n = 0
  for (const c of ws) n += c === '\t' ? 4 : 1
  return n
}

function escape(name: string): string {
  return name.replace(/[$]/g, '\\$')
}
