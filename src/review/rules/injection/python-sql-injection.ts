/** Flags SQL built with f-strings, `%`, `.format()` or `+` reaching execute()/raw()/text(). FP: values validated elsewhere. */
import type { LineContext, LineRule } from '../../types'
import { quoteList, SQL_VERB, type SqlFinding, sqlGate, sqlInjectionCheck, type SqlSpec } from './sql'
import { templateParts } from '../../source'
import { isIdentifierSlot } from './expr'


const SINK_HINT = /execute|raw\(|text\(|read_sql|RawSQL|mogrify/

const spec: SqlSpec = {
  fam: 'py',
  buildMarker: /\b[fF][rR]?["']|\{|\.format\(|["']\s*[%+]|\+\s*[rbuRBU]?["']/,
  gate: sqlGate(['execute', 'raw(', 'text(', 'read_sql', 'RawSQL', 'mogrify']),
  hasSink: (t) => t.includes('(') && SINK_HINT.test(t),
  sink: /(?:\.(?:execute|executemany|executescript|exec_driver_sql|raw|mogrify)|(?<![\w.])(?:text|read_sql|read_sql_query|RawSQL)|\b(?:sa|sqlalchemy|pd|pandas)\.(?:text|read_sql|read_sql_query))\s*\(/g,
  queryArgs: (_method, args) => (args[0] && !/^\w+\s*=/.test(args[0].text) ? [args[0]] : []),
  strictShape: (method) => method === 'raw' || method === 'text',
  mayBuild: (t) => SQL_VERB.test(t) && t.includes('=') && (t.includes('{') || t.includes('%') || t.includes('+') || t.includes('format(')),
}

const SIMPLE_VALUE = /^[A-Za-z_][\w.]*(?:\[[^\]]+\])?$/

/** A parameterised rewrite of a one-line `execute(f"...")` / `execute("..." % x)`, when it is mechanical. */
function rewrite(f: SqlFinding, ctx: LineContext): string | undefined {
  if (f.variable || !f.closedOnLine || f.args.length !== 1 || f.identifiersOnly) return undefined
  if (f.method !== 'execute' && f.method !== 'raw') return undefined
  const tok = f.info.tokens[0]
  if (f.info.tokens.length !== 1 || !tok || !tok.closed) return undefined
  const sqlite = ctx.file.hunks.some((h) => h.lines.some((l) => l.text.includes('sqlite')))
  const ph = sqlite ? '?' : '%s'
  let body = ''
  let values: string[]
  if (f.info.how === 'interpolation') {
    const { lits, exprs } = templateParts(tok, 'py')
    if (!exprs.every((e) => SIMPLE_VALUE.test(e))) return undefined
    for (let i = 0; i < exprs.length; i++) {
      let lit = lits[i]!
      if (isIdentifierSlot(lit)) return undefined
      const next = lits[i + 1]!
      // `'{name}'` becomes a bare placeholder: the driver quotes the value.
      const q = lit.slice(-1)
      if ((q === "'" || q === '"') && next.startsWith(q) && q !== tok.quote) {
        lit = lit.slice(0, -1)
        lits[i + 1] = next.slice(1)
      }
      body += lit + ph
    }
    body += lits[exprs.length]
    values = exprs
  } else if (f.info.how === 'percent') {
    const arg = f.args[0]!.text
    const rest = arg.slice(tok.end).trim()
    if (!rest.startsWith('%') || /%\(\w+\)/.test(tok.body)) return undefined
    const value = rest.slice(1).trim()
    body = tok.body.replace(/(['"]?)%[sdif]\1/g, ph)
    values = value.startsWith('(') && value.endsWith(')') ? [value.slice(1, -1).replace(/,\s*$/, '')] : [value]
  } else return undefined
  if (body.includes('{{') || body.includes('}}')) body = body.replace(/\{\{/g, '{').replace(/\}\}/g, '}')
  const params = values.length === 1 && !values[0]!.includes(',') ? `(${values[0]},)` : `(${values.join(', ')})`
  const text = f.lexed.text
  const arg = f.args[0]!
  const call = text.slice(f.callStart, arg.start) + tok.quote + body + tok.quote + ', ' + params + text.slice(arg.end, f.callEnd)
  return (text.slice(0, f.callStart) + call + text.slice(f.callEnd)).trim()
}

function suggestion(f: SqlFinding, ctx: LineContext): string {
  if (f.identifiersOnly) {
    return `Check ${quoteList(f.unsafe)} against a fixed set of allowed names (e.g. \`if table not in ALLOWED_TABLES: raise ValueError(table)\`) before building the SQL; keep values as bound parameters.`
  }
  if (f.method === 'text') {
    return 'Use bind parameters: `text("SELECT ... WHERE id = :user_id")` and pass the values to `execute(stmt, {"user_id": user_id})`.'
  }
  const line = rewrite(f, ctx)
  if (line) return `Pass the values as query parameters: \`${line.trim()}\``
  return 'Keep the SQL text constant and pass values separately, e.g. `cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))` (`?` for sqlite3, `:name` with SQLAlchemy `text()`).'
}

export const pythonSqlInjection: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/sql-injection',
    title: 'SQL built from runtime values',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['python'],
    description:
      'SQL assembled with f-strings, `%`, `.format()` or `+` lets a quote in the value end the literal and append SQL of its own. DB-API drivers, SQLAlchemy `text()` and Django `raw()` all take parameters that the driver sends separately from the statement.',
    examples: {
      bad: 'def get_user(cursor, user_id):\n    cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")\n    return cursor.fetchone()\n',
      good: 'def get_user(cursor, user_id):\n    cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))\n    return cursor.fetchone()\n',
    },
  },
  check: sqlInjectionCheck(spec, 'py', suggestion),
}
