/**
 * SQL handed to a database's command-line client as an argument (`spawn('psql', [url, '-c', sql])`,
 * `subprocess.run(["mysql", "-e", sql])`, `["sqlite3", db, sql]`): no shell is involved, so it is not
 * command injection, but the client runs the text as SQL, and a quote in request data spliced into it
 * rewrites the statement (CWE-89). Maintenance endpoints (vacuum, reindex, export) are where it shows up.
 */
import { isTainted, type Value } from '../value'
import type { CallEvent } from '../events'
import { callText, describeFlow, finding, scoped, type MatchContext } from './common'
import { jsSpawn, PY_SUBPROCESS } from './processes'

/** Clients that take a statement after an option; sqlite3 takes it as the argument after the database file. */
const OPTION_CLIENT = /^(psql|mysql|mariadb|clickhouse-client|cockroach|cqlsh|mongosh|mongo)$/
const STATEMENT_OPTION = /^(-c|--command|-e|--execute|--query|--eval)$/
const SQLITE = /^sqlite3?$/


/** The statement among a client's arguments (`argv[0]` is the program), or undefined when there is none to find. */
function statementIn(argv: Value[]): Value | undefined {
  const program = (argv[0]?.str ?? '').replace(/^.*\//, '')
  if (OPTION_CLIENT.test(program)) return argv.find((a, i) => i > 1 && STATEMENT_OPTION.test(argv[i - 1]?.str ?? ''))
  // `sqlite3 [options] FILE [SQL]`: the first argument after the file that is not an option.
  if (SQLITE.test(program)) return argv.slice(1).filter((a) => !/^-/.test(a.str ?? ''))[1]
  return undefined
}

function report(rule: string, ev: CallEvent, m: MatchContext, sql: Value, argv: Value[], fix: string) {
  const client = (argv[0]!.str ?? '').replace(/^.*\//, '')
  return finding(rule, ev, m, `\`${callText(ev.node, m)}\` has \`${client}\` run SQL built from ${describeFlow(sql, '', m.row(ev.stmt))}: a quote in the value rewrites the statement`, fix, [sql], 'critical')
}

export const javascriptDatabaseClient = scoped({ kinds: ['call'], needles: ['spawn', 'execFile', 'execa'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !jsSpawn(ev)) return undefined
  const argv = ev.args[0] && ev.args[1]?.elements ? [ev.args[0], ...ev.args[1].elements] : undefined
  const sql = argv ? statementIn(argv) : undefined
  if (!argv || !sql || !isTainted(sql, 'sql')) return undefined
  return report('js/sql-injection', ev, m, sql, argv, 'Query through a driver with bound parameters (`pg`, `mysql2`), or check the value against a fixed allow-list (table names) before it reaches the client.')
})

export const pythonDatabaseClient = scoped({ kinds: ['call'], needles: ['subprocess', 'create_subprocess_exec'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !PY_SUBPROCESS.test(ev.qname ?? '')) return undefined
  const argv = ev.qname === 'asyncio.create_subprocess_exec' ? ev.args : ev.args[0]?.elements
  const sql = argv ? statementIn(argv) : undefined
  if (!argv || !sql || !isTainted(sql, 'sql')) return undefined
  return report('python/sql-injection', ev, m, sql, argv, 'Query through a driver with bound parameters (`psycopg`, `sqlite3`), or check the value against a fixed allow-list (table names) before it reaches the client.')
})

/**
 * AWS SDK v3 commands that carry SQL (or PartiQL) text as one field of their input: the RDS Data API's
 * `new ExecuteStatementCommand({ sql, parameters })`, Redshift Data's `{ Sql, Parameters }`, Athena's
 * `new StartQueryExecutionCommand({ QueryString, ExecutionParameters })` and DynamoDB's PartiQL `{ Statement, Parameters }`.
 * Each has a parameters field for the values; text spliced into the statement is run as written.
 */
const AWS_SQL_COMMAND = /^@aws-sdk\/(client-rds-data|client-redshift-data|client-athena|client-dynamodb|lib-dynamodb)\.(ExecuteStatementCommand|BatchExecuteStatementCommand|StartQueryExecutionCommand)$/
const AWS_SQL_FIELD = /^(sql|Sql|QueryString|Statement)$/

export const javascriptAwsSqlCommand = scoped({ kinds: ['call'], needles: ['Statement', 'QueryExecution'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !ev.isNew || !AWS_SQL_COMMAND.test(ev.qname ?? '')) return undefined
  const input = ev.args[0]?.fields
  const sql = input ? [...input].find(([key]) => AWS_SQL_FIELD.test(key))?.[1] : undefined
  if (!sql || !isTainted(sql, 'sql')) return undefined
  const service = /@aws-sdk\/(?:client|lib)-([\w-]+)\./.exec(ev.qname ?? '')?.[1] ?? 'aws'
  return finding('js/sql-injection', ev, m, `\`${callText(ev.node, m)}\` has ${service === 'dynamodb' ? 'DynamoDB run a PartiQL statement' : `the ${service} API run SQL`} built from ${describeFlow(sql, '', m.row(ev.stmt))}: a quote in the value rewrites the statement`, 'Put a placeholder in the statement (`:id` for the RDS Data API, `?` for Athena, Redshift Data and PartiQL) and pass the value in the command\'s parameters.', [sql], 'critical')
})
