/**
 * Python sinks. Each matcher looks at one event of the def-use pass (a call, a store, a return)
 * and decides from the values involved; names are already resolved through imports and aliases.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent, FlowEvent, StoreEvent } from '../events'
import { hasTag, isInert, isTainted, SAFE, TAG, type Value } from '../value'
import { pythonCipherParameters } from './cipher-parameters'
import { pythonCleartextHttp } from './cleartext'
import { pythonInsecureCookie } from './cookies'
import { pythonFilePermissions } from './file-permissions'
import { pythonWriteToReadOnly } from './readonly-files'
import { pythonSensitiveLogging } from './sensitive-logging'
import { pythonErrorExposure } from './error-exposure'
import { pythonLogInjection } from './log-injection'
import { pythonHeaderInjection, pythonHeaderInjectionValue } from './header-injection'
import { pythonDatabaseClient } from './database-clients'
import { PY_SUBPROCESS } from './processes'
import { pythonPromptInjection } from './llm'
import { pythonTempFile } from './temp-files'
import { pythonCors } from './web-config'
import { atOrigin, atPiece, callText, cleared, dangerous, describeFlow, fileMatches, finding, isBuiltUnsafe, type MatchContext, type Matcher, scoped } from './common'
import { PREPARED_REQUEST, pythonFormatStringInjection, pythonTemplateInjection, pythonXxe } from './parsers'
import { pythonEnginePromptInjection } from './python-llm'
import { assignments, outerScopeText } from './written'
import { fetchedCallbackParameter, joinedParameter } from './python-helper-params'
import { pythonDebugMode, pythonWeakCipher } from './python-config'
import { pythonWeakPasswordScheme } from './python-hashes'
import { lineOfFile, NOT_A_SECRET_NAME, NOT_SECRET_FUNCTION, oauthRequest, picksExisting } from './random-uses'
import { field, namedChildren, parameterName, rootOf } from '../text'

const SQL_WORDS = /\b(select|insert|update|delete|where|from|into|values|order\s+by|group\s+by|create|drop|alter|join|limit|union|set)\b/i
const DB_RECEIVER = /(^|[._])(cur|cursor|conn|connection|db|database|session|engine|c|con|cnx|tx|transaction|client|pool|sqlite|mysql|pg|psql)$/i
const IDENTIFIER_SLOT = /\b(from|join|into|update|table|order\s+by|group\s+by)\s+["`[]?$/i

function arg(ev: CallEvent, index: number, keyword?: string): Value | undefined {
  return (keyword ? ev.kwargs.get(keyword) : undefined) ?? ev.args[index]
}

function argText(ev: CallEvent, m: MatchContext, index: number): string {
  const node = ev.argNodes[index]
  return node ? m.text(node) : ''
}

/** PonyORM's `raw_sql()` (a raw SQL fragment inside a generator or lambda query) and its `Database` object. */
const PONY_RAW_SQL = /^pony\.orm(\.core)?\.raw_sql$/
const PONY_DATABASE = 'pony.orm.Database()'
/** PonyORM's entity methods that take a whole SQL statement: `Book.select_by_sql(sql)`, `Book.get_by_sql(sql)`. */
const PONY_ENTITY_SQL = /^(select_by_sql|get_by_sql)$/
/** Query-builder clauses named for the raw SQL they take (Masonite ORM, Orator): `where_raw`, `or_where_raw`, `select_raw`, `order_by_raw`, `having_raw`. */
const RAW_CLAUSE = /^(or_)?(where|where_in|select|order_by|group_by|having|join|from|update)_raw$/
/** Masonite ORM's (and Orator's) query builder and `DB` facade, whose `statement(sql, bindings)` runs SQL text. */
const QUERY_BUILDER = /^(masoniteorm|orator)\.[\w.]*(QueryBuilder\(\)|DB|DatabaseManager\(\))$|^(DB|QueryBuilder\(\))$/

/** A parameter named for an ordering or a column: what a caller fills from a client's `?sort=` or `?column=`. */
const SORT_PARAMETER = /^(sort|sorting|order|ordering|order_by|orderby|sort_by|sortby|sort_key|sort_field|sort_column|sort_order|order_field|column|col|field|direction|sort_dir|sort_direction)$/

/**
 * `select(Order).order_by(text(sort))` in `def list_raw_sort(self, sort)`: SQLAlchemy's `text()` (or `literal_column()`)
 * of nothing but the function's own parameter named for a sort key or a column, never checked or mapped in the function.
 * The name says a client's choice ends up there, and no placeholder can bind it.
 */
function sortParameter(ev: CallEvent, v: Value, m: MatchContext): string | undefined {
  const node = ev.argNodes[0]
  if (!node || node.type !== 'identifier' || v.constant || isInert(v) || v.taint || ((v.safe ?? 0) & SAFE.sql) !== 0) return undefined
  const name = m.text(node)
  if (!SORT_PARAMETER.test(name)) return undefined
  const scope = enclosingParameters(ev.stmt, m)
  if (!scope || !scope.names.has(name) || m.isTest) return undefined
  // Checked or mapped in the function (`if sort not in ALLOWED`, `sort = SORTS[sort]`): the function vouches for it.
  const body = m.text(field(scope.def, 'body') ?? scope.def)
  if (new RegExp(`\\b${name}\\s*(?:not\\s+)?in\\b|\\b${name}\\s*=[^=]|\\[\\s*${name}\\s*\\]|\\.get\\(\\s*${name}\\b|(?:valid|allow|check|safe)\\w*\\(\\s*${name}\\b`).test(body)) return undefined
  return name
}

/** A module that maps documents with MongoEngine, whose querysets have a `where()` of their own. */
const PY_MONGOENGINE = /^\s*(from|import)\s+(mongoengine|flask_mongoengine)\b/m

const sqlInjection = scoped({ kinds: ['call'], needles: ['execute', 'Hook', 'mogrify', 'raw', 'statement', 'from_statement', 'read_sql', 'fetch', 'select', 'exists', 'iterate', 'exec_driver_sql', 'text', 'literal_column', 'SQL', 'order_by', 'filter', 'where', 'having', 'group_by', 'extra', 'WhereRaw', 'QueryString'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  const method = ev.receiver !== undefined
  // asyncpg (`fetch`, `fetchrow`, `fetchval`), databases (`fetch_all`, …), peewee (`execute_sql`) and
  // SQLAlchemy's `exec_driver_sql` take SQL text first, as DB-API's `execute` does.
  // Tortoise's connection (`execute_query`, `execute_query_dict`, `execute_script`) likewise, and pyDAL's `db.executesql(sql)` (web2py, py4web, Emmett).
  const driverCall = method && /^(execute|executemany|executescript|executesql|mogrify|raw|from_statement|read_sql|read_sql_query|fetch|fetchrow|fetchval|fetch_all|fetch_one|fetch_val|iterate|execute_sql|exec_driver_sql|execute_query|execute_query_dict|execute_script)$/.test(ev.name)
  // `text()`, `literal_column()`, peewee's `SQL()` and Piccolo's `WhereRaw()` and `QueryString()` take raw SQL text (Piccolo binds the
  // values passed after it into its `{}` slots).
  const textCall = /(^|\.)sqlalchemy(\.sql)?(\.expression)?\.(text|literal_column)$|^peewee\.SQL$|^piccolo\.(columns\.combination\.WhereRaw|querystring\.QueryString)$/.test(q) || (!method && ev.name === 'text' && q === 'text')
  const rawSql = /(^|\.)RawSQL$/.test(q) || (!method && ev.name === 'RawSQL') || PONY_RAW_SQL.test(q)
  // PonyORM's `db.select(sql)`, `db.get(sql)`, `db.exists(sql)` on a `Database()` take SQL text (`$name` binds a variable).
  const ponyQuery = (method && /^(select|get|exists)$/.test(ev.name) && ev.receiver?.qname === PONY_DATABASE) || (method && PONY_ENTITY_SQL.test(ev.name))
  // Masonite ORM's and Orator's raw clauses (`Invoice.where_raw(sql)`, `builder.order_by_raw(sql)`) and a query builder's or `DB`'s `statement(sql)`.
  const builderRaw = method && (RAW_CLAUSE.test(ev.name) || (ev.name === 'statement' && QUERY_BUILDER.test(ev.receiver?.qname ?? ev.receiverText ?? '')))
  const clause = method && /^(order_by|filter|where|having|group_by|extra)$/.test(ev.name)
  const pandas = /^(pandas|pd)\.read_sql(_query)?$/.test(q)
  // An Airflow database hook (`PostgresHook(...).run(sql)`) takes nothing but SQL.
  const hook = method && /^(run|get_records|get_first|get_pandas_df|get_df)$/.test(ev.name) && /^airflow\.[\w.]+Hook\(\)$/.test(ev.receiver?.qname ?? '')
  if (!driverCall && !textCall && !rawSql && !clause && !pandas && !hook && !ponyQuery && !builderRaw) return undefined
  // A MongoEngine queryset's `where()` takes `$where` JavaScript, reported by the NoSQL rule.
  if (clause && ev.name === 'where' && /\.objects\b/.test(ev.receiverText ?? '') && fileMatches(ev.node, m, PY_MONGOENGINE)) return undefined
  const v = ev.name === 'extra' && method ? extraSql(ev) : (ev.args[0] ?? ev.kwargs.get('query') ?? ev.kwargs.get('sql'))
  if (!v) return undefined
  // Inert, or formatted only from values an allow-list check or a quoting call let through: proven harmless, which vetoes the line rule's guess.
  if (isInert(v) || ((v.taint || v.built) && !isTainted(v, 'sql') && !isBuiltUnsafe(v, 'sql'))) return cleared('python/sql-injection', ev, m)
  const built = isBuiltUnsafe(v, 'sql') && (SQL_WORDS.test(v.built!.prefix) || (driverCall && DB_RECEIVER.test(ev.receiverText ?? '')) || textCall || rawSql || clause || hook || ponyQuery || builderRaw)
  // A Django manager's `.raw()` (`Order.objects.raw(q)`) takes nothing but SQL.
  const djangoRaw = ev.name === 'raw' && /\.objects$/.test(ev.receiverText ?? '')
  const tainted = isTainted(v, 'sql') && (driverCall ? DB_RECEIVER.test(ev.receiverText ?? '') || djangoRaw || SQL_WORDS.test(v.built?.prefix ?? '') : true)
  // `.filter(x)` with a plain value is an ORM expression; an `.extra()` fragment is always SQL text.
  if (clause && !built && !(ev.name === 'extra' && tainted)) return undefined
  if (!built && !tainted) {
    const param = textCall && sortParameter(ev, v, m)
    if (!param) return undefined
    return finding(
      'python/sql-injection',
      ev,
      m,
      `\`${callText(ev.node, m)}\` makes raw SQL of the parameter \`${param}\`, a sort key or column name: a caller passing on a client's choice lets it write into the query (\`id; DROP TABLE orders\`, a subquery in the ORDER BY)`,
      'Map the key through a fixed allow-list of columns (`{"created": Order.created_at, "total": Order.total}[sort]`) and order by the column object, not by text.',
      [v],
      'major',
    )
  }
  const call = callText(ev.node, m)
  const how = describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))
  const identifier = built && !v.taint && IDENTIFIER_SLOT.test(v.built!.prefix)
  const f = finding(
    'python/sql-injection',
    ev,
    m,
    identifier
      ? `\`${call}\` splices ${how} into a table or column position; placeholders cannot bind identifiers, so check it against an allow-list`
      : `\`${call}\` runs SQL built from ${how}: a quote in the value rewrites the query`,
    identifier
      ? 'Map the name through a fixed allow-list (`{"name": "name", "date": "created_at"}[key]`) before formatting it in.'
      : 'Bind values as parameters: `cursor.execute("SELECT … WHERE id = %s", (user_id,))` (sqlite3 uses `?`; SQLAlchemy `text("… :id")` with `{"id": user_id}`).',
    [v],
    identifier ? 'major' : 'critical',
  )
  // A query assembled piecewise is injected where the piece is added (`sql += f"… {x}"`).
  return atPiece(f, v, ev.stmt, m)
})

/**
 * Django's `.extra()` takes SQL fragments in lists and dicts (`where=[…]`, `select={…}`,
 * `tables=[…]`, `order_by=[…]`); only `params=`/`select_params=` are bound. The first fragment
 * that is request text or was formatted from non-constant parts is the one to report.
 */
function extraSql(ev: CallEvent): Value | undefined {
  const fragments: Value[] = []
  for (const key of ['where', 'select', 'tables', 'order_by']) {
    const bag = ev.kwargs.get(key)
    if (!bag) continue
    if (bag.elements) fragments.push(...bag.elements)
    else if (bag.fields) fragments.push(...bag.fields.values())
    else fragments.push(bag)
  }
  if (fragments.length === 0) return ev.args[0]
  return fragments.find((f) => isBuiltUnsafe(f, 'sql')) ?? fragments.find((f) => isTainted(f, 'sql')) ?? (fragments.every(isInert) ? fragments[0] : undefined)
}

/** Airflow operators whose command Jinja renders and a shell runs: `BashOperator(bash_command=…)`, `SSHOperator(command=…)`. */
const AIRFLOW_SHELL_OPERATOR = /^airflow\.[\w.]*\.(BashOperator|SSHOperator)$|^(BashOperator|SSHOperator)$/
/** A Jinja expression printing what the DAG run was triggered with (`{{ dag_run.conf['table'] }}`, `{{ dag_run.conf.get("x") }}`). */
const RUN_CONF_TEMPLATE = /\{\{[^}]*\bdag_run\.conf\b[^}]*\}\}/

/**
 * A templated Airflow command that prints the run's conf: Airflow renders `{{ dag_run.conf[...] }}` into the text before
 * bash runs it, so whoever triggers the DAG (the UI, the REST API, another DAG) writes part of a shell script.
 * Passing the value through `env=` and quoting `"$VAR"` keeps it data.
 */
const airflowTemplatedCommand = scoped({ kinds: ['call'], needles: ['Operator'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !AIRFLOW_SHELL_OPERATOR.test(ev.qname ?? ev.name)) return undefined
  const key = /BashOperator$/.test(ev.qname ?? ev.name) ? 'bash_command' : 'command'
  const node = ev.kwNodes.get(key)
  const text = node ? m.text(node) : ''
  if (!/^[rbuf]*["']/.test(text) && node?.type !== 'concatenated_string') return undefined
  const expr = RUN_CONF_TEMPLATE.exec(text)?.[0]
  if (!expr) return undefined
  return finding('python/shell-injection', ev, m, `\`${callText(ev.node, m)}\` renders \`${expr}\` into its \`${key}\`: the DAG run's conf is whatever the trigger sent, and \`;\`, \`|\` or \`$()\` in it run other commands on the worker`, `Pass the value in \`env={"TABLE": "{{ dag_run.conf['table'] }}"}\` and quote it in the script (\`"$TABLE"\`), or check it against an allow-list in a Python task first.`, [], 'critical')
})

const SHELL_ALWAYS = /^(os\.(system|popen|popen2|popen3|popen4)|commands\.(getoutput|getstatusoutput)|subprocess\.(getoutput|getstatusoutput)|asyncio\.create_subprocess_shell|popen2\.\w+)$/

/**
 * `cmd = ["whisper", path, "--model", model]` then `if code: cmd += ["--language", code]`: a name the function only ever
 * binds to list literals, and grows only by lists, is an argument list whatever branch ran, with its program the literal
 * each of its lists starts with. (The branches' lists differ in length, so their entries are not carried one by one.)
 */
function argvWithFixedProgram(ev: CallEvent, m: MatchContext): boolean {
  const id = ev.argNodes[0]
  if (id?.type !== 'identifier' || !ev.fn.node) return false
  let made = 0
  const visit = (n: SNode): boolean => {
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const left = field(n, 'left')
      if (left && m.text(left) === m.text(id)) {
        const right = field(n, 'right')
        if (right?.type !== 'list') return false
        if (n.type === 'assignment') {
          // A shell as the program (`["sh", "-c", script]`) makes a later entry a script, judged where the entries are known.
          const first = namedChildren(right)[0]
          if (first?.type !== 'string' || /^[rb]*f/i.test(m.text(first)) || SHELL_PROGRAM.test(m.text(first).replace(/^[rbu]*["']+|["']+$/gi, ''))) return false
          made++
        } else if (m.text(field(n, 'operator') ?? n) !== '+=') return false
      }
    } else if ((n.type === 'for_statement' || n.type === 'named_expression' || n.type === 'as_pattern_target') && m.text(field(n, 'left') ?? field(n, 'name') ?? n) === m.text(id)) {
      return false
    }
    return n.type === 'function_definition' && n !== ev.fn.node ? true : namedChildren(n).every(visit)
  }
  return visit(ev.fn.node) && made > 0
}

const SHELL_PROGRAM = /^(\/(usr\/)?bin\/)?(sh|bash|zsh|dash|ksh)$|^(cmd|cmd\.exe|powershell|pwsh)$/i

const PEXPECT = /^pexpect\.(spawn|spawnu|run|runu|popen_spawn\.PopenSpawn|PopenSpawn)$/
/** Twisted's process helpers: the executable, then its arguments (`getProcessOutput("/bin/sh", ["-c", script])`). */
const TWISTED_PROCESS = /^twisted\.internet\.utils\.getProcess(Output|Value|OutputAndValue)$/
/** A plumbum command for a program (`local["sh"]`, `local.cmd.bash`): calling it runs that program with the call's arguments. */
const PLUMBUM_COMMAND = /^plumbum\.(local|cmd)\[(.+)\]$|^plumbum\.(?:local\.)?cmd\.(\w+)$/

/**
 * The program and arguments of a call that takes them apart, with no shell of its own: pexpect given a list
 * (`spawn("/bin/bash", ["-c", script])`), Twisted's `getProcessOutput(executable, args)`, a plumbum command called with
 * its arguments (`sh("-c", script)`).
 */
function listedProgram(ev: CallEvent, q: string): Value[] | undefined {
  if ((PEXPECT.test(q) || TWISTED_PROCESS.test(q)) && ev.args[0]) {
    const list = ev.args[1] ?? ev.kwargs.get('args')
    return list?.elements ? [ev.args[0], ...list.elements] : undefined
  }
  const plumbum = PLUMBUM_COMMAND.exec(q)
  if (plumbum) return [{ str: plumbum[2] ?? plumbum[3] }, ...ev.args]
  return undefined
}

const shellInjection = scoped({ kinds: ['call'], needles: ['exec_command', 'run', 'sudo', 'system', 'popen', 'Popen', 'getoutput', 'getstatusoutput', 'create_subprocess', 'call', 'check_output', 'spawn', 'getProcess', 'plumbum'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  // paramiko's `SSHClient.exec_command(cmd)` (and fabric's `c.run(cmd)` on a connection): the remote login shell runs the string.
  if (ev.receiver && (ev.name === 'exec_command' || (/^(run|sudo)$/.test(ev.name) && /^fabric\.([\w.]*\.)?(Connection|SerialGroup|ThreadingGroup)\(\)$/.test(ev.receiver.qname ?? '')))) {
    const cmd = arg(ev, 0, 'command')
    if (!cmd || isInert(cmd)) return cmd ? cleared('python/shell-injection', ev, m) : undefined
    if (!dangerous(cmd, 'shell')) return cmd.built || cmd.taint ? cleared('python/shell-injection', ev, m) : undefined
    return finding('python/shell-injection', ev, m, `\`${callText(ev.node, m)}\` runs ${describeFlow(cmd, argText(ev, m, 0), m.row(ev.stmt))} in the remote shell: \`;\`, \`|\` or \`$()\` in it run other commands on that host`, 'Check the value against a fixed allow-list, or quote it with `shlex.quote()` before building the command.', [cmd], cmd.taint ? 'critical' : 'major')
  }
  const argv = listedProgram(ev, q)
  if (argv) {
    const [program, ...rest] = argv
    const flag = rest.findIndex((e) => /^([-/]c|-Command)$/.test(e.str ?? ''))
    const script = flag >= 0 && SHELL_PROGRAM.test(program?.str ?? '') ? rest[flag + 1] : undefined
    if (script && dangerous(script, 'shell')) {
      return finding('python/shell-injection', ev, m, `\`${callText(ev.node, m)}\` runs \`${program!.str} ${rest[flag]!.str}\` with a script from ${describeFlow(script, '', m.row(ev.stmt))}: \`;\`, \`|\` or \`$()\` in it run other commands`, 'Call the program directly with an argument list, without a shell in between, and check the values against an allow-list.', [script], script.taint ? 'critical' : 'major')
    }
    if (program && isTainted(program, 'shell') && !script) {
      return finding('python/shell-injection', ev, m, `\`${callText(ev.node, m)}\` runs a program named by ${describeFlow(program, argText(ev, m, 0), m.row(ev.stmt))}`, 'Choose the program from a fixed table and pass request values only as separate arguments.', [program])
    }
    return script || program?.taint || program?.built ? cleared('python/shell-injection', ev, m) : undefined
  }
  // pexpect's `spawn(command)` and `run(command)` split one string into the program and its arguments, honouring quotes as a
  // shell does; the programs driven this way (ssh, su, sudo, ftp) hand what follows to a shell or a prompt.
  if (PEXPECT.test(q) && !ev.args[1] && !ev.kwNodes.has('args')) {
    const cmd = arg(ev, 0, 'command')
    if (!cmd || isInert(cmd)) return cmd ? cleared('python/shell-injection', ev, m) : undefined
    if (!dangerous(cmd, 'shell')) return cmd.built || cmd.taint ? cleared('python/shell-injection', ev, m) : undefined
    return finding('python/shell-injection', ev, m, `\`${callText(ev.node, m)}\` splits ${describeFlow(cmd, argText(ev, m, 0), m.row(ev.stmt))} into a command line: spaces and quotes in it add arguments, and through ssh or \`sh -c\` \`;\`, \`|\` or \`$()\` run other commands`, 'Pass the program and a list of arguments (`pexpect.spawn("ssh", [host, "uptime"])`), and check each value against an allow-list; quote remote commands with `shlex.quote()`.', [cmd], cmd.taint ? 'critical' : 'major')
  }
  const always = SHELL_ALWAYS.test(q)
  const sub = PY_SUBPROCESS.test(q)
  if (!always && !sub) return undefined
  const shell = always || ev.kwargs.get('shell')?.str === undefined && ev.kwNodes.has('shell') && /^True$/.test(m.text(ev.kwNodes.get('shell')!))
  let v = arg(ev, 0, 'args')
  if (!v) return undefined
  if (isInert(v)) return cleared('python/shell-injection', ev, m)
  // An argument list, written here or built earlier (`args = ["tool", "--period", period]`): only its first entry names the program.
  const list = ev.argNodes[0]?.type === 'list' || (!!v.elements && v.elements.length > 0)
  if (shell && dangerous(v, 'shell')) {
    return finding(
      'python/shell-injection',
      ev,
      m,
      `\`${callText(ev.node, m)}\` passes ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))} to a shell: \`;\`, \`|\` or \`$()\` in it run other commands${stallNote(ev, m, SYNC_SUBPROCESS)}`,
      'Pass an argument list without a shell: `subprocess.run(["convert", filename, out], check=True)`; if a shell is unavoidable, quote each value with `shlex.quote()`.',
      [v],
      v.taint ? 'critical' : 'major',
    )
  }
  // Formatted from values checked against an allow-list or quoted: proven harmless, which vetoes the line rule's guess.
  if (shell && (v.built || v.taint)) return cleared('python/shell-injection', ev, m)
  // `["sh", "-c", command]`: the program is a shell, and the string after `-c` is its script.
  const flag = v.elements?.findIndex((e) => /^([-/]c|-Command)$/.test(e.str ?? '')) ?? -1
  const script = flag > 0 && SHELL_PROGRAM.test(v.elements![0]!.str ?? '') ? v.elements![flag + 1] : undefined
  if (script && dangerous(script, 'shell')) {
    return finding('python/shell-injection', ev, m, `\`${callText(ev.node, m)}\` runs \`${v.elements![0]!.str} ${v.elements![flag]!.str}\` with a script from ${describeFlow(script, '', m.row(ev.stmt))}: \`;\`, \`|\` or \`$()\` in it run other commands`, 'Call the program directly with an argument list (`["journalctl", "-u", unit]`), without a shell in between.', [script], script.taint ? 'critical' : 'major')
  }
  if (!shell && list && v.elements?.[0] && !isTainted(v.elements[0], 'shell')) return cleared('python/shell-injection', ev, m)
  if (!shell && !list && argvWithFixedProgram(ev, m)) return cleared('python/shell-injection', ev, m)
  if (!shell && list && v.elements?.[0] && isTainted(v.elements[0], 'shell')) v = v.elements[0]
  // `shlex.split(f"ffmpeg -i {path}")`, `cmd.split()`: the first word, the program, is written in the code.
  else if (!shell && !list && v.built && /^\s*[^\s{%]+\s/.test(v.built.prefix)) return cleared('python/shell-injection', ev, m)
  if (!shell && (!list || v !== arg(ev, 0, 'args')) && isTainted(v, 'shell')) {
    return finding(
      'python/shell-injection',
      ev,
      m,
      `\`${callText(ev.node, m)}\` runs a program named by ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))}`,
      'Choose the program from a fixed table and pass request values only as separate list arguments.',
      [v],
    )
  }
  return undefined
})

/** Imports by a name given at run time: a module the client names runs its top-level code (any installed module, or a planted file on `sys.path`). */
const DYNAMIC_IMPORT = /^(importlib\.import_module|__import__|builtins\.__import__|importlib\.__import__)$/

/** `pd.eval(expr)`: pandas' own expression evaluator (with the python engine, plain `eval`). */
const PANDAS_EXPRESSION = /^(pandas|pd)\.eval$/
const IMPORTS_PANDAS = /^\s*(import\s+pandas|from\s+pandas\b)/m
/** Receivers named for something other than a DataFrame: database sessions, search indexes, API clients. */
const NOT_A_FRAME = /session|client|conn|cursor|(^|[._])db$|^db|index|search|engine|collection|api|graph|repo|manager|objects|model|(^|[._])es$/i

/**
 * `df.query(text)` / `df.eval(text)` in a file that imports pandas: pandas evaluates the text, and its `@` names and
 * attribute calls reach Python objects. The receiver is a DataFrame by how it was made (`pd.read_csv(...)`), or is at
 * least not another library's object nor named for a session, index or client.
 */
function dataFrameExpression(ev: CallEvent, m: MatchContext): boolean {
  if (!ev.receiver || (ev.name !== 'query' && ev.name !== 'eval')) return false
  const made = ev.receiver.qname
  if (made && /^(pandas|pd)\./.test(made)) return true
  if (made || NOT_A_FRAME.test(ev.receiverText ?? '') || !fileMatches(ev.node, m, IMPORTS_PANDAS)) return false
  return true
}

/** Modules any of whose functions a client must never pick by name. */
const POWERFUL_MODULE = /^(os|subprocess|builtins|__builtins__|shutil|sys|pickle|importlib|posix|pty)$/

/**
 * Hugging Face loaders that, with `trust_remote_code=True`, import and run the Python files of the repository they load
 * (`AutoModel.from_pretrained(repo, trust_remote_code=True)`, `pipeline(model=repo, ...)`, `load_dataset(repo, ...)`).
 */
const HF_REMOTE_CODE_LOADER = /^(from_pretrained|pipeline|load_dataset)$/

/** The repository a Hugging Face loader is given, when it runs that repository's code and the client named it. */
function remoteCodeRepo(ev: CallEvent, m: MatchContext): { repo: Value; text: string } | undefined {
  if (!HF_REMOTE_CODE_LOADER.test(ev.name) || !ev.kwNodes.has('trust_remote_code') || m.text(ev.kwNodes.get('trust_remote_code')!) !== 'True') return undefined
  // `from_pretrained(repo)` and `load_dataset(repo)` take it first; `pipeline(task, model=repo)` second or by keyword.
  const [at, keyword] = ev.name === 'from_pretrained' ? [0, 'pretrained_model_name_or_path'] : ev.name === 'pipeline' ? [1, 'model'] : [0, 'path']
  const node = ev.kwNodes.get(keyword) ?? ev.argNodes[at]
  const repo = ev.kwargs.get(keyword) ?? ev.args[at]
  return node && repo && isTainted(repo, 'code') ? { repo, text: m.text(node) } : undefined
}

const codeEval = scoped({ kinds: ['call'], needles: ['import_module', '__import__', 'eval', 'exec', 'query', 'getattr', 'trust_remote_code'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  const remote = remoteCodeRepo(ev, m)
  if (remote) {
    return finding('python/code-eval', ev, m, `\`${callText(ev.node, m)}\` loads the repository named by ${describeFlow(remote.repo, remote.text, m.row(ev.stmt))} with \`trust_remote_code=True\`, which imports and runs the Python files in it: the client picks code the server runs`, 'Load only repositories from a fixed allow-list, pinned to a reviewed `revision`, or drop `trust_remote_code` and use architectures the library ships.', [remote.repo], 'critical')
  }
  if (DYNAMIC_IMPORT.test(q)) {
    const mod = ev.args[0] ?? ev.kwargs.get('name')
    // `import_module(f"app.exporters.{fmt}")`: only modules inside that package can be reached.
    if (!mod || !isTainted(mod, 'code') || /^\w+(\.\w+)*\.$/.test(mod.built?.prefix ?? '')) return undefined
    return finding('python/code-eval', ev, m, `\`${callText(ev.node, m)}\` imports the module named by ${describeFlow(mod, argText(ev, m, 0), m.row(ev.stmt))}: the client picks which code is loaded and run`, 'Map the allowed names to modules in a fixed dict (`EXPORTERS = {"csv": "app.export.csv"}`) and import only from it.', [mod], 'critical')
  }
  if (PANDAS_EXPRESSION.test(q) || dataFrameExpression(ev, m)) {
    const expr = ev.args[0] ?? ev.kwargs.get('expr')
    if (!expr || !isTainted(expr, 'code')) return undefined
    return finding(
      'python/code-eval',
      ev,
      m,
      `\`${callText(ev.node, m)}\` evaluates ${describeFlow(expr, argText(ev, m, 0), m.row(ev.stmt))} as a pandas expression: \`@\` names, attribute access and method calls in it reach the server's Python objects`,
      'Let the client pick columns and operators from fixed lists and build the filter yourself (`df[df[col] > value]`), or pass its values as `@` variables of a constant expression (`df.query("amount >= @min_amount")`).',
      [expr],
      'critical',
    )
  }
  // `getattr(os, request.args["fn"])`: the client picks which function of a module that runs commands, deletes files or
  // loads code is called (CWE-470); `getattr(self, f"handle_{action}")` reaches only the class's own methods.
  if (q === 'getattr' || q === 'builtins.getattr') {
    const attr = ev.args[1]
    const owner = ev.argNodes[0] ? m.text(ev.argNodes[0]) : ''
    if (!POWERFUL_MODULE.test(owner) || !attr || !isTainted(attr, 'code') || attr.built?.prefix) return undefined
    return finding('python/code-eval', ev, m, `\`${callText(ev.node, m)}\` looks up the \`${owner}\` function named by ${describeFlow(attr, argText(ev, m, 1), m.row(ev.stmt))}: the client picks which of its functions runs (\`system\`, \`remove\`, \`exec\`…)`, 'Map the allowed names to functions in a fixed dict (`ACTIONS = {"stat": os.stat}`) and call only from it.', [attr], 'critical')
  }
  if (ev.receiver) return undefined
  if (q !== 'eval' && q !== 'exec' && q !== 'builtins.eval' && q !== 'builtins.exec') return undefined
  const v = ev.args[0]
  if (!v) return undefined
  if (isInert(v) || ((v.safe ?? 0) & SAFE.code && !v.built)) return cleared('python/code-eval', ev, m)
  // Text a full-match pattern held to arithmetic, alone or spliced into the code's own (`eval(f"({expr})")`).
  if (((v.safe ?? 0) | (v.built?.safe ?? 0)) & SAFE.arithmetic) return cleared('python/code-eval', ev, m)
  const name = q.replace('builtins.', '')
  const source = v.taint || v.built ? describeFlow(v, argText(ev, m, 0), m.row(ev.stmt)) : `\`${argText(ev, m, 0)}\``
  return finding(
    'python/code-eval',
    ev,
    m,
    `\`${name}()\` runs ${source} as Python: whoever controls that text runs code on the server`,
    'Parse data instead of running it: `ast.literal_eval()` for literals, `json.loads()` for JSON, or a dict of allowed operations.',
    [v],
    v.taint || v.built ? 'critical' : 'major',
  )
})

const PICKLE = /^(pickle|cPickle|_pickle|dill|marshal|jsonpickle|shelve|joblib|pandas|pd|torch|numpy|np)\.(loads?|Unpickler|decode|open|read_pickle)$/
const UNSAFE_YAML_LOADERS = /^(Loader|UnsafeLoader|FullLoader|CLoader|CUnsafeLoader|CFullLoader)$/
const SAFE_YAML_LOADERS = /^(SafeLoader|CSafeLoader|BaseLoader|CBaseLoader)$/

/**
 * The loader a `yaml.load` call gets, by its resolved name (`y.FullLoader` after `import yaml as
 * y`, a bare `Loader` imported from yaml): `unsafe`, `full` (FullLoader: arbitrary objects from
 * tags on PyYAML < 5.4, never a safe loader), `safe`, or `unknown` (a subclass or a variable).
 */
function yamlLoader(ev: CallEvent, m: MatchContext): 'none' | 'unsafe' | 'full' | 'safe' | 'unknown' {
  const node = ev.kwNodes.get('Loader') ?? ev.argNodes[1]
  if (!node) return 'none'
  const value = ev.kwargs.get('Loader') ?? ev.args[1]
  const name = value?.qname ?? m.text(node)
  const last = name.split('.').pop() ?? ''
  const fromYaml = /^(yaml|ruamel\.yaml)\./.test(name) || !name.includes('.')
  if (!fromYaml) return 'unknown'
  if (SAFE_YAML_LOADERS.test(last)) return 'safe'
  if (UNSAFE_YAML_LOADERS.test(last)) return /Full/.test(last) ? 'full' : 'unsafe'
  return 'unknown'
}

/** `open(path, "rb")`, `path.open("rb")`, `gzip.open(path)`: the path expression a file-opening call reads. */
function openedPath(call: SNode | undefined, m: MatchContext): SNode | undefined {
  if (call?.type !== 'call') return undefined
  const fn = field(call, 'function')
  const args = namedChildren(field(call, 'arguments') ?? call).filter((a) => a.type !== 'keyword_argument')
  if (fn?.type === 'identifier' && m.text(fn) === 'open') return args[0]
  if (fn?.type !== 'attribute' || m.text(field(fn, 'attribute') ?? fn) !== 'open') return undefined
  const obj = field(fn, 'object')
  return obj && /^(io|gzip|bz2|lzma)$/.test(m.text(obj)) ? args[0] : obj
}

/** The names of the parameters of the function `node` sits in (none at module level). */
function enclosingParameters(node: SNode, m: MatchContext): { def: SNode; names: Set<string> } | undefined {
  let def = node.parent
  while (def && def.type !== 'function_definition') def = def.parent
  if (!def) return undefined
  const names = new Set<string>()
  for (const p of namedChildren(field(def, 'parameters') ?? def)) {
    const id = parameterName(p)
    if (id) names.add(m.text(id))
  }
  return { def, names }
}

/**
 * `pickle.load(handle)` where `handle` was opened, in this function, from the function's own
 * untainted path parameter (`def load_cache(path): with path.open("rb") as fh: return pickle.load(fh)`):
 * the app reading back a file it wrote. A caller passing request data there makes the value
 * tainted and reported; a path read from a stored record or a shared location is not this shape.
 */
function ownFileFromParameter(ev: CallEvent, m: MatchContext): boolean {
  const arg = ev.argNodes[0]
  const scope = arg && enclosingParameters(ev.stmt, m)
  if (!arg || !scope) return false
  const fromParameter = (call: SNode | undefined): boolean => {
    const path = openedPath(call, m)
    return path?.type === 'identifier' && scope.names.has(m.text(path))
  }
  if (arg.type === 'call') return fromParameter(arg)
  if (arg.type !== 'identifier') return false
  const name = m.text(arg)
  const openers: SNode[] = []
  const visit = (node: SNode): void => {
    if (node.type === 'as_pattern') {
      const target = field(node, 'alias')
      if (target && m.text(target) === name) openers.push(namedChildren(node)[0]!)
    } else if (node.type === 'assignment' && m.text(field(node, 'left') ?? node) === name) {
      const right = field(node, 'right')
      if (right) openers.push(right)
    }
    if (node.type !== 'function_definition' || node === scope.def) for (const c of namedChildren(node)) visit(c)
  }
  visit(scope.def)
  return openers.length > 0 && openers.every(fromParameter)
}

/** `from django.core.cache import cache` (or `caches`): the names Django's cache framework is read through here. */
const DJANGO_CACHE_IMPORT = /^\s*from\s+django\.core\.cache\s+import\s+([^\n]+)/m

/**
 * `pickle.loads(cache.get(key))` on Django's cache: the framework pickles every value it stores and unpickles every
 * value it reads, so whoever could write a crafted entry already runs code at `cache.get()`. Unpickling what it
 * returned again opens nothing new; a raw Redis or Memcached client, which hands back bytes as stored, is not this.
 */
function fromDjangoCache(ev: CallEvent, m: MatchContext): boolean {
  const arg = ev.argNodes[0]
  const imported = arg && DJANGO_CACHE_IMPORT.exec(m.text(rootOf(ev.node)))?.[1]
  if (!arg || !imported) return false
  const names = imported.split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!).filter((n) => /^\w+$/.test(n))
  const read = (node: SNode | undefined): boolean => {
    if (node?.type !== 'call') return false
    const callee = m.text(field(node, 'function') ?? node)
    return names.some((n) => callee === `${n}.get` || new RegExp(`^${n}\\[[^\\]]+\\]\\.get$`).test(callee))
  }
  if (arg.type === 'call') return read(arg)
  if (arg.type !== 'identifier') return false
  const scope = enclosingParameters(ev.stmt, m)
  if (!scope || scope.names.has(m.text(arg))) return false
  const rights: SNode[] = []
  const visit = (node: SNode): void => {
    if (node.type === 'assignment' && m.text(field(node, 'left') ?? node) === m.text(arg)) rights.push(field(node, 'right') ?? node)
    if (node.type !== 'function_definition' || node === scope.def) for (const c of namedChildren(node)) visit(c)
  }
  visit(scope.def)
  return rights.length > 0 && rights.every(read)
}

/** Calls that only decode text written beside them (`bytes.fromhex("80049…")`, `base64.b64decode(DEFAULT)`), or pickle what the code holds. */
const LITERAL_DECODER = /\b(?:(?:pickle|cloudpickle|dill)\.dumps|base64\.\w*decode|bytes\.fromhex|bytes|bytearray|zlib\.decompress|codecs\.decode)\s*\(/g

/**
 * The bytes are the program's own text: the argument, or what its name is assigned, calls nothing but a decoder of
 * literals. A value the pass reads as constant because a call took only literal arguments
 * (`s3.get_object(Bucket="models", Key="ranker.pkl")["Body"].read()`) is whatever that call returned, not code.
 */
function bytesWrittenInCode(ev: CallEvent, m: MatchContext): boolean {
  const node = ev.argNodes[0]
  if (!node) return false
  const texts = node.type === 'identifier' ? assignments(m.text(node), outerScopeText(ev, m)) : [m.text(node)]
  return texts.every((t) => !/[\w\])]\s*\(/.test(t.replace(LITERAL_DECODER, '')))
}

/** Keras' model loaders, under TensorFlow or standalone (`tf.keras.models.load_model`, `keras.saving.load_model`). */
const KERAS_LOAD_MODEL = /^((tensorflow|tf)\.)?keras\.(models|saving)\.load_model$/

const unsafeDeserialization = scoped({ kinds: ['call'], needles: ['load', 'Unpickler', 'decode', 'open', 'read_pickle'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  // Most calls are no deserializer: the call is quoted only for a finding.
  const call = () => callText(ev.node, m)
  const data = ev.args[0] ?? ev.kwargs.get('stream')
  const severityFor = (loader: 'unsafe' | 'full'): 'critical' | 'major' | 'minor' => (data?.taint ? 'critical' : loader === 'full' ? 'minor' : 'major')
  // ruamel.yaml's `YAML(typ="unsafe").load(...)`: its other types (`rt`, `safe`, `base`) build plain data.
  if (ev.receiver?.qname === 'ruamel.yaml.YAML(unsafe)' && /^load(_all)?$/.test(ev.name)) {
    return finding('python/unsafe-deserialization', ev, m, `\`${call()}\` loads with ruamel.yaml's \`typ="unsafe"\`, which builds arbitrary Python objects from tags (\`!!python/object/apply:os.system\`)`, 'Use `YAML(typ="safe")` (or the default round-trip loader) for YAML anyone else writes.', [data], data?.taint ? 'critical' : 'major')
  }
  if (/^yaml\.(load|load_all)$/.test(q)) {
    const loader = yamlLoader(ev, m)
    if (loader === 'safe' || loader === 'unknown') return undefined
    const loaderText = loader === 'none' ? undefined : m.text(ev.kwNodes.get('Loader') ?? ev.argNodes[1]!)
    const why =
      loader === 'full'
        ? `with \`${loaderText}\` still builds Python objects from tags (arbitrary code on PyYAML < 5.4); only \`SafeLoader\` is meant for untrusted YAML`
        : loaderText
          ? `with \`${loaderText}\` builds arbitrary Python objects from the YAML (\`!!python/object/apply:os.system\`)`
          : 'without a safe `Loader` builds arbitrary Python objects on PyYAML < 5.1'
    return finding('python/unsafe-deserialization', ev, m, `\`${call()}\` ${why}`, `Use \`yaml.safe_load(...)\` (or \`Loader=yaml.SafeLoader\`).`, [data], severityFor(loader === 'full' ? 'full' : 'unsafe'))
  }
  if (/^yaml\.(unsafe_load|unsafe_load_all|full_load|full_load_all)$/.test(q)) {
    const full = q.includes('full_')
    return finding('python/unsafe-deserialization', ev, m, `\`${call()}\` builds ${full ? 'Python objects from tags (arbitrary code on PyYAML < 5.4)' : 'arbitrary Python objects'} from the YAML`, 'Use `yaml.safe_load(...)`.', [data], severityFor(full ? 'full' : 'unsafe'))
  }
  if (q === 'shelve.open') return shelveOpen(ev, m)
  // Keras with `safe_mode=False` rebuilds Lambda layers from the marshalled Python bytecode stored in the model file.
  if (KERAS_LOAD_MODEL.test(q) && ev.kwNodes.has('safe_mode') && m.text(ev.kwNodes.get('safe_mode')!) === 'False') {
    const file = arg(ev, 0, 'filepath')
    if (!file?.taint || isInert(file)) return undefined
    return finding('python/unsafe-deserialization', ev, m, `\`${call()}\` loads a model from ${describeFlow(file, argText(ev, m, 0), m.row(ev.stmt))} with \`safe_mode=False\`, which rebuilds Lambda layers from the Python bytecode stored in the file: a crafted model runs code while it loads`, 'Keep `safe_mode=True` (the default) for models anyone else made, or exchange weights only (`model.load_weights(...)` into an architecture the code builds).', [file], 'critical')
  }
  if (!PICKLE.test(q)) return undefined
  if (/^(pandas|pd)\./.test(q) && !q.endsWith('read_pickle')) return undefined
  if (/^(torch)\./.test(q) && m.text(ev.node).includes('weights_only=True')) return undefined
  if (/^(numpy|np)\./.test(q) && !/allow_pickle\s*=\s*True/.test(m.text(ev.node))) return undefined
  if (/^(pandas|pd|torch|numpy|np|joblib|shelve)\./.test(q) && !ev.args[0]?.taint) return undefined
  const v = ev.args[0]
  if (!v?.taint && /\.load$/.test(q) && ownFileFromParameter(ev, m)) return cleared('python/unsafe-deserialization', ev, m)
  // A loader given a file's name (`joblib.load(STORE / f"scorer-{version}.joblib")`) whose request part passed a check
  // (`version.isdigit()`, an allow-list) picks one of the program's own files; the client wrote none of its bytes.
  if (v?.taint && /^(joblib\.load|torch\.load|(pandas|pd)\.read_pickle|(numpy|np)\.load)$/.test(q) && ((v.safe ?? 0) & SAFE.all) === SAFE.all && !isTainted(v, 'path')) return cleared('python/unsafe-deserialization', ev, m)
  if (!v?.taint && /\.loads$/.test(q) && fromDjangoCache(ev, m)) return cleared('python/unsafe-deserialization', ev, m)
  // Bytes written in the code (a pickled default) are the program's own: that vetoes the line rule's guess too.
  if (v?.constant && !/\.open$/.test(q) && bytesWrittenInCode(ev, m)) return cleared('python/unsafe-deserialization', ev, m)
  // Bytes whose MAC the code checked first (`if not hmac.compare_digest(hmac.new(KEY, body, sha256).digest(), sig): abort()`) were made by the key's holder.
  if (v && ((v.safe ?? 0) & SAFE.signed) !== 0) return cleared('python/unsafe-deserialization', ev, m)
  return finding('python/unsafe-deserialization', ev, m, `\`${call()}\` unpickles ${v?.taint ? describeFlow(v, argText(ev, m, 0), m.row(ev.stmt)) : 'data'}: a crafted payload runs code while it loads`, 'Exchange data as JSON (`json.loads`) or sign it (`itsdangerous`) before trusting it; never unpickle what a client or shared store can write.', [v], v?.taint ? 'critical' : 'major')
})

/**
 * `shelve.open(path)` unpickles whatever file sits at `path`. Request data there picks (and with
 * `../` escapes to) a file an attacker may have planted; a name formatted under a fixed directory
 * (`f"/var/lib/app/{project}"`) lets every caller choose which database is read.
 */
function shelveOpen(ev: CallEvent, m: MatchContext): ReturnType<Matcher> {
  const v = arg(ev, 0, 'filename')
  if (!v || isInert(v)) return undefined
  const tainted = isTainted(v, 'path')
  const named = !v.taint && isBuiltUnsafe(v, 'path') && /[/\\]/.test(v.built!.prefix)
  if (!tainted && !named) return undefined
  return finding(
    'python/unsafe-deserialization',
    ev,
    m,
    `\`${callText(ev.node, m)}\` opens a pickle-backed database at a path from ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))}: a planted or \`../\`-reached file runs code when it is read`,
    'Open shelves only at fixed paths the application controls (map the key through an allow-list), or store the data as JSON.',
    [v],
    tainted ? 'critical' : 'major',
  )
}

const JWT_DECODE = /^(jwt|jose\.jwt|jwt\.api_jwt|jwt\.api_jws)\.(decode|decode_complete)$/
const JWT_UNVERIFIED = /^(jose\.jwt|jose\.jws)\.get_unverified_claims$/
/** Reading a token on purpose before verifying it (to choose the key): the name says so. */
const ON_PURPOSE = /unverified|untrusted|insecure_claims|peek/i
const VERIFYING_CALL = /\b(jwt|jws|jose\.jwt)\.(decode|verify)\s*\(|\.verify\s*\(/

/**
 * A token whose signature is not checked is JSON the client wrote. PyJWT and python-jose say so
 * with `options={"verify_signature": False}`, the old `verify=False`, or an `algorithms` list that
 * admits `none`; python-jose's `get_unverified_claims()` reads the claims without any key.
 */
const jwtUnverified = scoped({ kinds: ['call'], needles: ['jwt', 'jws'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  // The statement without the callee's own name (`get_unverified_claims` says nothing of intent).
  const stmt = m.text(ev.stmt).replace(/\bget_unverified_\w+/g, '')
  if (JWT_DECODE.test(q)) {
    if (ON_PURPOSE.test(stmt)) return undefined
    const options = ev.kwNodes.get('options')
    const verify = ev.kwNodes.get('verify')
    const algorithms = ev.kwargs.get('algorithms')
    const algText = ev.kwNodes.has('algorithms') ? m.text(ev.kwNodes.get('algorithms')!) : ''
    let what: string | undefined
    if (options && /["']verify_signature["']\s*:\s*False\b/.test(m.text(options))) what = '`"verify_signature": False`'
    // `opts = {"verify_signature": False}` a few lines up: the bag's text is in the function.
    else if (options?.type === 'identifier' && ev.kwargs.get('options')?.fields?.has('verify_signature') && /["']verify_signature["']\s*:\s*False\b/.test(ev.fn.node ? m.text(ev.fn.node) : '')) what = '`"verify_signature": False`'
    else if (verify && m.text(verify) === 'False') what = '`verify=False`'
    else if (/["']none["']/i.test(algText) || algorithms?.elements?.some((e) => e.str?.toLowerCase() === 'none')) what = 'an `algorithms` list that allows `none`'
    // `algorithms=[header["alg"]]`: the token names its own algorithm (`none`, or HS256 keyed with the public key).
    else if (/\[\s*["']alg["']\s*\]|\.get\(\s*["']alg["']/.test(algText)) what = 'the algorithm the token\'s own header names'
    if (!what && options && /["']verify_exp["']\s*:\s*False\b/.test(m.text(options))) {
      return finding(
        'crypto/jwt-verify-disabled',
        ev,
        m,
        `\`${callText(ev.node, m)}\` accepts expired tokens (\`"verify_exp": False\`): a leaked or revoked token stays valid for ever`,
        'Keep expiry checks on and allow for clock skew with `leeway=30` instead.',
        [ev.args[0]],
        'major',
      )
    }
    if (!what) return undefined
    return finding(
      'crypto/jwt-verify-disabled',
      ev,
      m,
      `\`${callText(ev.node, m)}\` accepts the token with ${what}: its signature is never checked, so anyone can forge claims such as \`"sub": "admin"\``,
      'Verify with the key and a pinned algorithm: `jwt.decode(token, key, algorithms=["HS256"])`.',
      [ev.args[0]],
      'critical',
    )
  }
  if (JWT_UNVERIFIED.test(q)) {
    if (ON_PURPOSE.test(stmt)) return undefined
    // Claims peeked at to pick a key, then verified in the same function, are not trusted on their own.
    const fnText = ev.fn.node ? m.text(ev.fn.node) : ''
    if (VERIFYING_CALL.test(fnText.replace(m.text(ev.node), ''))) return undefined
    return finding(
      'crypto/jwt-verify-disabled',
      ev,
      m,
      `\`${callText(ev.node, m)}\` reads the token's claims without checking its signature, and nothing here verifies it: a client can write any claims it likes`,
      'Use `jwt.decode(token, key, algorithms=["RS256"])`, which verifies the signature before returning the claims.',
      [ev.args[0]],
      'critical',
    )
  }
  return undefined
})

const MASONITE_IMPORT = /^\s*(from|import)\s+masonite\b/m

/** A call of Masonite's response object (`response.redirect(…)`, `self.response.download(…)`), in a module that imports masonite. */
function masoniteResponse(ev: CallEvent, method: string, m: MatchContext): boolean {
  return ev.name === method && /^(self\.)?(response|res|resp)$/.test(ev.receiverText ?? '') && fileMatches(ev.node, m, MASONITE_IMPORT)
}

const PATH_SINKS = /^(open|io\.open|codecs\.open|os\.open|os\.remove|os\.unlink|os\.rmdir|os\.removedirs|os\.listdir|os\.scandir|os\.makedirs|os\.mkdir|os\.rename|os\.replace|os\.chmod|os\.truncate|shutil\.(rmtree|copy|copyfile|copy2|move|copytree)|flask\.send_file|quart\.send_file|send_file|FileResponse|pyramid\.response\.FileResponse|fastapi\.responses\.FileResponse|starlette\.responses\.FileResponse|aiohttp\.web\.FileResponse|aiohttp\.web_fileresponse\.FileResponse|sanic\.response\.file|sanic\.response\.file_stream|twisted\.web\.static\.File|blacksheep\.file|blacksheep\.server\.responses\.file|aiofiles\.open|pathlib\.Path|Path|django\.http\.FileResponse|tarfile\.open|zipfile\.ZipFile)$/
const PATH_METHODS = /^(read_text|read_bytes|write_text|write_bytes|unlink|open|rmdir)$/
/** pandas' readers and a frame's writers: each opens the path it is given (or reads a buffer, which is no path). */
const FRAME_READERS = /^(pandas|pd)\.read_(csv|table|excel|json|parquet|feather|orc|hdf|fwf|xml|stata|sas|spss|pickle)$/
const FRAME_WRITERS = /^to_(csv|excel|json|parquet|feather|orc|hdf|pickle|stata|xml)$/
const FRAME_PATH_KEYWORDS = ['filepath_or_buffer', 'path_or_buf', 'path', 'io', 'excel_writer', 'path_or_buffer']

/**
 * `tar.extract(member, …)` inside `for member in tar` / `tar.getmembers()` whose body tests nothing
 * before extracting: no `if`, `continue` or `assert` ahead of the call, so every name is written as the archive says.
 */
function uncheckedMemberLoop(ev: CallEvent, m: MatchContext): boolean {
  const member = ev.argNodes[0]
  const archive = ev.receiverText
  if (member?.type !== 'identifier' || !archive) return false
  for (let n = ev.stmt.parent; n && n.type !== 'function_definition'; n = n.parent) {
    if (n.type !== 'for_statement') continue
    const left = field(n, 'left')
    const right = m.text(field(n, 'right') ?? n)
    if (!left || m.text(left) !== m.text(member)) continue
    if (right !== archive && right !== `${archive}.getmembers()`) return false
    const body = field(n, 'body')
    const before = body ? m.text(body).slice(0, ev.stmt.start - body.start) : ''
    return !/\b(if|continue|assert|raise)\b/.test(before)
  }
  return false
}

/**
 * Where an uploaded file object comes from: Flask's and Django's request files, and Streamlit's `st.file_uploader()` /
 * `st.camera_input()`, which return the upload itself (a `BytesIO` with a `.name`), not a path or a URL.
 */
const UPLOADED_FILE = /^request\.(files|FILES)\b|^(st|streamlit)\.(sidebar\.)?(file_uploader|camera_input)\(/

const pathTraversal = scoped({ kinds: ['call'], needles: ['sftp', 'open', 'remove', 'unlink', 'rmdir', 'listdir', 'scandir', 'makedirs', 'mkdir', 'rename', 'replace', 'chmod', 'truncate', 'rmtree', 'copy', 'move', 'file', 'File', 'Path', 'extract', 'save', 'read_text', 'read_bytes', 'write_text', 'write_bytes', 'make_archive', 'unpack_archive', 'read_csv', 'read_pickle', 'read_table', 'read_excel', 'read_json', 'read_parquet', 'read_feather', 'read_hdf', 'read_xml', 'to_csv', 'to_excel', 'to_json', 'to_parquet', 'to_feather', 'to_hdf', 'to_pickle', 'to_xml'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ev.name
  let v: Value | undefined
  // An archive read from an upload's stream (`ZipFile(upload.stream)`, `tarfile.open(fileobj=f)`) is no path.
  // So is the upload itself, passed by name (`archive = request.files["archive"]` … `ZipFile(archive)`).
  const upload = ev.argNodes[0]?.type === 'identifier' && UPLOADED_FILE.test(ev.args[0]?.taint?.source ?? '') && !ev.args[0]?.built
  const fileObject = /^(zipfile\.ZipFile|tarfile\.open)$/.test(q) && (ev.kwNodes.has('fileobj') || upload || /\.(stream|file)$|^request\.files\b|^io\.BytesIO\(/.test(argText(ev, m, 0)))
  // Extracting an archive the client sent: member names like `../../etc/cron.d/x` write outside the target (Zip Slip).
  // zipfile is not: it strips absolute paths and `..` from member names before writing (Python 2.7.4+, 3.3+).
  if (ev.receiver && /^(extractall|extract)$/.test(ev.name) && /^(tarfile\.open|tarfile\.TarFile|tarfile\.TarFile\.open)\(\)$/.test(ev.receiver.qname ?? '') && isTainted(ev.receiver, 'path') && !/^["']data["']$/.test(ev.kwNodes.get('filter') ? m.text(ev.kwNodes.get('filter')!) : '')) {
    return finding('python/path-traversal', ev, m, `\`${callText(ev.node, m)}\` extracts an archive from ${describeFlow(ev.receiver, '', m.row(ev.stmt))}: member names such as \`../../app/settings.py\` are written outside the target directory (Zip Slip)`, 'Check each member before extracting (`os.path.realpath(os.path.join(dest, member.name)).startswith(dest + os.sep)`), or pass `filter="data"` to `tarfile.extractall` (Python 3.12+).', [ev.receiver])
  }
  // A tar archive unpacked inside a request handler is the client's upload, whichever path it was saved under first
  // (`archive.write_bytes(await data.read())` … `tarfile.open(archive).extractall(dest)`); tarfile, unlike zipfile, keeps `../` in names.
  // Outside a handler, a tar archive at a path the code does not fix (a parameter, a download) is as much someone else's.
  if (ev.receiver && ev.name === 'extractall' && (ev.fn.handler || !ev.receiver.constant) && /^tarfile\.(open|TarFile|TarFile\.open)\(\)$/.test(ev.receiver.qname ?? '') && !ev.kwNodes.has('filter') && !ev.kwNodes.has('members') && !ev.args[1]) {
    if (!ev.fn.handler) return finding('python/path-traversal', ev, m, `\`${callText(ev.node, m)}\` unpacks a tar archive from a path the code does not fix, with no member filter: names such as \`../../etc/cron.d/x\`, absolute paths or links are written outside the target directory (Tar Slip)`, 'Pass `filter="data"` (Python 3.12+, backported to 3.8+ security releases), or check each member\'s resolved path before extracting.', [], 'major')
    return finding('python/path-traversal', ev, m, `\`${callText(ev.node, m)}\` unpacks a tar archive inside a request handler with no member check: names such as \`../../app/settings.py\` or absolute paths are written outside the target directory (Tar Slip)`, 'Pass `filter="data"` (Python 3.12+, backported to 3.8+ security releases), or check each member\'s resolved path before extracting.', [])
  }
  // The member-by-member form of the same unpacking (`for member in tar.getmembers(): tar.extract(member, dest)`),
  // with nothing in the loop that looks at the member before it is written.
  if (ev.receiver && ev.name === 'extract' && (ev.fn.handler || !ev.receiver.constant) && /^tarfile\.(open|TarFile|TarFile\.open)\(\)$/.test(ev.receiver.qname ?? '') && !ev.kwNodes.has('filter') && uncheckedMemberLoop(ev, m)) {
    return finding('python/path-traversal', ev, m, `\`${callText(ev.node, m)}\` writes each member of a tar archive from a path the code does not fix, with no check of its name: names such as \`../../etc/cron.d/x\`, absolute paths or links are written outside the target directory (Tar Slip)`, 'Pass `filter="data"` (Python 3.12+, backported to 3.8+ security releases), or skip members whose resolved path is not under the target directory.', [], 'major')
  }
  // `shutil.unpack_archive(path, dest)` unpacks a tar through tarfile with member names as written (no `filter=` before Python 3.14):
  // in a request handler that is the client's upload, and a name the client chose picks the format as well.
  if (q === 'shutil.unpack_archive' && !ev.kwNodes.has('filter')) {
    const archive = arg(ev, 0, 'filename')
    // The archive's name, or for a path the handler fixed (`os.path.join(UPLOADS, "restore.tar.gz")`) the handler's own text.
    const named = archive?.str ?? archive?.built?.prefix ?? (archive?.constant && ev.fn.node ? m.text(ev.fn.node) : '')
    const format = ev.kwNodes.get('format') ?? ev.argNodes[2]
    const zip = !!format && /^["']zip["']$/.test(m.text(format))
    const tar = /\b(gz|bz|xz)?tar\b|\.(tar|tgz|tbz2?|txz)\b/i.test(`${format ? m.text(format) : ''} ${named}`)
    if (ev.fn.handler && !zip && (tar || !!archive?.taint)) {
      return finding('python/path-traversal', ev, m, `\`${callText(ev.node, m)}\` unpacks ${tar ? 'a tar archive' : 'an archive whose format the client\'s file name picks (a tar among them)'} inside a request handler with no member filter: names such as \`../../app/settings.py\` or absolute paths are written outside the target directory (Tar Slip)`, 'Pass `filter="data"` (Python 3.12+, backported to 3.8+ security releases), or open it with `tarfile` and check each member\'s resolved path before extracting.', archive ? [archive] : [])
    }
  }
  if (fileObject) v = undefined
  // `df.to_csv(os.path.join(OUT, f"{name}.csv"))`, `pd.read_csv(path)`; an upload's stream or an in-memory buffer names no file.
  else if (FRAME_READERS.test(q) || (ev.receiver && FRAME_WRITERS.test(ev.name))) {
    const target = ev.args[0] ?? FRAME_PATH_KEYWORDS.map((k) => ev.kwargs.get(k)).find((x) => x !== undefined)
    v = upload || /\.(stream|file)$|^request\.files\b|BytesIO\(|StringIO\(/.test(argText(ev, m, 0)) ? undefined : target
  }
  // Litestar's `File(path=…)` response sends the file at `path`.
  else if (/^litestar\.(response\.)?File$/.test(q)) v = arg(ev, 0, 'path')
  // Masonite's `response.download(name, location)` sends the file at `location` (the name is only what the browser saves it as).
  else if (masoniteResponse(ev, 'download', m)) v = arg(ev, 1, 'location')
  // `shutil.make_archive(base, "zip", root_dir)`: packs the directory it is pointed at, and writes next to `base`.
  else if (q === 'shutil.make_archive') v = [arg(ev, 2, 'root_dir'), arg(ev, 3, 'base_dir'), arg(ev, 0, 'base_name')].find((x) => isTainted(x, 'path'))
  // A copy or move writes at its destination as it reads at its source (`shutil.copytree(SRC, os.path.join(dest, "data"))`).
  else if (/^(shutil\.(copy|copyfile|copy2|move|copytree)|os\.(rename|replace))$/.test(q)) v = [arg(ev, 0, 'src'), arg(ev, 1, 'dst')].find((x) => isTainted(x, 'path')) ?? arg(ev, 0, 'src')
  // A method called `open` on an object the code made (`dest.open("wb")` on a Path, a storage's, an archive's) opens its receiver: its first argument is the mode.
  else if (PATH_SINKS.test(q) && !/^(pathlib\.Path|Path)$/.test(q) && !(q === 'open' && ev.receiver)) {
    v = arg(ev, 0, q.endsWith('FileResponse') ? 'path' : undefined)
    // `FileResponse(open_report(name))`, `send_file(fh)`: a file already opened is sent as it is; its path was judged where it was opened.
    if (v && hasTag(v, TAG.readOnlyFile) && /(^|\.)(FileResponse|send_file)$/.test(q)) v = undefined
  }
  // paramiko's (and pysftp's) `sftp.get(remotepath, localpath)` writes the local file, `sftp.put(localpath, remotepath)` sends one.
  else if (ev.receiver && /^(get|put)$/.test(ev.name) && /(^|[._])sftp$/i.test(ev.receiverText ?? '') && ev.argNodes.length >= 2) v = ev.name === 'get' ? arg(ev, 1, 'localpath') : arg(ev, 0, 'localpath')
  // werkzeug's `FileStorage.save(path)`; Django's storages (`default_storage.save(name, f)`) reject names that leave their root.
  // A keyword mapping spread into the call (`serializer.save(**request.data)`, a DRF serializer's extra fields) names no file.
  else if (ev.receiver && ev.name === 'save' && ev.args[0]?.taint && ev.argNodes.length <= 2 && !/splat/.test(ev.argNodes[0]?.type ?? '') && !/(^|[._])storage$/i.test(ev.receiverText ?? '')) v = ev.args[0]
  else if (ev.receiver && PATH_METHODS.test(ev.name) && /^(pathlib\.Path|Path)$/.test(ev.receiver.qname ?? '') === false && ev.receiver.taint && !ev.receiver.qname) v = ev.receiver
  if (!v || !isTainted(v, 'path')) {
    const joined = PATH_SINKS.test(q) && !ev.receiver && !/^(pathlib\.Path|Path|tarfile\.open|zipfile\.ZipFile)$/.test(q) ? joinedParameter(ev, m) : undefined
    if (!joined) return undefined
    return finding(
      'python/path-traversal',
      ev,
      m,
      `\`${callText(ev.node, m)}\` opens a path joined under \`${joined.base}\` from the parameter \`${joined.param}\`, and nothing here keeps it there: a caller passing a client's \`../\` or absolute name reaches files outside that directory`,
      `Reduce the name to its last component (\`os.path.basename(${joined.param})\`, \`secure_filename\`), or resolve the joined path and check it stays under \`${joined.base}\` before opening it.`,
      [],
      'major',
    )
  }
  return finding(
    'python/path-traversal',
    ev,
    m,
    `\`${callText(ev.node, m)}\` uses ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))} as a file path: \`../\` or an absolute path reaches files outside the intended directory`,
    q.endsWith('send_file')
      ? 'Use `send_from_directory(BASE_DIR, name)` (it rejects paths that escape `BASE_DIR`), or `secure_filename(name)` first.'
      : 'Reduce it to a base name (`secure_filename(name)`, `os.path.basename`), or resolve it and check containment: `p = (BASE / name).resolve(); if not p.is_relative_to(BASE): abort(400)`.',
    [v],
  )
})

/** boto3's object calls (client and `Bucket`/`Object` resources alike), and where each takes the object key. */
const S3_OBJECT_CALL = /^(get_object|delete_object|put_object|head_object|copy_object|get_object_acl|put_object_acl|restore_object|select_object_content|generate_presigned_url|generate_presigned_post|download_file|download_fileobj|upload_file|upload_fileobj)$/

/**
 * An object key the client sends whole (`s3.get_object(Bucket=B, Key=request.args["key"])`): S3 keys are flat, so
 * any key in the bucket can be read, overwritten or deleted, another user's included. A key the code builds
 * (`f"users/{uid}/{name}"`, `prefix + name`) keeps the client under that prefix, since S3 never resolves `../`.
 */
function dictEntry(dict: SNode | undefined, key: string, m: MatchContext): SNode | undefined {
  const pair = dict?.type === 'dictionary' ? namedChildren(dict).find((p) => p.type === 'pair' && m.text(field(p, 'key') ?? p).replace(/^['"]|['"]$/g, '') === key) : undefined
  return pair ? field(pair, 'value') ?? undefined : undefined
}

/** A read of one value as sent (`request.args["key"]`, `self.get_argument("k")`, a route parameter), or a name only ever set to one. */
function wholeRead(node: SNode, fnNode: SNode | undefined, m: MatchContext): boolean {
  const direct = (n: SNode): boolean => n.type === 'subscript' || n.type === 'attribute' || (n.type === 'call' && /\.get\w*$|^get\w*$/.test(m.text(field(n, 'function') ?? n)))
  if (node.type !== 'identifier') return direct(node)
  if (!fnNode) return false
  const name = m.text(node)
  const sets: SNode[] = []
  const walk = (n: SNode): void => {
    if (n.type === 'assignment' && m.text(field(n, 'left') ?? n) === name) {
      const right = field(n, 'right')
      if (right) sets.push(right)
    }
    for (const c of namedChildren(n)) walk(c)
  }
  walk(fnNode)
  return sets.every(direct)
}

const s3ObjectKey = scoped({ kinds: ['call'], needles: ['Key', 'download_file', 'upload_file'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !ev.receiver || !S3_OBJECT_CALL.test(ev.name)) return undefined
  const presigned = ev.name.startsWith('generate_presigned')
  const params = presigned ? ev.kwargs.get('Params') : undefined
  const positional = ev.name === 'upload_file' || ev.name === 'upload_fileobj' ? ev.args[2] : /^download_file(obj)?$/.test(ev.name) ? ev.args[1] : undefined
  const key = ev.name === 'generate_presigned_post' ? ev.kwargs.get('Key') ?? ev.args[1] : presigned ? params?.fields?.get('Key') : ev.kwargs.get('Key') ?? positional
  if (!key?.taint || key.built || !isTainted(key, 'path')) return undefined
  const keyNode = presigned && ev.name !== 'generate_presigned_post' ? dictEntry(ev.kwNodes.get('Params'), 'Key', m) : ev.kwNodes.get('Key') ?? (positional ? ev.argNodes[ev.args.indexOf(positional)] : undefined)
  if (!keyNode || !wholeRead(keyNode, ev.fn.node, m)) return undefined
  return finding(
    'python/path-traversal',
    ev,
    m,
    `\`${callText(ev.node, m)}\` uses ${describeFlow(key, '', m.row(ev.stmt))} as the whole object key: any object in the bucket, another user's included, can be ${/delete|put|upload|copy|restore|post/.test(ev.name) ? 'overwritten or deleted' : 'read'}`,
    'Build the key under a prefix the server owns (`f"users/{user.id}/{name}"`), or look the key up from a record the user owns instead of taking it from the request.',
    [key],
    'major',
  )
})

const REDIRECTS = /^(flask\.redirect|redirect|django\.shortcuts\.redirect|HttpResponseRedirect|HttpResponsePermanentRedirect|django\.http\.HttpResponseRedirect|django\.http\.HttpResponsePermanentRedirect|RedirectResponse|fastapi\.responses\.RedirectResponse|starlette\.responses\.RedirectResponse|werkzeug\.utils\.redirect|emmett\.redirect|blacksheep\.redirect|blacksheep\.server\.responses\.redirect)$/

const REDIRECT_CLASSES = /^(pyramid\.httpexceptions|falcon|falcon\.redirects|falcon\.status_codes|aiohttp\.web|aiohttp\.web_exceptions)\.(HTTPFound|HTTPSeeOther|HTTPMovedPermanently|HTTPTemporaryRedirect|HTTPPermanentRedirect)$|^(sanic\.response|sanic|quart|bottle|litestar\.response)\.(redirect|Redirect)$|^cherrypy\.HTTPRedirect$|^web\.(seeother|redirect|found|tempredirect)$|^(HTTPFound|HTTPSeeOther|HTTPMovedPermanently|HTTPTemporaryRedirect|HTTPPermanentRedirect)$/

/** Names that hold where to send the user after a login or a form: the client's `next`/`return_to` parameter. */
const NEXT_URL = /^(next|next_url|nxt|next_page|return_to|return_url|redirect_to|redirect_url|came_from|continue_url)$/

/**
 * A redirect to a `next`-style name that nothing the diff shows binds: it is set in lines of the
 * function the hunk leaves out, and in a login or form view that is the client's parameter (as
 * `f.filename` unbound in a hunk is the upload's name).
 */
function hiddenNextUrl(ev: CallEvent, v: Value, m: MatchContext): boolean {
  const node = ev.argNodes[0]
  if (!node || node.type !== 'identifier' || !ev.fn.node || v.taint || isInert(v) || v.constant) return false
  const name = m.text(node)
  if (!NEXT_URL.test(name) || v.qname !== name || ((v.safe ?? 0) & SAFE.url) !== 0) return false
  // A parameter is the caller's value, not a hidden line's (`def safe_redirect(next_url)`).
  const params = field(ev.fn.node, 'parameters')
  return !(params && new RegExp(`(^|[(,\\s*])${name}\\b`).test(m.text(params)))
}

/**
 * `redirect(session.pop("after_login", "/"))` where the file stores `session["after_login"] = request.args.get("next")`:
 * the entry carries the client's URL from one request (the login link) to the next (the callback), unchecked.
 */
function stashedRequestUrl(ev: CallEvent, m: MatchContext): { key: string; line: number; read: string } | undefined {
  const node = ev.argNodes[0]
  const key = node && /^(?:request\.)?session(?:\.(?:pop|get)\(\s*|\[\s*)["'](\w+)["']/.exec(m.text(node))?.[1]
  if (!key) return undefined
  const file = m.text(rootOf(ev.node))
  const store = new RegExp(`^[ \\t]*(?:request\\.)?session\\[\\s*["']${key}["']\\s*\\]\\s*=\\s*((?:self\\.)?request\\.(?:args|GET|POST|form|values|query_params)(?:\\.get\\([^)\\n]*\\)|\\[[^\\]\\n]*\\]))\\s*$`, 'm').exec(file)
  if (!store) return undefined
  // A check between the store and the read would be in the redirecting function: a guard on the key's value there.
  const fnText = ev.fn.node ? m.text(ev.fn.node) : ''
  if (/url_has_allowed_host_and_scheme|is_safe_url|netloc|urlparse|urlsplit/.test(fnText)) return undefined
  return { key: `session["${key}"]`, line: file.slice(0, store.index).split('\n').length, read: store[1]! }
}

/** The `Location` in a `headers` mapping: `{"Location": url}` (any case). */
function locationHeader(headers: Value | undefined): Value | undefined {
  for (const [key, value] of headers?.fields ?? []) if (/^location$/i.test(key)) return value
  return undefined
}

const openRedirect = scoped({ kinds: ['call', 'store', 'return'], needles: ['redirect', 'Redirect', 'HTTPFound', 'HTTPSeeOther', 'HTTPMovedPermanently', 'ocation', 'OCATION', 'seeother', 'found'] }, (ev, m) => {
  if (m.isTest) return undefined
  let v: Value | undefined
  // Tornado handlers redirect with `self.redirect(url)`.
  if (ev.kind === 'call' && ((REDIRECTS.test(ev.qname ?? ev.name) && !(ev.receiver && !ev.receiver.qname)) || (ev.receiverText === 'self' && ev.name === 'redirect' && ev.fn.handler))) v = arg(ev, 0, 'url')
  // Pyramid's, Falcon's and aiohttp's redirect responses (`HTTPFound(location=url)`, `raise web.HTTPSeeOther(url)`), sanic/quart/bottle
  // `redirect(url)`, CherryPy's `raise cherrypy.HTTPRedirect(url)`, web.py's `raise web.seeother(url)`.
  else if (ev.kind === 'call' && REDIRECT_CLASSES.test(ev.qname ?? '')) v = ev.kwargs.get('location') ?? ev.kwargs.get('to') ?? ev.kwargs.get('path') ?? ev.args[0]
  // Masonite's `response.redirect(url)` (`location=` or `url=`; `name=` is a route of the application's own).
  else if (ev.kind === 'call' && masoniteResponse(ev, 'redirect', m)) v = ev.args[0] ?? ev.kwargs.get('location') ?? ev.kwargs.get('url')
  // Twisted's (and so Klein's) `request.redirect(url)` answers with a 302 to that address.
  else if (ev.kind === 'call' && ev.name === 'redirect' && hasTag(ev.receiver, TAG.request)) v = ev.args[0]
  else if (ev.kind === 'store' && /^location$/i.test(ev.key) && /headers/.test(ev.objectText)) v = ev.value
  // Falcon's and werkzeug's response attribute (`resp.location = url`) sets the `Location` header; in a handler, where `resp` is the response.
  else if (ev.kind === 'store' && ev.key === 'location' && ev.node.type === 'attribute' && ev.fn.handler && /^(self\.)?(resp|response|res)$/.test(ev.objectText)) v = ev.value
  // A Lambda handler's API Gateway result (`{"statusCode": 302, "headers": {"Location": url}}`) or a response made with
  // the header (`func.HttpResponse(status_code=302, headers={"Location": url})`, Chalice's `Response(…)`).
  else if (ev.kind === 'return' && ev.value.fields?.has('statusCode')) v = locationHeader(ev.value.fields.get('headers'))
  else if (ev.kind === 'call' && /Response$/.test(ev.qname ?? ev.name)) v = locationHeader(ev.kwargs.get('headers'))
  if (v && ev.kind === 'call' && hiddenNextUrl(ev, v, m)) {
    const name = argText(ev, m, 0)
    return finding('python/open-redirect', ev, m, `\`${callText(ev.node, m)}\` redirects to \`${name}\`, which lines the diff does not show set (a login's \`next\` parameter is the client's): unless they check it, a link to your site can forward users to a phishing page`, 'Redirect only to relative paths on your own site: check with `url_has_allowed_host_and_scheme(url, allowed_hosts={request.host})` (Django) or compare `urlparse(url).netloc` against an allow-list; fall back to `url_for("index")`.', [v], 'major')
  }
  const stashed = ev.kind === 'call' && v && !v.taint ? stashedRequestUrl(ev, m) : undefined
  if (stashed && ev.kind === 'call') {
    return finding('python/open-redirect', ev, m, `\`${callText(ev.node, m)}\` redirects to the session entry \`${stashed.key}\`, which line ${stashed.line} fills from \`${stashed.read}\` as the client sent it: kept across the login, the client's URL is still the client's, and a link to your site can forward users to a phishing page`, 'Check the address before redirecting (a relative path on this site: `urlparse(url).netloc == ""` and a leading `/` not followed by `/` or `\\`), or check it before storing it; fall back to `url_for("index")`.', [v!], 'major')
  }
  // A link a record keeps for the server to call (`hook.webhook_url`) is the site's to send its users to.
  if (!v || !isTainted(v, 'url') || hostFixed(v) || samePage(v) || v.taint?.storedUrl) return undefined
  return finding(
    'python/open-redirect',
    ev,
    m,
    `${ev.kind === 'call' ? `\`${callText(ev.node, m)}\`` : 'The `Location` header'} redirects to ${describeFlow(v, '', m.row(ev.stmt))}: a link to your site can forward users to a phishing page`,
    'Redirect only to relative paths on your own site: check with `url_has_allowed_host_and_scheme(url, allowed_hosts={request.host})` (Django) or compare `urlparse(url).netloc` against an allow-list; fall back to `url_for("index")`.',
    [v],
    'major',
  )
})

/** A base URL the deployment sets: an environment variable, an ALL-CAPS module setting, or a settings object's field, named for a URL or host. */
const ENV_BASE = /^os\.(environ(\.get\(|\[)|getenv\()\s*["']\w*(URL|URI|BASE|HOST|ORIGIN|DOMAIN|ENDPOINT)\w*["']/i
const CAPS_BASE = /^([a-z_]\w*\.)?[A-Z][A-Z0-9_]*(URL|URI|BASE|HOST|ORIGIN|DOMAIN|ENDPOINT)$/
const SETTINGS_BASE = /^((self|app|current_app)\.)?(settings|config|conf|cfg|app_config|app_settings|get_settings\(\))(\.|\[["'])\w*(url|uri|base|host|origin|domain|endpoint)\w*/i

/** `redirect(f"?page={page}")`, `redirect("#" + anchor)`: a query string or a fragment resolves against the current page's URL. */
function samePage(v: Value): boolean {
  return /^[?#]/.test(v.built?.prefix ?? '')
}

/**
 * `f"https://api.example.com/{x}"`: the client picks a path, not the host. So does a URL that
 * starts with the deployment's own base (`f"{settings.docs_base_url}/guide/{x}"`, `API_URL + "/users/" + uid`).
 */
function hostFixed(v: Value): boolean {
  const prefix = v.built?.prefix ?? ''
  if (/^(https?:)?\/\/[^/]+\//i.test(prefix) || /^\/[^/\\]/.test(prefix)) return true
  const first = v.built?.parts[0] ?? ''
  return prefix === '' && (v.built?.parts.length ?? 0) > 1 && (ENV_BASE.test(first) || CAPS_BASE.test(first) || SETTINGS_BASE.test(first))
}

// `urllib.request.Request(url)` is reported where it is opened (`urlopen(req)` carries the URL on).
const HTTP_CLIENT = /^(requests|httpx)\.(get|post|put|patch|delete|head|options|request|stream)$|^(urllib\.request\.urlopen|urllib\.request\.urlretrieve|urllib\.urlretrieve|urllib2\.urlopen|urlopen|urlretrieve|aiohttp\.request|feedparser\.parse)$/
/** `http.client.HTTPConnection(host)`: the client picks the host the server connects to. */
const HOST_CONNECTION = /^(http\.client|httplib)\.(HTTPConnection|HTTPSConnection)$|^(ftplib\.FTP|ftplib\.FTP_TLS|smtplib\.SMTP|smtplib\.SMTP_SSL|telnetlib\.Telnet)$/

/** A path joined under a folder (`os.path.join(DATA_DIR, name)`, `EXPORTS / name`), here or where the name was assigned: it starts with the folder, so it is no URL. */
const FOLDER_JOIN = /^((os\.path|posixpath)\.join|(pathlib\.)?Path)\(\s*[A-Za-z_][\w.]*\s*,|^[A-Z_][A-Z0-9_]*\s*\/\s*/

/** Deployment configuration naming a folder: a module constant, a config mapping's entry, a settings attribute, an environment variable. */
const CONFIGURED_FOLDER = /^([A-Z][A-Z0-9_]*|((flask\.)?current_app|app|self)\.config(\[["']\w+["']\]|\.get\(["']\w+["'][^)]*\))|(django\.conf\.)?settings\.[A-Z]\w*|os\.(environ\[["']\w+["']\]|environ\.get\([^)]*\)|getenv\([^)]*\)))$/

/** `f"{archive}/{tenant}/{name}"` where `archive = current_app.config["REPORT_ARCHIVE"]`: a path under a configured folder. */
function underConfiguredFolder(text: string, scope: string): boolean {
  const head = /^[rR]?f["']\{([^{}!:]+)\}\//.exec(text)?.[1]?.trim()
  if (!head) return false
  if (CONFIGURED_FOLDER.test(head)) return true
  if (!/^[a-z_]\w*$/.test(head)) return false
  const written = assignments(head, scope)
  return written.length > 0 && written.every((t) => CONFIGURED_FOLDER.test(t.trim()))
}

function joinedUnderFolder(ev: CallEvent, m: MatchContext): boolean {
  const node = ev.argNodes[0]
  if (!node) return false
  const scope = outerScopeText(ev, m)
  if (node.type !== 'identifier') return FOLDER_JOIN.test(m.text(node)) || underConfiguredFolder(m.text(node), scope)
  const written = assignments(m.text(node), scope)
  return written.length > 0 && written.every((t) => FOLDER_JOIN.test(t.trim()) || underConfiguredFolder(t.trim(), scope))
}

/** pandas readers that open `http(s)://`, `ftp://` and fsspec URLs as well as paths. */
const URL_FRAME_READERS = /^(pandas|pd)\.read_(csv|table|excel|json|html|xml|parquet|feather|orc|fwf|stata|sas|spss|pickle)$/

const ssrf = scoped({ kinds: ['call'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  // A session or client object (`session.get`, `self.http.post` on an attribute set elsewhere in the class).
  const receiverQ = ev.receiver?.qname ?? 'requests'
  const viaClient = !!ev.receiver && /session|client|(^|[._])http$/i.test(ev.receiverText ?? '') && /^(get|post|put|patch|delete|head|request|stream)$/.test(ev.name) && /^(requests|httpx|aiohttp|urllib3|self\.)/.test(receiverQ)
  // Any object made by a client class (`api = requests.Session()`, `async with aiohttp.ClientSession() as s`), whatever it is called.
  // Tornado's `AsyncHTTPClient().fetch(url)` (or of an `HTTPRequest`) too.
  const clientObject = !!ev.receiver && ((/^(requests|httpx|aiohttp|urllib3)\.[\w.]+\(\)$/.test(ev.receiver.qname ?? '') && /^(get|post|put|patch|delete|head|options|request|stream|urlopen|ws_connect)$/.test(ev.name)) || (/^tornado\.httpclient\.(AsyncHTTPClient|HTTPClient)\(\)$/.test(ev.receiver.qname ?? '') && ev.name === 'fetch'))
  // urllib3's `PoolManager().request("GET", url)` / `.urlopen(...)`: the method first, then the URL.
  const pool = !!ev.receiver && /^(request|urlopen)$/.test(ev.name) && /^[A-Z]+$/.test(ev.args[0]?.str ?? '') && /^(urllib3|self\.)|^requests$/.test(receiverQ) && /http|pool|manager|client|session/i.test(ev.receiverText ?? '')
  // `socket.create_connection((host, port))`: the client picks the host the server connects to.
  if (q === 'socket.create_connection') {
    const host = ev.args[0]?.elements?.[0] ?? ev.kwargs.get('address')?.elements?.[0]
    if (!host || !isTainted(host, 'url')) return undefined
    return finding('python/ssrf', ev, m, `\`${callText(ev.node, m)}\` opens a connection to a host from ${describeFlow(host, argText(ev, m, 0), m.row(ev.stmt))}: the server can be pointed at internal services`, 'Connect only to hosts from a fixed list, or resolve the name and reject private and loopback addresses first.', [host], 'major')
  }
  if (HOST_CONNECTION.test(q)) {
    const host = arg(ev, 0, 'host')
    if (!host || !isTainted(host, 'url')) return undefined
    return finding('python/ssrf', ev, m, `\`${callText(ev.node, m)}\` connects to a host from ${describeFlow(host, argText(ev, m, 0), m.row(ev.stmt))}: the server can be pointed at internal services`, 'Connect only to hosts from a fixed list, or resolve the name and reject private and loopback addresses first.', [host], 'major')
  }
  // `httpx.Client(base_url=url)`: every request the client makes goes to the host the request named.
  if (/^(httpx\.(Client|AsyncClient)|aiohttp\.ClientSession)$/.test(q)) {
    const base = ev.kwargs.get('base_url') ?? (q.startsWith('aiohttp') ? ev.args[0] : undefined)
    if (!base || !isTainted(base, 'url') || hostFixed(base)) return undefined
    return finding('python/ssrf', ev, m, `\`${callText(ev.node, m)}\` sends every request to a base URL from ${describeFlow(base, '', m.row(ev.stmt))}: the server can be pointed at internal services (cloud metadata, admin ports)`, 'Fix the base URL in configuration and let the client choose only a path or an id, or check the parsed host against an allow-list first.', [base], 'major')
  }
  // pandas' readers take a URL wherever they take a path (`pd.read_csv("https://…")`, `s3://`, `ftp://`) and fetch it.
  if (URL_FRAME_READERS.test(q)) {
    const v = ev.args[0] ?? ev.kwargs.get('filepath_or_buffer') ?? ev.kwargs.get('path_or_buf') ?? ev.kwargs.get('io') ?? ev.kwargs.get('path')
    const upload = UPLOADED_FILE.test(v?.taint?.source ?? '') || /\.(stream|file)$|^request\.files\b|BytesIO\(|StringIO\(/.test(argText(ev, m, 0))
    if (!v || upload || !isTainted(v, 'url') || hostFixed(v) || joinedUnderFolder(ev, m)) return undefined
    return finding('python/ssrf', ev, m, `\`${callText(ev.node, m)}\` reads ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))}, and pandas fetches a URL given as the path: the server can be pointed at internal services (cloud metadata, admin ports)`, 'Read uploads from the request\'s file object, or fetch from a fixed host yourself (checking the parsed host against an allow-list) and pass pandas the bytes.', [v], 'major')
  }
  // `session.send(requests.Request("GET", url).prepare())`, httpx's `client.send(client.build_request("GET", url))`.
  const prepared = ev.receiver && ev.name === 'send' && ev.args[0]?.qname === PREPARED_REQUEST ? ev.args[0] : undefined
  if (prepared) {
    if (!isTainted(prepared, 'url') || hostFixed(prepared) || prepared.built?.prefix === '/') return undefined
    return finding('python/ssrf', ev, m, `\`${callText(ev.node, m)}\` sends a request built for a URL from ${describeFlow(prepared, argText(ev, m, 0), m.row(ev.stmt))}: the server can be pointed at internal services (cloud metadata, admin ports)`, 'Fix the host and let the client choose only a path or an id, or check the parsed host against an allow-list (and reject private addresses) before building the request.', [prepared], 'major')
  }
  // `urllib.request.build_opener(...).open(req)`.
  const opener = !!ev.receiver && ev.name === 'open' && /opener$/i.test(ev.receiverText ?? '')
  if (!HTTP_CLIENT.test(q) && !viaClient && !pool && !opener && !clientObject) return undefined
  const methodFirst = /^(request|urlopen|stream)$/.test(ev.name) && (/^[A-Z]+$/.test(ev.args[0]?.str ?? '') || ev.kwNodes.has('method'))
  const v = q.endsWith('.request') || methodFirst || pool ? arg(ev, ev.kwNodes.has('method') && !ev.args[1] ? 0 : 1, 'url') : arg(ev, 0, 'url')
  // `client.get(f"/{path}")`: a URL that starts with a slash has no scheme, so no HTTP client takes a host from it
  // (`//evil.example` is refused, or joined under the client's `base_url`); browsers, unlike clients, would follow it.
  if (!v || !isTainted(v, 'url') || hostFixed(v) || v.built?.prefix === '/') {
    const urlAt = q.endsWith('.request') || methodFirst || pool ? (ev.kwNodes.has('method') && !ev.args[1] ? 0 : 1) : 0
    const callback = fetchedCallbackParameter(ev, ev.kwNodes.get('url') ?? ev.argNodes[urlAt], v, m)
    if (!callback) return undefined
    return finding(
      'python/ssrf',
      ev,
      m,
      `\`${callText(ev.node, m)}\` calls the URL passed as \`${callback}\` with no check on its host: whoever registers a callback picks where the server connects, internal services (cloud metadata, admin ports) included`,
      'Check the parsed host against an allow-list, or resolve it and reject private and loopback addresses, before calling it (here or where the callback is registered).',
      [],
      'major',
    )
  }
  return finding(
    'python/ssrf',
    ev,
    m,
    `\`${callText(ev.node, m)}\` fetches a URL from ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))}: the server can be pointed at internal services (cloud metadata, admin ports)${stallNote(ev, m, SYNC_HTTP)}`,
    'Fix the host and let the client choose only a path or an id, or check the parsed host against an allow-list (and reject private addresses) before fetching.',
    [v],
    'major',
  )
})

/** Calls that wait on the calling thread (the async pack's blocking-call rules name the same ones). */
const SYNC_HTTP = /^(requests\.\w+|httpx\.(get|post|put|patch|delete|head|options|request|stream)|urllib\.request\.urlopen|urlopen|urllib3\.\w+)$/
const SYNC_SUBPROCESS = /^(subprocess\.(run|call|check_call|check_output|getoutput|getstatusoutput)|os\.system)$/

/**
 * Inside `async def`, a synchronous call also stalls the event loop. The blocking-call rules leave
 * a line already reported here to this one finding, so its message says so.
 */
function stallNote(ev: CallEvent, m: MatchContext, sync: RegExp): string {
  const def = ev.fn.node
  if (def?.type !== 'function_definition' || !def.children.some((c) => c.type === 'async')) return ''
  const q = ev.qname ?? ''
  if (!sync.test(q) && !sync.test(ev.receiver?.qname?.replace(/\(\)$/, '') ?? '')) return ''
  return `; inside \`async def ${m.text(field(def, 'name') ?? def)}\` it also blocks the event loop until it returns`
}

const HTML_RESPONSE = /^(pyramid\.response\.Response|flask\.make_response|make_response|flask\.Response|Response|HttpResponse|django\.http\.HttpResponse|HTMLResponse|fastapi\.responses\.HTMLResponse|starlette\.responses\.HTMLResponse|render_template_string|flask\.render_template_string|jinja2\.Template|Template|Markup|markupsafe\.Markup|flask\.Markup|mark_safe|django\.utils\.safestring\.mark_safe)$/

/** Streamlit renders `st.html(x)`, `components.html(x)` and markdown with `unsafe_allow_html=True` as the page's own markup. */
const STREAMLIT_HTML = /^streamlit\.((sidebar\.)?(html|markdown|write|caption)|components\.v1\.html)$/

/** A variable a Jinja template prints unescaped (`{{ body | safe }}`, or anywhere under `{% autoescape false %}`) whose value carries request data. */
function rawTemplateVariable(template: string, kwargs: Map<string, Value>): { name: string; how: string; value: Value } | undefined {
  for (const [name, value] of kwargs) {
    if (!isTainted(value, 'html')) continue
    const n = name.replace(/\W/g, '')
    if (new RegExp(`\\{\\{-?\\s*${n}\\b[^}]*\\|\\s*safe\\b`).test(template)) return { name, how: '`| safe`', value }
    const off = /\{%-?\s*autoescape\s+false\s*-?%\}([\s\S]*?)(\{%-?\s*endautoescape|$)/.exec(template)
    if (off && new RegExp(`\\{\\{-?\\s*${n}\\b`).test(off[1]!)) return { name, how: 'autoescaping turned off around it', value }
  }
  return undefined
}

/** web2py's and py4web's `XML(text)`: helpers and views print it as markup, unescaped, unless `sanitize=True` strips it to listed tags. */
const GLUON_XML = /^(gluon(\.html)?|yatl(\.helpers)?|py4web)\.XML$/
/** A web2py controller (its helpers are globals, never imported), or a module that imports web2py's or py4web's helpers. */
const GLUON_MODULE = /^\s*(from|import)\s+(gluon|yatl|py4web)\b/m

function gluonXml(ev: CallEvent, m: MatchContext): boolean {
  if (ev.receiver || (ev.kwNodes.has('sanitize') && m.text(ev.kwNodes.get('sanitize')!) !== 'False')) return false
  const q = ev.qname ?? ev.name
  return GLUON_XML.test(q) || (q === 'XML' && (/(^|\/)controllers\/[^/]+\.py$/.test(m.path) || fileMatches(ev.node, m, GLUON_MODULE)))
}

const htmlFromRequest = scoped({ kinds: ['call', 'return', 'store'] }, (ev, m) => {
  if (m.isTest) return undefined
  let v: Value | undefined
  let where = ''
  if (ev.kind === 'call' && gluonXml(ev, m)) {
    const body = arg(ev, 0, 'text')
    if (!body || !(isTainted(body, 'html') || isBuiltUnsafe(body, 'html'))) return undefined
    return finding('python/unsafe-markup', ev, m, `\`${callText(ev.node, m)}\` marks ${describeFlow(body, argText(ev, m, 0), m.row(ev.stmt))} as markup, so the view prints it unescaped: a \`<script>\` in it runs in the visitor's browser`, 'Pass the text as it is (views escape it), or keep only listed tags: `XML(text, sanitize=True, permitted_tags=[...])`.', [body], body.taint ? 'critical' : 'major')
  }
  if (ev.kind === 'call' && STREAMLIT_HTML.test(ev.qname ?? '')) {
    const raw = /html$/.test(ev.qname!) || (ev.kwNodes.has('unsafe_allow_html') && m.text(ev.kwNodes.get('unsafe_allow_html')!) === 'True')
    const body = arg(ev, 0, 'body')
    if (!raw || !body || !isTainted(body, 'html')) return undefined
    return finding('python/xss', ev, m, `\`${callText(ev.node, m)}\` puts ${describeFlow(body, argText(ev, m, 0), m.row(ev.stmt))} into the page as raw HTML: a \`<script>\` or an \`onerror=\` in it runs in every visitor's browser`, 'Leave `unsafe_allow_html` off (markdown is then escaped), or escape the value with `html.escape()` first.', [body], 'major')
  }
  if (ev.kind === 'call' && !ev.receiver && HTML_RESPONSE.test(ev.qname ?? ev.name)) {
    v = ev.args[0]
    where = `\`${callText(ev.node, m)}\``
    const q = ev.qname ?? ev.name
    if (/render_template_string|Template$/.test(q) && v && (isTainted(v, 'html') || isBuiltUnsafe(v, 'code'))) {
      return finding('python/template-injection', ev, m, `${where} compiles a template from ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))}: \`{{ }}\` in it runs on the server (server-side template injection)`, 'Keep the template constant and pass values as variables: `render_template_string("Hello {{ name }}", name=name)`.', [v], 'critical')
    }
    // `render_template_string("<article>{{ body | safe }}</article>", body=request.form["body"])`: the template itself turns
    // escaping off for that variable, so the request's text lands in the page as markup.
    const raw = /render_template_string$/.test(q) && v?.str !== undefined ? rawTemplateVariable(v.str, ev.kwargs) : undefined
    if (raw) {
      return finding('python/xss', ev, m, `${where} prints \`${raw.name}\` with ${raw.how}, and \`${raw.name}\` is ${describeFlow(raw.value, '', m.row(ev.stmt))}: a \`<script>\` or an \`onerror=\` in it runs in the visitor's browser`, 'Drop `| safe` and let the template escape it, or clean it first (`bleach.clean(...)`, `markupsafe.escape(...)`).', [raw.value], 'major')
    }
    if (/Markup|mark_safe/.test(q) && v && (isTainted(v, 'html') || isBuiltUnsafe(v, 'html'))) {
      return finding('python/unsafe-markup', ev, m, `${where} marks ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))} as safe HTML, so templates stop escaping it`, 'Escape the parts: `Markup("<b>{}</b>").format(name)` or `format_html("<b>{}</b>", name)`.', [v], v.taint ? 'critical' : 'major')
    }
    // HTML formatted only from escaped or constant parts (`f"<div>{escape(bio)}</div>"`), or proven constant however it was
    // formatted with `%` (`"<code>%s</code>" % {True: "true", None: "null"}[value]`): harmless, which vetoes the line rule's guess.
    if (/HTMLResponse$|Markup|mark_safe/.test(q) && ((v?.built && !isTainted(v, 'html') && !isBuiltUnsafe(v, 'html')) || (v?.constant && !v.taint && ev.argNodes[0]?.type === 'binary_operator'))) return cleared('python/unsafe-markup', ev, m)
  } else if (ev.kind === 'return' && ev.fn.handler) {
    // Flask's `return body, status, headers`: the body comes first, and the headers may declare its type.
    const tuple = /^(expression_list|tuple)$/.test(ev.valueNode.type) ? ev.value.elements : undefined
    v = tuple ? tuple[0] : ev.value
    where = 'The handler'
    const declaredType = tuple?.slice(1).map((e) => e.fields?.get('Content-Type') ?? e.fields?.get('content-type')).find((t) => t?.str !== undefined)?.str
    if (declaredType !== undefined && !/html/i.test(declaredType)) return undefined
    // Flask sends a returned string as `text/html`: request text in it is markup even with no tag around it.
    // Text, not a response object: a formatted string, or the request value itself (`jsonify(q)` and `make_response(q)` answer for themselves).
    const bodyNode = tuple ? namedChildren(ev.valueNode)[0] : ev.valueNode
    const text = !!v?.built || (!!bodyNode && /^(subscript|call)$/.test(bodyNode.type) && /^request\.(args|form|values|get_data|data|cookies|headers)\b/.test(m.text(bodyNode)))
    if (v && text && isTainted(v, 'html') && (declaredType !== undefined || flaskModule(ev.stmt, m) || htmlRoute(ev.fn.node, m)) && !(v.built && /<[a-z!/]/i.test(v.built.prefix))) {
      return finding('python/xss', ev, m, `The handler answers with ${describeFlow(v, '', m.row(ev.stmt))} as HTML (Flask's default for a returned string) with no escaping: a \`<script>\` in it runs in the visitor's browser`, 'Escape it (`markupsafe.escape(name)`), render a template, or return JSON (`jsonify(...)`).', [v], 'major')
    }
  } else if (ev.kind === 'store' && /^(text|body)$/.test(ev.key) && /^resp(onse)?$/.test(ev.objectText) && ev.fn.handler && ev.node.type === 'attribute') {
    // Falcon: `resp.text = …` answers with whatever `resp.content_type` says; HTML when the responder sets it so.
    v = ev.value
    where = `\`${ev.objectText}.${ev.key}\``
    if (isTainted(v, 'html') && /MEDIA_HTML|text\/html/.test(ev.fn.node ? m.text(ev.fn.node) : '')) {
      return finding('python/xss', ev, m, `${where} answers with ${describeFlow(v, '', m.row(ev.stmt))} as HTML with no escaping: a \`<script>\` in it runs in the visitor's browser`, 'Escape it (`html.escape(term)`), or render a template with autoescaping.', [v], 'major')
    }
  } else if (ev.kind === 'call' && masoniteResponse(ev, 'view', m)) {
    // Masonite's `response.view(content)` answers with a string as the page's HTML.
    v = ev.args[0]
    where = `\`${callText(ev.node, m)}\``
  } else if (ev.kind === 'call' && ev.receiverText === 'self' && /^(write|finish)$/.test(ev.name) && ev.fn.handler) {
    // Tornado: `self.write(text)` answers with HTML (dicts go out as JSON and never match the markup check below).
    v = ev.args[0]
    where = `\`${callText(ev.node, m)}\``
  }
  if (ev.kind === 'call' && declaredNotHtml(ev, m)) return undefined
  // Any framework's response declared as HTML (`web.Response(text=…, content_type="text/html")`, `Response(body, media_type="text/html")`, sanic's `html(body)`).
  const declared = ev.kind === 'call' ? declaredHtmlBody(ev, m) : undefined
  if (ev.kind === 'call' && declared && isTainted(declared, 'html')) {
    return finding('python/xss', ev, m, `\`${callText(ev.node, m)}\` answers with ${describeFlow(declared, '', m.row(ev.stmt))} as \`text/html\` with no escaping: a \`<script>\` in it runs in the visitor's browser`, 'Escape it (`markupsafe.escape(q)`, `html.escape(q)`), render a template with autoescaping, or answer as `text/plain` / JSON.', [declared], 'major')
  }
  if (v && ev.kind === 'call' && isTainted(v, 'html') && htmlByDefault(ev, m) && !(v.built && /<[a-z!/]/i.test(v.built.prefix))) {
    return finding('python/xss', ev, m, `${where} answers with ${describeFlow(v, argText(ev, m, 0), m.row(ev.stmt))} as HTML (the default content type here) with no escaping: a \`<script>\` in it runs in the visitor's browser`, 'Escape it (`markupsafe.escape(q)`, `django.utils.html.escape`), render a template, or send it as `content_type="text/plain"` / JSON.', [v], 'major')
  }
  if (!v || !isTainted(v, 'html') || !v.built || !/<[a-z!/]/i.test(`${v.built.prefix}`)) return undefined
  // A FastAPI route with no response class sends what it returns as JSON: markup in a JSON string does not render.
  if (ev.kind === 'return' && fastapiJsonRoute(ev.fn.node, m)) return undefined
  return finding(
    'python/xss',
    ev,
    m,
    `${where} returns HTML built with ${describeFlow(v, '', m.row(ev.stmt))} and no escaping: a \`<script>\` in it runs in the visitor's browser`,
    'Render through a template with autoescaping (`render_template("page.html", q=q)`), or escape each value with `markupsafe.escape()`.',
    [v],
    'major',
  )
})

const FLASK_MODULES = new WeakMap<SNode, boolean>()

/** The file imports Flask (its views answer returned strings as HTML). */
/** A FastAPI route declared to answer HTML (`@router.get(…, response_class=HTMLResponse)`): the string it returns is the page. */
function htmlRoute(def: SNode | undefined, m: MatchContext): boolean {
  const decorated = def?.parent?.type === 'decorated_definition' ? def.parent : undefined
  return !!decorated && decorated.children.some((c) => c.type === 'decorator' && /\bresponse_class\s*=\s*([\w.]+\.)?HTMLResponse\b/.test(m.text(c)))
}

const FASTAPI_IMPORT = /^(from\s+fastapi\b|import\s+fastapi\b)/m
/** Response classes that are not HTML: a returned string goes out as JSON, plain text, a file or a redirect. */
const NOT_HTML_RESPONSE = /\bresponse_class\s*=\s*([\w.]+\.)?(JSONResponse|ORJSONResponse|UJSONResponse|PlainTextResponse|FileResponse|RedirectResponse)\b/

/** A FastAPI path operation whose returned string is not a page: the default JSON response, or a `response_class=` that is not HTML (in a file importing fastapi). */
function fastapiJsonRoute(def: SNode | undefined, m: MatchContext): boolean {
  const decorated = def?.parent?.type === 'decorated_definition' ? def.parent : undefined
  const route = decorated?.children.find((c) => c.type === 'decorator' && /^@\w+\.(get|post|put|patch|delete|api_route)\(/.test(m.text(c)))
  return !!route && (!/\bresponse_class\s*=/.test(m.text(route)) || NOT_HTML_RESPONSE.test(m.text(route))) && fileMatches(route, m, FASTAPI_IMPORT)
}

function flaskModule(stmt: SNode, m: MatchContext): boolean {
  const root = rootOf(stmt)
  let known = FLASK_MODULES.get(root)
  if (known === undefined) FLASK_MODULES.set(root, (known = root.children.some((c) => /^(import_statement|import_from_statement)$/.test(c.type) && /^(from\s+flask\b|import\s+flask\b)/.test(m.text(c)))))
  return known
}

/**
 * Flask's `Response`/`make_response` and Django's `HttpResponse` send `text/html` unless told
 * otherwise, so request text in them is markup even without a tag around it. DRF's and
 * Starlette's `Response` classes are not these (their qnames differ).
 */
function htmlByDefault(ev: CallEvent, m: MatchContext): boolean {
  // A bare `HttpResponse` (its import outside the lines a hunk shows) is Django's.
  if (!/^(flask\.Response|flask\.make_response|django\.http\.HttpResponse|django\.http\.response\.HttpResponse|HttpResponse)$/.test(ev.qname ?? '')) return false
  const type = ev.kwNodes.get('content_type') ?? ev.kwNodes.get('mimetype') ?? ev.kwNodes.get('headers') ?? ev.argNodes[/^(django|HttpResponse)/.test(ev.qname!) ? 1 : 2]
  return !type || /text\/html/.test(m.text(type))
}

/** Litestar's (and Starlite's) `MediaType.HTML`: the enum member for `text/html`. */
const MEDIA_TYPE_ENUM_HTML = /^([\w.]+\.)?MediaType\.HTML$/

/** The body of a response class or helper that declares itself HTML by its content type or by its name (sanic's `html()`). */
function declaredHtmlBody(ev: CallEvent, m: MatchContext): Value | undefined {
  const q = ev.qname ?? ''
  // Robyn's `Response(status_code, headers, description)` carries the body as `description`.
  const body = (): Value | undefined => ev.args[0] ?? ev.kwargs.get('text') ?? ev.kwargs.get('body') ?? ev.kwargs.get('content') ?? ev.kwargs.get('description')
  if (/^(sanic\.(response\.)?|blacksheep\.(server\.responses\.)?)html$/.test(q)) return body()
  if (!/(^|\.)(Response|HttpResponse|StreamingResponse|PlainTextResponse)$/.test(q) && !/(^|\.)(Response|HttpResponse)$/.test(ev.name)) return undefined
  const node = ev.kwNodes.get('content_type') ?? ev.kwNodes.get('media_type') ?? ev.kwNodes.get('mimetype')
  if (node) return (/^[rbu]?["']/.test(m.text(node)) && /text\/html/i.test(m.text(node))) || MEDIA_TYPE_ENUM_HTML.test(m.text(node)) ? body() : undefined
  // `Response(headers={"Content-Type": "text/html"}, …)`: the type set as a header, in a dict written in the call.
  const headers = ev.kwNodes.get('headers')
  return headers?.type === 'dictionary' && /["']content-type["']\s*:\s*[rbu]?["']text\/html/i.test(m.text(headers)) ? body() : undefined
}

/** `Response(body, mimetype="text/plain")`, `HttpResponse(body, "application/json")`: a browser will not read it as HTML. */
function declaredNotHtml(ev: CallEvent, m: MatchContext): boolean {
  const node = ev.kwNodes.get('content_type') ?? ev.kwNodes.get('mimetype') ?? ev.kwNodes.get('media_type') ?? (/^django\./.test(ev.qname ?? '') ? ev.argNodes[1] : undefined)
  if (node && /^([\w.]+\.)?MediaType\.\w+$/.test(m.text(node))) return !MEDIA_TYPE_ENUM_HTML.test(m.text(node))
  return !!node && /^[rbu]?["']/.test(m.text(node)) && !/html/i.test(m.text(node))
}

const jinjaAutoescape = scoped({ kinds: ['call'], needles: ['Environment'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  if (!/^(jinja2\.)?Environment$/.test(ev.qname ?? '') || !/^jinja2\.Environment$|^Environment$/.test(ev.qname ?? '')) return undefined
  if ((ev.qname ?? '') === 'Environment' && !m.text(ev.node).includes('Loader')) return undefined
  const node = ev.kwNodes.get('autoescape')
  const value = node ? m.text(node) : undefined
  if (value !== undefined && value !== 'False') return undefined
  // With no loader (or jinja's `BaseLoader`, which has no templates) the environment only compiles strings
  // (`from_string`: text, mail, prompts), and one made for a single `.from_string()` is judged by what it compiles.
  const loader = ev.kwNodes.get('loader')
  const stringsOnly = loader ? /^(jinja2\.)?BaseLoader\(\)$/.test(m.text(loader)) : !/Loader\b/.test(m.text(ev.node))
  const oneOff = ev.node.parent?.type === 'attribute' && /\.from_string$/.test(m.text(ev.node.parent))
  if (value === undefined && (stringsOnly || oneOff)) return undefined
  return finding('python/jinja2-autoescape-off', ev, m, `\`${callText(ev.node, m)}\` renders templates without HTML escaping${value ? '' : ' (jinja2 defaults `autoescape` to False)'}: every \`{{ value }}\` is an XSS hole`, 'Pass `autoescape=select_autoescape(["html", "xml"])` (or `autoescape=True`).', [], 'major')
})

const insecureTempFile = scoped({ kinds: ['call'], needles: ['mktemp', 'tempnam', 'tmpnam'] }, (ev, m) => {
  if (ev.kind !== 'call' || !/^(tempfile\.mktemp|mktemp|os\.tempnam|os\.tmpnam)$/.test(ev.qname ?? '')) return undefined
  if (ev.qname === 'mktemp' && ev.receiver) return undefined
  return finding('python/insecure-temp-file', ev, m, `\`${callText(ev.node, m)}\` returns a name that another process can create first (a race that lets it read or redirect your writes)`, 'Use `tempfile.NamedTemporaryFile()` or `tempfile.mkstemp()`, which create the file atomically.', [], 'major')
})

const SIGNERS: Array<[RegExp, number, string]> = [
  [/^jwt\.(encode|decode)$/, 1, 'signs JWTs'],
  [/^(jose\.jwt|jwt)\.(encode|decode)$/, 1, 'signs JWTs'],
  [/^hmac\.(new|digest)$/, 0, 'keys the HMAC'],
  [/^(itsdangerous\.)?(URLSafeTimedSerializer|URLSafeSerializer|TimedSerializer|Serializer|Signer|TimestampSigner|TimedJSONWebSignatureSerializer)$/, 0, 'signs tokens'],
  // Encryption keys: pycryptodome's `AES.new(KEY, …)`, cryptography's `Fernet(KEY)`, `AESGCM(KEY)`, `algorithms.AES(KEY)`.
  [/^(Crypto|Cryptodome)\.Cipher\.(AES|DES3|ChaCha20|ChaCha20_Poly1305|Salsa20|Blowfish|CAST|ARC4|DES)\.new$/, 0, 'encrypts'],
  // Pyramid's signed cookie sessions and auth tickets: `SignedCookieSessionFactory(secret, …)`, `AuthTktCookieHelper(secret, …)`.
  [/^pyramid\.session\.(SignedCookieSessionFactory|BaseCookieSessionFactory)$|^pyramid\.authentication\.(AuthTktCookieHelper|AuthTktAuthenticationPolicy)$/, 0, 'signs session and login cookies'],
  [/^cryptography\.fernet\.Fernet$|^cryptography\.hazmat\.primitives\.ciphers\.(aead\.(AESGCM|AESCCM|AESOCB3|AESSIV|ChaCha20Poly1305)|algorithms\.(AES|AES128|AES256|ChaCha20|Camellia|TripleDES))$/, 0, 'encrypts'],
]
const SECRET_ATTRS = /^(secret_key|SECRET_KEY|JWT_SECRET_KEY|jwt_secret_key|WTF_CSRF_SECRET_KEY|SECURITY_PASSWORD_SALT)$/

/** Any of the signers above in one test: most calls are none of them. */
const ANY_SIGNER = new RegExp(SIGNERS.map(([pattern]) => `(?:${pattern.source})`).join('|'))
const NO_SIGNERS: typeof SIGNERS = []

const hardcodedSigningKey = scoped({ kinds: ['call', 'store'], needles: ['jwt', 'hmac', 'Serializer', 'Signer', 'secret_key', 'SECRET_KEY', 'PASSWORD_SALT', 'Cipher', 'Fernet', 'AES', 'ChaCha', 'CookieSessionFactory', 'AuthTkt'] }, (ev, m) => {
  if (m.isTest) return undefined
  if (ev.kind === 'call') {
    const q = ev.qname ?? ''
    for (const [pattern, index, what] of ANY_SIGNER.test(q) ? SIGNERS : NO_SIGNERS) {
      if (!pattern.test(q)) continue
      const keyName = ev.kwargs.has('key') ? 'key' : 'secret'
      const key = ev.kwargs.get(keyName) ?? ev.args[index]
      if (!literalKey(key)) return undefined
      const harm = what === 'encrypts' ? 'anyone with the source can decrypt what it protects' : 'anyone with the source can forge them'
      const keyNode = ev.kwNodes.get(keyName) ?? ev.argNodes[index]
      const found = finding('crypto/hardcoded-signing-key', ev, m, `\`${callText(ev.node, m)}\` ${what} with a key written in the code: ${harm}`, 'Load the key from the environment or a secret store (`os.environ["JWT_SECRET"]`) and rotate the one committed here.', [key], 'critical')
      // A literal on a line of its own in a call written over several lines is reported on that line.
      const f = keyNode && /^[rRbBuU]*["']/.test(m.text(keyNode)) && m.row(keyNode) !== found.startRow ? atOrigin(found, m.row(keyNode) + 1) : found
      // A module constant the change writes (`JWT_KEY = "s3cr3t…"`), or a class attribute read through `self`
      // (`ENCRYPTION_KEY = b"…"`, `Fernet(self.ENCRYPTION_KEY)`), is the flaw where it is written, not at each use.
      const written = keyNode?.type === 'identifier' ? moduleAssignment(ev.stmt, m.text(keyNode), m) : keyNode?.type === 'attribute' ? classAssignment(keyNode, m) : undefined
      if (!written || !m.added(written)) return f
      return atOrigin({ ...f, message: `\`${m.text(keyNode!)}\` is a key written in the code, and \`${callText(ev.node, m)}\` (line ${m.row(ev.stmt) + 1}) ${what} with it: ${harm}` }, m.row(written) + 1)
    }
    return undefined
  }
  if (ev.kind === 'store' && SECRET_ATTRS.test(ev.key) && /(^|\.)(app|config|application|settings)$|config/i.test(ev.objectText) && literalKey(ev.value)) {
    return finding('crypto/hardcoded-signing-key', ev, m, `\`${ev.objectText}${ev.node.type === 'subscript' ? `["${ev.key}"]` : `.${ev.key}`}\` is a literal: sessions and tokens signed with it can be forged by anyone with the source`, 'Read it from the environment (`os.environ["SECRET_KEY"]`) and rotate the committed value.', [ev.value], 'critical')
  }
  return undefined
})

/** The statement in the enclosing class's body that assigns `self.NAME` / `cls.NAME`'s attribute (`ENCRYPTION_KEY = b"…"`), when there is exactly one. */
function classAssignment(node: SNode, m: MatchContext): SNode | undefined {
  const object = field(node, 'object')
  const attr = field(node, 'attribute')
  if (!object || !attr || !/^(self|cls)$/.test(m.text(object))) return undefined
  let cls = node.parent
  while (cls && cls.type !== 'class_definition') cls = cls.parent
  const body = cls ? field(cls, 'body') : undefined
  const found = (body ? namedChildren(body) : []).filter((s) => {
    const a = s.type === 'expression_statement' ? namedChildren(s)[0] : undefined
    const left = a?.type === 'assignment' ? field(a, 'left') : undefined
    return left?.type === 'identifier' && m.text(left) === m.text(attr)
  })
  return found.length === 1 ? found[0] : undefined
}

/** The module-level statement that assigns `name` (`JWT_KEY = "…"`), when there is exactly one. */
function moduleAssignment(node: SNode, name: string, m: MatchContext): SNode | undefined {
  const root = rootOf(node)
  const found = namedChildren(root).filter((s) => {
    const a = s.type === 'expression_statement' ? namedChildren(s)[0] : undefined
    const left = a?.type === 'assignment' ? field(a, 'left') : undefined
    return left?.type === 'identifier' && m.text(left) === name
  })
  return found.length === 1 ? found[0] : undefined
}

function literalKey(v: Value | undefined): boolean {
  return !!v?.constant && typeof v.str === 'string' && v.str.length >= 4 && !/^[<{$]|^(changeme|your[-_ ]?secret.*|xxx+|\*+)$/i.test(v.str)
}

const PASSWORD_NAME = /(^|[^a-z])pass(word|wd|phrase)?s?($|[^a-z])|pwd|(^|_)pw($|_)|password/i

/** Inputs that are secrets by name (what a weak digest must not protect). */
const SECRET_INPUT = /\b\w*(token|secret|api_?key|apikey|credential)\w*\b/i

const weakPasswordHash = scoped({ kinds: ['store', 'call', 'bind', 'return'], needles: ['md5', 'MD5', 'Md5', 'sha', 'SHA', 'Sha'] }, (ev, m) => {
  if (m.isTest) return undefined
  if (ev.kind === 'store' && hasTag(ev.value, TAG.weakHash) && PASSWORD_NAME.test(ev.key)) {
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${ev.objectText}.${ev.key}\` stores a ${ev.value.madeBy} digest (line ${ev.value.madeAt}) as a password hash: fast, unsalted hashes are cracked in bulk`, 'Hash passwords with a slow, salted KDF: `bcrypt.hashpw(pw, bcrypt.gensalt())`, argon2, or `hashlib.scrypt`.', [ev.value]), ev.value.madeAt)
  }
  if (ev.kind === 'call') {
    for (const [key, value] of ev.kwargs) {
      if (hasTag(value, TAG.weakHash) && PASSWORD_NAME.test(key)) {
        return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${key}=\` receives a ${value.madeBy} digest (line ${value.madeAt}) as a password hash: fast, unsalted hashes are cracked in bulk`, 'Hash passwords with a slow, salted KDF: `bcrypt.hashpw(pw, bcrypt.gensalt())`, argon2, or `hashlib.scrypt`.', [value]), value.madeAt)
      }
    }
  }
  // A token, API key or signing secret through MD5/SHA-1: a fast hash is no protection for it either.
  // The input's name says so, or the function's (`def verify_api_key(presented): md5(presented…)`).
  // A digest of PRNG output (`sha1(str(random.random()).encode())`) is a token generator: its flaw is the guessable
  // input, which the insecure-random matcher reports; the hash adds nothing to judge.
  const weakData = ev.kind === 'call' && !ev.kwNodes.has('usedforsecurity') && !hasTag(ev.args[ev.qname === 'hashlib.new' ? 1 : 0], TAG.insecureRandom) ? weakHashInput(ev) : undefined
  if (ev.kind === 'call' && weakData && !PASSWORD_NAME.test(m.text(weakData.node)) && (SECRET_INPUT.test(m.text(weakData.node)) || ((SECRET_INPUT.test(ev.fn.name) || PASSWORD_NAME.test(ev.fn.name)) && !ev.fn.handler && !namesPublicData(m.text(weakData.node))))) {
    return finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` hashes a secret with ${weakData.algorithm}: MD5 and SHA-1 are broken for security uses, and a fast hash of a token or key is cheap to attack`, 'Use SHA-256 or better (`hashlib.sha256`), HMAC-SHA-256 for signatures, and a slow KDF (bcrypt, argon2, scrypt) for passwords.', [])
  }
  // PBKDF2 over MD5/SHA-1 (`hashlib.pbkdf2_hmac("sha1", password, salt, n)`): the KDF is only as good as the hash it iterates.
  if (ev.kind === 'call' && ev.qname === 'hashlib.pbkdf2_hmac' && /^(md5|sha1|sha-1)$/i.test(ev.args[0]?.str ?? ev.kwargs.get('hash_name')?.str ?? '')) {
    return finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` derives the key with PBKDF2 over ${(ev.args[0]?.str ?? ev.kwargs.get('hash_name')?.str ?? '').toUpperCase()}: use SHA-256 or better, with at least 600,000 iterations`, 'Use `hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)`, or bcrypt/argon2 for passwords.', [])
  }
  // A token made by hashing guessable inputs (`token = md5(email + str(time.time()))`): anyone can compute it again.
  if ((ev.kind === 'bind' || ev.kind === 'store' || ev.kind === 'return') && hasTag(ev.value, TAG.weakHash) && !PRNG_CALL.test(lineOfFile(ev.stmt, ev.value.madeAt, m))) {
    const name = ev.kind === 'bind' ? ev.name : ev.kind === 'store' ? ev.key : ev.fn.name
    if (WEAK_TOKEN_NAME.test(name) && !NOT_A_TOKEN.test(name) && !hashesSecretInside(ev.value.madeBy, ev.stmt, m)) {
      return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${name}\` is a ${ev.value.madeBy} digest (line ${ev.value.madeAt}) used as a secret token: a fast hash of guessable inputs can be computed again by anyone, and MD5/SHA-1 are broken for security uses`, 'Make tokens with `secrets.token_urlsafe(32)`; if a digest is needed, use HMAC-SHA-256 with a server-side key.', [ev.value]), ev.value.madeAt)
    }
  }
  // HMAC over MD5 (`hmac.new(key, body, hashlib.md5)`, `digestmod="md5"`): a signature on a hash that is broken for security uses.
  if (ev.kind === 'call' && /^hmac\.(new|digest|HMAC)$|^cryptography\.hazmat\.primitives\.hmac\.HMAC$/.test(ev.qname ?? '')) {
    const digest = ev.kwNodes.get('digestmod') ?? ev.kwNodes.get('digest') ?? ev.kwNodes.get('algorithm') ?? ev.argNodes[(ev.qname ?? '').startsWith('cryptography') ? 1 : 2]
    const text = digest ? m.text(digest) : ''
    if (/^(hashlib\.)?md5$|^["']md5["']$|(^|\.)MD5\(\)$/i.test(text) || ev.kwargs.get('digestmod')?.qname === 'hashlib.md5' || (digest && ev.args[(ev.qname ?? '').startsWith('cryptography') ? 1 : 2]?.qname === 'hashlib.md5')) {
      return finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` signs with HMAC-MD5: MD5 is broken for security uses, and signatures should not rest on it`, 'Use HMAC-SHA-256: `hmac.new(key, body, hashlib.sha256)`.', [])
    }
  }
  if (ev.kind === 'call' && /^(hashlib\.(md5|sha1)|Crypto\.Hash\.(MD5|SHA1?)\.new)$/.test(ev.qname ?? '') && ev.argNodes[0] && PASSWORD_NAME.test(m.text(ev.argNodes[0]))) {
    return finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` hashes a password with ${(ev.qname ?? '').replace(/^.*\.(md5|sha1|MD5|SHA1?)(\.new)?$/, '$1').toUpperCase()}: fast, unsalted hashes are cracked in bulk`, 'Hash passwords with a slow, salted KDF: `bcrypt.hashpw(pw, bcrypt.gensalt())`, argon2, or `hashlib.scrypt`.', [])
  }
  // `def hash_password(raw): return md5(raw).hexdigest()`: the helper's name says what the digest is for.
  if (ev.kind === 'return' && hasTag(ev.value, TAG.weakHash) && PASSWORD_NAME.test(ev.fn.name)) {
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${ev.fn.name}()\` returns a ${ev.value.madeBy} digest (line ${ev.value.madeAt}) as a password hash: fast, unsalted hashes are cracked in bulk`, 'Hash passwords with a slow, salted KDF: `bcrypt.hashpw(pw, bcrypt.gensalt())`, argon2, or `hashlib.scrypt`.', [ev.value]), ev.value.madeAt)
  }
  if (ev.kind === 'bind' && hasTag(ev.value, TAG.weakHash) && PASSWORD_NAME.test(ev.name)) {
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${ev.name}\` holds a ${ev.value.madeBy} digest (line ${ev.value.madeAt}) used as a password hash: fast, unsalted hashes are cracked in bulk`, 'Hash passwords with a slow, salted KDF: `bcrypt.hashpw(pw, bcrypt.gensalt())`, argon2, or `hashlib.scrypt`.', [ev.value]), ev.value.madeAt)
  }
  if (ev.kind === 'call' && ev.receiver && hasTag(ev.receiver, TAG.weakHash) && ev.name === 'update' && ev.argNodes[0] && PASSWORD_NAME.test(m.text(ev.argNodes[0]))) {
    return atOrigin(finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` feeds a password to ${ev.receiver.madeBy}: fast, unsalted hashes are cracked in bulk`, 'Hash passwords with bcrypt, argon2 or `hashlib.scrypt`.', [ev.receiver]), ev.receiver.madeAt)
  }
  return undefined
})

/** The last name of a value that places or labels something: a path, URL, file name, title, id or e-mail address. */
const PUBLIC_DATA = /(^|[._])(path|paths|url|uri|filename|file_?name|name|title|slug|id|pk|uuid|email|mtime|size|etag)$/i

/**
 * The hashed expression names what it is, and that is no secret (`export.path.encode()`, `str(user.id).encode()`):
 * the enclosing function's name (`token_digest`) then says what the digest is for, not what went into it.
 */
function namesPublicData(text: string): boolean {
  const bare = text.replace(/\.encode\([^()]*\)$/, '').replace(/^(str|bytes)\((.*)\)$/, '$2').trim()
  return /^[A-Za-z_][\w.]*$/.test(bare) && PUBLIC_DATA.test(bare)
}

/** The data an MD5/SHA-1 call hashes (`hashlib.md5(x)`, `hashlib.new("md5", x)`), with the algorithm's name. */
/**
 * A digest from a helper defined here (`_legacy_sign(sub.secret, body)`) whose own MD5/SHA-1 call hashes a secret by
 * name: that call is reported inside the helper, where the fix goes, so its callers add nothing to judge.
 */
function hashesSecretInside(madeBy: string | undefined, stmt: SNode, m: MatchContext): boolean {
  const helper = /^(\w+)\(\)$/.exec(madeBy ?? '')?.[1]
  if (!helper) return false
  let found = false
  const walk = (n: SNode): void => {
    if (found) return
    if (n.type === 'function_definition' && m.text(field(n, 'name') ?? n) === helper) {
      found = /\b(hashlib\.)?(md5|sha1)\(([^()]|\([^()]*\))*\)/.test(m.text(n)) && [...m.text(n).matchAll(/\b(?:hashlib\.)?(?:md5|sha1)\((([^()]|\([^()]*\))*)\)/g)].some((c) => SECRET_INPUT.test(c[1] ?? ''))
      return
    }
    for (const c of namedChildren(n)) walk(c)
  }
  walk(rootOf(stmt))
  return found
}

function weakHashInput(ev: CallEvent): { node: SNode; algorithm: string } | undefined {
  const q = ev.qname ?? ''
  const direct = /^hashlib\.(md5|sha1)$|^Crypto\.Hash\.(MD5|SHA1?)\.new$/.exec(q)
  if (direct && ev.argNodes[0]) return { node: ev.argNodes[0], algorithm: (direct[1] ?? direct[2]!).toUpperCase() }
  const named = q === 'hashlib.new' ? ev.args[0]?.str : undefined
  if (named && /^(md5|sha1|sha-1)$/i.test(named) && ev.argNodes[1]) return { node: ev.argNodes[1], algorithm: named.toUpperCase().replace('-', '') }
  return undefined
}

/** A PRNG draw on the line a digest was made: the token's flaw is its guessable input, which the insecure-random matcher reports there. */
const PRNG_CALL = /\brandom\.(random|randint|randrange|getrandbits|uniform|choice|choices|sample)\s*\(|\buuid1\s*\(/

/** Names of values that are secrets handed out (a weak digest there is a guessable token), not cache keys or checksums. */
const WEAK_TOKEN_NAME = /token|secret|nonce|(^|_)otp($|_)|session_?id|(^|_)sid$|api_?key|signature|(^|_)sig$|reset_?(code|key)|verification|activation|csrf/i
const NOT_A_TOKEN = /cache|etag|checksum|fingerprint|hash_?key|(^|_)digest$|file|content|body/i

const TOKEN_NAME = /token|secret|passw|pwd|nonce|oauth_?state|salt|otp|session|api_?key|reset|csrf|verif|(^|_)keys?$|invite|activation|codes?$|(^|_)pins?$/i
/** Codes that name a category or a look, not a secret: `color_code`, `country_code`, `status_code`. */
const PUBLIC_CODE = /(colou?r|hex|zip|postal|post|country|region|area|currency|lang|language|locale|status|error|exit|return|http|response|iso|sku|product|item|category|shade|tint)_?codes?$/i

/** Names about a look or about timing: `pick_token_color()`, `retry_token_refresh()`'s delay, a cache entry's TTL. */
const LOOK_OR_TIMING = /colou?r|shade|tint|delay|backoff|jitter|(^|_)ttl($|_)|interval|retry|retries|timeout|sleep|shuffle/i

/** The name a store writes under: an attribute or a literal key, not a variable holding one (`_cache[key] = …`). */
function storedName(ev: StoreEvent): string {
  const sub = ev.node.type === 'subscript' ? field(ev.node, 'subscript') : undefined
  return !sub || sub.type === 'string' ? ev.key : ''
}

/** The `def name(...)` at module level or in a class of the file `node` sits in. */
function definitionOf(node: SNode, name: string, m: MatchContext): SNode | undefined {
  const root = rootOf(node)
  const visit = (scope: SNode): SNode | undefined => {
    for (const child of namedChildren(scope)) {
      const def = child.type === 'decorated_definition' ? field(child, 'definition') : child
      if (def?.type === 'function_definition' && m.text(field(def, 'name') ?? def) === name) return def
      const body = def?.type === 'class_definition' ? field(def, 'body') : undefined
      const inner = body && visit(body)
      if (inner) return inner
    }
    return undefined
  }
  return visit(root)
}

/** A secret-named name whose PRNG value is itself a finding (the `return` of `def new_reset_token()`). */
function reportedAsSecret(name: string): boolean {
  return TOKEN_NAME.test(name) && !PUBLIC_CODE.test(name) && !LOOK_OR_TIMING.test(name)
}

/**
 * `token = new_reset_token()`: the helper's own return is already the finding when the change
 * added the helper, so its callers stay quiet (one flaw, one finding). An unchanged helper's
 * callers still report, as the only place the change touches the flaw.
 */
function reportedInHelper(v: Value, ev: FlowEvent, m: MatchContext): boolean {
  const helper = /^(\w+)\(\)$/.exec(v.madeBy ?? '')?.[1]
  if (!helper || !reportedAsSecret(helper)) return false
  const def = definitionOf(ev.stmt, helper, m)
  return !!def && m.added(def)
}

/** A call that draws from a PRNG: the `random` module, a `random.Random()` kept in a name, numpy's generator, `uuid1`. */
const DRAW = /^(?:random|numpy\.random|np\.random)\.\w+$|^uuid\.uuid1$|^uuid1$|(?:^|\.)_?\w*(?:rng|random|prng)\w*\.(?:choice|choices|sample|randint|randrange|random|getrandbits|shuffle|uniform|randbytes)$/i

/**
 * `code=self._draw()`: when the change added the method that made the value, the finding sits on
 * the method's own draw (`self._rng.choice(...)` inside `_draw`), where the fix goes, rather than
 * on each caller; a draw the method already reports as a secret of its own folds into that finding.
 */
function drawInHelper(v: Value, ev: FlowEvent, m: MatchContext): number | undefined {
  const helper = /^(\w+)\(\)$/.exec(v.madeBy ?? '')?.[1]
  const def = helper ? definitionOf(ev.stmt, helper, m) : undefined
  // A method of a class that makes the codes (`InviteCodes._draw`, `CsrfTokens.issue`); a module-level utility
  // (`_random_text(n)`) is general, and the caller that names the secret is where it becomes one.
  let owner = def?.parent
  while (owner && owner.type !== 'class_definition' && owner.type !== 'module') owner = owner.parent
  if (!def || owner?.type !== 'class_definition') return undefined
  let row: number | undefined
  const visit = (node: SNode): void => {
    if (row !== undefined) return
    if (node.type === 'call') {
      const callee = field(node, 'function')
      if (callee && DRAW.test(m.text(callee).replace(/\s+/g, '')) && m.added(node)) {
        row = m.row(node)
        return
      }
    }
    for (const child of namedChildren(node)) visit(child)
  }
  visit(field(def, 'body') ?? def)
  return row === undefined ? undefined : row + 1
}

const insecureRandom = scoped({ kinds: ['bind', 'store', 'return', 'call'], needles: ['random', 'uuid1', 'time()', 'now('] }, (ev, m) => {
  if (m.isTest) return undefined
  let v: Value | undefined
  let what = ''
  if (ev.kind === 'bind' && TOKEN_NAME.test(ev.name)) [v, what] = [ev.value, `\`${ev.name}\``]
  else if (ev.kind === 'store' && TOKEN_NAME.test(storedName(ev))) [v, what] = [ev.value, `\`${ev.key}\``]
  else if (ev.kind === 'return' && TOKEN_NAME.test(ev.fn.name)) [v, what] = [ev.value, `\`${ev.fn.name}()\``]
  else if (ev.kind === 'call' && /^(set_cookie|set_signed_cookie)$/.test(ev.name)) [v, what] = [ev.args[1] ?? ev.kwargs.get('value'), 'the cookie']
  // `user.set_password("".join(random.choices(...)))`: a setter or factory named for the secret it takes.
  if (!v && ev.kind === 'call' && /password|token|secret|(^|_)otp|nonce|api_?key/i.test(ev.name) && !/^(get|check|verify|validate|compare|is)_/i.test(ev.name)) {
    const prng = [...ev.args, ...ev.kwargs.values()].find((a) => hasTag(a, TAG.insecureRandom))
    if (prng) [v, what] = [prng, `The value passed to \`${ev.name}()\``]
  }
  // `Token(key=random_string(40))`, `{"reset_code": value}`: a field of a record or a response named as a secret.
  if (!v && (ev.kind === 'call' || ev.kind === 'return' || ev.kind === 'bind')) {
    const bags = ev.kind === 'call' ? [ev.kwargs, ...[...ev.args, ...ev.kwargs.values()].map((a) => a.fields)] : [ev.value.fields]
    for (const bag of bags) {
      for (const [key, value] of bag ?? []) {
        if (!v && (TOKEN_NAME.test(key) || (key === 'state' && oauthRequest(bag))) && !PUBLIC_CODE.test(key) && hasTag(value, TAG.insecureRandom)) [v, what] = [value, `\`${key}\``]
      }
    }
  }
  const named = what.replace(/[`()]/g, '')
  if (!v || !hasTag(v, TAG.insecureRandom) || PUBLIC_CODE.test(named) || LOOK_OR_TIMING.test(named) || NOT_A_SECRET_NAME.test(named)) return undefined
  // Made by a helper named for a look, timing or variety (`pick_token_color()`, `retry_delay()`): wherever it ends up
  // (`{"key": raw, "color": pick_token_color(raw[:8])}` returned by `create_api_key`), it is that, not the secret.
  const maker = /^(\w+)\(\)$/.exec(v.madeBy ?? '')?.[1]
  if (maker && (LOOK_OR_TIMING.test(maker) || NOT_SECRET_FUNCTION.test(maker))) return undefined
  if (reportedInHelper(v, ev, m) || NOT_SECRET_FUNCTION.test(ev.fn.name) || picksExisting(lineOfFile(ev.stmt, v.madeAt, m))) return undefined
  return atOrigin(finding('crypto/insecure-random', ev, m, `${what} comes from \`${v.madeBy}\` (line ${v.madeAt}), which is predictable: its output can be reconstructed from a few samples`, 'Use the `secrets` module: `secrets.token_urlsafe(32)`, `secrets.token_hex(16)`, `secrets.randbelow(n)`.', [v], 'critical'), drawInHelper(v, ev, m) ?? v.madeAt)
})

/**
 * A LangChain model called with one prompt string (`llm.invoke(f"You are… {topic}")`): fixed
 * instructions with request text spliced in, so the client's text can rewrite them. A prompt that
 * is only the client's text (a chat box) is what the model is for and stays quiet.
 */
const singlePromptInjection = scoped({ kinds: ['call'], needles: ['langchain'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !ev.receiver || !/^(invoke|ainvoke|predict|apredict|stream|astream|generate|agenerate|__call__)$/.test(ev.name)) return undefined
  if (!/^langchain[\w.]*\.\w+\(\)$/.test(ev.receiver.qname ?? '')) return undefined
  const prompt = ev.args[0] ?? ev.kwargs.get('input')
  if (!prompt?.built || !/[A-Za-z]{3,}/.test(prompt.built.prefix) || !isTainted(prompt) || ((prompt.safe ?? 0) & SAFE.all) === SAFE.all) return undefined
  return finding('python/prompt-injection', ev, m, `\`${callText(ev.node, m)}\` writes ${describeFlow(prompt, argText(ev, m, 0), m.row(ev.stmt))} into the model's instructions: whoever sends it can override the rules the prompt sets (prompt injection)`, 'Keep the instructions in a system message and pass what the user wrote as a separate human message (`[("system", RULES), ("human", text)]`).', [prompt], 'major')
})

export const pythonMatchers: Matcher[] = [pythonSensitiveLogging, pythonErrorExposure, pythonLogInjection, pythonHeaderInjection, pythonHeaderInjectionValue, pythonCipherParameters, pythonFilePermissions, pythonWriteToReadOnly, singlePromptInjection, jwtUnverified, insecureRandom, sqlInjection, pythonDatabaseClient, shellInjection, airflowTemplatedCommand, codeEval, unsafeDeserialization, pathTraversal, s3ObjectKey, openRedirect, ssrf, htmlFromRequest, jinjaAutoescape, insecureTempFile, hardcodedSigningKey, weakPasswordHash, pythonCleartextHttp, pythonXxe, pythonTemplateInjection, pythonWeakCipher, pythonDebugMode, pythonInsecureCookie, pythonPromptInjection, pythonEnginePromptInjection, pythonFormatStringInjection, pythonCors, pythonTempFile, pythonWeakPasswordScheme]

export type { FlowEvent, StoreEvent }
