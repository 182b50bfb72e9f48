/**
 * Server settings judged on values, not on how a line reads:
 * - CORS that reflects the caller's `Origin` back while allowing credentials (the header set
 *   from request data in a function that also allows credentials), and flask-cors resources
 *   open to `*` with `supports_credentials=True`. A constant `*` in a handler that does not
 *   allow credentials is proven harmless here, which vetoes the line rule's guess from nearby
 *   lines (browsers refuse `*` together with credentials anyway).
 * - JS servers that send stack traces to clients: Apollo's `includeStacktraceInErrorResponses:
 *   true` / `debug: true`, and the `errorhandler` middleware mounted outside a development check.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent, FlowEvent, RuleFinding } from '../events'
import { field, rootOf } from '../text'
import { isTainted, SAFE, type Value } from '../value'
import { callText, cleared, describeFlow, finding, type MatchContext, type Matcher, scoped } from './common'

const CORS_RULE = 'crypto/permissive-cors'
const ALLOW_ORIGIN = /^access-control-allow-origin$/i
const CREDENTIALS = /access-control-allow-credentials['"]?\]?\s*[,:=]?\s*['"]?true|credentials\s*:\s*true|supports_credentials\s*=\s*True|allow_credentials\s*=\s*True/i
const CORS_FIX = 'Echo the origin only after checking it against a fixed allow-list (`if (ALLOWED.has(origin)) res.set("Access-Control-Allow-Origin", origin)`), and send `Vary: Origin`.'

/** The text a credentials header could sit in: the enclosing function, or the module. */
function scopeText(ev: FlowEvent, m: MatchContext): string {
  return m.text(ev.fn.node ?? rootOf(ev.stmt))
}

function reflected(v: Value | undefined): v is Value {
  return !!v && isTainted(v) && !v.taint?.dom && ((v.safe ?? 0) & SAFE.all) !== SAFE.all
}

function corsHeader(ev: FlowEvent, m: MatchContext, value: Value | undefined, where: string): ReturnType<Matcher> {
  if (!value) return undefined
  const credentials = CREDENTIALS.test(scopeText(ev, m))
  if (value.constant) return value.str === '*' && !credentials ? cleared(CORS_RULE, ev, m) : undefined
  if (!reflected(value) || !credentials) return undefined
  return finding(CORS_RULE, ev, m, `${where} echoes ${describeFlow(value, '', m.row(ev.stmt))} as the allowed origin while credentials are allowed: any website can make logged-in requests and read the answers`, CORS_FIX, [value], 'major')
}

export const javascriptCors = scoped({ kinds: ['call', 'store'], needles: ['llow-origin', 'llow-Origin', 'LLOW-ORIGIN', 'credentials'] }, (ev, m) => {
  if (m.isTest) return undefined
  if (ev.kind === 'call' && ev.receiver && /^(set|setHeader|header|append)$/.test(ev.name) && ALLOW_ORIGIN.test(ev.args[0]?.str ?? '')) {
    return corsHeader(ev, m, ev.args[1], `\`${callText(ev.node, m)}\``)
  }
  if (ev.kind === 'store' && ALLOW_ORIGIN.test(ev.key)) return corsHeader(ev, m, ev.value, `\`${ev.objectText}[…] = …\``)
  if (ev.kind === 'call' && allowsEveryOrigin(ev.kwNodes.get('origin'), m) && textOf(ev.kwNodes.get('credentials'), m) === 'true') {
    return finding(CORS_RULE, ev, m, `\`${callText(ev.node, m)}\` approves every origin in its \`origin\` callback while allowing credentials: any website can make logged-in requests and read the answers`, CORS_FIX, [], 'major')
  }
  return undefined
})

/**
 * An `origin` option of the cors packages (Express `cors`, `@fastify/cors`, NestJS `enableCors`,
 * Hono) that is a function approving whatever it is asked: it returns its argument or `true`, or
 * calls back `(null, true)` / `(null, origin)`, with no comparison or lookup on the way.
 */
function allowsEveryOrigin(node: SNode | undefined, m: MatchContext): boolean {
  // `origin: /.*/`: a pattern every origin matches.
  if (node?.type === 'regex') return /^\/\^?(\.[*+]|\[\^?\]?[*+])\$?\/\w*$/.test(m.text(node))
  if (!node || !/^(arrow_function|function_expression|function)$/.test(node.type)) return false
  const params = field(node, 'parameters') ?? field(node, 'parameter')
  const names = params ? [...m.text(params).matchAll(/(?:^|[(,])\s*(\w+)/g)].map((p) => p[1]!) : []
  const body = field(node, 'body')
  if (!body || names.length === 0) return false
  const text = m.text(body).trim()
  // `origin ?? true` and `origin?.x` pick a default, they check nothing.
  if (/\bif\b|\?(?![?.])|===?|!==?|\.(includes|has|test|match|indexOf|endsWith|startsWith|some|find)\s*\(|\bswitch\b/.test(text.replace(/\?\?|\?\./g, ''))) return false
  const [origin, callback] = names
  const returned = text.replace(/^\{\s*return\s+|;?\s*\}$/g, '').replace(/;$/, '').trim()
  if (returned === origin || returned === 'true') return true
  return !!callback && new RegExp(`\\b${callback}\\s*\\(\\s*null\\s*,\\s*(true|${origin}(\\s*(\\?\\?|\\|\\|)\\s*(true|'\\*'|"\\*"))?)\\s*\\)`).test(text)
}

export const pythonCors = scoped({ kinds: ['store', 'call'], needles: ['llow-origin', 'llow-Origin', 'LLOW-ORIGIN', 'supports_credentials', 'allow_credentials'] }, (ev, m) => {
  if (m.isTest) return undefined
  if (ev.kind === 'store' && ALLOW_ORIGIN.test(ev.key)) return corsHeader(ev, m, ev.value, `\`${ev.objectText}["${ev.key}"] = …\``)
  if (ev.kind !== 'call') return undefined
  if (ev.receiver && /^(set|add|setdefault|__setitem__)$/.test(ev.name) && ALLOW_ORIGIN.test(ev.args[0]?.str ?? '')) return corsHeader(ev, m, ev.args[1], `\`${callText(ev.node, m)}\``)
  // flask-cors: `CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)`.
  if (/(^|\.)(CORS|cross_origin)$/.test(ev.qname ?? ev.name) && /^True$/.test(textOf(ev.kwNodes.get('supports_credentials'), m))) {
    const resources = ev.kwargs.get('resources')
    const open = [...(resources?.fields?.values() ?? [])].some((r) => anyOrigin(r.fields?.get('origins')))
    if (open || anyOrigin(ev.kwargs.get('origins'))) {
      return finding(CORS_RULE, ev, m, `\`${callText(ev.node, m)}\` allows every origin together with credentials: flask-cors then echoes each caller's origin, so any website can make logged-in requests and read the answers`, 'List the allowed origins: `CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)`.', [], 'major')
    }
  }
  // quart-cors / sanic-cors: `cors(app, allow_origin="*", allow_credentials=True)`.
  if (/(^|\.)(cors|route_cors|CORS)$/.test(ev.qname ?? ev.name) && /^True$/.test(textOf(ev.kwNodes.get('allow_credentials'), m)) && anyOrigin(ev.kwargs.get('allow_origin'))) {
    return finding(CORS_RULE, ev, m, `\`${callText(ev.node, m)}\` allows every origin together with credentials: any website can make logged-in requests and read the answers`, 'List the allowed origins: `allow_origin=["https://app.example.com"]`, or drop `allow_credentials=True`.', [], 'major')
  }
  // Starlette/FastAPI `CORSMiddleware` (through `add_middleware` or `Middleware(...)`), origins resolved through names: `ORIGINS = ["*"]`.
  if (ev.kwNodes.has('allow_origins') && /^True$/.test(textOf(ev.kwNodes.get('allow_credentials'), m)) && anyOrigin(ev.kwargs.get('allow_origins'))) {
    return finding(CORS_RULE, ev, m, `\`${callText(ev.node, m)}\` allows every origin (\`allow_origins\` holds \`"*"\`) together with credentials: Starlette then echoes each caller's origin, so any website can make logged-in requests and read the answers`, 'List the trusted origins: `allow_origins=["https://app.example.com"]`, or drop `allow_credentials=True`.', [], 'major')
  }
  return undefined
})

/** `*`, or a flask-cors origin regex that matches everything (`.*`, `^.*$`). */
function anyOrigin(v: Value | undefined): boolean {
  const wild = (s: string | undefined): boolean => s !== undefined && /^(\*|\^?\.[*+]\$?)$/.test(s)
  return wild(v?.str) || (v?.elements?.some((e) => wild(e.str)) ?? false)
}

function textOf(node: SNode | undefined, m: MatchContext): string {
  return node ? m.text(node) : ''
}

/** A listening host that is not loopback: every interface (`0.0.0.0`, `::`) or a routable address. */
const PUBLIC_HOST = /^(?!127\.|localhost$|::1$|\[::1\]$)\S+$/

const DEV_PATH = /(^|\/)(dev|develop|development|local|debug)[\w.-]*\.(js|ts|mjs|cjs)$|(^|\/)(scripts?|examples?|docs?)\//i
const DEV_CHECK = /NODE_ENV|development|isDev|isDevelopment|__DEV__|\bdev\b|DEBUG|isProduction|isProd|production/

/** `NODE_ENV` compared with one value, either way round: `process.env.NODE_ENV !== 'test'`, `'production' === env.NODE_ENV`. */
const NODE_ENV_COMPARISON = /^\(?\s*(?:(?:process\.)?env\.NODE_ENV|NODE_ENV)\s*(===|==|!==|!=)\s*(['"`])(\w+)\2\s*\)?$|^\(?\s*(['"`])(\w+)\4\s*(===|==|!==|!=)\s*(?:(?:process\.)?env\.NODE_ENV|NODE_ENV)\s*\)?$/

/**
 * The branch of `branching` holding `stmt` runs in production by its condition's own words: the condition is one
 * `NODE_ENV` comparison, and that branch is taken when `NODE_ENV` is `production` (`!== 'test'`, `!== 'development'`,
 * `=== 'production'`, or the `else` of `=== 'test'`). Such an `if` keeps the code out of test runs, not out of the
 * deployed server.
 */
function branchRunsInProduction(branching: SNode, cond: SNode, stmt: SNode, m: MatchContext): boolean {
  const c = NODE_ENV_COMPARISON.exec(m.text(cond).trim())
  if (!c) return false
  const op = c[1] ?? c[6] ?? ''
  const value = c[3] ?? c[5] ?? ''
  const whenProduction = op.startsWith('!') ? value !== 'production' : value === 'production'
  const consequence = field(branching, 'consequence')
  const inConsequence = !!consequence && stmt.start >= consequence.start && stmt.end <= consequence.end
  const alternative = field(branching, 'alternative')
  const inAlternative = !!alternative && stmt.start >= alternative.start && stmt.end <= alternative.end
  return inConsequence ? whenProduction : inAlternative ? !whenProduction : false
}

/**
 * Inside an `if` (or ternary) whose condition `check` reads as an environment test, or after `if (isProd) return` in an
 * enclosing function (only the nearest one when `nearestFunction`).
 */
export function devGuarded(stmt: SNode, m: MatchContext, check: RegExp = DEV_CHECK, nearestFunction = false): boolean {
  for (let n: SNode | undefined = stmt.parent; n; n = n.parent) {
    if (n.type === 'if_statement' || n.type === 'ternary_expression') {
      const cond = field(n, 'condition')
      if (cond && check.test(m.text(cond)) && !branchRunsInProduction(n, cond, stmt, m)) return true
    }
    if (/function|method_definition|arrow_function/.test(n.type)) {
      // `if (!isDev) return` before the statement, in the same function.
      const head = m.text({ ...n, end: stmt.start })
      if (/if\s*\([^)]*(NODE_ENV|isProd|production)[^)]*\)\s*(return|\{\s*return)/.test(head)) return true
      // A callback handed straight to a call (`if (isDev) app.use((err, req, res, next) => …)`) runs only where that call
      // was made, so the branches around the call still count.
      if (nearestFunction && n.parent?.type !== 'arguments') return false
    }
  }
  return false
}

/** Files named for development: what they start is their developer's. */
const DEV_FILE = /(^|\/)(dev|develop|development|local|debug)[\w.-]*\.(js|ts|mjs|cjs)$/i

/** `--inspect=0.0.0.0:9229` (also `--inspect-brk`, `--inspect-wait`): the inspector bound to a host other than loopback. */
const PUBLIC_INSPECT_FLAG = /--inspect(-brk|-wait)?=(?!127\.|localhost\b|\[::1\])[^\s:'"`,\]]+:/

/** Node's process starters and the cluster's worker settings, which take `execArgv` (or node's flags as arguments). */
const NODE_STARTER = /^(node:)?(child_process\.(fork|spawn|spawnSync|execFile|execFileSync)|cluster\.(setupPrimary|setupMaster))$/

// Every JS debug-mode finding reads an option written \`true\`, an \`errorhandler\` import, \`app.set('env', 'development')\`,
// the inspector opened or passed as a flag, or a REPL.
export const javascriptDebugMode = scoped({ kinds: ['call'], needles: ['true', 'errorhandler', 'development', 'inspect', 'maskedErrors', 'repl'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  // Workers forked with the inspector on every interface (`fork(file, args, { execArgv: ['--inspect=0.0.0.0:9230'] })`): as
  // with `inspector.open`, whoever reaches the port runs code in the worker. A launcher under scripts/ still binds the host
  // it names, so only files named for development are let through.
  if (NODE_STARTER.test(q) && !DEV_FILE.test(m.path) && !devGuarded(ev.stmt, m)) {
    const flagged = ev.kwNodes.get('execArgv') ?? ev.argNodes.find((a) => a.type === 'array' && PUBLIC_INSPECT_FLAG.test(m.text(a)))
    if (flagged && PUBLIC_INSPECT_FLAG.test(m.text(flagged))) {
      return atOption(ev, m, 'execArgv', finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` starts Node with the inspector listening on a network interface: anyone who reaches the port can attach a debugger and run code in that process`, 'Drop the host from the flag (`--inspect=9229` listens on 127.0.0.1 only) and reach it through an SSH tunnel or `kubectl port-forward`.', [], 'major'))
    }
  }
  // A REPL wired to a network socket (`net.createServer((socket) => repl.start({ input: socket, output: socket }))`) is a
  // shell into the running process for anyone who connects; one on the terminal (`process.stdin`) is the operator's.
  if (/^(node:)?repl\.start$/.test(q) && !DEV_FILE.test(m.path) && !devGuarded(ev.stmt, m)) {
    const input = ev.kwNodes.get('input')
    const text = input ? m.text(input) : ''
    if (input && !/^process\.stdin$/.test(text) && /\b(socket|conn|connection|sock|client|stream|ws)\b/i.test(text)) {
      return finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` serves a REPL over a network connection: whoever connects evaluates any JavaScript inside the server process, with its credentials and data`, 'Remove the network REPL from code that ships; attach to a running process with the inspector on 127.0.0.1 through an SSH tunnel when it is needed.', [], 'critical')
    }
  }
  // Node's inspector opened on every interface (`inspector.open(9229, '0.0.0.0')`): whoever reaches the port attaches a
  // debugger and runs any code in the process. Its default host, 127.0.0.1, keeps it to the machine itself.
  if (/^(node:)?inspector\.open$/.test(q) && ev.argNodes[1] && PUBLIC_HOST.test(ev.args[1]?.str ?? '') && !DEV_PATH.test(m.path) && !devGuarded(ev.stmt, m)) {
    return finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` opens the V8 inspector on every network interface: anyone who reaches the port can attach a debugger and run code in the server`, "Leave the host to its default (127.0.0.1) and reach it through an SSH tunnel or `kubectl port-forward`.", [], 'major')
  }
  // GraphQL Yoga's `maskedErrors: false`: every resolver error's message (and, in development builds, its stack) reaches the client.
  if (/^(graphql-yoga|@graphql-yoga\/node)\.(createYoga|createServer)$/.test(q) && textOf(ev.kwNodes.get('maskedErrors'), m) === 'false' && !DEV_PATH.test(m.path) && !devGuarded(ev.stmt, m)) {
    return atOption(ev, m, 'maskedErrors', finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` sets \`maskedErrors: false\`: the text of every unexpected error (database messages, file paths, internals) goes to any client`, "Leave masking on (the default) and throw `GraphQLError` for the messages clients should see; or tie it to development: `maskedErrors: process.env.NODE_ENV === 'production'`.", [], 'major'))
  }
  const apollo = ev.isNew && /(^|\.)ApolloServer$/.test(q)
  const use = !apollo && !!ev.receiver && ev.name === 'use' && ev.argNodes.some((a) => a.type === 'call_expression')
  // Connect's `errorHandler({ showStack: true, dumpExceptions: true })`; a Next.js custom server started with `next({ dev: true })`.
  const shows = ['showStack', 'dumpExceptions'].find((k) => textOf(ev.kwNodes.get(k), m) === 'true')
  const nextDev = /^next$/.test(q) && textOf(ev.kwNodes.get('dev'), m) === 'true'
  // The GraphiQL IDE served whatever the environment (express-graphql, mercurius), and strong-error-handler's `debug: true`.
  const graphiql = (textOf(ev.kwNodes.get('graphiql'), m) === 'true' && (/(^|\.)graphqlHTTP$|^express-graphql$/.test(q) || (ev.name === 'register' && /^(mercurius|@?mercurius)$/i.test(ev.args[0]?.qname ?? ''))))
    // GraphQL Playground, served by Apollo Server 2 and NestJS's `GraphQLModule.forRoot({ playground: true })`.
    || (textOf(ev.kwNodes.get('playground'), m) === 'true' && (apollo || /(^|\.)GraphQLModule\.forRoot(Async)?$/.test(q) || /^GraphQLModule\.forRoot/.test(m.text(ev.node))))
  // strong-error-handler's `debug: true`, and NestJS's `GraphQLModule.forRoot({ debug: true })` (Apollo's stack traces in every error).
  const strongDebug = (/^strong-error-handler(\.\w+)?$/.test(q) || /(^|\.)GraphQLModule\.forRoot(Async)?$/.test(q) || /^GraphQLModule\.forRoot/.test(m.text(ev.node))) && textOf(ev.kwNodes.get('debug'), m) === 'true'
  // `app.set('env', 'development')`: Express's own error handler then answers with stack traces, whatever NODE_ENV says.
  const expressDev = ev.name === 'set' && /^(app|server|router)$/.test(ev.receiverText ?? '') && ev.args[0]?.str === 'env' && ev.args[1]?.str === 'development'
  // The shape first: the path and the enclosing `if`s are only read for the calls that could be findings.
  if ((!apollo && !use && !shows && !nextDev && !graphiql && !strongDebug && !expressDev) || DEV_PATH.test(m.path) || devGuarded(ev.stmt, m)) return undefined
  if (expressDev) {
    return finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` runs Express in development mode: its default error handler sends stack traces to every client`, "Leave `env` to `NODE_ENV` (set to `production` in deployment).", [], 'major')
  }
  if (graphiql) {
    return atOption(ev, m, ev.kwNodes.has('playground') ? 'playground' : 'graphiql', finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` serves ${ev.kwNodes.has('playground') ? 'GraphQL Playground' : 'the GraphiQL IDE'} in every environment: anyone can browse and run the whole schema from a browser`, "Turn it on only in development: `graphiql: process.env.NODE_ENV !== 'production'`.", [], 'major'))
  }
  if (strongDebug) {
    return atOption(ev, m, 'debug', finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` sets \`debug: true\`: error responses carry stack traces and internal properties to every client`, "Derive it from the environment: `debug: process.env.NODE_ENV === 'development'`.", [], 'major'))
  }
  if (shows) {
    return finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` sets \`${shows}: true\`: error pages carry full stack traces to every client`, "Show stacks only in development (`showStack: process.env.NODE_ENV === 'development'`), or answer errors with a generic message.", [], 'major')
  }
  if (nextDev) {
    return finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` runs Next.js in development mode whatever the environment: unminified code, source maps, detailed error overlays and on-demand compilation in production`, "Derive it from the environment: `next({ dev: process.env.NODE_ENV !== 'production' })`.", [], 'major')
  }
  if (apollo) {
    for (const key of ['includeStacktraceInErrorResponses', 'debug']) {
      if (textOf(ev.kwNodes.get(key), m) === 'true') {
        // Reported on the option: a change may add only `debug: true` inside a constructor its hunk does not show.
        return atOption(ev, m, key, finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` sends stack traces with every GraphQL error: file paths, library versions and internals go to any client`, 'Leave it to the default (on only when `NODE_ENV` is not `production`), or tie it to an explicit development flag.', [], 'major'))
      }
    }
  }
  // `app.use(errorhandler())`: the development error page, with stack traces, for every client.
  if (use && ev.argNodes.some((a) => isErrorhandler(a, ev, m))) {
    return finding('js/debug-mode', ev, m, `\`${callText(ev.node, m)}\` mounts the \`errorhandler\` development middleware, which answers errors with full stack traces`, "Mount it only in development: `if (process.env.NODE_ENV === 'development') app.use(errorhandler())`.", [], 'major')
  }
  return undefined
})

/**
 * The finding moved to the option that is wrong when the call spans lines: a module's options sit
 * deep inside `@Module({ imports: [...] })`, whose statement starts far above them.
 */
function atOption(ev: CallEvent, m: MatchContext, key: string, f: RuleFinding): RuleFinding {
  const node = ev.kwNodes.get(key)
  if (!node || m.row(node) === m.row(ev.node)) return f
  return { ...f, startRow: m.row(node), endRow: m.row(node) }
}

/** The local names the `errorhandler` package is imported under (`errorhandler`, `errorHandler`, `devErrors`). */
const ERRORHANDLER_IMPORT = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]errorhandler['"]\s*\)|\bimport\s+([A-Za-z_$][\w$]*)\s+from\s+['"]errorhandler['"]/g

function isErrorhandler(arg: SNode, ev: CallEvent, m: MatchContext): boolean {
  if (arg.type !== 'call_expression') return false
  const callee = field(arg, 'function')
  const text = callee ? m.text(callee) : ''
  if (!/^[A-Za-z_$][\w$]*$/.test(text)) return false
  for (const imported of m.text(rootOf(ev.stmt)).matchAll(ERRORHANDLER_IMPORT)) if ((imported[1] ?? imported[2]) === text) return true
  return false
}
