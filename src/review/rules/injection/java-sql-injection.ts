/** Flags SQL concatenated or String.format-ted into JDBC/JPA/JdbcTemplate calls. FP: values validated elsewhere. */
import type { LineRule } from '../../types'
import { quoteList, SQL_VERB, type SqlFinding, sqlGate, sqlInjectionCheck, type SqlSpec } from './sql'

const GENERIC = new Set(['execute', 'query', 'update', 'batchUpdate'])

const spec: SqlSpec = {
  fam: 'java',
  buildMarker: /"\s*\+|\+\s*"|format(?:ted)?\(/,
  gate: sqlGate(['execute', 'prepare', 'Query(', 'query', 'update(', 'addBatch(']),
  hasSink: (t) =>
    t.includes('execute') || t.includes('prepare') || t.includes('Query(') || t.includes('query') || t.includes('update(') || t.includes('addBatch('),
  sink: /\.(?:executeQuery|executeUpdate|executeLargeUpdate|execute|addBatch|prepareStatement|prepareCall|createQuery|createNativeQuery|createSQLQuery|query|queryForObject|queryForList|queryForMap|queryForRowSet|update|batchUpdate)\s*\(/g,
  queryArgs: (_method, args) => (args[0] ? [args[0]] : []),
  strictShape: (method) => GENERIC.has(method),
  mayBuild: (t) => SQL_VERB.test(t) && t.includes('=') && (t.includes('+') || t.includes('format')),
}

function suggestion(f: SqlFinding): string {
  if (f.identifiersOnly) return `Check ${quoteList(f.unsafe)} against a fixed set of allowed names before building the SQL; keep values as bound parameters.`
  if (f.method.startsWith('create')) return 'Use a named parameter: `em.createQuery("SELECT u FROM User u WHERE u.name = :name").setParameter("name", name)`.'
  if (f.method.startsWith('query') || f.method === 'update') return 'Pass the values as arguments: `jdbcTemplate.query("SELECT * FROM users WHERE name = ?", mapper, name)`.'
  return 'Use a `PreparedStatement`: `PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?"); ps.setString(1, name);`.'
}

export const javaSqlInjection: LineRule = {
  kind: 'line',
  meta: {
    id: 'java/sql-injection',
    title: 'SQL built from runtime values',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['java'],
    description:
      'Concatenating or `String.format`-ting values into SQL lets a quote in the value rewrite the statement, and passing the result to `prepareStatement` does not help. Bind values with `?` and `setString`/`setLong`, or JPA named parameters.',
    examples: {
      bad: 'Statement stmt = conn.createStatement();\nResultSet rs = stmt.executeQuery("SELECT * FROM users WHERE name = \'" + name + "\'");\n',
      good: 'PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");\nps.setString(1, name);\nResultSet rs = ps.executeQuery();\n',
    },
  },
  check: sqlInjectionCheck(spec, 'java', (f) => suggestion(f)),
}
