/** Flags SQL built with template literals or `+` reaching query()/execute()/raw()/$queryRawUnsafe(). FP: values validated elsewhere. */
import type { LineContext, LineRule } from '../../types'
import { quoteList, SQL_VERB, type SqlFinding, sqlGate, sqlInjectionCheck, type SqlSpec } from './sql'
import { templateParts } from '../../source'
import { isIdentifierSlot } from './expr'

const GENERIC = new Set(['exec', 'prepare', 'run', 'all', 'get'])
const NAMED_LIKE_SQL = /\.(?:run|all|get)\(\s*\w*(?:sql|query|stmt)\w*\s*[,)]/i

/** A callback (`.query(async ({ input }) => …)` in tRPC, `.all(function () { … })`): code, not the query's text. */
const CALLBACK_ARG = /^\s*(?:async\s+)?(?:function\b|\([^()]*\)\s*(?::[^=]*)?=>|[\w$]+\s*=>)/

const SINK_HINT = /query\(|Query\(|execute\(|aw\(|exec\(|prepare\(|nsafe\(/
const GENERIC_HINT = /\.(?:run|all|get)\(/

const spec: SqlSpec = {
  fam: 'js',
  buildMarker: /\$\{|["'`]\s*\+|\+\s*["'`]|\.concat\(/,
  gate: sqlGate(['query(', 'Query(', 'execute(', 'aw(', 'exec(', 'prepare(', 'nsafe(', '.run(', '.all(', '.get(']),
  hasSink: (t) =>
    t.includes('(') && (SINK_HINT.test(t) || (GENERIC_HINT.test(t) && (t.includes('`') || t.includes('+') || NAMED_LIKE_SQL.test(t)))),
  sink: /\.(?:query|execute|raw|exec|prepare|run|all|get|unsafe|whereRaw|orWhereRaw|havingRaw|orderByRaw|groupByRaw|selectRaw|joinRaw|fromRaw|\$queryRawUnsafe|\$executeRawUnsafe)\s*\(/g,
  queryArgs: (_method, args) => (args[0] && !CALLBACK_ARG.test(args[0].text) ? [args[0]] : []),
  strictShape: (method) => GENERIC.has(method),
  mayBuild: (t) => SQL_VERB.test(t) && t.includes('=') && (t.includes('`') || t.includes('+')),
}

const SIMPLE_VALUE = /^[\w$.]+(?:\[[^\]]+\])?$/

function usesPostgres(ctx: LineContext): boolean {
  return ctx.file.hunks.some((h) => h.lines.some((l) => /['"](?:pg|postgres|@neondatabase\/serverless|@vercel\/postgres)['"]|\$1\b/.test(l.text)))
}

/** A parameterised rewrite of a one-line template-literal query, when it is mechanical. */
function rewrite(f: SqlFinding, ctx: LineContext): string | undefined {
  if (f.variable || !f.closedOnLine || f.identifiersOnly || f.info.how !== 'interpolation') return undefined
  const tok = f.info.tokens[0]
  if (f.info.tokens.length !== 1 || !tok?.closed || f.args.length !== 1 || f.args[0]!.text !== tok.quote + tok.body + tok.quote) return undefined
  const text = f.lexed.text
  const arg = f.args[0]!
  const head = text.slice(f.callStart, arg.start)
  if (f.method === '$queryRawUnsafe' || f.method === '$executeRawUnsafe') {
    // Prisma's tagged `$queryRaw` sends every `${}` as a bound parameter.
    const tag = head.replace(/\$(queryRaw|executeRaw)Unsafe\s*\($/, '$$$1')
    return (text.slice(0, f.callStart) + tag + arg.text + text.slice(f.callEnd)).trim()
  }
  const { lits, exprs } = templateParts(tok, 'js')
  if (!exprs.every((e) => SIMPLE_VALUE.test(e))) return undefined
  const d1 = f.method === 'prepare'
  if (!d1 && f.method !== 'query' && f.method !== 'execute') return undefined
  if (d1 && text.slice(f.callEnd).startsWith('.bind(')) return undefined
  const pg = !d1 && usesPostgres(ctx)
  let body = ''
  for (let i = 0; i < exprs.length; i++) {
    let lit = lits[i]!
    if (isIdentifierSlot(lit)) return undefined
    const q = lit.slice(-1)
    if ((q === "'" || q === '"') && lits[i + 1]!.startsWith(q)) {
      lit = lit.slice(0, -1)
      lits[i + 1] = lits[i + 1]!.slice(1)
    }
    body += lit + (pg ? `$${i + 1}` : '?')
  }
  body += lits[exprs.length]
  const literal = body.includes("'") || body.includes('\n') ? '`' + body + '`' : `'${body}'`
  const call = d1
    ? head + literal + text.slice(arg.end, f.callEnd) + `.bind(${exprs.join(', ')})`
    : head + literal + `, [${exprs.join(', ')}]` + text.slice(arg.end, f.callEnd)
  return (text.slice(0, f.callStart) + call + text.slice(f.callEnd)).trim()
}

function suggestion(f: SqlFinding, ctx: LineContext): string {
  if (f.identifiersOnly) {
    return `Check ${quoteList(f.unsafe)} against a fixed list of allowed table/column names before building the SQL; keep values as bound parameters.`
  }
  const line = rewrite(f, ctx)
  if (line) return `Bind the values as parameters: \`${line}\``
  if (f.method.includes('Unsafe')) return 'Use the tagged form, which binds every `${}` as a parameter: `prisma.$queryRaw`SELECT * FROM users WHERE id = ${id}``.'
  return "Keep the SQL constant and bind the values: `db.query('SELECT * FROM users WHERE id = $1', [id])` (`?` for MySQL/SQLite, `.bind(id)` on D1), or use a tagged template such as `sql`...`` that parameterises interpolations."
}

export const jsSqlInjection: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/sql-injection',
    title: 'SQL built from runtime values',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['javascript', 'typescript'],
    description:
      'A template literal or `+` splices values into the SQL text, so a quote in the value ends the literal and appends SQL of its own. Drivers bind parameters (`$1`, `?`) separately from the statement, and tagged templates (`sql`...``, `Prisma.sql`, `$queryRaw`...``) do it for you.',
    examples: {
      bad: 'export async function getUser(pool, id) {\n  const { rows } = await pool.query(`SELECT * FROM users WHERE id = ${id}`)\n  return rows[0]\n}\n',
      good: "export async function getUser(pool, id) {\n  const { rows } = await pool.query('SELECT * FROM users WHERE id = $1', [id])\n  return rows[0]\n}\n",
    },
  },
  check: sqlInjectionCheck(spec, 'js', suggestion),
}
