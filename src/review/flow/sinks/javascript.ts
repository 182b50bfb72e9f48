/** JavaScript/TypeScript sinks, over the events of the JS def-use pass. */
import type { SNode } from '../../syntax/tree'
import type { CallEvent, FlowEvent, StoreEvent } from '../events'
import { field, namedChildren, rootOf } from '../text'
import { hasTag, isInert, isTainted, SAFE, TAG, type Value } from '../value'
import { javascriptCleartextHttp } from './cleartext'
import { javascriptInsecureCookie } from './cookies'
import { javascriptAwsSqlCommand, javascriptDatabaseClient } from './database-clients'
import { jsSpawn } from './processes'
import { javascriptPromptInjection } from './llm'
import { javascriptTempFile } from './temp-files'
import { javascriptWriteToReadOnly } from './readonly-files'
import { javascriptFilePermissions, javascriptKeyFileMode } from './file-permissions'
import { javascriptCipherParameters } from './cipher-parameters'
import { javascriptSensitiveLogging } from './sensitive-logging'
import { javascriptErrorExposure } from './error-exposure'
import { javascriptLogInjection } from './log-injection'
import { javascriptHeaderInjection, javascriptHeaderInjectionValue } from './header-injection'
import { javascriptCors, javascriptDebugMode } from './web-config'
import { atOrigin, atPiece, callText, cleared, dangerous, describeFlow, fileMatches, finding, isBuiltUnsafe, type MatchContext, type Matcher, scoped } from './common'
import { javascriptTemplateInjection, javascriptUnsafeDeserialization, javascriptXxe } from './parsers'
import { lineOfFile, NOT_A_SECRET_NAME, NOT_SECRET_FUNCTION, oauthRequest, picksExisting, PRESENTATION_USE, TIMING_USE } from './random-uses'
import { NEON_SQL, NODE_HASH, TOTALJS_ROUTES, weakDigest } from '../javascript-model'
import { jsHelperReturns } from '../js-url-guards'
import { snippet } from '../../source/text'
import { assignments, signedBody, vouched } from './written'

const SQL_WORDS = /\b(select|insert|update|delete|where|from|into|values|order\s+by|group\s+by|create|drop|alter|join|limit|union)\b/i
// LoopBack's `Model.dataSource.connector` is the SQL connector its `execute(sql, params, cb)` runs text on.
const DB_RECEIVER = /(^|[._])(db|database|conn|connection|client|pool|knex|sequelize|prisma|mysql|pg|sql|manager|repository|repo|dataSource|queryRunner|tx|trx|transaction|em|entityManager|connection|connector)$/i

function argText(ev: CallEvent, m: MatchContext, i: number): string {
  const n = ev.argNodes[i]
  return n ? m.text(n) : ''
}

function serverTaint(v: Value | undefined): boolean {
  return !!v?.taint && !v.taint.dom
}

/** Every method name below that can take SQL text: most calls are none of them, so the regexes are skipped. */
const SQL_METHODS = new Set([
  ...['query', 'execute', 'prepare', 'raw', 'unsafe', 'literal', 'lit', '$queryRawUnsafe', '$executeRawUnsafe', 'sendNativeQuery', 'rawQuery', 'rawQueryAll', 'rawQueryRow', 'rawExec', 'queryObject', 'queryArray', 'queryEntries'],
  ...['whereRaw', 'orWhereRaw', 'andWhereRaw', 'havingRaw', 'orHavingRaw', 'orderByRaw', 'groupByRaw', 'joinRaw', 'fromRaw', 'whereExistsRaw', 'onRaw'],
  ...['exec', 'run', 'all', 'get', 'each', 'any', 'one', 'none', 'many', 'oneOrNone', 'manyOrNone', 'multi', 'result'],
  ...['where', 'andWhere', 'orWhere', 'having', 'orderBy', 'addOrderBy', 'groupBy', 'addGroupBy', 'select', 'addSelect', 'leftJoinAndSelect', 'innerJoin'],
])

/** A call passed straight to a query builder's clause: `.select(x)`, `.where(x)`, `.orderBy(x)`. */
function builderArgument(node: SNode, m: MatchContext): boolean {
  const call = node.parent?.type === 'arguments' ? node.parent.parent : undefined
  const callee = call?.type === 'call_expression' ? field(call, 'function') : undefined
  const method = callee?.type === 'member_expression' ? field(callee, 'property') : undefined
  return !!method && /^(select|where|andWhere|orWhere|having|orderBy|groupBy|whereIn|join|leftJoin|from|update|returning|column|columns)$/.test(m.text(method))
}

const KNEX_RAW_CLAUSES = /^(whereRaw|orWhereRaw|andWhereRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|joinRaw|fromRaw|whereExistsRaw|onRaw)$/

/**
 * A SQL method called through another (`promisify(ds.connector.execute).call(ds.connector, sql, params)`,
 * `conn.query.call(conn, sql)`, Bookshelf's `Model.query('whereRaw', sql)`), read as the direct call it makes.
 */
function unboundSqlCall(ev: CallEvent): CallEvent | undefined {
  // Bookshelf's `User.query('whereRaw', sql, bindings)` calls the knex clause it names on the model's query.
  const clause = ev.name === 'query' && ev.receiver ? ev.args[0]?.str : undefined
  if (clause !== undefined && KNEX_RAW_CLAUSES.test(clause) && ev.argNodes[1]) return { ...ev, name: clause, args: ev.args.slice(1), argNodes: ev.argNodes.slice(1) }
  if (ev.name !== 'call' || !ev.receiverText) return undefined
  const method = /^(?:(?:util\.)?promisify\(\s*)?([\w$.]+)\.([\w$]+)\s*\)?$/.exec(ev.receiverText)
  if (!method || !/^(query|execute|raw|unsafe)$/.test(method[2]!)) return undefined
  return { ...ev, qname: undefined, name: method[2]!, receiver: {}, receiverText: method[1]!, args: ev.args.slice(1), argNodes: ev.argNodes.slice(1) }
}

const sqlInjection = scoped({ kinds: ['call'], needles: ['query', 'Query', 'execute', 'prepare', 'raw', 'unsafe', 'literal', 'lit', 'RawUnsafe', 'Raw', 'exec', 'run', 'all', 'get', 'each', 'any', 'one', 'many', 'multi', 'result', 'where', 'Where', 'having', 'orderBy', 'OrderBy', 'groupBy', 'GroupBy', 'select', 'Select', 'innerJoin', 'neon'] }, (event, m) => {
  if (event.kind !== 'call' || m.isTest || event.tagged) return undefined
  const ev = unboundSqlCall(event) ?? event
  // objection's, knex's and MikroORM's `raw(sql, bindings)` imported on its own (`const { raw } = require('objection')`, then
  // `.select(raw(\`avg(${field})\`))`, or a MikroORM `orderBy({ [raw(…)]: 'desc' })` key): its text goes into the query as written, as `knex.raw` does.
  // A hunk below the import still shows the bare `raw(…)` handed to a builder clause (`.select(raw(…))`).
  const importedRaw = !ev.receiver && (/^(objection|knex|@mikro-orm\/[\w-]+)\.raw$/.test(ev.qname ?? '') || ((ev.qname ?? 'raw') === 'raw' && ev.name === 'raw' && builderArgument(ev.node, m)))
  // Neon's `const sql = neon(url)` is a tag (`sql\`… ${id}\`` binds) and a function: `sql(text, params)` runs its text as written.
  const neonCall = !ev.receiver && ev.qname === NEON_SQL
  if (!importedRaw && !neonCall && (!ev.receiver || !SQL_METHODS.has(ev.name))) return undefined
  const unsafeRaw = /^\$(queryRawUnsafe|executeRawUnsafe)$/.test(ev.name)
  // The receiver's own name, or the head of a builder chain (`knex('t').where(…).orderByRaw(…)`).
  const root = /^[\w$.]+/.exec(ev.receiverText ?? '')?.[0]?.replace(/\.$/, '') ?? ''
  // knex/objection's `*Raw` clauses exist only on query builders, whatever the builder variable is called.
  const knexRaw = KNEX_RAW_CLAUSES.test(ev.name)
  // MikroORM's `qb.raw(sql)` on a query builder (`em.createQueryBuilder(Invoice)`) is the same fragment its imported `raw()` makes.
  const builderRaw = ev.name === 'raw' && !!ev.receiver && hasTag(ev.receiver, TAG.sqlBuilder)
  const dbish = neonCall || knexRaw || importedRaw || builderRaw || ev.name === 'sendNativeQuery' || DB_RECEIVER.test(ev.receiverText ?? '') || DB_RECEIVER.test(root) || unsafeRaw || /^(knex|sequelize|pg|mysql|mysql2|typeorm|better-sqlite3|sqlite3|@prisma\/client)/.test(ev.receiver?.qname ?? '')
  // `sequelize.literal(…)` splices its text into the generated SQL as is.
  const literalSql = ev.name === 'literal' && (/^(sequelize|Sequelize)$/.test(ev.receiver?.qname ?? '') || /(^|\.)(sequelize|Sequelize)$/.test(ev.receiverText ?? ''))
  // `Prisma.raw(text)`, drizzle's `sql.raw(text)` and Kysely's `sql.raw(text)`/`sql.lit(value)` splice text into a query as is
  // (Kysely's `lit` quotes nothing it is handed: its docs warn against user input).
  // A hunk below its imports still names Kysely's `sql` (no other SQL tag has a `lit`).
  const rawFragment = /^(@prisma\/client\.Prisma|Prisma|drizzle-orm\.sql|drizzle-orm\/sql\.sql|kysely\.sql)\.raw$|^kysely\.sql\.lit$/.test(ev.receiver?.qname ? `${ev.receiver.qname}.${ev.name}` : '') || (ev.name === 'lit' && ev.receiverText === 'sql' && (!ev.receiver?.qname || ev.receiver.qname === 'sql'))
  // sqlite3/better-sqlite3 (`db.run`, `db.all`, `db.exec`) and pg-promise (`db.any`, `db.oneOrNone`) verbs take SQL text too,
  // but the names are common elsewhere (`cache.get(key)`): only text that reads as SQL counts.
  const driverVerb = /^(exec|run|all|get|each|any|one|none|many|oneOrNone|manyOrNone|multi|result)$/.test(ev.name) && (DB_RECEIVER.test(ev.receiverText ?? '') || /^(better-sqlite3|sqlite3|sqlite)\b/.test(ev.receiver?.qname ?? ''))
  // Sails/Waterline's `sails.sendNativeQuery(sql, values)` and `Model.getDatastore().sendNativeQuery(…)` take SQL text by name.
  // AdonisJS Lucid's `db.rawQuery(sql, bindings)` runs its text as written, and so do deno-postgres's
  // `client.queryObject(sql, args)`/`queryArray(…)` (their tagged-template forms bind the values) and Deno sqlite's `db.queryEntries(sql)`.
  // Encore's `SQLDatabase` has `rawQuery`, `rawQueryAll`, `rawQueryRow` and `rawExec(sql, ...params)` beside its tagged forms.
  const raw = neonCall || /^(query|execute|prepare|raw|unsafe|sendNativeQuery|rawQuery|rawQueryAll|rawQueryRow|rawExec|queryObject|queryArray|queryEntries)$/.test(ev.name) || knexRaw || unsafeRaw || literalSql || rawFragment
  const builder = /^(where|andWhere|orWhere|having|orderBy|addOrderBy|groupBy|addGroupBy|select|addSelect|leftJoinAndSelect|innerJoin)$/.test(ev.name)
  if (!raw && !builder && !driverVerb) return undefined
  // pg's `query({ text, values })`, mysql's `query({ sql, values })`, BigQuery's `query({ query, params })` and Snowflake's
  // `execute({ sqlText, binds })`: the SQL is one field, the bound values another.
  const config = ev.argNodes[0]?.type === 'object' ? ev.args[0]?.fields : undefined
  const v = config ? config.get('text') ?? config.get('sql') ?? config.get('query') ?? config.get('sqlText') : ev.args[0]
  if (!v) return undefined
  // Request data an allow-list or escaping vouched for: the line rule's guess is vetoed.
  if (isInert(v) || ((v.taint || v.built) && !dangerous(v, 'sql'))) return cleared('js/sql-injection', ev, m)
  // A migration or seed script builds SQL from its operator's arguments and its own constants.
  if (!v.taint && operatorScript(ev, m)) return cleared('js/sql-injection', ev, m)
  // `sql.raw(…)`/`Prisma.raw(…)` splice a fragment (column lists, keywords) into a tagged query: only request data in it is a finding.
  // Kysely's and drizzle's `sql.raw(x)`/`sql.lit(x)` of a parameter of a function the module exports (`groupedTotals(filter)`
  // splicing `filter.groupBy`): whoever calls it chooses the text, and the function checks nothing before it runs as SQL.
  const param = !v.taint && rawFragment && !isInert(v) && !vouched(v.safe) ? exportedParameter(ev, m) : undefined
  if (param) {
    return finding('js/sql-injection', ev, m, `\`${callText(ev.node, m)}\` splices \`${param.name}\`, a parameter of the exported \`${param.fn}\`, into the query as written: a caller that passes request text rewrites the SQL`, 'Bind values (`${value}` in the `sql` tag), and map names a caller may choose to columns in a fixed table (`sql.ref(COLUMNS[key])`); never splice a caller\'s text with `sql.raw`/`sql.lit`.', [v], 'major')
  }
  if (!v.taint && (rawFragment || (ev.name === 'raw' && /(^|\.)(sql|Prisma)$/.test(ev.receiverText ?? '')))) return undefined
  const sqlText = SQL_WORDS.test(v.built?.prefix ?? '') || /^\s*[\w.]+\s*(=|i?like|in|<|>)/i.test(v.built?.prefix ?? '')
  if (driverVerb && !raw && !builder) {
    // SQLite's `VACUUM INTO '…'` and `ATTACH DATABASE '…'` take the file they write or open as a string literal: the client
    // picks the file and can break out of the quotes.
    if (!(sqlText || /^\s*attach\s/i.test(v.built?.prefix ?? '')) || !/^\s*(select|insert|update|delete|with|replace|create|drop|alter|vacuum|attach)\b/i.test(v.built?.prefix ?? '') || !(v.built?.valueSlot !== false || isTainted(v, 'sql')) || !dangerous(v, 'sql')) return undefined
    return atPiece(finding('js/sql-injection', ev, m, `\`${callText(ev.node, m)}\` runs SQL built from ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))}: a quote in the value rewrites the query`, 'Pass values as parameters: `db.all("SELECT … WHERE id = ?", [id])` (pg-promise: `$1`, or `$<name>` with an object).', [v], 'critical'), v, ev.stmt, m)
  }
  // TypeORM's `orderBy`/`groupBy`/`where` take SQL text: a column picked by the client is injected as written.
  const typeorm = builder && !!ev.receiver && hasTag(ev.receiver, TAG.sqlBuilder)
  const fragment = typeorm && /^(orderBy|addOrderBy|groupBy|addGroupBy)$/.test(ev.name)
  // Untainted text spliced in where SQL takes a name or keyword (`FROM ${table}`, `SAVEPOINT ${name}`) cannot be
  // bound as a parameter and is the code's own choice; only values are worth a finding without a request source.
  const valueSlot = v.built?.valueSlot !== false
  const built = isBuiltUnsafe(v, 'sql') && valueSlot && (raw ? sqlText || dbish : (sqlText && /[=<>]|\bi?like\b/i.test(v.built!.prefix)) || (fragment && isTainted(v, 'sql')))
  const tainted = isTainted(v, 'sql') && ((raw && (dbish || sqlText)) || fragment)
  if (!built && !tainted) return undefined
  const f = finding(
    'js/sql-injection',
    ev,
    m,
    `\`${callText(ev.node, m)}\` runs SQL built from ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))}: a quote in the value rewrites the query`,
    unsafeRaw ? 'Use the tagged form `prisma.$queryRaw`…${id}…`` (values are bound), or pass parameters.' : 'Pass values as parameters: `db.query("SELECT … WHERE id = $1", [id])` (mysql: `?`), or use the query builder\'s bindings (`knex.raw("… = ?", [id])`).',
    [v],
    'critical',
  )
  return atPiece(f, v, ev.stmt, m)
})

/** Parameter types that carry no SQL text. */
const SCALAR_PARAM = /^:\s*(number|boolean|bigint|Date|(['"][^'"]*['"]\s*\|?\s*)+)\s*$/

/**
 * The parameter of the enclosing function that the call's argument reads (`label`, `filter` of `filter.groupBy ?? 'x'`),
 * when that function is exported from the module (`export function`, `export const f = (…) => …`), so callers elsewhere
 * hand it their values; not one typed as a number, boolean, date or literal union.
 */
function exportedParameter(ev: CallEvent, m: MatchContext): { name: string; fn: string } | undefined {
  const fn = ev.fn.node
  const arg = ev.argNodes[0]
  if (!fn || !arg) return undefined
  const holder = fn.parent?.type === 'variable_declarator' ? fn.parent : fn
  const exported = holder.parent?.type === 'export_statement' || (holder.type === 'variable_declarator' && holder.parent?.parent?.type === 'export_statement')
  if (!exported) return undefined
  const nameNode = field(holder, 'name')
  const list = field(fn, 'parameters')
  const params = new Map<string, SNode>()
  for (const p of list ? namedChildren(list) : []) {
    const target = p.type === 'required_parameter' || p.type === 'optional_parameter' ? field(p, 'pattern') : p
    const type = field(p, 'type')
    if (target?.type === 'identifier' && !(type && SCALAR_PARAM.test(m.text(type)))) params.set(m.text(target), p)
  }
  const roots: string[] = []
  const visit = (n: SNode): void => {
    if (n.type === 'identifier') roots.push(m.text(n))
    else if (n.type === 'member_expression') {
      const obj = field(n, 'object')
      if (obj) visit(obj)
    } else if (n.type !== 'string' && n.type !== 'number' && n.type !== 'call_expression') for (const c of namedChildren(n)) visit(c)
  }
  visit(arg)
  const name = roots.find((r) => params.has(r))
  return name && nameNode ? { name, fn: m.text(nameNode) } : undefined
}

const SHELL_EXEC = /^child_process\.(exec|execSync)$|^(shelljs|shell)\.exec$|^execa\.(command|commandSync)$|^execa\.execaCommand(Sync)?$|^(execaCommand|execaCommandSync)$/

const SHELL_PROGRAM = /^(sh|bash|zsh|dash|ash|\/bin\/(ba|z|da)?sh|\/usr\/bin\/env|cmd(\.exe)?|powershell(\.exe)?|pwsh)$/

/**
 * The argument vector of Deno's and Bun's launchers, program first: `new Deno.Command(program, { args })`,
 * `Bun.spawn([program, ...args])`, `Bun.spawn({ cmd: [...] })`. Neither runs a shell of its own.
 */
function runtimeArgv(ev: CallEvent): (Value | undefined)[] | undefined {
  const q = ev.qname ?? ''
  if (/^Deno\.Command$/.test(q) && ev.isNew) return [ev.args[0], ...(ev.args[1]?.fields?.get('args')?.elements ?? [])]
  if (/^Bun\.(spawn|spawnSync)$/.test(q)) return ev.args[0]?.elements ?? ev.args[0]?.fields?.get('cmd')?.elements
  return undefined
}

const SSH_MODULE = /\brequire\(\s*['"](ssh2|node-ssh)['"]\s*\)|\bfrom\s+['"](ssh2|node-ssh)['"]/

/** `conn.exec(cmd, cb)` on an ssh2 `Client`, `ssh.execCommand(cmd)` on node-ssh's `NodeSSH`, in a file that uses either. */
function remoteShell(ev: CallEvent, m: MatchContext): boolean {
  if (!ev.receiver || !/^(exec|execCommand)$/.test(ev.name)) return false
  const made = ev.receiver.qname ?? ''
  if (/^ssh2\.Client$/.test(made)) return ev.name === 'exec'
  if (/^node-ssh\.NodeSSH$/.test(made)) return ev.name === 'execCommand'
  return /(^|\.)(conn|connection|ssh|sshClient|client|remote)$/i.test(ev.receiverText ?? '') && fileMatches(ev.node, m, SSH_MODULE)
}

/** Deno's and Bun's launchers: a shell given a command string after `-c`, or a program the client names. */
function runtimeShellInjection(ev: CallEvent, m: MatchContext, argv: (Value | undefined)[]) {
  const [program, ...rest] = argv
  if (SHELL_PROGRAM.test(program?.str ?? '')) {
    const command = rest.find((e, i) => i > 0 && /^(-c|\/c|-Command|-lc)$/.test(rest[i - 1]?.str ?? ''))
    if (!command || !dangerous(command, 'shell')) return undefined
    return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` hands ${describeFlow(command, '', m.row(ev.stmt))} to \`${program!.str} -c\`: \`;\`, \`|\` or \`$()\` in it run other commands`, 'Run the program itself with an argument array (`new Deno.Command("dig", { args: ["+short", host] })`, `Bun.spawn(["dig", "+short", host])`), not through `sh -c`.', [command], command.taint ? 'critical' : 'major')
  }
  if (!isTainted(program, 'shell') || !serverTaint(program)) return undefined
  return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` runs a program named by ${describeFlow(program!, '', m.row(ev.stmt))}`, 'Pick the program from a fixed table; pass request values only as separate arguments.', [program])
}

/** The value a tagged shell template hands to `sh -c` (the substitution right after `sh -c ` in the template's text). */
function shellScriptSlot(ev: CallEvent, m: MatchContext): Value | undefined {
  const template = ev.node.type === 'call_expression' ? field(ev.node, 'arguments') : undefined
  if (template?.type !== 'template_string' || !ev.substitutions) return undefined
  let text = ''
  let index = 0
  for (const c of template.children) {
    if (c.type === 'string_fragment' || c.type === 'escape_sequence') text += m.text(c)
    else if (c.type === 'template_substitution') {
      if (/(?:^|[\s;&|])(?:\/(?:usr\/)?bin\/)?(?:sh|bash|zsh|dash|ash)\s+-[a-z]*c\s+$/.test(text)) return ev.substitutions[index]
      text += ' x '
      index++
    }
  }
  return undefined
}

/**
 * Bun's shell (`await $\`convert ${file} out.png\``) quotes each value it is given as one argument, except one passed as
 * `{ raw: text }`, which it parses as shell text.
 */
const bunShellRaw = scoped({ kinds: ['call'], needles: ['raw', '-c'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !ev.tagged || !/^(bun\.\$|Bun\.\$)$/.test(ev.qname ?? '')) return undefined
  // `$\`sh -c ${command}\``: the value is quoted as one argument, and that argument is the script the shell runs.
  const script = shellScriptSlot(ev, m)
  if (script && dangerous(script, 'shell')) {
    return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` hands ${describeFlow(script, '', m.row(ev.stmt))} to a shell as the script of \`-c\`: Bun's quoting keeps it one argument, and the shell then parses it, so \`;\`, \`|\` or \`$()\` in it run other commands`, 'Interpolate the program and its values directly (`$`ping -c 1 ${host}``): Bun\'s shell passes each value as one quoted argument, with no `sh -c`.', [script], script.taint ? 'critical' : 'major')
  }
  const raw = ev.substitutions?.map((v) => v.fields?.get('raw')).find((v) => v && dangerous(v, 'shell'))
  if (!raw) return undefined
  return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` hands ${describeFlow(raw, '', m.row(ev.stmt))} to Bun's shell as \`{ raw }\`, which it parses unquoted: \`;\`, \`|\` or \`$()\` in it run other commands`, 'Interpolate the value itself (`${range}`): Bun\'s shell passes it as one quoted argument.', [raw], raw.taint ? 'critical' : 'major')
})

const shellInjection = scoped({ kinds: ['call'], needles: ['exec', 'Exec', 'spawn', 'fork', 'command', 'Command'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  // @actions/exec's `exec(commandLine)`/`getExecOutput(commandLine)` split one string into arguments by their own quoting rules,
  // with no shell: a `"` in text spliced into it ends its argument, and the rest becomes options of the program (argument injection).
  if (/^@actions\/exec\.(exec|getExecOutput)$/.test(q)) {
    const line = ev.args[0]
    if (!line?.built || !isTainted(line, 'shell') || !serverTaint(line)) return undefined
    return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` splits a command line built from ${describeFlow(line, '', m.row(ev.stmt))} into arguments: a quote in it ends the argument, and what follows reaches the program as options of its own`, 'Pass the program and each value separately: `exec.exec("npm", ["run", "docs:publish", "--", "--message", title])`.', [line], 'major')
  }
  // ssh2's `conn.exec(command, cb)` and node-ssh's `ssh.execCommand(command)` hand one string to the remote account's login
  // shell: a `;` or `$()` in it runs there, with the deploy key's reach.
  if (remoteShell(ev, m)) {
    const line = ev.args[0]
    if (!line || !(line.built || line.taint) || !dangerous(line, 'shell')) return undefined
    return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` runs ${describeFlow(line, argText(ev, m, 0), m.row(ev.stmt))} in the remote host's shell: \`;\`, \`|\` or \`$()\` in it run other commands there`, 'Keep the remote command constant and pass values the shell cannot read as code: check them against a fixed pattern (`/^[\\w.\\/-]+$/`) or quote them for the shell (`shell-quote`).', [line], line.taint ? 'critical' : 'major')
  }
  const argv = runtimeArgv(ev)
  if (argv) return runtimeShellInjection(ev, m, argv)
  // Bare `exec(…)`/`spawn(…)` bound nowhere in sight: a hunk whose `child_process` import is above it.
  const execLike = SHELL_EXEC.test(q) || (!ev.receiver && /^(exec|execSync)$/.test(q))
  const spawn = jsSpawn(ev)
  if (!execLike && !spawn) return undefined
  // `spawn('sh', ['-c', cmd])`: the program is a shell and the command string is one of its arguments.
  const viaShell = spawn && SHELL_PROGRAM.test(ev.args[0]?.str ?? '')
  const command = viaShell ? ev.args[1]?.elements?.find((e, i, all) => i > 0 && /^(-c|\/c|-Command|-lc)$/.test(all[i - 1]?.str ?? '')) : undefined
  if (command && dangerous(command, 'shell')) {
    return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` hands ${describeFlow(command, '', m.row(ev.stmt))} to \`${ev.args[0]!.str} -c\`: \`;\`, \`|\` or \`$()\` in it run other commands`, 'Run the program itself with an argument array (`spawn("grep", ["-i", pattern, file])`), not through `sh -c`.', [command], command.taint ? 'critical' : 'major')
  }
  const v = ev.args[0]
  const shell = execLike || ev.kwargs.get('shell')?.constant === true && ev.kwNodes.has('shell') && m.text(ev.kwNodes.get('shell')!) !== 'false'
  // `spawn('git', ['log', branch], { shell: true })`: the shell joins program and arguments into one command line.
  const joined = spawn && shell ? ev.args[1]?.elements?.find((e) => isTainted(e, 'shell')) : undefined
  if (joined) return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` runs with \`shell: true\`, so ${describeFlow(joined, '', m.row(ev.stmt))} in its arguments is parsed by the shell: \`;\`, \`|\` or \`$()\` in it run other commands`, 'Drop `shell: true`: with an argument array and no shell, each argument reaches the program as is.', [joined], 'critical')
  if (isInert(v)) return cleared('js/shell-injection', ev, m)
  // Request data that a check or a quoting function vouched for (`/^\d+$/.test(id)` above, `shellQuote(x)`): the line rule's guess is vetoed.
  // So is a command a shell-quoting call made (`execSync(quote(['tar', '-czf', out, name]))`), request data or not.
  if (v && (v.taint || v.built || ((v.safe ?? 0) & SAFE.shell) !== 0) && !dangerous(v, 'shell')) return cleared('js/shell-injection', ev, m)
  // A command-line script building a command from its own arguments, settings or files, none of it request data: the
  // operator who runs it types what reaches the shell (`execSync(\`pg_dump --schema=${values.schema} …\`)`).
  if (shell && v && !v.taint && v.built && operatorScript(ev, m) && ev.argNodes[0] && fromCommandLine(ev.argNodes[0], m)) return cleared('js/shell-injection', ev, m)
  if (shell && dangerous(v, 'shell')) {
    return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` passes ${describeFlow(v!, argText(ev, m, 0), m.row(ev.stmt))} to a shell: \`;\`, \`|\` or \`$()\` in it run other commands`, 'Use `execFile`/`spawn` with an argument array and no shell: `execFile("convert", [input, output])`.', [v], v!.taint ? 'critical' : 'major')
  }
  if (!shell && isTainted(v, 'shell')) {
    return finding('js/shell-injection', ev, m, `\`${callText(ev.node, m)}\` runs a program named by ${describeFlow(v!, argText(ev, m, 0), m.row(ev.stmt))}`, 'Pick the program from a fixed table; pass request values only as separate arguments.', [v])
  }
  return undefined
})

const SCRIPT_PATH = /(^|\/)(scripts?|bin|tools)\//

/** A command-line script (under `scripts/`, `bin/`, `tools/`, or started by a `#!` line), run by whoever holds the checkout. */
function operatorScript(ev: CallEvent, m: MatchContext): boolean {
  return SCRIPT_PATH.test(m.path) || fileMatches(ev.node, m, /^#!/)
}

const BUILT_IN = /^(Date|Math|JSON|Number|String|Boolean|path|os|process|undefined|null|true|false)$/

/** Where a script reads what its operator typed or configured: its arguments (`process.argv`, `parseArgs`, yargs, commander, minimist) or environment. */
const OPERATOR_INPUT = /\bprocess\.argv\b|\bparseArgs\s*\(|\byargs\b|\.opts\s*\(\s*\)|\bminimist\s*\(|\bprocess\.env\b|\bargv\b/

/**
 * A parameter of a commander action (`program.command('release <service>').action((service, opts) => …)`) or of a yargs
 * command handler (`(argv) => …`): the words the operator typed after the command.
 */
function actionParameter(name: string, file: string): boolean {
  if (/(require\(\s*|from\s+)['"]commander['"]/.test(file) && new RegExp(String.raw`\.action\(\s*(?:async\s*)?(?:function\s*\w*\s*)?\(([^()]*[\s,(])?${name}\b[^()]*\)`).test(file)) return true
  return name === 'argv' && /(require\(\s*|from\s+)['"]yargs(\/yargs)?['"]/.test(file)
}

/**
 * Whether every name a command is built from is declared from the script's own command line or environment, directly
 * or through one other such name (`const target = process.argv[2] ?? values.out`, `const { values } = parseArgs(…)`).
 */
function fromCommandLine(node: SNode, m: MatchContext): boolean {
  const text = m.text(node)
  const subs = node.type === 'template_string' ? [...text.matchAll(/\$\{([^{}]*)\}/g)].map((x) => x[1]!) : [text]
  // Built-ins (`Date.now()`, `path.join`, `process.env.X`) add nothing a client could choose.
  const roots = new Set(subs.flatMap((t) => [...t.matchAll(/(?<![\w$.'"])([A-Za-z_$][\w$]*)(?![\w$]*\s*\()/g)].map((x) => x[1]!)).filter((n) => !BUILT_IN.test(n)))
  if (roots.size === 0) return false
  const file = m.text(rootOf(node))
  const declared = (name: string, depth: number): boolean => {
    const decl = new RegExp(String.raw`\b(?:const|let|var)\s+(?:\{[^}]*\b${name}\b[^}]*\}|\[[^\]]*\b${name}\b[^\]]*\]|${name}\b)[^=\n]*=\s*([^\n]+)`).exec(file)?.[1]
    if (decl === undefined) return actionParameter(name, file)
    if (OPERATOR_INPUT.test(decl)) return true
    if (depth > 0) return false
    const others = [...decl.matchAll(/(?<![\w$.'"])([A-Za-z_$][\w$]*)(?![\w$]*\s*\()/g)].map((x) => x[1]!).filter((n) => n !== name)
    return others.length > 0 && others.some((n) => declared(n, depth + 1))
  }
  return [...roots].every((name) => declared(name, 0))
}

const WEBVIEW_MODULE = /\bfrom\s+['"]react-native-webview['"]|\brequire\(\s*['"]react-native-webview['"]\s*\)/

const REDIS_CLIENT = /\brequire\(\s*['"](ioredis|redis|@redis\/client|iovalkey)['"]\s*\)|\bfrom\s+['"](ioredis|redis|@redis\/client|iovalkey)['"]/

const codeEval = scoped({ kinds: ['call'], needles: ['executeScript', 'eval', 'Worker', 'Function', 'setTimeout', 'setInterval', 'run', 'compileFunction', 'Script', 'require', 'import', 'evaluate', 'injectJavaScript'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  let v: Value | undefined
  if ((q === 'eval' || q === 'window.eval') && !ev.isNew) v = ev.args[0]
  else if (q === 'Function') v = ev.args[ev.args.length - 1]
  else if ((q === 'setTimeout' || q === 'setInterval') && ev.argNodes[0] && !/function|=>/.test(ev.argNodes[0].type)) v = ev.args[0]?.built || ev.args[0]?.taint ? ev.args[0] : undefined
  else if (/^vm\.(runInNewContext|runInThisContext|runInContext|compileFunction|Script)$/.test(q)) v = ev.args[0]
  // safe-eval runs its text through `vm.runInNewContext`, which its own documentation says is no sandbox: `this.constructor`
  // reaches the server's `process`.
  else if (q === 'safe-eval' || q === 'safe-eval.default') v = ev.args[0]
  // `new Worker(code, { eval: true })` (worker_threads) runs its first argument as the worker's script, with the full Node API.
  else if (ev.isNew && /^worker_threads\.Worker$/.test(q) && ev.argNodes[1]?.type === 'object' && /\beval\s*:\s*true\b/.test(m.text(ev.argNodes[1]))) v = ev.args[0]
  // vm2's `new VM().run(code)`/`new NodeVM().run(code)` and `new VMScript(code)`: the library is discontinued over sandbox
  // escapes that have no fix (CVE-2023-37466), so code given to it runs as the server's own.
  else if ((ev.name === 'run' && ev.receiver && vm2Sandbox(ev, m)) || (ev.isNew && /^vm2\.VMScript$/.test(q))) v = ev.args[0]
  // Electron's `webContents.executeJavaScript(code)` runs the text in the page, with whatever the preload exposes to it.
  else if (ev.name === 'executeJavaScript' && /(^|\.)webContents$/.test(ev.receiverText ?? '')) v = ev.args[0]
  // react-native-webview's `webView.injectJavaScript(code)` (and `injectedJavaScript` set on the element) runs the text in
  // the page the WebView shows, with its cookies and whatever bridge the app opened to it (`postMessage`, `window.ReactNativeWebView`).
  else if (ev.receiver && ev.name === 'injectJavaScript' && fileMatches(ev.node, m, WEBVIEW_MODULE)) v = isTainted(ev.args[0], 'code') ? ev.args[0] : undefined
  // A browser extension's `chrome.tabs.executeScript(tabId, { code })` (Manifest V2; `browser.` in Firefox) runs the text in the tab's page.
  else if (/^(chrome|browser)\.tabs\.executeScript$/.test(q)) {
    const code = ev.args[ev.args.length - 1]?.fields?.get('code')
    if (!code) return undefined
    if (isInert(code)) return cleared('js/code-eval', ev, m)
    return finding('js/code-eval', ev, m, `\`${callText(ev.node, m)}\` runs ${code.taint || code.built ? describeFlow(code, 'code', m.row(ev.stmt)) : 'the `code` it is given'} in the tab's page: whoever controls that text runs script there, with the page's cookies and the extension's reach`, 'Inject a file of the extension (`files: [\'content.js\']`) or a function with its arguments (`chrome.scripting.executeScript({ func, args })`); never text from a message.', [code], code.taint ? 'critical' : 'major')
  }
  // Redis's `EVAL` (ioredis `redis.eval(script, numKeys, …)`, node-redis `client.eval(script, { keys })`) runs the script as Lua
  // on the server: text spliced into it runs there with access to every key; values belong in `KEYS`/`ARGV`.
  else if (ev.receiver && /^(eval|evalRo|eval_ro)$/.test(ev.name) && (/redis|valkey/i.test(ev.receiverText ?? '') || fileMatches(ev.node, m, REDIS_CLIENT)) && dangerous(ev.args[0], 'code')) {
    const v = ev.args[0]!
    return finding('js/code-eval', ev, m, `\`${callText(ev.node, m)}\` runs a Lua script built from ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))}: a quote in it adds Redis commands of the caller's own`, 'Keep the script constant and pass values as `KEYS`/`ARGV` (`redis.eval(SCRIPT, 1, key, value)`), or define it once with `defineCommand`.', [v], v.taint ? 'critical' : 'major')
  }
  // Puppeteer's and Playwright's `page.evaluate(text)`/`addScriptTag({ content })`: the text runs in the server's headless
  // browser, on whatever page it has open and with its network (internal hosts, `file://` when the page is local).
  else if (ev.receiver && /^(evaluate|evaluateHandle|addScriptTag)$/.test(ev.name) && /(^|\.)(page|frame|tab|browserPage)$/i.test(ev.receiverText ?? '') && ev.argNodes[0] && !/function|=>/.test(ev.argNodes[0].type)) {
    const code = ev.name === 'addScriptTag' ? ev.args[0]?.fields?.get('content') : ev.args[0]
    v = serverTaint(code) ? code : undefined
  }
  // `require(\`./plugins/${req.params.name}\`)`, `await import(req.body.module)`: the client picks which code runs (`../../` reaches any module).
  // A name that ends in `.json` loads data, not code.
  else if (!ev.receiver && /^(require|import)$/.test(q || ev.name) && serverTaint(ev.args[0]) && isTainted(ev.args[0], 'code') && !/\.json['"`]\s*$/.test(argText(ev, m, 0))) {
    const v = ev.args[0]!
    return finding('js/code-eval', ev, m, `\`${callText(ev.node, m)}\` loads a module named by ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))}: the client chooses which code runs`, 'Map the names a client may ask for to modules in a fixed table (`const PLUGINS = { csv: csvPlugin }`), and load only from it.', [v], 'critical')
  }
  else return undefined
  if (!v) return undefined
  if (isInert(v) || v.qname?.startsWith('local.')) return cleared('js/code-eval', ev, m)
  // Stored text (a record's field, not the request's) that a check vouched for before it runs (`if (!/^[\d\s+\-*\/()<>=]*$/
  // .test(rule.expression)) return`). Request text stays reported however it was checked: a pattern that lets letters and
  // parentheses through (`/^[\w\s().]+$/`) still admits `process.exit()`.
  if (!v.taint && !v.built && vouched(v.safe)) return cleared('js/code-eval', ev, m)
  // Text a full-match pattern held to arithmetic (`/^[\d\s+\-*\/().]+$/`), alone or spliced into the code's own.
  if (((v.safe ?? 0) | (v.built?.safe ?? 0)) & SAFE.arithmetic) return cleared('js/code-eval', ev, m)
  if ((q === 'setTimeout' || q === 'setInterval') && !v.built && !v.taint) return undefined
  const what = v.taint || v.built ? describeFlow(v, argText(ev, m, 0), m.row(ev.stmt)) : `\`${argText(ev, m, 0)}\``
  return finding('js/code-eval', ev, m, `\`${callText(ev.node, m)}\` runs ${what} as JavaScript: whoever controls that text runs code`, 'Parse data instead (`JSON.parse`), or map names to functions in an object; never build code from strings.', [v], v.taint || v.built ? 'critical' : 'major')
})

/** The receiver of `.run(…)` is a vm2 sandbox: `new VM(…)` itself, or a name made from one in this function. */
function vm2Sandbox(ev: CallEvent, m: MatchContext): boolean {
  if (!/\bvm2\b/.test(m.text(rootOf(ev.node)))) return false
  const text = ev.receiverText ?? ''
  if (/^new\s+(VM|NodeVM)\b/.test(text) || /^vm2\.(VM|NodeVM)$/.test(ev.receiver?.qname ?? '')) return true
  if (!/^[\w$]+$/.test(text) || !ev.fn.node) return false
  return assignments(text, m.text(rootOf(ev.node))).some((rhs) => /^new\s+(VM|NodeVM)\b/.test(rhs))
}

const FS = /^fs\.(promises\.)?(readFile|readFileSync|createReadStream|createWriteStream|writeFile|writeFileSync|appendFile|appendFileSync|unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync|readdir|readdirSync|open|openSync|copyFile|copyFileSync|rename|renameSync|access|stat|lstat|existsSync|readlink|mkdir|mkdirSync|cp|cpSync)$|^fs-extra\.\w+$/
/** The text of the enclosing function after the event's statement. */
function laterInFunction(ev: CallEvent, m: MatchContext): string | undefined {
  let fn: SNode | undefined = ev.stmt.parent
  while (fn && !/^(function_declaration|function_expression|function|arrow_function|method_definition|program)$/.test(fn.type)) fn = fn.parent
  return fn ? m.text({ ...fn, start: ev.stmt.end }) : undefined
}

/** The probed path, named by a variable, is opened, read or sent further down the same function. */
function readLater(ev: CallEvent, m: MatchContext): boolean {
  const arg = ev.argNodes[0]
  const after = arg?.type === 'identifier' ? laterInFunction(ev, m) : undefined
  return after !== undefined && new RegExp(`\\b(createReadStream|readFile|readFileSync|sendFile|download|open|openSync|unlink|unlinkSync|rm|copyFile|file)\\(\\s*${m.text(arg!).replace(/\$/g, '\\$')}\\b`).test(after)
}

const MKDIR = /^fs\.(promises\.)?(mkdir|mkdirSync)$|^(fs\/promises|node:fs\/promises)\.mkdir$|^fs-extra\.(ensureDir|ensureDirSync|mkdirp|mkdirs|mkdirsSync)$|^mkdirp$/
const WRITER = 'writeFile|writeFileSync|createWriteStream|appendFile|appendFileSync|outputFile|copyFile|copyFileSync|rename|renameSync|cp|move|mv'

/**
 * A folder made for a file the function writes (as the target of a write, copy or move) further down:
 * `mkdir(dir)` then a write to `join(dir, name)` or `${dir}/…`, or `mkdir(path.dirname(dest))` then a
 * write to `dest`. The write is the sink and is reported there; a folder nothing is written into is a finding itself.
 */
function madeForLaterWrite(ev: CallEvent, m: MatchContext): boolean {
  const arg = ev.argNodes[0]
  const callee = arg?.type === 'call_expression' ? field(arg, 'function') : undefined
  const dirnameOf = callee && /^(path\.)?(posix\.)?dirname$/.test(m.text(callee)) ? namedChildren(field(arg!, 'arguments')!)[0] : undefined
  const named = dirnameOf ?? arg
  const after = named?.type === 'identifier' ? laterInFunction(ev, m) : undefined
  if (after === undefined) return false
  const name = m.text(named!).replace(/\$/g, '\\$')
  const target = dirnameOf ? `(?:[^,()]+,\\s*)?${name}\\b` : `(?:[^,()]+,\\s*)?(?:\\w+\\.)?(?:join|resolve)\\(\\s*${name}\\s*,|\`\\$\\{${name}\\}\\/`
  return new RegExp(`\\b(${WRITER})\\(\\s*(?:${target})`).test(after)
}

const FS_PROBE = /^fs\.(promises\.)?(access|accessSync|stat|statSync|lstat|lstatSync|exists|existsSync)$|^fs-extra\.(pathExists|pathExistsSync|exists|existsSync|stat)$/
/** A hunk without its imports: the names only `fs` exports, called bare and bound nowhere in sight. */
const BARE_FS = /^(readFile|readFileSync|writeFile|writeFileSync|appendFile|appendFileSync|createReadStream|createWriteStream|unlink|unlinkSync|readdir|readdirSync|rmSync|copyFile|copyFileSync)$/

const SHELLJS_FS = /^(shelljs|shell)\.(cat|head|tail|rm|cp|mv|ls|touch|mkdir|sed|grep|chmod|ln)$/
/** @effect/platform's FileSystem service (`const fs = yield* FileSystem.FileSystem`): the path comes first. */
const EFFECT_FS = /^@effect\/platform\.FileSystem\.(readFile|readFileString|writeFile|writeFileString|remove|copy|copyFile|rename|stat|readDirectory|makeDirectory|open|truncate|readLink|realPath|symlink|link|stream|sink)$/
/** Deno's file system API and Bun's file handles (`Deno.readTextFile(path)`, `Bun.file(path)`, `Bun.write(path, data)`): the path comes first. */
const RUNTIME_FS = /^Deno\.(readTextFile|readFile|writeTextFile|writeFile|open|create|remove|readDir|copyFile|rename|mkdir|truncate|readLink|realPath|stat|lstat|chmod|symlink|link)(Sync)?$|^Bun\.(file|write)$/

const IMAGE_OPEN = /^(sharp|sharp\.default|gm|gm\.default|jimp\.read|jimp\.Jimp\.read|Jimp\.read|jimp\.default\.read)$/
const ARCHIVER = /\brequire\(\s*['"]archiver['"]\s*\)|\bfrom\s+['"]archiver['"]/

/** An attachment list the client sent whole (`attachments: req.body.attachments`), or an entry whose `path` is the client's. */
function mailAttachmentPath(list: Value | undefined): Value | undefined {
  if (!list) return undefined
  if (!list.elements && !list.fields) return list
  return list.elements?.map((e) => e.fields?.get('path')).find((p) => p && serverTaint(p) && isTainted(p, 'path'))
}

const pathTraversal = scoped({ kinds: ['call'], needles: ['sharp', 'gm', 'read', 'directory', 'sendMail', 'shelljs', 'extractEntryTo', 'readFile', 'ReadStream', 'WriteStream', 'writeFile', 'appendFile', 'unlink', 'rm', 'readdir', 'open', 'copyFile', 'rename', 'access', 'stat', 'exists', 'Exists', 'readlink', 'mkdir', 'cp', 'fs-extra', 'sendFile', 'serveFile', 'download', 'attachment', 'backup', 'file', 'render', 'koa-send', 'Deno', 'Bun', 'mv'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  let v: Value | undefined
  // An existence or metadata probe (`if (!fs.existsSync(file)) return 404`) before a read of the same path: the read is the sink.
  if (FS_PROBE.test(q) && readLater(ev, m)) return cleared('js/path-traversal', ev, m)
  // `await mkdir(dir, { recursive: true })` and then `writeFile(join(dir, name), …)`: the folder is made for the write, which is the sink.
  if (MKDIR.test(q) && madeForLaterWrite(ev, m)) return cleared('js/path-traversal', ev, m)
  if (FS.test(q) || RUNTIME_FS.test(q) || EFFECT_FS.test(q) || (!ev.receiver && BARE_FS.test(q))) {
    // `rename(from, to)`, `copyFile(src, dest)`: the destination is a path too, and the one a client usually names.
    v = /(rename|copyFile|cp|symlink|link)(Sync)?$/.test(q) && serverTaint(ev.args[1]) ? ev.args[1] : ev.args[0]
  }
  // shelljs's file commands (`shell.cat(file)`, `shell.rm('-rf', dir)`, `shell.tail({ '-n': 50 }, file)`): every argument but the
  // option string or object is a path; `sed`, `grep` and `chmod` take theirs last, after a pattern or a mode.
  else if (SHELLJS_FS.test(q)) {
    const paths = /\.(sed|grep|chmod)$/.test(q) ? ev.args.slice(-1) : ev.args.filter((a, i) => ev.argNodes[i]?.type !== 'object' && !/^-/.test(a?.str ?? ''))
    v = paths.find((a) => serverTaint(a) && isTainted(a, 'path')) ?? paths[0]
  }
  // adm-zip's `extractEntryTo(entry, target)` writes to the folder it is given: one joined from an entry's name is zip slip.
  else if (ev.receiver && ev.name === 'extractEntryTo') v = ev.args[1]
  // @fastify/static's `reply.sendFile(name)` and `reply.download(name)` serve under the plugin's `root` and refuse names that climb
  // out of it; only a root path handed to the call itself (`reply.sendFile(name, dir)`) can point elsewhere.
  else if (ev.receiverText === 'reply' && /^(sendFile|download)$/.test(ev.name)) {
    const root = ev.name === 'sendFile' && ev.argNodes[1]?.type !== 'object' ? ev.args[1] : undefined
    if (!root || !serverTaint(root)) return cleared('js/path-traversal', ev, m)
    v = root
  }
  // `res.attachment(name)` and Koa's `ctx.attachment(name)` only name the download in a header; the file read is elsewhere.
  else if (ev.receiver && /^(sendFile|download)$/.test(ev.name) && !confiningRoot(optionsRoot(ev))) v = ev.args[0]
  // Deno's `serveFile(req, path)` (@std/http's file server) sends whatever file the path names; `serveDir` confines to its `fsRoot`.
  else if (/(^|[/:])(@std\/http(\/file-server)?|http\/file_server\.ts)\.serveFile$/.test(q)) v = ev.args[1]
  // better-sqlite3's and sqlite3's `db.backup(destination)` write a copy of the database to the file they are given.
  else if (ev.receiver && ev.name === 'backup' && (/^(better-sqlite3|sqlite3)\b/.test(ev.receiver.qname ?? '') || /(^|\.)(db|database|sqlite|\w*Db)$/.test(ev.receiverText ?? ''))) v = ev.args[0]
  // AdonisJS's `response.attachment(filePath, name)` streams the file at `filePath` (Express's `res.attachment` only names one).
  else if (ev.receiverText === 'response' && ev.name === 'attachment' && fileMatches(ev.node, m, ADONIS)) v = ev.args[0]
  // koa-send serves files under its `root` option, and the filesystem's root confines nothing (`send(ctx, ctx.query.path, { root: '/' })`).
  else if (q === 'koa-send' && !confiningRoot(ev.args[2]?.fields?.get('root'))) v = ev.args[1]
  // Total.js's `$.file(path)` sends the file at the path it is given.
  else if (ev.receiverText === '$' && ev.name === 'file' && fileMatches(ev.node, m, TOTALJS_ROUTES)) v = ev.args[0]
  // Hapi's `h.file(path)` (@hapi/inert) serves any path it is given unless `confine` is set on the route.
  else if (ev.receiver && ev.name === 'file' && ev.receiverText === 'h') v = ev.args[0]
  // `res.render(req.query.page)`: the view name is a path under the views folder, `../` leaves it.
  else if (ev.receiver && ev.name === 'render' && RESPONSE.test(ev.receiverText ?? '') && (ev.fn.handler || respondsForCaller(ev, m))) v = ev.args[0]
  // Image libraries open the file a string names (`sharp(path.join(UPLOADS, name))`, `gm(file)`, `Jimp.read(file)`).
  // Their input may also be the bytes themselves (`sharp(file.buffer)`, `sharp(await res.arrayBuffer())`), which name no file.
  else if (IMAGE_OPEN.test(q) && ev.argNodes[0] && !/buffer|\bbuf\b|\bbytes\b|\.data\b|stream/i.test(m.text(ev.argNodes[0]))) v = ev.args[0]
  // archiver's `archive.file(path, { name })` and `archive.directory(dir)` pack whatever file or folder they are given.
  else if (ev.receiver && /^(file|directory)$/.test(ev.name) && ev.args.length <= 2 && fileMatches(ev.node, m, ARCHIVER)) v = ev.args[0]
  // nodemailer reads each attachment's `path` (a file on the server, or a URL) into the message.
  else if (ev.receiver && ev.name === 'sendMail') v = mailAttachmentPath(ev.args[0]?.fields?.get('attachments'))
  // express-fileupload's `file.mv(dest)` writes the upload wherever `dest` points, and `file.name` is the name the client sent.
  else if (ev.receiver && ev.name === 'mv' && ev.receiver.taint && /(^|\.)files(\[[^\]]*\])?$/.test(ev.receiver.taint.source)) v = ev.args[0]
  if (v && (isInert(v) || (serverTaint(v) && !isTainted(v, 'path')))) return cleared('js/path-traversal', ev, m)
  if (!v || !serverTaint(v) || !isTainted(v, 'path')) return undefined
  return finding('js/path-traversal', ev, m, `\`${callText(ev.node, m)}\` uses ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))} as a file path: \`../\` in it reaches files outside the intended directory`, 'Resolve it and check containment: `const p = path.resolve(BASE, name); if (!p.startsWith(BASE + path.sep)) return res.sendStatus(400)`; or `res.sendFile(name, { root: BASE })`.', [v])
})

/** An AdonisJS module: its IoC `use('Helpers')` (v4), or an `@adonisjs/…` import. */
const ADONIS = /\buse\(\s*['"](Database|Helpers|Logger|Route|Env|Drive|App\/[\w/]+)['"]\s*\)|['"]@adonisjs\//

/** A `root` option that keeps served files under a folder: any but none at all or the filesystem's own root. */
/**
 * The `root` of `res.sendFile(name, options, callback)` / `res.download(name, filename, options, callback)`: the options
 * object is not the last argument when a callback follows it.
 */
function optionsRoot(ev: CallEvent): Value | undefined {
  return ev.kwargs.get('root') ?? ev.args.slice(1).find((a) => a.fields?.has('root'))?.fields?.get('root')
}

function confiningRoot(root: Value | undefined): boolean {
  return root !== undefined && !(root.str !== undefined && /^[/\\]*$/.test(root.str))
}

/** `https://api.example.com/${x}` or `/orders/${id}`: the client picks a path, not the host. */
function hostFixed(v: Value): boolean {
  const prefix = v.built?.prefix ?? ''
  return /^(https?:)?\/\/[^/]+\//i.test(prefix) || /^\/[^/\\]/.test(prefix)
}

/**
 * `router.replace(\`?${params}\`)`, `location.assign('#' + id)`, `res.redirect('?page=' + page)`: a target written from a query
 * string or a fragment resolves against the current page's own URL, so the browser stays on that page.
 */
function samePage(v: Value): boolean {
  return /^[?#]/.test(v.built?.prefix ?? '') || afterQueryOrFragment(v)
}

/**
 * `${config.appUrl}/settings#${section}`, `ADMIN_URL + '#/' + rest`: the request's text comes after a `?` or `#` the code wrote,
 * so it only fills the query or the fragment; where the browser goes is up to the parts before it, none of them the request's.
 */
function afterQueryOrFragment(v: Value): boolean {
  return /[?#]/.test(v.built?.beforeTaint ?? '')
}

/**
 * `relative_path + '/user/' + slug`, `${env.BASE_PATH ?? ''}/w/${rest}`: a path segment the code wrote (a slash, a name, a slash)
 * comes before the request's text, so whatever the configured parts before it are, the host is decided by then and the
 * request only picks a path under that segment. A lone slash (`base + '/' + to`) or a scheme's `//` decides nothing.
 */
function underPathSegment(v: Value): boolean {
  return /\/[^/\\?#:]+\//.test(v.built?.beforeTaint ?? '')
}

/** A configured origin (`process.env.API_URL`, `c.env.UPSTREAM`, `API_BASE`, `this.config.baseUrl`) that names the host. */
const CONFIG_ORIGIN = /^(process\.env\.\w+|(\w+\.)*env\.\w+|[A-Z][A-Z0-9_]+|(this\.)?(\w+\.)*(config|settings|options|cfg)\.\w+|(this\.)?\w*(Url|URL|Base|BASE|Origin|ORIGIN|Host|HOST|Endpoint)\w*)$/
const REQUEST_TEXT = /\b(req|request|ctx|query|params|body|input|searchParams|dto|\w+Dto|payload|formData|args)\b/

/**
 * `${c.env.UPSTREAM}/items/${id}` or `API_BASE + '/items/' + id`: the host is the configuration's, the client picks a path.
 * Asked of a URL already known to carry request data: when the head is its only non-constant part (`${this.baseUrl}/health`),
 * that data is in the head, whatever its name, as when a class keeps the URL a caller handed its constructor.
 */
function configuredHost(node: SNode, m: MatchContext, fn?: SNode): boolean {
  // `const upstream = \`${process.env.API}/items/${id}\``, then `got(upstream)`: the URL as every assignment built it.
  if (node.type === 'identifier') {
    const built = fn ? assignments(m.text(node), m.text(fn)).map((t) => t.trim().replace(/[;,]\s*$/, '')) : []
    return built.length > 0 && built.every((t) => configuredText(t, m, fn))
  }
  return (node.type === 'template_string' || node.type === 'binary_expression') && configuredText(m.text(node), m, fn)
}

function configuredText(text: string, m: MatchContext, fn?: SNode): boolean {
  const template = text.startsWith('`')
  // A parsed URL's `pathname` always starts with `/`, so after the origin it is a path too (`env.API_ORIGIN + url.pathname + url.search`).
  const head = template ? /^`\$\{\s*([^{}]+?)\s*\}(?:[/?#]|\$\{\s*[\w$]+\.pathname\s*\})/.exec(text)?.[1] : /^([\w.$]+)\s*\+\s*(?:[`'"][/?#]|[\w$]+\.pathname\b(?!\s*[.[(]))/.exec(text)?.[1]
  const headOnly = template ? (text.match(/\$\{/g) ?? []).length === 1 : /^[\w.$]+\s*\+\s*(['"])[^'"`]*\1$/.test(text.trim())
  return !!head && !headOnly && CONFIG_ORIGIN.test(head) && !REQUEST_TEXT.test(head) && !(fn && readFromRequest(head, m.text(fn)))
}

/**
 * A local named like a base URL that the handler itself read from the request (`const { instanceUrl } = req.body`,
 * `const apiBase = req.query.base as string`): the client's host, however configured its name sounds.
 */
function readFromRequest(name: string, fnText: string): boolean {
  if (!/^[\w$]+$/.test(name)) return false
  const n = name.replace(/\$/g, '\\$')
  const declared = new RegExp(`\\b(?:const|let|var)\\s+(?:\\{[^}]*\\b${n}\\b[^}]*\\}|${n})\\s*(?::[^=]+)?=\\s*([^;\\n]*)`).exec(fnText)
  return !!declared && /\b(req|request|ctx|body|query|params|searchParams|formData|payload|dto)\b/.test(declared[1]!)
}

const REDIRECT_HELPER = /^(next\/navigation|@remix-run\/[\w-]+|react-router(-dom)?|@sveltejs\/kit|@solidjs\/router)\.(redirect|permanentRedirect|redirectDocument)$/

const CURRENT_PATH = /^`?(\$\{\s*)?([\w$]+\.)*(asPath|pathname)\b/

const NEXT_ROUTER_IMPORT = /\bfrom\s+['"]next\/(router|navigation)['"]/

function importsNextRouter(ev: CallEvent, m: MatchContext): boolean {
  return fileMatches(ev.node, m, NEXT_ROUTER_IMPORT)
}

const OWN_HOST = /https?:\/\/['"`]?\s*(\+\s*|\$\{\s*)(req|request|ctx|ctx\.request)\.(hostname|host|headers\.host|headers\[['"]host['"]\]|get\(\s*['"]host['"]\s*\))/i

/** The request's own URL: `new URL(request.url)`, `new URL(req.url, …)`, Next.js's `req.nextUrl`, Hono's `c.req.url`. */
const REQUEST_URL = /^(?:new\s+URL\(\s*(?:req|request|c\.req|ctx\.request|context\.request|event\.request)\.url\b[^)]*\)|(?:req|request)\.nextUrl(?:\.clone\(\))?)$/
/** `${X.origin}/…` or `X.origin + '/…'` at the start of a redirect target: the X it reads the origin of. */
const ORIGIN_HEAD = /(?:`\$\{\s*([\w$.]+(?:\([^()]*\))?)\.origin\s*\}\/|\(\s*([\w$.]+)\.origin\s*\+\s*['"`]\/)/

/** Whether a redirect's target starts with the origin of the request being handled, then a path. */
function requestOrigin(call: string, fnText: string): boolean {
  const head = ORIGIN_HEAD.exec(call)
  const owner = head?.[1] ?? head?.[2]
  if (!owner) return false
  if (REQUEST_URL.test(owner)) return true
  const made = /^[A-Za-z_$][\w$]*$/.test(owner) ? assignments(owner, fnText).map((t) => t.trim().replace(/[;,]\s*$/, '')) : []
  return made.length > 0 && made.every((t) => REQUEST_URL.test(t))
}

const OWN_ORIGIN = /(\$\{\s*((window\.|document\.|self\.)?location\.origin|(window|self)\.origin)\s*\}|(window\.|document\.|self\.)?location\.origin\s*\+\s*['"`])\//

const UNBOUND_REDIRECT = /^(redirect|permanentRedirect|redirectDocument)$/

/** The status may come first (`res.redirect(301, url)`) or last (Hono's `c.redirect(url, 302)`). */
function redirectTarget(ev: CallEvent): Value | undefined {
  return ev.args.find((_, i) => ev.argNodes[i]?.type !== 'number')
}

/** A method whose own decorators include NestJS's `@Redirect()`. */
function nestRedirect(fn: SNode, m: MatchContext): boolean {
  return fn.type === 'method_definition' && memberDecorators(fn).some((d) => /^@Redirect\b/.test(m.text(d)))
}

/** FoalTS's `@ValidateQueryParam('next', { type: 'string', pattern: '…' })`: Foal answers 400 before the method runs unless the value matches. */
const FOAL_QUERY_CHECK = /^@ValidateQueryParam\(\s*['"]([\w$]+)['"]\s*,\s*\{[^}]*\bpattern\s*:\s*(['"])(.*?)\2/
/** A pattern anchored at both ends whose match opens with one `/` and then a character that cannot be `/` or `\`: a path of this site. */
const LOCAL_PATH_PATTERN = /^\^\\?\/(\[[^\]/\\]+\](\+|\{1,)|[\w-])[^|]*\$$/

/**
 * A redirect to a query parameter the method's own `@ValidateQueryParam` pins to a local path
 * (`pattern: '^/[a-z0-9-]+(/[a-z0-9-]+)*$'`): no other value reaches the method.
 */
function foalLocalPath(ev: CallEvent, m: MatchContext): boolean {
  const fn = ev.fn.node
  const arg = ev.argNodes[0]
  if (fn?.type !== 'method_definition' || !arg) return false
  const read = /(?:^|\.)query\.([\w$]+)(?:\s*\?\?\s*(['"])\/\2)?$/.exec(m.text(arg).trim())
  if (!read) return false
  return memberDecorators(fn).some((d) => {
    const check = FOAL_QUERY_CHECK.exec(m.text(d))
    return check !== null && check[1] === read[1] && LOCAL_PATH_PATTERN.test(check[3]!)
  })
}

/** The decorators of a class member: its siblings just before it, and any it holds itself. */
function memberDecorators(fn: SNode): SNode[] {
  const own: SNode[] = []
  for (let i = fn.parent!.children.indexOf(fn) - 1; i >= 0 && fn.parent!.children[i]!.type === 'decorator'; i--) own.push(fn.parent!.children[i]!)
  for (const c of fn.children) if (c.type === 'decorator') own.push(c)
  return own
}

/**
 * Auth.js's (NextAuth's) redirect callback, called as `callbacks.redirect({ url, baseUrl })`: it answers with where to go,
 * and its job is to keep `url` on `baseUrl` (the default allows only the site's own origin), so the call is the check, not
 * the redirect. No server framework's `redirect()` takes its location inside an object with a `baseUrl`.
 */
function redirectCallback(ev: CallEvent, m: MatchContext): boolean {
  const arg = ev.argNodes[0]
  return arg?.type === 'object' && /(^|[{,\s])baseUrl\s*[:,}]/.test(m.text(arg))
}

/**
 * `$(location.hash)`: the whole fragment, which starts with `#` whenever it is not empty. jQuery (since 1.9) reads a
 * string as markup only when it starts with `<`, so this is a selector (`#section-2`); the fragment cut past its `#`
 * (`location.hash.slice(1)`) can start with `<` and stays reported.
 */
const WHOLE_HASH = /^(?:(?:window|self|document)\.)?location\.hash$/
function wholeHash(ev: CallEvent, m: MatchContext): boolean {
  const arg = ev.argNodes[0]
  if (!arg) return false
  const text = m.text(arg).trim().replace(/^decodeURI(?:Component)?\(\s*(.*?)\s*\)$/, '$1')
  if (WHOLE_HASH.test(text)) return true
  if (!/^[A-Za-z_$][\w$]*$/.test(text)) return false
  const fn = ev.fn.node ?? rootOf(ev.node)
  const made = assignments(text, m.text(fn)).map((t) => t.trim().replace(/[;,]\s*$/, '').replace(/^decodeURI(?:Component)?\(\s*(.*?)\s*\)$/, '$1'))
  return made.length > 0 && made.every((t) => WHOLE_HASH.test(t))
}

const openRedirect = scoped({ kinds: ['call', 'store', 'return'], needles: ['redirect', 'Redirect', 'ocation', 'OCATION', 'open', 'push', 'replace', 'toPath'] }, (ev, m) => {
  if (m.isTest) return undefined
  let v: Value | undefined
  let where = ''
  if (ev.kind === 'call') {
    const q = ev.qname ?? ''
    if (ev.receiver && ev.name === 'redirect' && !/^(router|navigate)$/.test(ev.receiverText ?? '')) v = redirectCallback(ev, m) ? undefined : redirectTarget(ev)
    else if (q === 'next/server.NextResponse.redirect' || q === 'NextResponse.redirect') v = ev.args[0]
    // TanStack Router and Start: `throw redirect({ href })` leaves for any URL (`to` names a route of the app).
    else if (!ev.receiver && /^@tanstack\/(react|solid|vue)-(router|start)\.redirect$/.test(q)) v = ev.args[0]?.fields?.get('href')
    // Next.js server actions and route handlers, Remix loaders, SvelteKit, SolidStart: `redirect(url)` throws a redirect response.
    // A bare `redirect(url)` bound nowhere in view: a hunk whose framework import is above it (no global of that name exists).
    else if (!ev.receiver && (REDIRECT_HELPER.test(q) || UNBOUND_REDIRECT.test(q))) v = redirectTarget(ev)
    // Astro's and Elysia's handlers get `redirect` in their context (`async ({ request, redirect }) => redirect(next, 303)`).
    else if (!ev.receiver && !ev.qname && ev.name === 'redirect' && ev.fn.handler) v = redirectTarget(ev)
    // AdonisJS 5 and 6: `response.redirect().toPath(url)` (after `.withQs()` or `.status()` as well); `toRoute` names a route.
    else if (ev.receiver && ev.name === 'toPath' && /(^|\.)redirect\(\s*\)(\s*\.\s*\w+\([^()]*\))*$/.test(ev.receiverText ?? '')) v = ev.args[0]
    // FoalTS: a controller answers with `new HttpResponseRedirect(url)` (or `HttpResponseMovedPermanently`).
    else if (ev.isNew && /^@foal\/core\.HttpResponse(Redirect|MovedPermanently)$/.test(q)) v = foalLocalPath(ev, m) ? undefined : ev.args[0]
    // Egg.js's `ctx.unsafeRedirect(url)`: the redirect its security plugin leaves unchecked by name.
    else if (ev.receiver && ev.name === 'unsafeRedirect') v = ev.args[0]
    // h3/Nuxt's `sendRedirect(event, url, code)`.
    else if (!ev.receiver && /^(h3\.)?sendRedirect$/.test(q)) v = ev.args[1]
    else if (/^(location|window\.location|document\.location)\.(assign|replace)$/.test(q) || q === 'window.open') v = ev.args[0]
    // Next.js's `router.push(url)` leaves the site for an absolute URL (React Router's and Vue Router's stay in the app).
    // A URL object names its target by `pathname`; one that starts from the current path (`router.asPath`) stays on the site.
    else if (ev.receiver && /^(push|replace)$/.test(ev.name) && /(^|\.)router$/i.test(ev.receiverText ?? '') && importsNextRouter(ev, m)) {
      const arg = ev.argNodes[0]
      v = arg?.type === 'object' ? ev.args[0]?.fields?.get('pathname') : arg && CURRENT_PATH.test(m.text(arg)) ? undefined : ev.args[0]
    }
    else if (ev.receiver && /^(setHeader|set|header|location)$/.test(ev.name) && (ev.name === 'location' || /^location$/i.test(ev.args[0]?.str ?? ''))) v = ev.name === 'location' ? ev.args[0] : ev.args[1]
    else if (ev.receiver && ev.name === 'writeHead') v = ev.kwargs.get('Location') ?? ev.kwargs.get('location')
    // Quoting the call costs a slice and a snippet: only a call that redirects is quoted.
    if (v) where = `\`${callText(ev.node, m)}\``
  } else if (ev.kind === 'store' && ((ev.key === 'href' && /^(location|window\.location|document\.location)$/.test(ev.objectQname ?? '')) || (ev.key === 'location' && /^(window|document)$/.test(ev.objectText)))) {
    v = ev.value
    where = `\`${ev.objectText}.${ev.key} = …\``
  } else if (ev.kind === 'store' && ev.key === 'res' && ev.objectText === 'context' && ev.value.fields?.get('headers')?.fields) {
    // Azure Functions' v3 handlers answer with what they put in `context.res`: `{ status: 302, headers: { Location: next } }`.
    const headers = ev.value.fields.get('headers')!.fields!
    v = headers.get('Location') ?? headers.get('location')
    where = '`context.res = …`'
  } else if (ev.kind === 'store' && ev.key === '$location' && /(^|\.)meta$/.test(ev.objectText)) {
    // moleculer-web: an action's `ctx.meta.$location` is the Location header of the response it answers with.
    v = ev.value
    where = `\`${ev.objectText}.$location = …\``
  } else if (ev.kind === 'store' && ev.key === 'redirect' && ev.objectText === 'set' && ev.fn.handler) {
    // Elysia's handler context: `set.redirect = url` answers with a redirect to it.
    v = ev.value
    where = '`set.redirect = …`'
  } else if (ev.kind === 'return' && ev.fn.handler && ev.fn.node && nestRedirect(ev.fn.node, m)) {
    // A NestJS route decorated `@Redirect()` redirects to the `url` of what it returns.
    v = ev.value.fields?.get('url')
    where = `\`return ${snippet(m.text(ev.valueNode), 40)}\` from a \`@Redirect()\` route`
  } else if (ev.kind === 'return' && ev.valueNode.type === 'object' && (ev.value.fields?.has('statusCode') || (ev.value.fields?.has('status') && ev.value.fields.has('headers'))) && (ev.fn.handler || ev.value.fields?.get('headers')?.fields)) {
    // A serverless function's result (`{ statusCode: 302, headers: { Location: next } }`: AWS Lambda, Netlify Functions;
    // `{ status: 302, headers: { Location: next } }`: Azure Functions' HttpResponseInit).
    const headers = ev.value.fields.get('headers')?.fields
    v = headers?.get('Location') ?? headers?.get('location')
    where = `\`return ${snippet(m.text(ev.valueNode), 40)}\``
  }
  if (!v || !isTainted(v, 'url') || hostFixed(v) || samePage(v) || underPathSegment(v)) return undefined
  // `https://${req.hostname}${req.originalUrl}` (an HTTPS upgrade): the request's own host, which the browser sent for this site.
  if (ev.kind === 'call' && /^https?:\/\/$/i.test(v.built?.prefix ?? '') && OWN_HOST.test(m.text(ev.node))) return undefined
  // `${location.origin}/p/${id}`: the page's own origin, then a path.
  if (v.built && OWN_ORIGIN.test(m.text(ev.kind === 'call' ? ev.node : ev.stmt))) return undefined
  // `${url.origin}/home` with `const url = new URL(request.url)`, `${req.nextUrl.origin}/login`: the origin this request
  // came to, which is this site's, then a path.
  if (v.built && requestOrigin(m.text(ev.kind === 'call' ? ev.node : ev.stmt), ev.fn.node ? m.text(ev.fn.node) : '')) return undefined
  return finding('js/open-redirect', ev, m, `${where} redirects to ${describeFlow(v, '', m.row(ev.stmt))}: a link to your site can forward users to a phishing page`, 'Redirect only to paths on your own site (check `new URL(target, base).origin === base.origin` or an allow-list), else to a fixed page.', [v], 'major')
})

/** Vue's calls that take a component's options, whose `template` string Vue compiles (the CDN build's global `Vue`, or the module). */
const VUE_OPTIONS = /^(?:vue(?:\.default)?|Vue)(?:\.(component|extend|createApp|defineComponent))?$/

/** The `template` of the options a Vue call is handed: `Vue.component` takes the component's name first. */
function vueTemplate(ev: CallEvent): Value | undefined {
  return ev.args[VUE_OPTIONS.exec(ev.qname ?? '')?.[1] === 'component' ? 1 : 0]?.fields?.get('template')
}
const DOM_HTML_PROPS = /^(innerHTML|outerHTML|srcdoc)$/
/** Documents that are no page: a renderer's `createDocument()`, jsdom, linkedom's `parseHTML`, an inert parse (as js/xss-sink's line reading). */
const INERT_DOCUMENT = /\bcreate(?:HTML)?Document\b|\bparseFromString\s*\(|\bnew\s+JSDOM\b|\bparseHTML\s*\(/

/**
 * `element.innerHTML = html` in `function emailTemplate(node, document)` with `const element = document.createElement('div')`,
 * in a module whose every binding of that name is a document made server-side (`const document = options.createDocument()`):
 * the helper writes into the document its caller made, which is no page; the page that later shows the result is where
 * markup would be judged, as the line reading of js/xss-sink holds for the renderer that made it.
 */
function serverDocumentElement(ev: StoreEvent, m: MatchContext): boolean {
  const fn = ev.fn.node
  const params = fn ? field(fn, 'parameters') : undefined
  if (!fn || !params || !/^[\w$]+$/.test(ev.objectText)) return false
  const element = ev.objectText.replace(/\$/g, '\\$')
  const made = new RegExp(`(?<![\\w$.])${element}\\s*=\\s*([\\w$]+)\\.createElement\\s*\\(`).exec(m.text(fn))?.[1]
  if (!made || !namedChildren(params).some((p) => m.text(p) === made)) return false
  const doc = made.replace(/\$/g, '\\$')
  const bindings = [...m.text(rootOf(ev.node)).matchAll(new RegExp(`\\b(?:const|let|var)\\s+${doc}\\s*=\\s*([^\\n;]*)`, 'g'))].map((b) => b[1]!)
  return bindings.length > 0 && bindings.every((rhs) => INERT_DOCUMENT.test(rhs))
}

/** Whether a line of `scope` tests `name` against a web scheme or its URL's protocol. */
function schemeChecked(name: string, scope: string): boolean {
  const n = name.replace(/\$/g, '\\$')
  return new RegExp(`(https?:|\\.protocol\\b)[^\\n]*(?<![\\w$.])${n}(?![\\w$])|(?<![\\w$.])${n}(?![\\w$])[^\\n]*(https?:|\\.protocol\\b)`).test(scope)
}
/** URL properties that run what they name, by the elements (made with `document.createElement`) that have them. */
const URL_PROP_ELEMENTS: Record<string, string> = { src: 'script|iframe|frame|embed', href: 'a|area', action: 'form', formAction: 'button|input' }
// A page's own element found by id or selector: only links and forms have an `href` or an `action` (an `<img>`'s `src` is harmless).
const LOOKED_UP = /^document\s*\.\s*(getElementById|querySelector)\s*\(\s*(['"`])[^'"`]*\2\s*\)$/

/** `el.href = …` where `el` is an element with that URL property: one the code made, or a link or form it looked up. */
function urlPropElement(objectText: string, key: string, node: SNode, m: MatchContext): boolean {
  if (key !== 'src' && LOOKED_UP.test(objectText)) return true
  if (!/^[\w$]+$/.test(objectText)) return false
  const name = objectText.replace(/\$/g, '\\$')
  if (fileMatches(node, m, new RegExp(`\\b${name}\\s*=\\s*document\\.createElement\\(\\s*['"\`](${URL_PROP_ELEMENTS[key]})['"\`]`))) return true
  return key !== 'src' && fileMatches(node, m, new RegExp(`\\b${name}\\s*=\\s*document\\.(getElementById|querySelector)\\(`))
}
/**
 * A link a member typed into their profile (`profile.website`, `user.homepage`): stored text nobody checked, so a
 * `javascript:` URL saved there runs in the browser of whoever follows the link. Fields named for any URL (`item.url`)
 * are left alone: most are the site's own.
 */
const USER_LINK_FIELD = /^(website|web_?site|homepage|home_?page|blog_?url|personal_?(url|site|website)|profile_?url)$/i
function userLink(node: SNode | undefined, m: MatchContext): boolean {
  // `member.homepage ?? '#'`: the fallback is only taken when no link was saved.
  while (node?.type === 'parenthesized_expression' || node?.type === 'non_null_expression' || (node?.type === 'binary_expression' && /^(\?\?|\|\|)$/.test(m.text(field(node, 'operator')!)))) {
    node = node.type === 'binary_expression' ? field(node, 'left') : namedChildren(node)[0]
  }
  const prop = node?.type === 'member_expression' ? field(node, 'property') : undefined
  return !!prop && USER_LINK_FIELD.test(m.text(prop))
}
function userLinkFinding(ev: FlowEvent, m: MatchContext, where: string, v: Value) {
  const text = m.text(ev.kind === 'store' || ev.kind === 'jsx-attr' ? ev.valueNode : (ev as CallEvent).argNodes[1]!)
  return finding('js/xss-sink', ev, m, `${where} links to \`${snippet(text, 40)}\`, a URL a user saved: a \`javascript:\` URL in it runs in the browser of whoever follows the link`, 'Accept only `https:` URLs (check `new URL(u).protocol`) before using it as a link, or render it as text.', [v], 'major')
}
/** `/^https?:$/.test(url.protocol) ? url.href : '#'`: a link kept only when its scheme passed a check. */
function schemeChosen(node: SNode | undefined, m: MatchContext): boolean {
  const test = node?.type === 'ternary_expression' ? field(node, 'condition') : undefined
  return !!test && /https?:|\.protocol\b/.test(m.text(test))
}
/** A link whose scheme the code chose (`ok ? url.href : '#'`) or checked in the function (`if (/^https:\/\//.test(u))`) cannot be `javascript:`. */
function linkSchemeKept(node: SNode | undefined, ev: FlowEvent, m: MatchContext): boolean {
  if (schemeChosen(node, m)) return true
  return !!node && /^(identifier|member_expression)$/.test(node.type) && !!ev.fn.node && schemeChecked(m.text(node), m.text(ev.fn.node))
}

/**
 * `{site && isHttpUrl(site) && <a href={site}>}`: JSX rendered only when a condition above it tested the link's scheme,
 * in the condition itself or through a helper of the file whose every return is such a test (or `false`).
 */
function schemeGuardedJsx(at: SNode, valueText: string, m: MatchContext): boolean {
  const text = (n: SNode) => m.text(n)
  const tested = (cond: SNode): boolean => {
    if (schemeChecked(valueText, text(cond))) return true
    const calls: SNode[] = []
    const visit = (n: SNode): void => {
      if (n.type === 'call_expression') calls.push(n)
      for (const c of namedChildren(n)) visit(c)
    }
    visit(cond)
    return calls.some((c) => {
      const callee = field(c, 'function')
      if (callee?.type !== 'identifier' || !namedChildren(field(c, 'arguments') ?? c).some((a) => text(a) === valueText)) return false
      const returns = jsHelperReturns(text(callee), c, text)
      return returns.length > 0 && returns.every((r) => r.type === 'false' || /\.protocol\b|['"`]https?:/.test(text(r)))
    })
  }
  for (let n: SNode = at, p = at.parent; p && !/^(function_declaration|function_expression|arrow_function|method_definition)$/.test(p.type); n = p, p = p.parent) {
    if (p.type === 'binary_expression' && n.field === 'right' && text(field(p, 'operator')!) === '&&' && tested(field(p, 'left')!)) return true
    if ((p.type === 'ternary_expression' || p.type === 'if_statement') && n.field === 'consequence' && tested(field(p, 'condition')!)) return true
  }
  return false
}
/** Escape hatches of auto-escaping HTML builders: Hono's `raw()`, lit's `unsafeHTML()`. */
const RAW_HTML = /^hono\/(html|utils\/html)\.raw$|^lit(-html)?\/directives\/unsafe-html(\.js)?\.unsafeHTML$|^lit\/directives\/unsafe-html\.js\.unsafeHTML$/
const JQUERY_HTML = /^(html|append|prepend|after|before|replaceWith|wrap)$/

// `this.response`: the response a LoopBack 4 controller is injected with (`@inject(RestBindings.Http.RESPONSE)`).
const RESPONSE = /^(res|response|reply|resp|ctx\.response|ctx\.res|this\.response)$/
/** Calls that configure a response and return it, so they chain: `res.status(400).type('html').send(…)`. */
// uWebSockets.js chains `res.writeStatus('200 OK').writeHeader('Content-Type', 'text/html').end(body)`.
const RESPONSE_BUILDERS = /^(status|type|contentType|set|header|code|append|vary|cookie|clearCookie|setHeader|headers|charset|links|location|writeStatus|writeHeader)$/

/**
 * The response a `send`/`write`/`end` call writes to, through chained builder calls, with the
 * content type the chain sets (`type('html')`, `header('Content-Type', 'text/html')`), if any.
 */
function responseChain(ev: CallEvent, m: MatchContext): { type: string | undefined } | undefined {
  const callee = field(ev.node, 'function')
  let obj = callee?.type === 'member_expression' ? field(callee, 'object') : undefined
  let type: string | undefined
  const str = (n: SNode | undefined) => (n?.type === 'string' ? m.text(n).slice(1, -1) : undefined)
  while (obj?.type === 'call_expression') {
    const fn = field(obj, 'function')
    const prop = fn?.type === 'member_expression' ? field(fn, 'property') : undefined
    if (!fn || !prop || !RESPONSE_BUILDERS.test(m.text(prop))) return undefined
    const args = namedChildren(field(obj, 'arguments') ?? obj)
    const name = m.text(prop)
    if (type === undefined && /^(type|contentType)$/.test(name)) type = str(args[0]) ?? ''
    else if (type === undefined && /^(set|header|setHeader|writeHeader)$/.test(name) && /^content-type$/i.test(str(args[0]) ?? '')) type = str(args[1]) ?? ''
    obj = field(fn, 'object')
  }
  if (!obj || !RESPONSE.test(m.text(obj))) return undefined
  // A type computed at run time (`type(ext)`) says nothing either way.
  return { type: type === '' ? undefined : type }
}

/** Response options whose `headers` (or, with `bare`, the headers object itself) declare an HTML body. */
function htmlHeaders(init: Value | undefined, bare = false): boolean {
  for (const [key, value] of (bare ? init?.fields : init?.fields?.get('headers')?.fields) ?? []) {
    // SVG is a document too: `<svg><script>` or an `onload=` in `image/svg+xml` runs when the URL is opened.
    if (/^content-type$/i.test(key) && /html|svg/i.test(value.str ?? '')) return true
  }
  return false
}

/** Content types a browser renders as a document that runs scripts: HTML, SVG, XML (whose XHTML-namespace `<script>` runs). */
const DOCUMENT_TYPE = /html|svg|xml/i

const DECLARED_HTML_RETURN = /\bctx\.meta\.\$responseType\s*=\s*['"`]text\/html\b|\bthis\.setHeader\(\s*['"`]content-type['"`]\s*,\s*['"`]text\/html\b/i
const xss = scoped({ kinds: ['store', 'jsx-attr', 'call', 'return'] }, (ev, m) => {
  if (m.isTest) return undefined
  let v: Value | undefined
  let where = ''
  let server = false
  let html = false
  let opaque = false
  let bodyRow: number | undefined
  // A VS Code webview's `html` (`panel.webview.html = …`) is the document the webview loads, with `acquireVsCodeApi()` to post
  // commands back to the extension: markup from a file of the opened folder runs as the page's own script.
  if (ev.kind === 'store' && DOM_HTML_PROPS.test(ev.key) && serverDocumentElement(ev, m)) return undefined
  if (ev.kind === 'store' && (DOM_HTML_PROPS.test(ev.key) || (ev.key === 'html' && /(^|\.)webview$/.test(ev.objectText)))) [v, where] = [ev.value, `\`${ev.objectText}.${ev.key} = …\``]
  // `script.src = params.get('widget')` on an element made as `document.createElement('script')`: the page runs whatever
  // script that URL serves (an iframe's `javascript:` URL runs too), as a link's `href` or a form's `action` runs a
  // `javascript:` URL when followed; a URL whose host and path the code wrote, or checked, does not.
  else if (ev.kind === 'store' && URL_PROP_ELEMENTS[ev.key] && (isTainted(ev.value, 'url') || (ev.key === 'href' && !ev.value.taint && !isInert(ev.value) && userLink(ev.valueNode, m))) && !hostFixed(ev.value) && !/^([a-z][a-z0-9+.-]*:|[#?.])/i.test(ev.value.built?.prefix ?? '') && urlPropElement(ev.objectText, ev.key, ev.node, m)) {
    const script = ev.key === 'src'
    if (!script && linkSchemeKept(ev.valueNode, ev, m)) return undefined
    if (!ev.value.taint) return userLinkFinding(ev, m, `\`${ev.objectText}.${ev.key} = …\``, ev.value)
    return finding('js/xss-sink', ev, m, `\`${ev.objectText}.${ev.key} = …\` ${script ? 'loads' : 'points the element at'} ${describeFlow(ev.value, '', m.row(ev.stmt))}${script ? ' into a script or frame element' : ''}: ${script ? "a link can make the page run a script from any site (or a `javascript:` URL) with the visitor's session" : "a `javascript:` URL in it runs in the visitor's browser when it is followed"}`, script ? 'Load only scripts whose URL the code fixes (a map from a short name to a known URL), or check the parsed origin against an allow-list first.' : 'Accept only `https:` URLs (check `new URL(u).protocol`) or paths on your own site before using it.', [ev.value], 'critical')
  }

  // React's `<iframe srcDoc={…}>` is the frame's whole document.
  else if (ev.kind === 'jsx-attr' && ev.name === 'srcDoc') [v, where] = [ev.value, '`srcDoc`']
  // react-native-webview's `<WebView source={{ html }}>` loads the markup as the page, scripts and all (`javaScriptEnabled` is its default).
  else if (ev.kind === 'jsx-attr' && ev.name === 'source' && /(^|\.)WebView$/.test(ev.element) && ev.value.fields?.has('html') && fileMatches(ev.valueNode, m, WEBVIEW_MODULE)) [v, where] = [ev.value.fields.get('html'), '`<WebView source={{ html }}>`']
  // `<a href={params.get('return_url')}>`: a `javascript:` URL from the query string runs when the link is followed.
  // `<a href={member.website}>`: React renders a saved `javascript:` URL as it does one from the query string.
  else if (ev.kind === 'jsx-attr' && ev.name === 'href' && !ev.value.taint && !isInert(ev.value) && !hostFixed(ev.value) && userLink(ev.valueNode, m)) {
    if (linkSchemeKept(ev.valueNode, ev, m) || schemeGuardedJsx(ev.stmt, m.text(ev.valueNode), m)) return undefined
    return userLinkFinding(ev, m, `\`<${ev.element} href>\``, ev.value)
  }
  else if (ev.kind === 'jsx-attr' && (/^(href|formAction)$/.test(ev.name) || (ev.name === 'src' && /^(iframe|embed)$/.test(ev.element))) && ev.value.taint && !hostFixed(ev.value)) {
    // A written scheme (`mailto:`, `https:`) or a relative start (`#`, `?`, `./`) leaves no room for `javascript:`.
    if (!/^([a-z][a-z0-9+.-]*:|[#?.])/i.test(ev.value.built?.prefix ?? '')) [v, where] = [ev.value, `\`<${ev.element} ${ev.name}>\``]
  }
  else if (ev.kind === 'jsx-attr' && ev.name === 'dangerouslySetInnerHTML') {
    v = ev.value.fields?.get('__html') ?? ev.value
    where = '`dangerouslySetInnerHTML`'
    // A `<style>` element's text is CSS: a theme's colours and sizes from the code's own configuration
    // (`:root { --brand: ${theme.brandColor} }`) make no markup; request data still can (it may close the element).
    if (ev.element === 'style' && v && !v.taint) return cleared('js/xss-sink', ev, m)
    // `{ __html: marked.parse(user.bio) }` kept in a variable: the line rule cannot see the field, so judge it here.
    opaque = !!v && ev.valueNode.type === 'identifier' && !!ev.value.fields?.has('__html') && !isInert(v) && !((v.safe ?? 0) & SAFE.html)
    // A sanitiser's output (`sanitizeHtml(marked.parse(note.body))` handed over by a loader): the line rule's guess is vetoed too.
    if (v && !v.taint && !v.built && !opaque) return (v.safe ?? 0) & SAFE.html ? cleared('js/xss-sink', ev, m) : undefined
    // An inline script filled from the deployment's configuration (`gtag('config', '${GA_ID}')`, `${JSON.stringify({ api: process.env.API_URL })}`).
    if (v && !v.taint && v.built && configuredScript(m.text(ev.valueNode))) return cleared('js/xss-sink', ev, m)
  } else if (ev.kind === 'call') {
    const q = ev.qname ?? ''
    if (/^document\.(write|writeln)$/.test(q)) [v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    else if (ev.receiver && ev.name === 'insertAdjacentHTML') [v, where] = [ev.args[1], `\`${callText(ev.node, m)}\``]
    // `el.setHTMLUnsafe(html)` (and a shadow root's): the HTML parsed into the element as written, declarative shadow roots included.
    else if (ev.receiver && ev.name === 'setHTMLUnsafe') [v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    // Cloudflare's HTMLRewriter (and lol-html): `el.setInnerContent(x, { html: true })` writes x into the page as markup.
    else if (ev.receiver && /^(setInnerContent|replace|append|prepend|before|after)$/.test(ev.name) && ev.argNodes[1] && /\bhtml\s*:\s*true\b/.test(m.text(ev.argNodes[1]))) [v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    // `a.setAttribute('href', q)`: a `javascript:` URL or an event handler attribute runs script; a URL whose host and path the code fixed does not.
    else if (ev.receiver && ev.name === 'setAttribute' && /^(href|src|action|formaction|srcdoc|xlink:href|on\w+)$/i.test(ev.args[0]?.str ?? '') && !(ev.args[1] && hostFixed(ev.args[1]))) {
      const link = /^(href|xlink:href)$/i.test(ev.args[0]!.str!)
      if (link && linkSchemeKept(ev.argNodes[1], ev, m)) return undefined
      ;[v, where] = [ev.args[1], `\`${callText(ev.node, m)}\``]
      // `a.setAttribute('href', member.website)`: a link the member saved, whose scheme nobody checked.
      if (link && v && !v.taint && !isInert(v) && !hostFixed(v) && userLink(ev.argNodes[1], m)) return userLinkFinding(ev, m, where, v)
    }
    else if (ev.receiver && JQUERY_HTML.test(ev.name) && /^\$|jQuery|^\$\w*/.test(ev.receiverText ?? '') && ev.args.length === 1) [v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    else if (RAW_HTML.test(q)) [v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    // Angular's `renderer.setProperty(el, 'innerHTML', x)`.
    else if (ev.receiver && ev.name === 'setProperty' && DOM_HTML_PROPS.test(ev.args[1]?.str ?? '')) [v, where] = [ev.args[2], `\`${callText(ev.node, m)}\``]
    // Render functions: Vue's `h('div', { innerHTML: x })` (Vue 2: `domProps`), React's `createElement('div', { dangerouslySetInnerHTML: { __html: x } })`.
    else if (/^(vue\.h|h|React\.createElement|react\.createElement|createElement|react\.default\.createElement)$/.test(q) && ev.args[1]?.fields && !ev.receiver?.taint) {
      const props = ev.args[1].fields
      const inner = props.get('innerHTML') ?? props.get('domProps')?.fields?.get('innerHTML') ?? props.get('dangerouslySetInnerHTML')?.fields?.get('__html')
      if (!inner) return undefined
      ;[v, where] = [inner, `\`${callText(ev.node, m)}\``]
    }
    // Vue compiles a component's `template` string in the browser (`new Vue({ template })`, `Vue.component(name, { template })`,
    // `createApp({ template })`): text from the URL spliced into it is markup, and its `{{ }}` expressions run as script.
    else if (VUE_OPTIONS.test(q) && vueTemplate(ev)?.taint) [v, where] = [vueTemplate(ev), `the \`template\` of \`${callText(ev.node, m)}\``]
    // `new Handlebars.SafeString(x)` tells the template engine not to escape x.
    else if (ev.isNew && /^(handlebars|Handlebars|hbs)\.SafeString$|(^|\.)handlebars\.SafeString$/.test(q)) [v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    else if (/bypassSecurityTrust(Html|Url|Script|ResourceUrl|Style)$/.test(ev.name)) {
      // A URL trusted with its scheme and host written out (`https://www.youtube.com/embed/${id}`) cannot turn into `javascript:` or another site.
      if (/Url$/.test(ev.name) && ev.args[0] && /^https:\/\/[^/]+\//i.test(ev.args[0].built?.prefix ?? '')) return cleared('js/xss-sink', ev, m)
      // So is one the code checked first (`if (url.startsWith('https://codepen.io/'))`, an allow-list): it names a site, not a script.
      if (/Url$/.test(ev.name) && ev.args[0] && ((ev.args[0].safe ?? 0) & SAFE.url) !== 0) return cleared('js/xss-sink', ev, m)
      ;[v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    }
    // restify's `res.sendRaw(200, body, { 'Content-Type': 'text/html' })` (and `res.send(code, body, headers)`): the body
    // follows the status code and is sent under the headers given.
    else if (ev.receiver && /^(send|sendRaw)$/.test(ev.name) && ev.fn.handler && ev.argNodes[0]?.type === 'number' && htmlHeaders(ev.args[2], true)) [v, where, server, html] = [ev.args[1], `\`${callText(ev.node, m)}\``, true, true]
    else if (ev.receiver && /^(send|write|end|sendRaw)$/.test(ev.name) && (ev.fn.handler || formatKey(ev.fn.node, m) !== undefined || respondsForCaller(ev, m))) {
      const chain = responseChain(ev, m)
      if (!chain) return undefined
      // `res.type('json').send(x)`, `reply.type('text/plain')`: the body is not parsed as HTML. An SVG or XML document
      // (`res.type('image/svg+xml')`) runs its scripts as a page does when its URL is opened.
      if (chain.type !== undefined && !DOCUMENT_TYPE.test(chain.type)) return undefined
      // Inside `res.format({ html: () => res.send(x) })` the callback's key is the Content-Type Express sets.
      const format = formatKey(ev.fn.node, m)
      if (format !== undefined && !/html/i.test(format)) return undefined
      // `res.setHeader('Content-Type', 'text/plain')` as a statement of its own, earlier in the handler.
      const declared = chain.type ?? format ?? (ev.fn.node ? typeSetBefore(ev.fn.node, ev.stmt, ev.receiverText ?? '', m) : undefined)
      // A script whose first characters the request wrote: a JSONP callback name taken as sent
      // (`res.type('application/javascript').send(`${req.query.callback}(${json})`)`) is code this site serves.
      if (declared !== undefined && /javascript|ecmascript/i.test(declared)) return jsonpCallback(ev, m)
      if (declared !== undefined && !DOCUMENT_TYPE.test(declared)) return undefined
      // An SVG or XML body counts when its markup is written with the request data in it, here or by a function of this
      // file; what a method of another object returns (`this.badges.svg(repo)`) is that generator's to escape.
      const generated = ev.argNodes[0]?.type === 'call_expression' && field(ev.argNodes[0], 'function')?.type === 'member_expression'
      if (declared !== undefined && !/html/i.test(declared) && generated && !ev.args[0]?.built) return undefined
      ;[v, where, server, html] = [ev.args[0], `\`${callText(ev.node, m)}\``, true, declared !== undefined]
    } else if (ev.receiver && ev.name === 'html' && (/^(c|ctx|context)$/.test(ev.receiverText ?? '') || (ev.receiverText === '$' && fileMatches(ev.node, m, TOTALJS_ROUTES)))) [v, where, server] = [ev.args[0], `\`${callText(ev.node, m)}\``, true]
    // hapi's `h.response(text)` is sent as `text/html` unless a `.type()` after it says otherwise.
    else if (ev.receiver && ev.name === 'response' && ev.receiverText === 'h' && ev.fn.handler && hapiHtml(ev, m)) [v, where, server] = [ev.args[0], `\`${callText(ev.node, m)}\``, true]
    // Hono's `c.body(html, 200, { 'Content-Type': 'text/html' })`.
    else if (ev.receiver && /^(body|newResponse)$/.test(ev.name) && /^(c|ctx|context)$/.test(ev.receiverText ?? '') && ev.args.slice(1).some((a) => htmlHeaders(a, true))) [v, where, server, html] = [ev.args[0], `\`${callText(ev.node, m)}\``, true, true]
    // `range.createContextualFragment(x)` parses x as HTML (and runs its scripts once inserted); jQuery's `$('<li>' + x + '</li>')` builds elements from markup.
    else if (ev.receiver && ev.name === 'createContextualFragment') [v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    else if (!ev.receiver && /^(\$|jQuery|jquery)$/.test(q) && /^\s*</.test(ev.args[0]?.built?.prefix ?? '')) [v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    // `$(location.hash.slice(1))`: jQuery builds elements from a string that reads as markup, so the whole argument from the URL is HTML.
    else if (!ev.receiver && /^(\$|jQuery|jquery)$/.test(q) && ev.args.length === 1 && ev.args[0]?.taint?.dom && !ev.args[0].built && !wholeHash(ev, m)) [v, where] = [ev.args[0], `\`${callText(ev.node, m)}\``]
    // jQuery's `.attr('href', x)`, as `setAttribute`: a `javascript:` URL or an event handler attribute runs script.
    else if (ev.receiver && /^(attr|prop)$/.test(ev.name) && /^\$|jQuery|^\$\w*/.test(ev.receiverText ?? '') && /^(href|src|action|formaction|srcdoc|on\w+)$/i.test(ev.args[0]?.str ?? '') && ev.args[1]?.taint && !hostFixed(ev.args[1])) [v, where] = [ev.args[1], `\`${callText(ev.node, m)}\``]
    // FoalTS sends a string body of `new HttpResponseOK(body)` (or another status's response) through Express's `res.send`, as `text/html`.
    else if (ev.isNew && /^@foal\/core\.HttpResponse(OK|Created|BadRequest|NotFound|Forbidden|Unauthorized|Conflict|InternalServerError)$/.test(q)) [v, where, server] = [ev.args[0], `\`${callText(ev.node, m)}\``, true]
    // The Fetch API's `new Response(body, { headers: { 'content-type': 'text/html' } })` (Workers, Next.js route handlers, Deno).
    else if (ev.isNew && /^((next\/server\.)?NextResponse|Response)$/.test(q) && htmlHeaders(ev.args[1])) [v, where, server, html] = [ev.args[0], `\`${callText(ev.node, m)}\``, true, true]
  }
  // Koa's `ctx.body = …` and Oak's `ctx.response.body = …`: both send a string that opens with a tag as `text/html`.
  else if (ev.kind === 'store' && ev.key === 'body' && /^(ctx|context)(\.response)?$/.test(ev.objectText) && (ev.fn.handler || respondsForCaller(ev, m))) [v, where, server] = [ev.value, `\`${ev.objectText}.body = …\``, true]
  else if (ev.kind === 'return' && ev.fn.handler && ev.fn.node) {
    // A NestJS controller's returned string is the response body, sent as `text/html` by the Express adapter.
    // A moleculer-web action that sets `ctx.meta.$responseType = 'text/html'`, and a tsoa controller method that calls
    // `this.setHeader('Content-Type', 'text/html')`, answer with what they return as that type.
    const route = nestRoute(ev.fn.node, m) ?? htmlReply(ev.fn.node, ev.stmt, m) ?? hapiHandler(ev.fn.node, m) ?? (DECLARED_HTML_RETURN.test(m.text(ev.fn.node)) ? { html: true } : undefined)
    if (route) [v, where, server, html] = [ev.value, `\`return ${snippet(m.text(ev.valueNode), 40)}\``, true, route.html]
    // A serverless function's result (`{ statusCode, headers: { 'Content-Type': 'text/html' }, body }`: AWS Lambda behind
    // API Gateway or a function URL, Netlify Functions): the body is the page the browser renders.
    else if (ev.valueNode.type === 'object' && ev.value.fields?.has('body') && htmlHeaders(ev.value)) {
      const pair = namedChildren(ev.valueNode).find((p) => p.type === 'pair' && /^['"]?body['"]?$/.test(m.text(field(p, 'key') ?? p)))
      ;[v, where, server, html] = [ev.value.fields.get('body'), '`body` of the HTML response', true, true]
      if (pair) bodyRow = m.row(pair)
    }
  }
  if (!v) return undefined
  // Proven harmless (a constant, a number, markup whose every part is escaped): the line rule's guess is vetoed too.
  if (isInert(v) || (v.built && !v.taint && !isBuiltUnsafe(v, 'html'))) return cleared('js/xss-sink', ev, m)
  if (server) {
    const argNode = ev.kind === 'call' ? ev.argNodes[0] : ev.kind === 'store' || ev.kind === 'return' ? ev.valueNode : undefined
    if (!serverTaint(v)) return argNode && !v.taint ? storedMarkdown(ev, m, argNode, v, where) : undefined
    if (!isTainted(v, 'html')) return undefined
    // `res.send(req.body)` echoes a parsed object, which Express sends as JSON; `res.send(req.query.q)` sends text as HTML.
    const direct = argNode !== undefined && /^(member_expression|subscript_expression)$/.test(argNode.type) && ev.kind === 'call' && !/^(req|request|ctx\.request)\.(body|query|params|headers|cookies)$/.test(m.text(argNode))
    // Express's `res.send(string)` declares `text/html` whatever the string holds: `Invalid value: ${req.query.v}` is markup to the browser.
    const expressText = ev.kind === 'call' && ev.name === 'send' && v.built !== undefined && /^(res|response)\b/.test(ev.receiverText ?? '')
    if (!(v.built && /<[a-z!/]/i.test(v.built.prefix)) && !direct && !html && !v.markup && !expressText) return undefined
    // `res.send(ejs.render(req.body.template))`, or its output kept in a variable and sent: the flaw is the template
    // injection, reported at the render call; sending what it rendered is not a second one.
    if (v.markup && (v.madeBy !== undefined || (argNode && renderedInPlace(argNode, m)))) return undefined
  } else if (!isTainted(v, 'html') && !isBuiltUnsafe(v, 'html') && !opaque) {
    // Request data that an HTML-safe encoder produced: the line rule's guess is vetoed too.
    return v.taint || ((v.safe ?? 0) & SAFE.html) !== 0 ? cleared('js/xss-sink', ev, m) : undefined
  }
  const f = finding('js/xss-sink', ev, m, `${where} renders ${describeFlow(v, '', m.row(ev.stmt)) || `\`${ev.kind === 'jsx-attr' ? m.text(ev.valueNode) : 'the value'}.__html\`, which nothing sanitised,`} as HTML: a \`<script>\` or \`onerror=\` in it runs in the visitor's browser`, server ? 'Escape it (`escape-html`) or render through a template engine that escapes; send text with `res.type("text/plain")`.' : 'Set `textContent` instead, or sanitise with `DOMPurify.sanitize()` first.', [v], v.taint ? 'critical' : 'major')
  return bodyRow === undefined ? f : atOrigin(f, bodyRow + 1)
})

/**
 * A JavaScript response that opens with request data: the client writes the start of a script served from this origin,
 * which any page of the site can load with `<script src>` (and a CSP that trusts the site lets run), so the callback
 * name of a JSONP answer must be checked against an identifier pattern (Express's `res.jsonp` does so itself).
 */
function jsonpCallback(ev: CallEvent, m: MatchContext): ReturnType<Matcher> {
  const v = ev.args[0]
  if (!v?.built || v.built.prefix.trim() !== '' || !serverTaint(v) || !isTainted(v, 'html')) return undefined
  return finding('js/xss-sink', ev, m, `\`${callText(ev.node, m)}\` serves a script that opens with ${describeFlow(v, '', m.row(ev.stmt))}: whoever writes the callback name writes code that runs with this site's origin wherever the script is loaded`, "Check the callback against an identifier pattern (`/^[A-Za-z_$][\\w$.]{0,63}$/`) or use Express's `res.jsonp()`, which does.", [v], 'critical')
}

/**
 * Markdown renderers that pass raw HTML through: marked and showdown always, markdown-it when the file turns its `html`
 * option on. Their argument is not a written string.
 */
const MARKDOWN_CALL = /\b(?:marked(?:\.parse|\.parseInline)?|\w*[cC]onverter\.makeHtml)\(\s*(?![\s'"`])|\b(?:md|markdown|mdit|markdownIt|markdownRenderer|mdRenderer)\.render\(\s*(?![\s'"`])/
const MARKDOWN_IT_HTML = /\bhtml\s*:\s*true\b/
const SANITISED_TEXT = /\b(DOMPurify|dompurify|sanitize\w*|sanitizeHtml|filterXSS|xss|escape\w*)\b/

/**
 * A server response that sends Markdown rendered from stored text (`marked.parse(page.body)` of a record read back)
 * with nothing sanitising it: raw HTML in the Markdown (`<img src=x onerror=…>`) runs in every visitor's browser.
 */
function storedMarkdown(ev: FlowEvent, m: MatchContext, node: SNode, v: Value, where: string): ReturnType<Matcher> {
  const text = m.text(node)
  const call = MARKDOWN_CALL.exec(text)
  if (!call || SANITISED_TEXT.test(text) || isInert(v)) return undefined
  if (/\.render\($/.test(call[0]) && !fileMatches(node, m, MARKDOWN_IT_HTML)) return undefined
  // Sent as HTML: markup around it, or Express's `res.send(string)`, or a response whose type says so.
  if (node.type === 'template_string' ? !/^`\s*</.test(text) : !(ev.kind === 'call' && ev.name === 'send' && /^(res|response)\b/.test(ev.receiverText ?? '')) && node.type !== 'call_expression') return undefined
  return finding('js/xss-sink', ev, m, `${where} sends Markdown rendered by \`${call[0].replace(/\(\s*$/, '')}()\` as HTML with nothing sanitising it: raw HTML in the stored Markdown (\`<img src=x onerror=…>\`) runs in every visitor's browser`, 'Sanitise the rendered HTML (`sanitizeHtml(marked.parse(text))`, DOMPurify with jsdom), or render Markdown with raw HTML turned off.', [v], 'major')
}

/** A configuration value: an ALL-CAPS constant, or an environment variable (`process.env.X`, `import.meta.env.X`). */
const CONFIG_REF = String.raw`(?:[A-Z][A-Z0-9_]*|(?:process|import\.meta)\.env\.\w+)`
/** A substitution made of configuration only: a value, or JSON of a value or of an object of them. */
const CONFIG_SUBSTITUTION = new RegExp(String.raw`^(?:${CONFIG_REF}|JSON\.stringify\(\s*(?:${CONFIG_REF}|\{(?:\s*\w+\s*:\s*(?:${CONFIG_REF}|'[^']*'|"[^"]*")\s*,?)*\s*\})\s*\))$`)

/** A template literal whose every `${…}` is configuration the deployment set, not data a visitor can write. */
function configuredScript(text: string): boolean {
  const parts = [...text.matchAll(/\$\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((p) => p[1]!.trim())
  return parts.length > 0 && parts.every((p) => CONFIG_SUBSTITUTION.test(p))
}

/** A template engine's render call written as the sent value itself (markdown renderers excepted: their output is the only flaw). */
function renderedInPlace(node: SNode, m: MatchContext): boolean {
  const callee = node.type === 'call_expression' ? field(node, 'function') : undefined
  if (callee?.type !== 'member_expression') return false
  const receiver = m.text(field(callee, 'object') ?? callee)
  // A template written in the code (`ejs.render('<p><%- note %></p>', data)`) is not injected: what it renders is the data.
  const template = namedChildren(field(node, 'arguments') ?? node)[0]
  if (template && (template.type === 'string' || (template.type === 'template_string' && !namedChildren(template).some((c) => c.type === 'template_substitution')))) return false
  return /^(render|renderString)$/.test(m.text(field(callee, 'property') ?? callee)) && !/^(md|markdown|mdit|markdownIt|markdownRenderer|mdRenderer)$/.test(receiver)
}

/** The content type a handler set on its response (`res.type('text')`, `res.setHeader('Content-Type', …)`) before this statement, if any. */
function typeSetBefore(fn: SNode, stmt: SNode, receiverText: string, m: MatchContext): string | undefined {
  const res = /^[\w$]+/.exec(receiverText)?.[0]
  if (!res || stmt.start <= fn.start) return undefined
  // A branch that returns or throws (`if (req.query.src) { res.type('image/webp').send(img); return }`) never runs before the
  // statement, so a type it sets is another response's.
  let before = m.text({ ...fn, end: stmt.start })
  for (const [start, end] of exitingBranches(fn, stmt)) before = before.slice(0, start - fn.start) + ' '.repeat(end - start) + before.slice(end - fn.start)
  const name = res.replace(/\$/g, '\\$')
  // Node's `res.writeHead(200, { 'Content-Type': 'text/html' })` names the type among the headers it writes; a helper's
  // `writeHead(status, { 'content-type': type })` sends whatever type its caller chose, which the call is judged by.
  const at = new RegExp(`\\b${name}\\s*\\.\\s*(?:type|contentType)\\(\\s*['"]([^'"]+)['"]|\\b${name}\\s*\\.\\s*(?:set|setHeader|header)\\(\\s*['"]content-type['"]\\s*,\\s*(?:['"]([^'"]+)['"]\\s*\\)|([^()]+)\\))|\\b${name}\\s*\\.\\s*writeHead\\([^{)]*\\{[^}]*?['"]?content-type['"]?\\s*:\\s*(?:['"]([^'"]+)['"]|([\\w$.]+))`, 'gi')
  let type: string | undefined
  for (let hit = at.exec(before); hit; hit = at.exec(before)) type = hit[1] ?? hit[2] ?? hit[4] ?? (hit[5] !== undefined ? '' : tabledType(hit[3]!, m.text(rootOf(fn))))
  return type
}

/** The ranges, before `stmt`, of `if` branches that end in `return` or `throw` and do not hold `stmt`. */
function exitingBranches(fn: SNode, stmt: SNode): [number, number][] {
  const out: [number, number][] = []
  const visit = (n: SNode): void => {
    if (n.start >= stmt.start) return
    if (n.type === 'statement_block' && (n.parent?.type === 'if_statement' || n.parent?.type === 'else_clause') && !(n.start <= stmt.start && stmt.end <= n.end)) {
      const last = namedChildren(n).filter((c) => c.type !== 'comment').at(-1)
      if (last && /^(return_statement|throw_statement)$/.test(last.type)) { out.push([n.start, Math.min(n.end, stmt.start)]); return }
    }
    for (const c of namedChildren(n)) visit(c)
  }
  visit(fn)
  return out
}

/**
 * The type a Content-Type expression picks from tables the file wrote: `TYPES[req.query.format] || 'application/octet-stream'`,
 * where `const TYPES = { csv: 'text/csv', pdf: 'application/pdf' }`. Every choice a table or a fallback offers is
 * written in the code, so the client picks among them and no further: the result is one of them when none is a
 * document a browser runs scripts in (any choice stands for all), and `text/html` when one is HTML, SVG or XML. Anything else is the client's or unknown: undefined.
 */
function tabledType(expr: string, file: string): string | undefined {
  const choices: string[] = []
  for (const part of expr.split(/\|\||\?\?/).map((p) => p.trim())) {
    const literal = /^['"]([^'"]+)['"]$/.exec(part)?.[1]
    if (literal) { choices.push(literal); continue }
    const table = /^([A-Za-z_$][\w$]*)\s*(\[[^\]]+\]|\.get\([^()]*\))$/.exec(part)?.[1]
    const body = table ? new RegExp(`\\bconst\\s+${table.replace(/\$/g, '\\$')}\\s*(?::[^=]+)?=\\s*(?:Object\\.freeze\\(\\s*)?\\{([^{}]*)\\}`).exec(file)?.[1] : undefined
    if (!body) return undefined
    const entries = body.split(/,\s*(?:\/\/[^\n]*)?\n?/).map((e) => e.trim()).filter((e) => e !== '')
    const values = entries.map((e) => /^(?:['"][^'"]*['"]|[\w$]+)\s*:\s*['"]([^'"]+)['"]$/.exec(e)?.[1])
    if (values.length === 0 || values.some((v) => v === undefined)) return undefined
    choices.push(...(values as string[]))
  }
  if (choices.length === 0) return undefined
  // An SVG or XML document runs its scripts as a page does.
  return choices.some((c) => /html|svg|xml/i.test(c)) ? 'text/html' : choices[0]
}

/** hapi's handler, `(request, h) => …`: a string it returns is the response body, sent as `text/html` (an object goes as JSON). */
function hapiHandler(fn: SNode, m: MatchContext): { html: boolean } | undefined {
  const params = field(fn, 'parameters')
  return params && /^\(\s*(request|req)\s*(:[^,]*)?,\s*h\s*(:[^)]*)?\)$/.test(m.text(params)) ? { html: false } : undefined
}

/** `h.response(x)` not followed by a `.type()` that names something other than HTML. */
function hapiHtml(ev: CallEvent, m: MatchContext): boolean {
  const after = m.text(ev.stmt).slice(ev.node.end - ev.stmt.start)
  const type = /^\s*(?:\.\s*\w+\([^)]*\)\s*)*?\.\s*type\(\s*['"]([^'"]+)['"]/.exec(after)?.[1]
  return type === undefined || /html/i.test(type)
}

/**
 * `reply.type('text/html')` (or the Content-Type header) set earlier in a Fastify handler, or Elysia's
 * `set.headers['content-type'] = 'text/html'`: what it returns is sent as HTML.
 */
const HTML_REPLY_TYPE = /\breply\s*\.\s*(type\(\s*['"]([\w/+.-]*html)|header\(\s*['"]content-type['"]\s*,\s*['"][^'"]*html)|\bset\s*\.\s*headers\s*\[\s*['"]content-type['"]\s*\]\s*=\s*['"][^'"]*html/i

function htmlReply(fn: SNode, stmt: SNode, m: MatchContext): { html: boolean } | undefined {
  if (stmt.start <= fn.start) return undefined
  return HTML_REPLY_TYPE.test(m.text({ ...fn, end: stmt.start })) ? { html: true } : undefined
}

/** A route method of a NestJS `@Controller()` class, and whether its `@Header()` declares HTML. */
function nestRoute(fn: SNode, m: MatchContext): { html: boolean } | undefined {
  if (fn.type !== 'method_definition') return undefined
  const cls = fn.parent?.parent
  if (!cls || !/^(class_declaration|abstract_class_declaration)$/.test(cls.type)) return undefined
  const decorators = [...cls.children, ...(cls.parent?.type === 'export_statement' ? cls.parent.children : [])].filter((c) => c.type === 'decorator')
  if (!decorators.some((d) => /^@Controller\b/.test(m.text(d)))) return undefined
  const own = memberDecorators(fn)
  // `@Render('view')` hands the value to a template as data; `@Header('Content-Type', 'application/json')` is not markup.
  if (own.some((d) => /^@Render\b/.test(m.text(d)))) return undefined
  const type = own.map((d) => /^@Header\(\s*['"]content-type['"]\s*,\s*['"]([^'"]*)['"]/i.exec(m.text(d))?.[1]).find((t) => t !== undefined)
  if (type !== undefined && !/html/i.test(type)) return undefined
  return { html: type !== undefined }
}

const HTTP = /^(fetch|node-fetch|cross-fetch|isomorphic-fetch|meteor\/fetch\.fetch|meteor\/http\.HTTP\.(get|post|put|del)|axios|axios\.(get|post|put|patch|delete|head|request)|got|got\.(get|post|put|patch|delete|head|paginate)|request|request\.(get|post|put|patch|del|delete|head)|request-promise(-native)?(\.(get|post))?|superagent|superagent\.(get|post|put|patch|delete|head)|needle|needle\.(get|post|head|request)|http\.(get|request)|https\.(get|request)|undici\.(request|fetch|stream)|ofetch|ofetch\.(ofetch|\$fetch|raw)|\$fetch|\$fetch\.raw)$/

/** Libraries that fetch the URL they are given: page loaders and scrapers (jsdom, cheerio, link previews, Open Graph), image probes, urllib, follow-redirects, phin, simple-get. */
const FETCHING_LIBRARY = /^(jsdom\.JSDOM\.fromURL|JSDOM\.fromURL|cheerio\.fromURL|open-graph-scraper(\.default)?|link-preview-js\.getLinkPreview|probe-image-size|urllib\.(request|curl)|follow-redirects\.(http|https)\.(get|request)|phin|simple-get(\.concat)?)$/

/** HTTP client instances and injected services: `this.http.get(url)` (NestJS `HttpService`), `api.post(url)` from `axios.create()`. */
const HTTP_INSTANCE = /(^|\.)(http|httpService|httpClient|client|api|apiClient|axios\w*|instance|ky|got)$/i
const HTTP_VERB = /^(get|post|put|patch|delete|head|request|stream)$/
const URLISH = /url|uri|link|href|endpoint|webhook|callback|host|src|target|feed|remote/i

/** The argument reads as a URL: its text or source names one, it starts with a scheme, or a template opens with the value (`${idp}/.well-known/…`), which lets it choose scheme and host. */
function urlish(ev: CallEvent, m: MatchContext, i: number): boolean {
  const v = ev.args[i]
  const node = ev.argNodes[i]
  return URLISH.test(`${node ? m.text(node) : ''} ${v?.taint?.source ?? ''}`) || /^https?:/.test(v?.built?.prefix ?? '') || (node?.type === 'template_string' && /^`\$\{[^}]+\}\//.test(m.text(node)))
}

/** Raw sockets: `net.connect({ host, port })`, `net.connect(port, host)`, `tls.connect(…)`. */
const SOCKET_CONNECT = /^(net|tls)\.(connect|createConnection)$/

/** A socket opened to a host the request named reaches internal services as a fetch does (databases, admin ports, metadata). */
function socketTarget(ev: CallEvent, m: MatchContext): ReturnType<Matcher> {
  const v = ev.args[0]?.fields ? ev.args[0].fields.get('host') : ev.args[1]
  if (!v || !serverTaint(v) || !isTainted(v, 'url')) return undefined
  return finding('js/ssrf', ev, m, `\`${callText(ev.node, m)}\` opens a connection to a host from ${describeFlow(v, '', m.row(ev.stmt))}: the server can be pointed at internal services (databases, admin ports)`, 'Connect only to configured hosts, or check the host against an allow-list (and reject private addresses).', [v], 'major')
}

const FILTERING_AGENT = /\b(?:https?Agent|agent)\s*:\s*(?:\{[^}]*\b(?:https?|http2)\s*:\s*)?(?:new\s+RequestFiltering\w*Agent\b|useAgent\s*\(|ssrfFilter\s*\(|ssrfAgent\b|new\s+SsrfAgent\b)/

/** http-proxy-middleware's `createProxyMiddleware({ target })` (and its older default export), which forwards each request to `target`. */
const PROXY_MIDDLEWARE = /^http-proxy-middleware(\.(createProxyMiddleware|legacyCreateProxyMiddleware|default))?$/
const HTTP_PROXY_IMPORT = /require\(\s*['"]http-proxy['"]\s*\)|from\s+['"]http-proxy['"]/

/**
 * A reverse proxy told where to forward by the request: http-proxy's `proxy.web(req, res, { target })` (`proxy.ws(req,
 * socket, head, { target })`) and http-proxy-middleware's `createProxyMiddleware({ target })`. The upstream answers with
 * whatever lives at that address, internal services included, and the client reads the answer.
 */
function proxyTarget(ev: CallEvent, m: MatchContext): ReturnType<Matcher> {
  const middleware = PROXY_MIDDLEWARE.test(ev.qname ?? '')
  const forwards = !middleware && !!ev.receiver && /^(web|ws)$/.test(ev.name) && ev.argNodes.length >= 3 && HTTP_PROXY_IMPORT.test(m.text(rootOf(ev.stmt)))
  if (!middleware && !forwards) return undefined
  const options = ev.args[middleware ? 0 : ev.name === 'web' ? 2 : 3]
  const v = options?.fields?.get('target') ?? options?.fields?.get('forward')
  if (!v || !serverTaint(v) || !isTainted(v, 'url') || hostFixed(v)) return undefined
  return finding('js/ssrf', ev, m, `\`${callText(ev.node, m)}\` forwards the request to a target from ${describeFlow(v, '', m.row(ev.stmt))}: the server can be pointed at internal services (cloud metadata, admin ports), and the client reads what they answer`, 'Proxy only to configured upstreams: look the target up in a table by a name the client picks, or check its host against an allow-list.', [v], 'major')
}

const ssrf = scoped({ kinds: ['call'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  if (SOCKET_CONNECT.test(ev.qname ?? '')) return socketTarget(ev, m)
  const proxied = proxyTarget(ev, m)
  if (proxied) return proxied
  // A receiver named like a client is not always an HTTP one (`client.get(key)` on Redis): the argument must read as a URL too.
  const instance = !!ev.receiver && HTTP_VERB.test(ev.name) && HTTP_INSTANCE.test(ev.receiverText ?? '') && !/^(ky|got)$/.test(ev.receiverText ?? '') && urlish(ev, m, 0)
  // A headless browser sent to a URL (Puppeteer, Playwright) fetches it from the server's network.
  const browser = !!ev.receiver && ev.name === 'goto' && /(^|\.)(page|tab|browserPage)$/i.test(ev.receiverText ?? '')
  // A client made for a base URL the request chose (`axios.create({ baseURL })`, `got.extend({ prefixUrl })`), and Node's `ws` client.
  const factory = /^(axios\.create|got\.extend|ky\.(create|extend))$/.test(ev.qname ?? '')
  const socket = ev.isNew && /^(ws|ws\.WebSocket|WebSocket)$/.test(ev.qname ?? '') && ev.fn.handler
  // Egg.js: `ctx.curl(url)`, `app.curl(url)` and `httpclient.request(url)` fetch from the server (`ctx.safeCurl` refuses private addresses).
  const egg = !!ev.receiver && ((ev.name === 'curl' && /^(this\.)?(ctx|app)$|(^|\.)httpclient$/.test(ev.receiverText ?? '')) || (/^(request|curl)$/.test(ev.name) && /(^|\.)(ctx|app)\.httpclient$/.test(ev.receiverText ?? '')))
  if (!HTTP.test(ev.qname ?? '') && !FETCHING_LIBRARY.test(ev.qname ?? '') && !/^(ky|ky\.(get|post|put|patch|delete|head))$|^got\.stream$/.test(ev.qname ?? '') && !instance && !browser && !factory && !socket && !egg) return undefined
  // `axios({ method: 'get', url })`, `got({ url })`: the URL is a field of the options object; node's `http.get({ hostname })` names the host.
  // `needle('get', url)`: needle's call form takes the method first.
  const at = ev.qname === 'needle' && /^(get|head|post|put|patch|delete)$/i.test(ev.args[0]?.str ?? '') ? 1 : 0
  // Options built first and passed by name (`const options = { host, path }; https.request(options)`) are read the same way.
  const fields = ev.args[at]?.fields
  const options = ev.argNodes[at]?.type === 'object' || ['url', 'uri', 'host', 'hostname', 'baseURL'].some((k) => fields?.has(k))
  const hostKey = /^(https?)\.(get|request)$/.test(ev.qname ?? '') && !fields?.has('url') ? (fields?.has('hostname') ? 'hostname' : 'host') : fields?.has('uri') && !fields.has('url') ? 'uri' : 'url'
  const v = options ? fields?.get(hostKey) ?? fields?.get('baseURL') ?? fields?.get('prefixUrl') : ev.args[at]
  const pair = options && ev.argNodes[at]?.type === 'object' ? namedChildren(ev.argNodes[at]!).find((p) => p.type === 'pair' && m.text(field(p, 'key') ?? p).replace(/^['"]|['"]$/g, '') === hostKey) : undefined
  const node = options ? (pair ? field(pair, 'value') : undefined) : ev.argNodes[at]
  if (!v || !serverTaint(v) || !isTainted(v, 'url') || hostFixed(v) || (node && configuredHost(node, m, ev.fn.node))) return undefined
  // A callback URL in a webhook body the handler authenticated first (an HMAC of the body compared with the signature
  // header) is the provider's, which holds the key, not a client's.
  if (/(^|\.)(body|rawBody)\b/.test(v.taint?.source ?? '') && signedBody(ev, m)) return undefined
  // A URL whose HMAC under the server's key was checked first (`timingSafeEqual(Buffer.from(sign(src)), given)`, as image
  // proxies sign the links they hand out) is one the server signed: the client can only replay it.
  if (((v.safe ?? 0) & SAFE.signed) !== 0) return undefined
  // An agent that refuses private, loopback and link-local addresses when it connects (request-filtering-agent's
  // `RequestFilteringHttpAgent`/`useAgent(url)`, ssrf-req-filter's `ssrfFilter(url)`, ssrf-agent): internal services
  // stay out of reach whatever the URL names, redirects and DNS rebinding included.
  if (ev.argNodes.some((a) => a.type === 'object' && FILTERING_AGENT.test(m.text(a)))) return cleared('js/ssrf', ev, m)
  return finding('js/ssrf', ev, m, `\`${callText(ev.node, m)}\` fetches a URL from ${describeFlow(v, argText(ev, m, at), m.row(ev.stmt))}: the server can be pointed at internal services (cloud metadata, admin ports)`, 'Fix the host and let the client choose only a path or id, or check the parsed host against an allow-list (and reject private addresses).', [v], 'major')
})

const SIGNERS: Array<[RegExp, number, string]> = [
  [/^jsonwebtoken\.(sign|verify)$|^jwt\.(sign|verify)$/, 1, 'signs JWTs'],
  [/^crypto\.createHmac$|^createHmac$/, 1, 'keys the HMAC'],
  [/^(express-session|cookie-session)$/, -1, 'signs session cookies'],
  // JWT middleware and signers of the frameworks: Hono, express-jwt, koa-jwt, NestJS, passport-jwt.
  [/^hono\/jwt\.(sign|verify)$/, 1, 'signs JWTs'],
  [/^hono\/jwt\.jwt$|^express-jwt(\.expressjwt)?$|^koa-jwt$|^@nestjs\/jwt\.JwtModule\.register$|^passport-jwt\.Strategy$/, -1, 'verifies JWTs'],
  [/^cookie-parser$/, 0, 'signs cookies'],
  // Symmetric keys: Node's ciphers and crypto-js, whose string key is a passphrase.
  [/^(crypto\.)?(createCipheriv|createDecipheriv)$/, 1, 'encrypts data'],
  [/^(crypto-js|CryptoJS)\.(AES|TripleDES|Rabbit|RC4)\.(encrypt|decrypt)$|^crypto-js\/aes\.(encrypt|decrypt)$/, 1, 'encrypts data'],
  [/^(crypto-js|CryptoJS)\.Hmac(SHA1|SHA256|SHA512|MD5)$/, 1, 'signs messages'],
]

/** Any of the signers above in one test: most calls are none of them. */
const ANY_SIGNER = new RegExp(SIGNERS.map(([pattern]) => `(?:${pattern.source})`).join('|'))
const NO_SIGNERS: typeof SIGNERS = []

const hardcodedSigningKey = scoped({ kinds: ['call'], needles: ['jwt', 'Jwt', 'jsonwebtoken', 'Hmac', 'session', 'cookie-parser', 'Cipher', 'crypto-js', 'CryptoJS', 'sign'] }, (ev, m) => {
  if (m.isTest) return undefined
  if (ev.kind === 'call') {
    const q = ev.qname ?? ''
    for (const [pattern, index, what] of ANY_SIGNER.test(q) ? SIGNERS : NO_SIGNERS) {
      if (!pattern.test(q)) continue
      // Options may come before a callback (`new JwtStrategy({ secretOrKey }, verify)`).
      const opts = ev.kwargs.size > 0 ? ev.kwargs : (ev.args.find((a) => a?.fields)?.fields ?? ev.kwargs)
      const key = index === -1 ? (opts.get('secret') ?? opts.get('keys') ?? opts.get('secretOrKey')) : ev.args[index]
      if (!literal(key)) return undefined
      // `jwt.sign(claims, JWT_SECRET)` after `const JWT_SECRET = '…'`: a string written to a name that says secret is reported
      // where it is written (hardcoded-secret), once; a key made otherwise (`Buffer.from('…', 'hex')`) only shows here.
      const keyNode = index >= 0 ? ev.argNodes[index] : (ev.kwNodes.get('secret') ?? ev.kwNodes.get('secretOrKey'))
      if (keyNode?.type === 'identifier' && secretStringConstant(m.text(keyNode), ev, m)) return undefined
      // `JwtModule.register({ secret: jwtConstants.secret })` after `jwtConstants = { secret: '…' }`: reported where it is written.
      if (keyNode?.type === 'member_expression' && secretStringField(m.text(field(keyNode, 'property') ?? keyNode), ev, m)) return undefined
      return finding('crypto/hardcoded-signing-key', ev, m, `\`${callText(ev.node, m)}\` ${what} with a key written in the code: anyone with the source can forge them`, 'Read the key from the environment (`process.env.JWT_SECRET`) or a secret store, and rotate the one committed here.', [key], 'critical')
    }
    if (ev.receiver && ev.name === 'sign' && /SignJWT|jose/.test(m.text(ev.node)) && literal(ev.args[0])) {
      return finding('crypto/hardcoded-signing-key', ev, m, `\`${callText(ev.node, m)}\` signs JWTs with a key written in the code: anyone with the source can forge them`, 'Read the key from the environment and rotate the committed one.', [ev.args[0]], 'critical')
    }
  }
  return undefined
})

const SECRET_NAMED = /secret|key|token|passw|signing|salt|pepper/i

function secretStringConstant(name: string, ev: CallEvent, m: MatchContext): boolean {
  if (!SECRET_NAMED.test(name)) return false
  return fileMatches(ev.node, m, new RegExp(`\\b(const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*(:\\s*string\\s*)?=\\s*['"\`]`))
}

/**
 * A secret-named property written with a string in this file: in an object literal (`{ secret: '…' }`), in a constructor
 * (`this.secret = '…'`) or as a class field (`private readonly secret = '…'`).
 */
function secretStringField(name: string, ev: CallEvent, m: MatchContext): boolean {
  if (!SECRET_NAMED.test(name) || !/^[\w$]+$/.test(name)) return false
  const escaped = name.replace(/\$/g, '\\$')
  return fileMatches(ev.node, m, new RegExp(`(^|[\\s{,])['"]?${escaped}['"]?\\s*:\\s*['"\`]|\\bthis\\.${escaped}\\s*=\\s*['"\`]|^\\s*(?:(?:private|protected|public|readonly|static)\\s+)*#?${escaped}\\s*(?::\\s*string\\s*)?=\\s*['"\`]`, 'm'))
}

function literal(v: Value | undefined): boolean {
  return !!v?.constant && typeof v.str === 'string' && v.str.length >= 4 && !/^(changeme|xxx+|\*+)$/i.test(v.str)
}

const PASSWORD_NAME = /pass(word|wd|phrase)?|pwd|(?<![a-z])pw(?![a-z])|(?<=[a-z])Pw(?![a-z])|(?<![A-Za-z])PW(?![A-Za-z])/i
/** What a function named for a password does with the digest it computes (`checkPassword`, `verifyPw`, `legacyPasswordHash`). */
const PASSWORD_USE = /hash|digest|check|verify|compare|validate|match|legacy|encrypt|encode|store|save|login|authenticate/i
const TOKEN_NAME = /token|secret|passw|pwd|nonce|oauth_?state|salt|otp|session|api_?key|apiKey|reset|csrf|verif|invite|activation|^pin$|Pin$|_pin$|(share|short|access|magic|login|auth|referral|voucher|coupon|promo|gift|unsubscribe|confirm\w*)_?(code|link|slug)$/i

/** Inputs that are secrets by name (what a weak digest must not protect). */
const SECRET_INPUT = /(token|secret|api_?key|apiKey|credential)/i
/** A secret the deployment holds, hashed with the message as a hand-made MAC (`md5(`${email}:${process.env.UNSUBSCRIBE_SALT}`)`). */
const SECRET_SETTING = /(?:process\.env|import\.meta\.env|\benv)\.\w*(?:SECRET|SALT|PEPPER|KEY)\w*/i
/** Functions whose name says they hash or store a secret for later comparison. */
const SECRET_KEEPER = /^(hash|store|save|persist|digest)\w*(Token|Secret|ApiKey|RecoveryCode|BackupCode|Otp|Pin|Credential)s?$/
/** Names of values that are themselves tokens or signatures. */
const TOKEN_MADE = /(token|signature|Sig$|hmac|apiKey|api_key|nonce|otp)/i
/** A predictable generator called in the statement that makes a digest: the insecure-random finding there names the flaw. */
const PRNG_CALL = /\bMath\.random\s*\(|\b(lodash|_)\.random\s*\(|\buuid\.v1\s*\(|\bpseudoRandomBytes\s*\(/

/** The name a function or method is called by: its declaration's, or the variable or property it is bound to. */
function functionName(fn: SNode | undefined, m: MatchContext): string | undefined {
  if (!fn) return undefined
  const own = fn.type === 'method_definition' || fn.type === 'function_declaration' ? field(fn, 'name') : undefined
  const bound = fn.parent?.type === 'variable_declarator' ? field(fn.parent, 'name') : fn.parent?.type === 'pair' ? field(fn.parent, 'key') : undefined
  const name = own ?? bound
  return name && /^[\w$]+$/.test(m.text(name)) ? m.text(name) : undefined
}

/**
 * A digest helper's input is one of its parameters, and the file's calls of it hand it a secret by name
 * (`static digest(value) { … md.update(value) … }` called as `Service.digest(token)`): the helper hashes tokens.
 */
function handedSecret(ev: CallEvent, m: MatchContext): boolean {
  const arg = ev.argNodes[0]
  const fn = ev.fn.node
  const name = functionName(fn, m)
  if (!arg || arg.type !== 'identifier' || !fn || !name) return false
  const list = field(fn, 'parameters') ?? field(fn, 'parameter')
  const params = list ? (list.type === 'formal_parameters' ? namedChildren(list) : [list]) : []
  if (!params.some((p) => m.text(p) === m.text(arg))) return false
  // Calls by the name with an argument (`digest(token)`, `Service.digest(code)`, `this.digest(apiKey)`), not `md.digest()`.
  const calls = m.text(rootOf(fn)).matchAll(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}\\(\\s*([\\w$.]+)\\s*[,)]`, 'g'))
  for (const [, first] of calls) if (first && TOKEN_NAME.test(first.replace(/^.*\./, ''))) return true
  return false
}

const weakPasswordHash = scoped({ kinds: ['bind', 'store', 'call', 'return', 'compare'], needles: ['md5', 'MD5', 'Md5', 'sha', 'SHA', 'Sha'] }, (ev, m) => {
  if (m.isTest) return undefined
  // `user.passwordHash !== (await sha1Hex(password))`: a stored password hash checked against an MD5/SHA-1 digest.
  if (ev.kind === 'compare') {
    const [stored, made] = PASSWORD_NAME.test(m.text(ev.leftNode)) && hasTag(ev.right, TAG.weakHash) ? [ev.leftNode, ev.right] : PASSWORD_NAME.test(m.text(ev.rightNode)) && hasTag(ev.left, TAG.weakHash) ? [ev.rightNode, ev.left] : []
    if (!stored || !made) return undefined
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${snippet(m.text(stored), 40)}\` is checked against a ${made.madeBy ?? 'weak'} digest${made.madeAt ? ` (line ${made.madeAt})` : ''}: passwords stored as fast, unsalted hashes are cracked in bulk`, 'Store `bcrypt.hash(password, 12)`, argon2 or `crypto.scrypt` with a random salt, and check with its own compare.', [made]), made.madeAt)
  }
  if ((ev.kind === 'bind' && PASSWORD_NAME.test(ev.name) && hasTag(ev.value, TAG.weakHash)) || (ev.kind === 'store' && PASSWORD_NAME.test(ev.key) && hasTag(ev.value, TAG.weakHash))) {
    const v = ev.value
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `${ev.kind === 'bind' ? `\`${ev.name}\`` : `\`${ev.objectText}.${ev.key}\``} holds a ${v.madeBy} digest (line ${v.madeAt}) used as a password hash: fast, unsalted hashes are cracked in bulk`, 'Use `bcrypt.hash(password, 12)`, argon2, or `crypto.scrypt` with a random salt.', [v]), v.madeAt)
  }
  // A token, API key or signing secret through MD5/SHA-1, or a token made by one; or any input of a function named for
  // storing or hashing one (`storeRecoveryCode(code)`, `hashApiKey(key)`).
  if (ev.kind === 'call' && ev.receiver && hasTag(ev.receiver, TAG.weakHash) && ev.name === 'update' && ev.argNodes[0] && !PASSWORD_NAME.test(m.text(ev.argNodes[0])) && (SECRET_INPUT.test(m.text(ev.argNodes[0])) || SECRET_SETTING.test(m.text(ev.argNodes[0])) || SECRET_KEEPER.test(ev.fn.name) || handedSecret(ev, m))) {
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` hashes a secret with ${ev.receiver.madeBy}: MD5 and SHA-1 are broken for security uses, and a fast hash of a token or key is cheap to attack`, 'Use SHA-256 or better, `crypto.createHmac("sha256", key)` for signatures, and bcrypt/argon2/scrypt for passwords.', [ev.receiver]), ev.receiver.madeAt)
  }
  // `md5(password)`, `CryptoJS.SHA1(apiKey)`, `subtle.digest('SHA-1', encode(password))`: the input is the call's own argument.
  const oneShot = ev.kind === 'call' ? weakDigest(ev) : undefined
  if (ev.kind === 'call' && oneShot) {
    const input = ev.argNodes[(oneShot === 'SHA-1' && ev.name === 'digest') || NODE_HASH.test(ev.qname ?? '') ? 1 : 0]
    const text = input ? m.text(input) : ''
    if (PASSWORD_NAME.test(text) || SECRET_INPUT.test(text)) {
      return finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` hashes ${PASSWORD_NAME.test(text) ? 'a password' : 'a secret'} with ${oneShot}: fast, broken digests of passwords and keys are cracked or forged cheaply`, PASSWORD_NAME.test(text) ? 'Use `bcrypt.hash(password, 12)`, argon2, or `crypto.scrypt` with a random salt.' : 'Use SHA-256 or better, and `crypto.createHmac("sha256", key)` for signatures.', [ev.args[0]])
    }
  }
  // PBKDF2 over HMAC-MD5: a password hash built on a broken digest.
  if (ev.kind === 'call' && /^(crypto\.)?pbkdf2(Sync)?$/.test(ev.qname ?? '') && /^md5$/i.test(ev.args[4]?.str ?? '')) {
    return finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` derives a password hash with PBKDF2 over MD5`, 'Use `crypto.scrypt`, argon2 or bcrypt; with PBKDF2, use SHA-256 and at least 600,000 iterations.', [ev.args[4]])
  }
  // An HMAC over MD5 signs requests or webhooks with a digest that is deprecated for any security use.
  if (ev.kind === 'call' && /^(crypto\.)?createHmac$/.test(ev.qname ?? '') && /^md5$/i.test(ev.args[0]?.str ?? '')) {
    return finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` signs with HMAC-MD5: MD5 is broken and no longer accepted for message authentication`, 'Use `crypto.createHmac("sha256", key)`.', [ev.args[0]])
  }
  // `function hashPassword(p) { return md5(p) }`: the function says what the digest is for.
  if (ev.kind === 'return' && PASSWORD_NAME.test(ev.fn.name) && /hash|digest|encrypt|encode|store|legacy/i.test(ev.fn.name) && hasTag(ev.value, TAG.weakHash)) {
    const v = ev.value
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${ev.fn.name}()\` returns a ${v.madeBy} digest (line ${v.madeAt}) as a password hash: fast, unsalted hashes are cracked in bulk`, 'Use `bcrypt.hash(password, 12)`, argon2, or `crypto.scrypt` with a random salt.', [v]), v.madeAt)
  }
  // `function checkPassword(input, stored) { return sha1(input) === stored }`: the function says what its digest is for.
  if (ev.kind === 'call' && PASSWORD_NAME.test(ev.fn.name) && PASSWORD_USE.test(ev.fn.name) && (oneShot || (ev.receiver && hasTag(ev.receiver, TAG.weakHash) && ev.name === 'update'))) {
    const what = oneShot ?? ev.receiver?.madeBy ?? 'a broken digest'
    return finding('crypto/weak-password-hash', ev, m, `\`${ev.fn.name}()\` hashes the password with ${what} in \`${callText(ev.node, m)}\`: fast, unsalted hashes are cracked in bulk`, 'Use `bcrypt.hash(password, 12)` and `bcrypt.compare`, argon2, or `crypto.scrypt` with a random salt.', [ev.args[0]])
  }
  // `function sessionToken(id) { return md5(id + Date.now()) }`: what the function returns is the token. A digest of
  // `Math.random()` is reported once, for the predictable generator (the fix is a CSPRNG, not a better digest).
  if (ev.kind === 'return' && TOKEN_MADE.test(ev.fn.name) && hasTag(ev.value, TAG.weakHash) && !PRNG_CALL.test(m.text(ev.stmt))) {
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${ev.fn.name}()\` returns a ${ev.value.madeBy} digest (line ${ev.value.madeAt}): a token derived with a broken hash from guessable input can be predicted or forged`, 'Generate tokens with `crypto.randomBytes(32).toString("hex")`; sign with `crypto.createHmac("sha256", key)`.', [ev.value]), ev.value.madeAt)
  }
  if (ev.kind === 'bind' && TOKEN_MADE.test(ev.name) && hasTag(ev.value, TAG.weakHash) && !PRNG_CALL.test(m.text(ev.stmt))) {
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${ev.name}\` is a ${ev.value.madeBy} digest (line ${ev.value.madeAt}): a token derived with a broken hash from guessable input can be predicted or forged`, 'Generate tokens with `crypto.randomBytes(32).toString("hex")`; sign with `crypto.createHmac("sha256", key)`.', [ev.value]), ev.value.madeAt)
  }
  if (ev.kind === 'call' && ev.receiver && hasTag(ev.receiver, TAG.weakHash) && ev.name === 'update' && ev.argNodes[0] && PASSWORD_NAME.test(m.text(ev.argNodes[0]))) {
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` feeds a password to ${ev.receiver.madeBy}: fast, unsalted hashes are cracked in bulk`, 'Use `bcrypt.hash(password, 12)`, argon2, or `crypto.scrypt`.', [ev.receiver]), ev.receiver.madeAt)
  }
  return undefined
})

/**
 * The media type an Express content-negotiation callback answers for (`html` in `res.format({ html: () => res.send(x) })`,
 * or `'text/html'`, or a method `html() { … }`): Express runs the one the client accepts, with that Content-Type set.
 */
/**
 * A function handed the response by its caller (`function renderGreeting(res, name) { res.send(…) }` called as
 * `renderGreeting(res, req.query.name)` from a route): it writes the route's answer. Request data reaches such a
 * helper only through what a caller handed it, so its sink is judged as the route's own would be.
 */
function respondsForCaller(ev: CallEvent | StoreEvent, m: MatchContext): boolean {
  const base = /^[\w$]+/.exec((ev.kind === 'call' ? ev.receiverText : ev.objectText) ?? '')?.[0]
  if (!base || !(RESPONSE.test(base) || /^(ctx|context)$/.test(base)) || !ev.fn.node || !(ev.kind === 'call' ? ev.args.some((a) => a?.taint) : ev.value.taint)) return false
  const list = field(ev.fn.node, 'parameters')
  return !!list && namedChildren(list).some((p) => m.text(p.type === 'required_parameter' || p.type === 'optional_parameter' ? (field(p, 'pattern') ?? p) : p).replace(/[?:].*$/s, '').trim() === base)
}

function formatKey(fn: SNode | undefined, m: MatchContext): string | undefined {
  const pair = fn?.type === 'method_definition' ? fn : fn?.parent?.type === 'pair' ? fn.parent : undefined
  const call = pair?.parent?.type === 'object' ? pair.parent.parent?.parent : undefined
  if (!pair || call?.type !== 'call_expression' || pair.parent!.parent?.type !== 'arguments') return undefined
  if (!/^(res|response|resp)\.format$/.test(m.text(field(call, 'function') ?? call))) return undefined
  return m.text(field(pair, pair.type === 'pair' ? 'key' : 'name') ?? pair).replace(/^['"]|['"]$/g, '')
}

/** The text of the line holding `node`, read from the parsed file's root. */
function lineOf(node: SNode, m: MatchContext): string {
  const root = rootOf(node)
  const text = m.text(root)
  const at = node.start - root.start
  const end = text.indexOf('\n', at)
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end)
}

/** What a use is judged by: its JSX attribute (`key={id}` beside `href={…}` on one line), else its line. */
function useContext(use: SNode, m: MatchContext): string {
  for (let n = use.parent; n && !/statement|declaration/.test(n.type); n = n.parent) {
    if (n.type === 'jsx_attribute') return m.text(n)
  }
  return lineOf(use, m)
}

function* identifiersNamed(node: SNode, name: string, m: MatchContext): Generator<SNode> {
  if ((node.type === 'identifier' || node.type === 'shorthand_property_identifier') && m.text(node) === name) yield node
  for (const c of node.children) yield* identifiersNamed(c, name, m)
}

/**
 * A local named like a secret (`const nonce = Math.random()…`) whose every use in the statements
 * after it is timing or presentation is never compared, stored or sent as a credential. A use
 * anywhere else (returned, stored, passed on, copied to another name) keeps the finding, and so
 * does a local never read again: the name is all there is to judge by.
 */
function onlyHarmlessUses(stmt: SNode, name: string, m: MatchContext): boolean {
  const block = stmt.parent
  if (!block) return false
  let uses = 0
  for (const sibling of block.children) {
    if (sibling.start < stmt.end) continue
    for (const use of identifiersNamed(sibling, name, m)) {
      const line = useContext(use, m)
      if (!TIMING_USE.test(line) && !PRESENTATION_USE.test(line)) return false
      uses++
    }
  }
  return uses > 0
}

/** A name that says only "a code" or "a slug" (`code`, `shortCode`, `confirmation_code`, `slug`): what it is for is read from where it goes. */
const CODE_NAME = /^(code|slug|[a-z]\w*(Code|Slug)|\w+_(code|slug))$/
/**
 * What makes a code a credential: an invitation, a reset, a verification, a one-time login, a code sent by SMS (a phone code) or one that
 * joins a workspace; and a code hashed before it is kept (`codeHash: hashToken(code)`), which is done only for secrets.
 */
const CREDENTIAL_PURPOSE = /invit|reset|verif|activat|confirm|otp|one.?time|magic|login|sign.?in|sign.?up|2fa|mfa|recover|unsubscribe|passw|sms|phone_?code|join_?code|hash\w*\(/i

/**
 * A random code (`const code = Math.random().toString(36).slice(2, 10)`) is a credential when the function that makes
 * it, or a statement after it that uses it (`Invite.create({ email, code })`, `sendResetEmail(user, code)`), is about
 * an invitation, a reset or a verification; a status, country or colour code is not.
 */
function codeForCredential(stmt: SNode, name: string, fnName: string, m: MatchContext): boolean {
  if (CREDENTIAL_PURPOSE.test(fnName)) return true
  const block = stmt.parent
  for (const sibling of block?.children ?? []) {
    if (sibling.start < stmt.end) continue
    for (const use of identifiersNamed(sibling, name, m)) if (CREDENTIAL_PURPOSE.test(lineOf(use, m))) return true
  }
  return false
}

const insecureRandom = scoped({ kinds: ['bind', 'store', 'return', 'call'], needles: ['random', 'Random', 'v1', 'non-secure', 'shortid', 'sampleSize', 'shuffle'] }, (ev, m) => {
  if (m.isTest) return undefined
  let v: Value | undefined
  let what = ''
  if (ev.kind === 'bind' && TOKEN_NAME.test(ev.name)) [v, what] = [ev.value, `\`${ev.name}\``]
  else if (ev.kind === 'bind' && CODE_NAME.test(ev.name) && hasTag(ev.value, TAG.insecureRandom) && codeForCredential(ev.stmt, ev.name, ev.fn.name, m)) [v, what] = [ev.value, `\`${ev.name}\``]
  else if (ev.kind === 'store' && TOKEN_NAME.test(ev.key)) [v, what] = [ev.value, `\`${ev.key}\``]
  else if (ev.kind === 'return' && TOKEN_NAME.test(ev.fn.name)) [v, what] = [ev.value, `\`${ev.fn.name}()\``]
  else if (ev.kind === 'call' && ev.receiver && ev.name === 'cookie') [v, what] = [ev.args[1], 'the cookie']
  else if (ev.kind === 'call' && ev.receiver && /^(set|append)$/.test(ev.name) && ev.args[0]?.str === 'state' && /searchParams|[pP]arams$/.test(ev.receiverText ?? '')) [v, what] = [ev.args[1], 'the OAuth `state` parameter']
  // `sessionStorage.setItem('oauth_state', state)`, js-cookie's `Cookies.set('csrf_token', t)`: the key names what the value guards.
  else if (ev.kind === 'call' && ev.receiver && ((ev.name === 'setItem' && /(^|\.)(sessionStorage|localStorage)$/.test(ev.receiverText ?? '')) || (ev.name === 'set' && /^Cookies$/.test(ev.receiverText ?? ''))) && TOKEN_NAME.test(ev.args[0]?.str ?? '')) [v, what] = [ev.args[1], `\`${ev.args[0]!.str}\``]
  // `{ sessionId: uuidv1() }` bound or passed on: the field's name says what the value is for.
  if (!v || !hasTag(v, TAG.insecureRandom)) {
    const objects = ev.kind === 'bind' ? [ev.value] : ev.kind === 'call' ? ev.args : []
    // Walked in place: most calls pass no object, and copying every argument's fields was most of this rule's cost.
    let field: [string, Value] | undefined
    for (const o of objects) {
      for (const entry of o?.fields ?? []) {
        if ((TOKEN_NAME.test(entry[0]) || (entry[0] === 'state' && oauthRequest(o?.fields))) && hasTag(entry[1], TAG.insecureRandom)) {
          field = entry
          break
        }
      }
      if (field) break
    }
    if (!field) return undefined
    ;[v, what] = [field[1], `\`${field[0]}\``]
  }
  // `return { token, digest }`: an object's made-at is its last tagged field's, which may be the digest beside the token; the
  // finding names the field the PRNG made.
  if (v.fields && v.madeAt !== undefined) {
    for (const f of v.fields.values()) {
      if (hasTag(f, TAG.insecureRandom) && f.madeAt !== undefined) {
        v = f
        break
      }
    }
  }
  // Made by a helper of this file named for a token (`const code = resetCode()`): reported once, in the helper, where the PRNG is called.
  if (v.madeBy && TOKEN_NAME.test(v.madeBy)) return undefined
  if (ev.kind === 'bind' && what === `\`${ev.name}\`` && onlyHarmlessUses(ev.stmt, ev.name, m)) return undefined
  if (NOT_A_SECRET_NAME.test(what.replace(/[`()]/g, '')) || NOT_SECRET_FUNCTION.test(ev.fn.name) || picksExisting(lineOfFile(ev.stmt, v.madeAt, m))) return undefined
  return atOrigin(finding('crypto/insecure-random', ev, m, `${what} comes from \`${v.madeBy}()\` (line ${v.madeAt}), which is predictable: its output can be reconstructed from a few samples`, 'Use `crypto.randomBytes(32).toString("hex")`, `crypto.randomUUID()`, or `crypto.getRandomValues()` in the browser.', [v], 'critical'), v.madeAt)
})

/** Calls that read a JWT's claims without checking its signature. */
const JWT_DECODE = /^(jsonwebtoken|jwt)\.decode$|^jose\.(decodeJwt|UnsecuredJWT\.decode)$|^hono\/jwt\.decode$|^hono\/utils\/jwt\/jwt\.decode$|^jwt-decode(\.jwtDecode|\.default)?$|^jsonwebtoken\.default\.decode$/
const JWT_VERIFY = /^(jsonwebtoken|jwt)\.verify$/
/** Read on purpose before verifying (to choose the key) or only for metadata: the name says so. */
const ON_PURPOSE = /unverified|untrusted|insecure|peek|\b(kid|header|jti|exp|iat|expiresAt|expiry)\b/i
/** Front-end code decodes its own token to show a name or schedule a refresh; the server checks it. */
const FRONTEND = /(^|\/)(client|frontend|components|hooks|views|store|pages(?!\/api)|public|app\/\(?[\w-]*\)?\/[\w-]*page)\b|\.(jsx|tsx|vue|svelte)$/
const VERIFYING = /\.verify(Async)?\s*[(<]|\bjwtVerify\s*\(|\bverify\s*\(|\bverifyToken\s*\(/

/**
 * `tokens.id_token` that is not request data: an OpenID Connect ID token the code received itself, from the provider's
 * token endpoint over TLS, which OpenID Connect Core (3.1.3.7) lets a client trust without checking the signature.
 * One a client posts (`req.body.id_token`) is request data and stays reported.
 */
const FETCHED_ID_TOKEN = /\.(id_token|idToken)$|\[\s*['"]id_token['"]\s*\]$/

/** Claims that say when or how a token was issued, not who holds it or what they may do. */
const METADATA_CLAIM = String.raw`(?:exp|iat|nbf|jti|kid|alg|typ)\b`

/**
 * `const claims = jwt.decode(token); return claims?.exp ? claims.exp * 1000 : null`: the decoded claims are kept in a
 * local that is only tested for presence and read for the token's timing or key metadata, to schedule a refresh or
 * pick a key, never for who the holder is.
 */
function onlyMetadataRead(stmt: string, rest: string): boolean {
  // `rest`: the function's text without the statement that decodes.
  const name = /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(stmt)?.[1]
  if (!name) return false
  const uses = [...rest.matchAll(new RegExp(String.raw`(?<![\w$.])${name.replace(/\$/g, '\\$')}(?![\w$])`, 'g'))]
  const harmless = new RegExp(String.raw`^(?:\??\.${METADATA_CLAIM}|\s*\[\s*['"]${METADATA_CLAIM}['"]\s*\]|\s*[!=]==?\s*(?:null|undefined)\b|\s*\)|\s*(?:&&|\|\|))`)
  return uses.length > 0 && uses.every((u) => harmless.test(rest.slice(u.index + u[0].length)) || (/!\s*$/.test(rest.slice(0, u.index)) && !/^\s*\??\./.test(rest.slice(u.index + u[0].length))))
}

/**
 * A JWT read without its signature checked is JSON the client wrote: jsonwebtoken's `decode`,
 * jose's `decodeJwt`, Hono's `decode`, NestJS `JwtService.decode`. Quiet when the same function
 * verifies the token too (decode to pick the key), when only the header or metadata is read
 * (`{ complete: true }` for the `kid`, `const { jti } = …`), and in front-end code. A verify call
 * that skips the expiry check or mixes HMAC with public-key algorithms (the public key then
 * doubles as an HMAC secret) is reported too.
 */
const jwtWeak = scoped({ kinds: ['call'], needles: ['jwt', 'Jwt', 'JWT', 'jsonwebtoken'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  const nest = !!ev.receiver && /^(decode)$/.test(ev.name) && /(^|\.)jwtService$|^@nestjs\/jwt\.JwtService$/i.test(ev.receiverText ?? ev.receiver.qname ?? '')
  if (JWT_DECODE.test(q) || nest) {
    if (FRONTEND.test(m.path) && !/\/api\//.test(m.path)) return undefined
    const stmt = m.text(ev.stmt)
    const fnText = ev.fn.node ? m.text(ev.fn.node) : stmt
    const rest = fnText.replace(m.text(ev.node), '')
    const headerOnly = ev.kwNodes.has('complete') && !/\.payload\b|\bpayload\b/.test(rest)
    const fetchedIdToken = !!ev.argNodes[0] && !ev.args[0]?.taint && FETCHED_ID_TOKEN.test(m.text(ev.argNodes[0]))
    if (headerOnly || fetchedIdToken || VERIFYING.test(rest) || ON_PURPOSE.test(stmt.replace(m.text(ev.node), '')) || onlyMetadataRead(stmt, fnText.replace(stmt, ''))) return cleared('crypto/jwt-verify-disabled', ev, m)
    return finding(
      'crypto/jwt-verify-disabled',
      ev,
      m,
      `\`${callText(ev.node, m)}\` reads the token's claims without checking its signature, and nothing here verifies it: a client can write any claims it likes (\`"role": "admin"\`)`,
      nest ? 'Use `await this.jwtService.verifyAsync(token)`, which checks the signature and expiry.' : "Use `jwt.verify(token, key, { algorithms: ['HS256'] })` (jose: `jwtVerify`), which checks the signature before returning the claims.",
      [ev.args[0]],
      'critical',
    )
  }
  const verify = JWT_VERIFY.test(q) || (!!ev.receiver && /^verify(Async)?$/.test(ev.name) && /(^|\.)jwtService$/i.test(ev.receiverText ?? ''))
  if (!verify) return undefined
  const ignore = ev.kwNodes.get('ignoreExpiration')
  if (ignore && m.text(ignore) === 'true') {
    return finding('crypto/jwt-verify-disabled', ev, m, `\`${callText(ev.node, m)}\` accepts expired tokens (\`ignoreExpiration: true\`): a leaked or revoked token stays valid for ever`, 'Keep the expiry check and allow for clock skew with `clockTolerance: 30` instead.', [ev.args[0]], 'major')
  }
  const algs = ev.kwargs.get('algorithms')?.elements?.map((e) => e.str ?? '') ?? []
  if (algs.some((a) => /^HS\d+$/i.test(a)) && algs.some((a) => /^(RS|PS|ES)\d+$/i.test(a))) {
    return finding('crypto/jwt-verify-disabled', ev, m, `\`${callText(ev.node, m)}\` accepts both HMAC and public-key algorithms (${algs.join(', ')}): a token signed with HS256 using the public key as the secret passes`, 'Allow only the algorithm family the key is for: `algorithms: ["RS256"]` with a public key, `["HS256"]` with a shared secret.', [ev.args[0]], 'critical')
  }
  return undefined
})

/** Vue's runtime compiler and its server renderers: a component's `template` option compiled where the page is rendered. */
const VUE_COMPONENT = /^vue\.(createSSRApp|createApp|defineComponent)$/
const VUE_SSR = /\b(vue\/server-renderer|@vue\/server-renderer|vue-server-renderer|createSSRApp)\b/
/** velocityjs renders and compiles Velocity templates: `render(source, context)`, `parse(source)`. */
const VELOCITY = /^velocityjs\.(render|parse)$/

/**
 * Template languages made for the browser, compiled on the server: a Vue component's `template` option rendered
 * with the server renderer (its `{{ }}` expressions run there), and Velocity templates through velocityjs.
 */
const serverCompiledTemplate = scoped({ kinds: ['call'], needles: ['template', 'velocity'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  const vue = VUE_COMPONENT.test(q) || (ev.isNew && /^vue(\.default)?$/.test(q))
  if (!vue && !VELOCITY.test(q)) return undefined
  const v = vue ? ev.args[0]?.fields?.get('template') : ev.args[0]
  if (!v || !serverTaint(v) || isInert(v) || !(isTainted(v, 'code') || isBuiltUnsafe(v, 'code'))) return undefined
  if (vue && !fileMatches(ev.node, m, VUE_SSR)) return undefined
  return finding('js/template-injection', ev, m, `\`${callText(ev.node, m)}\` compiles a template from ${describeFlow(v, '', m.row(ev.stmt))}: template code in it runs on the server`, 'Ship the template with the code (a component file or a template file) and pass request values as data, never as template source.', [v], 'critical')
})

export const javascriptMatchers: Matcher[] = [serverCompiledTemplate, jwtWeak, sqlInjection, javascriptDatabaseClient, javascriptAwsSqlCommand, shellInjection, bunShellRaw, codeEval, pathTraversal, openRedirect, xss, ssrf, hardcodedSigningKey, weakPasswordHash, insecureRandom, javascriptCleartextHttp, javascriptXxe, javascriptTemplateInjection, javascriptUnsafeDeserialization, javascriptInsecureCookie, javascriptPromptInjection, javascriptCors, javascriptDebugMode, javascriptTempFile, javascriptWriteToReadOnly, javascriptFilePermissions, javascriptKeyFileMode, javascriptCipherParameters, javascriptSensitiveLogging, javascriptErrorExposure, javascriptLogInjection, javascriptHeaderInjection, javascriptHeaderInjectionValue]
