/** Flags SQL with interpolated or concatenated variables reaching mysqli_query/->query/->exec/DB::select. FP: values validated elsewhere. */
import type { LineRule } from '../../types'
import { quoteList, SQL_VERB, type SqlFinding, sqlGate, sqlInjectionCheck, type SqlSpec } from './sql'

// Procedural APIs take the connection first.
const CONN_FIRST = new Set(['mysqli_query', 'mysqli_multi_query', 'mysqli_real_query', 'pg_query', 'pg_send_query'])
const GENERIC = new Set(['select', 'insert', 'update', 'delete', 'exec'])

const spec: SqlSpec = {
  fam: 'php',
  buildMarker: /"[^"]*\$|["']\s*\.|\.\s*["']|sprintf/,
  gate: sqlGate(['query(', 'exec(', 'prepare(', '::', 'Raw(', 'statement(']),
  hasSink: (t) => t.includes('query(') || t.includes('exec(') || t.includes('prepare(') || t.includes('::') || t.includes('Raw(') || t.includes('statement('),
  sink: /(?:\b(?:mysqli_query|mysql_query|pg_query|pg_send_query|sqlite_query|mysqli_multi_query|mysqli_real_query)|->(?:query|exec|prepare|multi_query|real_query|whereRaw|orWhereRaw|havingRaw|orderByRaw|selectRaw)|::(?:select|statement|unprepared|raw|insert|update|delete))\s*\(/g,
  leadingArgs: (method) => (CONN_FIRST.has(method) ? 1 : 0),
  queryArgs: (method, args) => {
    const k = CONN_FIRST.has(method) && args.length > 1 ? 1 : 0
    const arg = args[k]
    return arg ? [arg] : []
  },
  strictShape: (method) => GENERIC.has(method),
  mayBuild: (t) => SQL_VERB.test(t) && t.includes('=') && (t.includes('$') || t.includes('.')),
}

const REQUEST = /\$_(?:GET|POST|REQUEST|COOKIE|SERVER)\b/

function suggestion(f: SqlFinding): string {
  if (f.identifiersOnly) return `Check ${quoteList(f.unsafe)} against a fixed set of allowed names before building the SQL; keep values as bound parameters.`
  if (f.method.startsWith('mysqli')) return 'Use a prepared statement: `$stmt = mysqli_prepare($conn, "SELECT * FROM users WHERE id = ?"); mysqli_stmt_bind_param($stmt, "i", $id);`.'
  return 'Use a prepared statement: `$stmt = $pdo->prepare("SELECT * FROM users WHERE id = ?"); $stmt->execute([$id]);` (Laravel: `DB::select("... WHERE id = ?", [$id])`).'
}

export const phpSqlInjection: LineRule = {
  kind: 'line',
  meta: {
    id: 'php/sql-injection',
    title: 'SQL built from runtime values',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['php'],
    description:
      'Variables interpolated (`"... $id"`) or concatenated (`. $id`) into SQL let a quote in the value rewrite the statement. PDO and mysqli prepared statements send values separately from the SQL.',
    examples: {
      bad: '<?php\n$id = $_GET["id"];\n$result = mysqli_query($conn, "SELECT * FROM users WHERE id = $id");\n',
      good: '<?php\n$stmt = $pdo->prepare("SELECT * FROM users WHERE id = ?");\n$stmt->execute([$_GET["id"]]);\n',
    },
  },
  check: sqlInjectionCheck(
    spec,
    'php',
    (f) => suggestion(f),
    // Identifiers alone are less severe, unless they come straight from the request.
    (f) => (f.identifiersOnly && !f.unsafe.some((u) => REQUEST.test(u)) ? 'major' : 'critical'),
  ),
}
