/** Flags SQL built with fmt.Sprintf or `+` reaching db.Query/Exec/QueryRow/Prepare/Raw. FP: values validated elsewhere. */
import type { LineContext, LineRule } from '../../types'
import { quoteList, SQL_VERB, type SqlFinding, sqlGate, sqlInjectionCheck, type SqlSpec } from './sql'
import { onlyNumericVerbs } from './expr'

// sqlx/gorm helpers whose first argument is the destination, not the query.
const DEST_FIRST = new Set(['Get', 'Select', 'GetContext', 'SelectContext'])
const GENERIC = new Set(['Get', 'Select', 'GetContext', 'SelectContext', 'Exec', 'Raw'])

const spec: SqlSpec = {
  fam: 'go',
  buildMarker: /Sprintf|["`]\s*\+|\+\s*["`]/,
  gate: sqlGate(['Query', 'Exec', 'Prepare', 'Raw(', 'Get(', 'Select(']),
  hasSink: (t) => t.includes('Query') || t.includes('Exec') || t.includes('Prepare') || t.includes('Raw(') || t.includes('Get(') || t.includes('Select('),
  sink: /\.(?:Query|QueryRow|QueryContext|QueryRowContext|Queryx|QueryRowx|Exec|ExecContext|MustExec|NamedExec|Prepare|PrepareContext|Raw|Get|Select|GetContext|SelectContext)\s*\(/g,
  leadingArgs: (method) => (method.endsWith('Context') ? 1 : 0) + (DEST_FIRST.has(method) ? 1 : 0),
  queryArgs: (method, args) => {
    const arg = args[(method.endsWith('Context') ? 1 : 0) + (DEST_FIRST.has(method) ? 1 : 0)]
    return arg ? [arg] : []
  },
  strictShape: (method) => GENERIC.has(method),
  mayBuild: (t) => SQL_VERB.test(t) && t.includes('=') && (t.includes('Sprintf') || t.includes('+')),
  safeBuild: onlyNumericVerbs,
}

const SIMPLE_VALUE = /^[\w.]+$/

function usesPostgres(ctx: LineContext): boolean {
  return ctx.file.hunks.some((h) => h.lines.some((l) => /lib\/pq|jackc\/pgx|\$1\b/.test(l.text)))
}

/** `db.Query(fmt.Sprintf("... '%s'", name))` → `db.Query("... $1", name)`, when mechanical. */
function rewrite(f: SqlFinding, ctx: LineContext): string | undefined {
  if (f.variable || !f.closedOnLine || f.identifiersOnly || f.info.how !== 'sprintf') return undefined
  const tok = f.info.tokens[0]
  if (f.info.tokens.length !== 1 || !tok?.closed || tok.quote !== '"') return undefined
  const m = /^fmt\.Sprintf\(\s*"(?:[^"\\]|\\.)*"\s*,(.*)\)$/.exec(f.args.find((a) => a.text.startsWith('fmt.Sprintf('))?.text ?? '')
  if (!m) return undefined
  const values = m[1]!.split(',').map((v) => v.trim())
  if (!values.every((v) => SIMPLE_VALUE.test(v))) return undefined
  const pg = usesPostgres(ctx)
  let n = 0
  const body = tok.body.replace(/(['"]?)%[-+# 0-9.]*[svqdf]\1/g, () => (pg ? `$${++n}` : (++n, '?')))
  if (n !== values.length || /%[^%]/.test(body)) return undefined
  const text = f.lexed.text
  const arg = f.args.find((a) => a.text.startsWith('fmt.Sprintf('))!
  const call = text.slice(f.callStart, arg.start) + `"${body}", ${values.join(', ')}` + text.slice(arg.end, f.callEnd)
  return (text.slice(0, f.callStart) + call + text.slice(f.callEnd)).trim()
}

function suggestion(f: SqlFinding, ctx: LineContext): string {
  if (f.identifiersOnly) return `Check ${quoteList(f.unsafe)} against a fixed set of allowed names before building the SQL; keep values as query arguments.`
  const line = rewrite(f, ctx)
  if (line) return `Pass the values as query arguments: \`${line}\``
  return 'Keep the SQL constant and pass values as arguments: `db.QueryContext(ctx, "SELECT * FROM users WHERE id = $1", id)` (`?` for MySQL/SQLite).'
}

export const goSqlInjection: LineRule = {
  kind: 'line',
  meta: {
    id: 'go/sql-injection',
    title: 'SQL built from runtime values',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['go'],
    description:
      '`fmt.Sprintf` or `+` splices values into the SQL text, so a quote in the value rewrites the statement. `database/sql` sends the arguments after the query separately (`$1` for Postgres, `?` for MySQL/SQLite).',
    examples: {
      bad: 'func findUser(db *sql.DB, name string) (*sql.Rows, error) {\n\treturn db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = \'%s\'", name))\n}\n',
      good: 'func findUser(db *sql.DB, name string) (*sql.Rows, error) {\n\treturn db.Query("SELECT * FROM users WHERE name = ?", name)\n}\n',
    },
  },
  check: sqlInjectionCheck(spec, 'go', suggestion),
}
