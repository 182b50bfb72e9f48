/**
 * Shared detection for the per-language SQL injection rules: a query argument that is a
 * string built at runtime (interpolation, concatenation, formatting), either inline or
 * through a variable assigned a few lines earlier.
 */
import type { FileUnderReview, LineContext, RuleHit, Severity } from '../../types'
import { fileGate } from '../../needles'
import { type Arg, argsAt, callArgs, type Family, inPythonDocstring, isCommentLine, lexAhead, type Lexed, lexLine, MAX_LINE, receiverStart, sinkMatches, snippet, templateParts } from '../../source'
import { analyzeExpr, anyAssignment, type Assignment, assignmentsBefore, type BuildKind, type ExprInfo, isIdentifierSlot, isSafeValue, looksLikeSql, looksLikeSqlFragment, startsLikeSql, statementRhsIn, unsafeParts } from './expr'

export interface SqlSpec {
  fam: Family
  /** Per-file prefilter (see `sqlGate`). */
  gate(file: FileUnderReview): boolean
  /** Cheap substring test for a sink on the line. */
  hasSink(text: string): boolean
  /** Global regex over masked code; each match must end at the call's `(` right after the method name. */
  sink: RegExp
  /** How many arguments come before the query (`ctx` for `QueryContext`); default 0. */
  leadingArgs?(method: string): number
  /** Arguments that may carry the query text. */
  queryArgs(method: string, args: Arg[]): Arg[]
  /** Sinks generic enough (`.query`, `.exec`) that the literal must read as SQL before we flag. */
  strictShape?(method: string): boolean
  /** Cheap substring test for a line that might assign a built query to a variable. */
  mayBuild(text: string): boolean
  /** Raw-text signs of a string built on this line (`f"`, `" +`, `Sprintf`...); without one, a quoted first argument is a constant. */
  buildMarker: RegExp
  /** A build that cannot inject despite runtime values (e.g. `Sprintf` with only `%d`). */
  safeBuild?(info: ExprInfo): boolean
}

export interface SqlFinding {
  line: number
  /** `cursor.execute(f"SELECT …")`, for the message. */
  call: string
  method: string
  info: ExprInfo
  unsafe: string[]
  /** Every unsafe value sits where a table or column name goes. */
  identifiersOnly: boolean
  /** When the query came through a variable: its name and the line that built it. */
  variable?: string
  builtAt?: number
  /** The lexed text and call, for rules that build a concrete replacement. */
  lexed: Lexed
  args: Arg[]
  callStart: number
  callEnd: number
  closedOnLine: boolean
}

const IDENT = /^[A-Za-z_$][\w$]*$/
// Names of lists of SQL fragments (`conditions.join(" AND ")`) built next to bound parameters.
const STRUCTURAL = /^\$?(?:[\w.]*_)?(?:conditions?|clauses?|filters|wheres?|where_sql|predicates|placeholders|columns|cols|fields|sets|set_sql|assignments|updates|joins|order_by|sort_sql)(?:\.join\([^)]*\))?$/i
const METHOD = /(?<![\w$])([\w$]+)\s*\($/

function methodOf(match: string): string {
  return METHOD.exec(match)?.[1] ?? match
}

// Every finding needs SQL in a literal the diff shows, so a file without SQL words cannot match.
const SQL_WORDS = [
  'SELECT', 'INSERT', 'UPDATE', 'DELETE', 'CREATE', 'DROP', 'ALTER', 'TRUNCATE', 'PRAGMA', 'WHERE', 'REPLACE', 'MERGE',
  'select ', 'insert ', 'update ', 'delete ', 'create ', 'drop ', 'alter ', 'truncate ', 'pragma ', 'where ', 'replace into', 'merge into',
  'Select ', 'Insert ', 'Update ', 'Delete ',
]

/** A statement verb as SQL is usually written: case-sensitive literals keep this test cheap. */
export const SQL_VERB = /SELECT|INSERT|UPDATE|DELETE|[Ss]elect |[Ii]nsert |[Uu]pdate |[Dd]elete /

/** A file gate for SQL rules: one of the rule's sink names, and SQL words, somewhere in the file. */
export function sqlGate(sinks: readonly string[]): (file: FileUnderReview) => boolean {
  return fileGate(sinks, SQL_WORDS)
}

export function findSqlInjection(ctx: LineContext, spec: SqlSpec): SqlFinding[] {
  if (!spec.gate(ctx.file) || ctx.file.isTest) return []
  const text = ctx.line.text
  if (text.length > MAX_LINE) return []
  const out: SqlFinding[] = []
  if (spec.hasSink(text) && !isCommentLine(text, spec.fam) && !constantCall(text, spec)) {
    const lexed = lexLine(ctx, spec.fam)
    for (const m of sinkMatches(lexed.masked, spec.sink)) {
      const method = methodOf(m[0])
      const open = m.index + m[0].length - 1
      const { lexed: lx, call } = argsAt(ctx, spec.fam, lexed, open)
      const start = receiverStart(lx.text, m.index)
      const base = {
        line: ctx.line.newLine,
        call: snippet(lx.text.slice(start, call.end), 70),
        method,
        lexed: lx,
        args: call.args,
        callStart: start,
        callEnd: call.end,
        closedOnLine: call.closed && call.end <= text.length,
      }
      for (const arg of spec.queryArgs(method, call.args)) {
        const info = analyzeExpr(arg.text, spec.fam)
        const strict = spec.strictShape?.(method) ?? false
        // Parameters passed after the query mean the values are bound; lists of clauses or
        // placeholders joined into the text are then structure, not data.
        const bound = call.args.length > call.args.indexOf(arg) + 1
        if (info.dynamic) {
          if (spec.safeBuild?.(info)) continue
          const unsafe = unsafeParts(info).filter((p) => !escapedNearby(ctx, p, spec.fam) && !(bound && STRUCTURAL.test(p)))
          if (unsafe.length > 0 && (strict ? startsLikeSql(info.strings) : looksLikeSql(info.strings))) {
            out.push({ ...base, info, unsafe, identifiersOnly: identifiersOnly(info, unsafe, spec.fam) })
            break
          }
        } else if (info.opaque && IDENT.test(arg.text)) {
          const chain = assignmentsBefore(ctx, arg.text.replace(/^\$/, ''), spec.fam, 15)
          const found = dynamicChain(ctx, chain, spec, bound)
          if (found) {
            out.push({ ...base, ...found, variable: arg.text })
            break
          }
        }
      }
    }
  }
  if (out.length === 0 && spec.mayBuild(text) && !isCommentLine(text, spec.fam)) {
    const built = builtThenUsed(ctx, spec)
    if (built) out.push(built)
  }
  // Checked last because it is the costly part: examples inside docstrings are not code.
  if (out.length > 0 && spec.fam === 'py' && inPythonDocstring(ctx)) return []
  return out
}

// A pick from a constant table (`METRICS[req.query.metric]`, `SORT_COLUMNS.get(key, "id")`, `COLUMNS[k] ?? 'id'`) is one of
// the table's own values: the allow-list an identifier needs.
const TABLE_PICK = /^(?:[\w.]*\.)?[A-Z][A-Z0-9_]*(?:\[[^\]]+\]|\.get\([^)]*\))(?:\s*(?:\|\||\?\?|\bor\b)\s*(["'])[\w.]*\1)?$/

/** `name` was assigned from an escaping/converting expression or a constant table a few lines up (`t = name.replace('"', '""')`). */
function escapedNearby(ctx: LineContext, name: string, fam: Family): boolean {
  if (!IDENT.test(name)) return false
  const chain = assignmentsBefore(ctx, name.replace(/^\$/, ''), fam, 8)
  if (chain.length !== 1) return false
  const rhs = chain[0]!.rhs.trim().replace(/;$/, '')
  return isSafeValue(rhs) || TABLE_PICK.test(rhs)
}

const QUOTE_ARG = /^\s*["'`]/
const firstSink = new WeakMap<SqlSpec, RegExp>()

/**
 * Cheap exit for the common clean line, `cursor.execute("SELECT ... %s", (uid,))`: every sink
 * call on it takes a quoted literal first and nothing on the line builds a string.
 */
function constantCall(text: string, spec: SqlSpec): boolean {
  if (spec.buildMarker.test(text)) return false
  // Unbalanced parentheses: the call continues on the next lines, which may build the string.
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 40) depth++
    else if (c === 41) depth--
  }
  if (depth !== 0) return false
  let sink = firstSink.get(spec)
  if (!sink) firstSink.set(spec, (sink = new RegExp(spec.sink.source)))
  const m = sink.exec(text)
  if (m === null) return false
  // Skip simple leading arguments (`ctx`, `$conn`, `&dest`) to reach the query.
  const before = spec.leadingArgs?.(methodOf(m[0])) ?? 0
  let rest = text.slice(m.index + m[0].length)
  for (let k = 0; k < before; k++) {
    const comma = /^\s*[\w$&.]+\s*,/.exec(rest)
    if (!comma) return false
    rest = rest.slice(comma[0].length)
  }
  return QUOTE_ARG.test(rest)
}

function dynamicChain(ctx: LineContext, chain: Assignment[], spec: SqlSpec, bound: boolean): Pick<SqlFinding, 'info' | 'unsafe' | 'identifiersOnly' | 'builtAt'> | undefined {
  if (chain.length === 0) return undefined
  const fam = spec.fam
  const text = chain.map((c) => c.info.strings).join(' ')
  if (!looksLikeSql(text)) return undefined
  for (const link of chain) {
    if (!link.info.dynamic || spec.safeBuild?.(link.info)) continue
    const unsafe = unsafeParts(link.info).filter((p) => !escapedNearby(ctx, p, fam) && !(bound && STRUCTURAL.test(p)))
    if (unsafe.length === 0) continue
    return { info: link.info, unsafe, identifiersOnly: identifiersOnly(link.info, unsafe, fam), builtAt: link.line }
  }
  return undefined
}

/**
 * The current line builds a query into a variable that a sink on a following line runs.
 * Reported here only when that sink line is unchanged context; otherwise the sink line reports it.
 */
function builtThenUsed(ctx: LineContext, spec: SqlSpec): SqlFinding | undefined {
  const text = ctx.line.text
  const m = anyAssignment(spec.fam).exec(text)
  if (!m || isCommentLine(text, spec.fam)) return undefined
  const name = m.groups!.name!
  const append = m.groups!.op !== '=' && m.groups!.op !== ':='
  const rhs = statementRhsIn(lexAhead(ctx, spec.fam, 12), m[0].length)
  const info = analyzeExpr(rhs, spec.fam)
  if (!info.dynamic || spec.safeBuild?.(info)) return undefined
  const unsafe = unsafeParts(info)
  if (unsafe.length === 0) return undefined
  if (append ? !looksLikeSqlFragment(info.strings) : !startsLikeSql(info.strings)) return undefined
  const reassigned = new RegExp(`^\\s*(?:(?:const|let|var|final|String)\\s+)?\\$?${name}\\s*(?::=|=(?!=))`)
  for (const later of ctx.after(10)) {
    if (reassigned.test(later.text)) return undefined
    if (!later.text.includes(name) || later.text.length > MAX_LINE) continue
    const lexed = ctx.source.lex(later, spec.fam)
    for (const s of sinkMatches(lexed.masked, spec.sink)) {
      const method = methodOf(s[0])
      const call = callArgs(lexed, s.index + s[0].length - 1)
      const args = spec.queryArgs(method, call.args)
      if (!args.some((a) => a.text === name || a.text === '$' + name)) continue
      if (later.kind !== 'context') return undefined
      const start = receiverStart(later.text, s.index)
      return {
        line: ctx.line.newLine,
        call: snippet(later.text.slice(start, call.end), 70),
        method,
        info,
        unsafe,
        identifiersOnly: identifiersOnly(info, unsafe, spec.fam),
        variable: name,
        builtAt: ctx.line.newLine,
        lexed,
        args: call.args,
        callStart: start,
        callEnd: call.end,
        closedOnLine: false,
      }
    }
  }
  return undefined
}

// `%s`-style verbs that can carry text (numeric verbs cannot).
const TEXT_VERB = /%(?:\(\w+\))?[-+# 0-9.*]*[svqrxXT]/g

function identifiersOnly(info: ExprInfo, unsafe: string[], fam: Family): boolean {
  if (info.how === 'sprintf' || info.how === 'percent' || (info.how === 'format' && fam !== 'py')) {
    const body = info.tokens[0]?.body ?? ''
    let any = false
    for (const m of body.matchAll(TEXT_VERB)) {
      any = true
      if (!isIdentifierSlot(body.slice(0, m.index))) return false
    }
    return any
  }
  if (info.how !== 'interpolation') return false
  const slots = new Map<string, boolean>()
  for (const tok of info.tokens) {
    if (tok.interps.length === 0) continue
    const { lits, exprs } = templateParts(tok, fam)
    exprs.forEach((e, i) => slots.set(e, (slots.get(e) ?? true) && isIdentifierSlot(lits[i] ?? '')))
  }
  return unsafe.every((u) => slots.get(u) === true)
}

const HOW: Record<BuildKind, Partial<Record<Family, string>> & { default: string }> = {
  interpolation: { py: 'an f-string', js: 'a template literal', php: 'string interpolation', rb: 'string interpolation', default: 'interpolation' },
  concatenation: { default: 'string concatenation' },
  format: { py: '`.format()`', java: '`String.format`', php: '`sprintf`', default: 'string formatting' },
  percent: { default: '`%` formatting' },
  sprintf: { default: '`fmt.Sprintf`' },
}

export function describeHow(how: BuildKind | undefined, fam: Family): string {
  if (!how) return 'runtime values'
  const row = HOW[how]
  return row[fam] ?? row.default
}

export function quoteList(parts: readonly string[], max = 3): string {
  const shown = parts.slice(0, max).map((p) => '`' + snippet(p, 40) + '`')
  return shown.join(', ') + (parts.length > max ? ` and ${parts.length - max} more` : '')
}

/** The standard message: what runs, how it was built, from which values. */
export function sqlMessage(f: SqlFinding, fam: Family): string {
  const how = describeHow(f.info.how, fam)
  const values = quoteList(f.unsafe)
  const via = f.variable
    ? f.builtAt && f.builtAt !== f.line
      ? ` runs \`${f.variable}\`, which line ${f.builtAt} builds with ${how} from ${values}`
      : ` later runs \`${f.variable}\`, built here with ${how} from ${values}`
    : ` builds SQL with ${how} from ${values}`
  if (f.identifiersOnly) return `\`${f.call}\`${via}; table and column names spliced into SQL must come from an allow-list`
  return `\`${f.call}\`${via}: a quote in the value rewrites the query (SQL injection)`
}

/**
 * The `check` every SQL-injection rule shares: find spliced SQL, then describe it in the rule's
 * language with its own fix. Only the spec, the message family and the suggestion differ.
 */
export function sqlInjectionCheck(
  spec: SqlSpec,
  fam: Family,
  suggest: (f: SqlFinding, ctx: LineContext) => string | undefined,
  severityOf: (f: SqlFinding) => Severity = (f) => (f.identifiersOnly ? 'major' : 'critical'),
): (ctx: LineContext) => RuleHit[] | undefined {
  return (ctx) => {
    const found = findSqlInjection(ctx, spec)
    if (found.length === 0) return undefined
    return found.map((f) => ({
      line: f.line,
      message: sqlMessage(f, fam),
      suggestion: suggest(f, ctx),
      severity: severityOf(f),
    }))
  }
}
