/**
 * Error detail sent to the client (CWE-209/497): a Python traceback (`traceback.format_exc()`,
 * `print_exc(file=response)`) or the text of an exception caught by a catch-all (`except Exception
 * as e: return jsonify(error=str(e)), 500`), and a JS error's `stack` or the whole error object,
 * answered by a response. Tracebacks carry file paths, library versions and code; a catch-all's
 * message carries whatever failed (SQL, hosts, paths). Quiet: the trace logged, a generic answer,
 * exceptions the code raises for the client (`except ValidationError as e`), a JS error's
 * `message`, branches that test a debug or development flag, scripts, tests.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent, FlowEvent } from '../events'
import { field, namedChildren, rootOf } from '../text'
import { snippet } from '../../source/text'
import { callText, fileMatches, finding, type MatchContext, scoped } from './common'
import { devGuarded } from './web-config'

const PY_RULE = 'python/error-exposure'
const JS_RULE = 'js/error-exposure'
const PY_FIX = 'Log the traceback on the server (`logger.exception(...)`) and answer with a generic message and an error id.'
const JS_FIX = 'Log the error on the server and answer with a generic message and an error id; include the stack only when `NODE_ENV === "development"`.'

/** Scripts, examples and files named for development: their output is their operator's. */
const DEV_PATH = /(^|\/)(dev|develop|development|local|debug)[\w.-]*\.(py|js|ts|mjs|cjs)$|(^|\/)(scripts?|bin|tools|examples?|docs?|management\/commands)\//i
const PY_DEBUG_CHECK = /debug|DEBUG|development|TESTING|serve_traceback|show_traceback/
const JS_DEV_CHECK = /NODE_ENV|development|isDev|isDevelopment|__DEV__|\bdev\b|DEBUG|isProduction|isProd|production|ENVIRONMENT/

// ---------------------------------------------------------------- Python

/** Calls whose arguments become the HTTP response (or its error detail). */
const PY_RESPONSE = /(^|\.)(jsonify|make_response|Response|JSONResponse|JsonResponse|HttpResponse\w*|PlainTextResponse|HTMLResponse|ORJSONResponse|UJSONResponse|json_response|HTTPException|HTTPError|abort)$/
const TRACEBACK_CALL = /^(traceback\.)?(format_exc|format_exception|format_exception_only|format_tb|format_stack|extract_tb|extract_stack)$|^sys\.exc_info$/
const PRINT_EXC = /^(traceback\.)?(print_exc|print_exception|print_tb)$/
const BROAD = /^(Exception|BaseException|builtins\.Exception)$/
/** Calls that keep their argument's text (`str(e)`, `"; ".join(lines)`, `json.dumps(...)`). */
const PY_KEEPS = /^(str|repr|format|list|tuple|dict|json\.dumps|.*\.join|.*\.format|\w+\.encode|\w+\.decode|\w+\.strip|\w+\.splitlines)$/

/** An exception name the code caught with a catch-all (or a catch-all error handler's parameter). */
function broadlyCaught(name: string, at: SNode, m: MatchContext): boolean {
  for (let n = at.parent; n; n = n.parent) {
    if (n.type === 'except_clause' || n.type === 'except_group_clause') {
      const head = /^except\*?\s*\(?([\w.,\s]*?)\)?\s+as\s+(\w+)\s*:/.exec(m.text(n))
      if (head && head[2] === name) return head[1]!.split(',').some((t) => BROAD.test(t.trim()))
    }
    if (n.type === 'function_definition') {
      const params = namedChildren(field(n, 'parameters') ?? n).map((p) => m.text(p).split(/[:=]/)[0]!.trim())
      // `async def on_error(request, exc: Exception)`: a handler registered for every exception (Starlette's `exception_handlers`).
      const annotated = namedChildren(field(n, 'parameters') ?? n).some((p) => new RegExp(`^${name}\\s*:\\s*(Exception|BaseException)\\s*$`).test(m.text(p)))
      if (annotated) return true
      const decorated = n.parent?.type === 'decorated_definition' ? m.text(n.parent).slice(0, m.text(n.parent).indexOf('def ')) : ''
      // `@app.errorhandler(Exception)` / `(500)`, FastAPI's `@app.exception_handler(Exception)`: every unexpected error.
      const handler = /\.(errorhandler|exception_handler|register_error_handler)\(\s*(Exception|BaseException|500|InternalServerError)\s*\)/.test(decorated)
      return handler && params.slice(0, 2).includes(name) && (params[0] === name || params[0] === 'request')
    }
  }
  return false
}

/** The assignments to `name` in the function around `at`, before it (`details = traceback.format_exc()`). */
function assignedBefore(name: string, at: SNode, m: MatchContext): SNode[] {
  let fn: SNode | undefined = at.parent
  while (fn && fn.type !== 'function_definition') fn = fn.parent
  if (!fn) return []
  const out: SNode[] = []
  const visit = (n: SNode): void => {
    if (n.start >= at.start) return
    if (n.type === 'assignment') {
      const left = field(n, 'left')
      const right = field(n, 'right')
      if (left && right && left.type === 'identifier' && m.text(left) === name) out.push(right)
    }
    for (const c of n.children) if (c.type !== 'function_definition' && c.type !== 'class_definition') visit(c)
  }
  visit(field(fn, 'body') ?? fn)
  return out
}

/** The error detail an expression carries, as written (`traceback.format_exc()`, `str(exc)`), if any. */
function pythonDetail(node: SNode, m: MatchContext, depth = 0): string | undefined {
  if (depth > 4) return undefined
  const recurse = (nodes: readonly (SNode | undefined)[]): string | undefined => {
    for (const c of nodes) {
      const found = c ? pythonDetail(c, m, depth + 1) : undefined
      if (found) return found
    }
    return undefined
  }
  switch (node.type) {
    case 'call': {
      const callee = m.text(field(node, 'function') ?? node)
      if (TRACEBACK_CALL.test(callee)) return m.text(node).length > 60 ? `${callee}(…)` : m.text(node)
      const args = field(node, 'arguments')
      if (PY_KEEPS.test(callee) && args) return recurse([...namedChildren(args), ...(callee.includes('.') ? [field(field(node, 'function'), 'object')] : [])])
      return undefined
    }
    case 'identifier': {
      const name = m.text(node)
      if (broadlyCaught(name, node, m)) return name
      return recurse(assignedBefore(name, node, m).slice(-2))
    }
    case 'attribute': {
      const object = field(node, 'object')
      const attr = m.text(field(node, 'attribute') ?? node)
      // `e.args`, `e.__traceback__`; `type(e).__name__` and `e.code` say what failed, not the detail.
      if (object?.type === 'identifier' && /^(args|message|__traceback__|__cause__|__context__)$/.test(attr) && broadlyCaught(m.text(object), node, m)) return m.text(node)
      return undefined
    }
    case 'string':
      return recurse(node.children.filter((c) => c.type === 'interpolation').map((c) => namedChildren(c)[0]))
    case 'dictionary':
      return recurse(node.children.filter((c) => c.type === 'pair').map((p) => field(p, 'value')))
    case 'keyword_argument':
      return recurse([field(node, 'value')])
    case 'list':
    case 'tuple':
    case 'expression_list':
    case 'parenthesized_expression':
    case 'binary_operator':
    case 'concatenated_string':
      return recurse(namedChildren(node))
    default:
      return undefined
  }
}

/** Inside an `if` that tests a debug or development flag, between the statement and its function. */
function pythonDebugGuarded(stmt: SNode, m: MatchContext): boolean {
  for (let n = stmt.parent; n && n.type !== 'function_definition'; n = n.parent) {
    if (n.type === 'if_statement' && PY_DEBUG_CHECK.test(m.text(field(n, 'condition') ?? n).slice(0, 200))) return true
  }
  return false
}

/** A name that holds a response object (`response = HttpResponse(status=500)`), for `print_exc(file=response)`. */
function isResponseObject(node: SNode, m: MatchContext): boolean {
  const text = m.text(node)
  if (/^(self\.)?(response|resp|res)$|^self\.wfile$/.test(text)) return true
  return node.type === 'identifier' && assignedBefore(text, node, m).some((v) => v.type === 'call' && PY_RESPONSE.test(m.text(field(v, 'function') ?? v)))
}

function pythonMatch(ev: FlowEvent, m: MatchContext) {
  if (m.isTest || DEV_PATH.test(m.path)) return undefined
  if (ev.kind === 'call') {
    const q = ev.qname ?? ev.name
    // `traceback.print_exc(file=response)`: Django's HttpResponse is a file; the trace is written into it.
    const file = ev.kwNodes.get('file')
    if (PRINT_EXC.test(q) && file && isResponseObject(file, m) && !pythonDebugGuarded(ev.stmt, m)) {
      return finding(PY_RULE, ev, m, `\`${callText(ev.node, m)}\` writes the traceback into the response: file paths, library versions and code of the server go to anyone who can trigger an error`, PY_FIX, [], 'major')
    }
    // Tornado's `RequestHandler.write`/`finish` answer the request.
    const tornado = ev.receiverText === 'self' && /^(write|finish)$/.test(ev.name) && fileMatches(ev.node, m, /\bRequestHandler\b/)
    if (!tornado && !PY_RESPONSE.test(q) && !PY_RESPONSE.test(ev.name)) return undefined
    const args = field(ev.node, 'arguments')
    for (const arg of args ? namedChildren(args) : []) {
      const detail = pythonDetail(arg, m)
      if (detail) return pythonFinding(ev, m, detail)
    }
    return undefined
  }
  if (ev.kind !== 'return' || !ev.fn.node) return undefined
  // A view's own return value is its response (`return {"error": str(e)}, 500`, `return traceback.format_exc()`);
  // a response call is judged as a call.
  const value = ev.valueNode.type === 'expression_list' || ev.valueNode.type === 'tuple' ? namedChildren(ev.valueNode)[0] : ev.valueNode
  const responseCall = value?.type === 'call' && PY_RESPONSE.test(m.text(field(value, 'function') ?? value))
  if (!value || responseCall || (!ev.fn.handler && !/\.(errorhandler|exception_handler)\(/.test(m.text(ev.fn.node.parent ?? ev.fn.node).slice(0, 300)))) return undefined
  const detail = pythonDetail(value, m)
  return detail ? pythonFinding(ev, m, detail) : undefined
}

function pythonFinding(ev: FlowEvent, m: MatchContext, detail: string) {
  if (pythonDebugGuarded(ev.stmt, m)) return undefined
  const what = TRACEBACK_CALL.test(detail.replace(/\(.*$/s, '')) ? `the traceback (\`${detail}\`)` : `\`${detail}\`, an exception caught by a catch-all,`
  return finding(PY_RULE, ev, m, `\`${callText(ev.stmt, m)}\` sends ${what} to the client: file paths, queries, hosts and internals of the server go to anyone who can trigger an error`, PY_FIX, [], 'major')
}

export const pythonErrorExposure = scoped({ kinds: ['call', 'return'], needles: ['traceback', 'except', 'exc_info', 'errorhandler', 'exception_handler', 'Exception'] }, pythonMatch)

// ---------------------------------------------------------------- JavaScript

/** `(err as Error)`, `(err)`, `err!`: the expression inside. */
function jsUnwrapped(node: SNode): SNode {
  let n = node
  while (/^(parenthesized_expression|as_expression|non_null_expression|satisfies_expression|type_assertion|await_expression)$/.test(n.type)) {
    const inner = namedChildren(n)[0]
    if (!inner) break
    n = inner
  }
  return n
}

/** A name bound to an error: a `catch (err)` parameter, a `.catch((err) => …)` callback's, or an error handler's first (`(err, req, res, next)`, `setErrorHandler((error, request, reply)`, `onError((err, c)`). */
function isErrorName(name: string, at: SNode, m: MatchContext): boolean {
  for (let n = at.parent; n; n = n.parent) {
    if (n.type === 'catch_clause') {
      const param = field(n, 'parameter')
      if (param && m.text(param) === name) return true
    }
    if (/^(arrow_function|function_expression|function_declaration|function)$/.test(n.type)) {
      const params = field(n, 'parameters') ?? field(n, 'parameter')
      const list = params ? (params.type === 'identifier' ? [params] : namedChildren(params)) : []
      const first = list[0] ? m.text(list[0]).split(/[:=]/)[0]!.trim() : ''
      // Elysia's `.onError(({ code, error, set }) => …)` hands the error in its context.
      const inContext = /^\{/.test(first) && new RegExp(`[{,]\\s*${name.replace(/\$/g, '\\$')}\\s*[,}]`).test(m.text(list[0]!))
      if (first !== name && !inContext) continue
      const call = n.parent?.type === 'arguments' ? n.parent.parent : undefined
      const callee = call ? m.text(field(call, 'function') ?? call) : ''
      if (/\.(catch|setErrorHandler|onError)$|^onError$/.test(callee)) return true
      if (inContext) continue
      // Express error middleware: four parameters, the first the error.
      if (list.length === 4 && /^(err|error|e|ex|exception)$/.test(name)) return true
    }
  }
  return false
}

/** A 500 answer: `res.status(500)`, `.status(HttpStatus.INTERNAL_SERVER_ERROR)`, `reply.code(500)`. */
const STATUS_500 = /\.(status|code)\(\s*(500|HttpStatus\.INTERNAL_SERVER_ERROR|StatusCodes\.INTERNAL_SERVER_ERROR)\s*\)/

/**
 * `res.status(500).json({ message: error.message })` in a NestJS catch-all exception filter, where `error` is the exception
 * it was handed (directly or as `const error = exception as Error`): HttpExceptions carry the answer the code chose, and
 * the filter's 500 is for what no code expected, whose text is the server's own (a SQL error, a file path, a host name).
 * A route's own catch, or an Express error middleware, may pass on a message the code wrote, and keeps quiet.
 */
function unexpectedMessage(stmt: SNode, body: SNode, m: MatchContext): string | undefined {
  if (!STATUS_500.test(m.text(stmt))) return undefined
  let found: string | undefined
  const visit = (n: SNode, depth: number): void => {
    if (found || depth > 4) return
    if (n.type === 'member_expression' && m.text(field(n, 'property') ?? n) === 'message') {
      const object = field(n, 'object')
      const inner = object ? jsUnwrapped(object) : undefined
      if (inner?.type === 'identifier') {
        const name = m.text(inner)
        const alias = jsDeclaredBefore(name, inner, m).at(-1)
        const aliased = alias ? jsUnwrapped(alias) : undefined
        if (filterException(name, inner, m) || (aliased?.type === 'identifier' && filterException(m.text(aliased), aliased, m))) found = `${name}.message`
      }
      return
    }
    for (const c of n.children) visit(c, depth + 1)
  }
  visit(body, 0)
  return found
}

/** `name` is the first parameter of a NestJS exception filter's `catch(exception, host)`: whatever a handler threw. */
function filterException(name: string, at: SNode, m: MatchContext): boolean {
  for (let n = at.parent; n; n = n.parent) {
    if (n.type !== 'method_definition') continue
    if (m.text(field(n, 'name') ?? n) !== 'catch' || !nestExceptionFilter(n, m)) return false
    const params = field(n, 'parameters')
    const first = params ? namedChildren(params)[0] : undefined
    return first !== undefined && m.text(first).split(/[:=?]/)[0]!.trim() === name
  }
  return false
}

/** The class around a method is a NestJS exception filter: decorated `@Catch(…)`, or declared to implement `ExceptionFilter`. */
function nestExceptionFilter(method: SNode, m: MatchContext): boolean {
  let cls: SNode | null | undefined = method.parent
  while (cls && !/^(class_declaration|class|abstract_class_declaration)$/.test(cls.type)) cls = cls.parent
  if (!cls) return false
  const head = m.text(cls).slice(0, m.text(cls).indexOf('{') + 1)
  const decorated = cls.children.some((c) => c.type === 'decorator' && /^@Catch\b/.test(m.text(c))) || (cls.parent?.type === 'export_statement' && cls.parent.children.some((c) => c.type === 'decorator' && /^@Catch\b/.test(m.text(c))))
  return decorated || /\bimplements\s+[^{]*\bExceptionFilter\b/.test(head)
}

/** The local `const name = …` initialisers in the function around `at`, before it. */
function jsDeclaredBefore(name: string, at: SNode, m: MatchContext): SNode[] {
  const out: SNode[] = []
  let fn: SNode | undefined = at.parent
  while (fn && !/^(arrow_function|function_expression|function_declaration|method_definition|function)$/.test(fn.type)) fn = fn.parent
  const visit = (n: SNode): void => {
    if (n.start >= at.start) return
    if (n.type === 'variable_declarator') {
      const id = field(n, 'name')
      const value = field(n, 'value')
      if (id && value && id.type === 'identifier' && m.text(id) === name) out.push(value)
    }
    for (const c of n.children) visit(c)
  }
  visit(fn ?? rootOf(at))
  return out
}

/**
 * The error detail a response body carries: `err.stack` itself (also `(err as Error).stack`, `err.stack.split('\n')`), a
 * field of an object (nested), a piece of a template or concatenation, `JSON.stringify(…)` of one, a local name bound to one,
 * or the whole error object (`res.send(err)`, `{ error: err }`). A condition (`isProd ? undefined : err.stack`) is the code
 * choosing when to show it.
 */
function jsDetail(node: SNode, m: MatchContext, depth = 0, whole = true, viaLocal = false): string | undefined {
  if (depth > 4) return undefined
  const recurse = (nodes: readonly (SNode | undefined)[], wholeToo = true, local = viaLocal): string | undefined => {
    for (const c of nodes) {
      const found = c ? jsDetail(c, m, depth + 1, wholeToo, local) : undefined
      if (found) return found
    }
    return undefined
  }
  const n = jsUnwrapped(node)
  switch (n.type) {
    case 'member_expression': {
      const prop = m.text(field(n, 'property') ?? n)
      const object = field(n, 'object')
      if (prop === 'stack' && object) return `${m.text(jsUnwrapped(object))}.stack`
      // The whole environment (`res.json({ env: process.env })`): every secret the deployment passes in, not one setting.
      if (whole && prop === 'env' && object && m.text(object) === 'process') return 'process.env'
      return undefined
    }
    case 'call_expression': {
      const callee = field(n, 'function')
      const calleeText = callee ? m.text(callee) : ''
      const args = field(n, 'arguments')
      if (/^JSON\.stringify$/.test(calleeText) && args) return recurse(namedChildren(args).slice(0, 1))
      // `util.inspect(err)` prints the stack with the message, and serialize-error's `serializeError(err)` keeps it as a field.
      if (/^((util\.)?inspect|serializeError)$/.test(calleeText) && args) return recurse(namedChildren(args).slice(0, 1), true)
      // Youch's error page (`await new Youch(err, req).toHTML()`, or the instance kept in a local first) prints the stack
      // and the source lines around each frame.
      if (callee?.type === 'member_expression' && /^(toHTML|toJSON)$/.test(m.text(field(callee, 'property') ?? callee))) {
        const error = youchError(field(callee, 'object'), m)
        if (error) return recurse([error], true)
      }
      // `toProblem(err, status)`, a function of this file that puts its parameter's stack into what it returns, called in the
      // response itself; one whose result is kept in a local first (`const error = reduceError(e)`) is read no further.
      if (callee?.type === 'identifier' && args && !viaLocal) {
        const param = stackParameter(calleeText, n, m)
        const arg = param === undefined ? undefined : namedChildren(args)[param]
        const inner = arg ? jsUnwrapped(arg) : undefined
        if (inner?.type === 'identifier' && isErrorName(m.text(inner), inner, m)) return `${m.text(inner)}.stack`
      }
      // `err.stack.split('\n')`, `err.stack.toString()`: the stack's own text.
      if (callee?.type === 'member_expression') {
        const object = field(callee, 'object')
        if (object && jsUnwrapped(object).type === 'member_expression') return recurse([object], false)
      }
      return undefined
    }
    case 'identifier': {
      const name = m.text(n)
      if (whole && isErrorName(name, n, m)) return name
      return recurse(jsDeclaredBefore(name, n, m).slice(-1), true, true)
    }
    case 'object':
      return recurse(n.children.map((p) => (p.type === 'pair' ? field(p, 'value') : p.type === 'shorthand_property_identifier' ? p : undefined)))
    case 'shorthand_property_identifier':
      return whole && isErrorName(m.text(n), n, m) ? m.text(n) : undefined
    case 'template_string':
      return recurse(n.children.filter((c) => c.type === 'template_substitution').map((s) => namedChildren(s)[0]), false)
    case 'binary_expression': {
      const op = m.text(field(n, 'operator') ?? n)
      // `err.stack ?? err.message`: the stack whenever there is one.
      if (op === '??' || op === '||') return recurse([field(n, 'left'), field(n, 'right')], whole)
      return op === '+' ? recurse([field(n, 'left'), field(n, 'right')], false) : undefined
    }
    case 'array':
      return recurse(namedChildren(n))
    // `err instanceof Error ? err.stack : undefined`: either outcome may be sent.
    // One chosen by the environment (`NODE_ENV === 'development' ? err.stack : 'internal error'`) is for developers.
    case 'ternary_expression':
      return JS_DEV_CHECK.test(m.text(field(n, 'condition') ?? n)) ? undefined : recurse([field(n, 'consequence'), field(n, 'alternative')])
    default:
      return undefined
  }
}

/**
 * The position of the parameter whose `stack` the function `name` of this file returns (`function toProblem(err, status) {
 * return { title, status, detail: err.stack } }`), if it does.
 */
function stackParameter(name: string, at: SNode, m: MatchContext): number | undefined {
  let found: number | undefined
  const visit = (n: SNode, depth: number): void => {
    if (found !== undefined || depth > 3) return
    const fn = n.type === 'function_declaration' ? n : n.type === 'variable_declarator' && /^(arrow_function|function_expression|function)$/.test(field(n, 'value')?.type ?? '') ? field(n, 'value') : undefined
    const id = field(n, 'name')
    if (fn && id && m.text(id) === name) {
      const params = field(fn, 'parameters')
      const names = params ? namedChildren(params).map((p) => m.text(p).split(/[:=?]/)[0]!.trim()) : []
      const body = field(fn, 'body')
      const returned: SNode[] = []
      const collect = (b: SNode): void => {
        if (b !== body && /^(arrow_function|function_expression|function_declaration|method_definition|function)$/.test(b.type)) return
        if (b.type === 'return_statement' && namedChildren(b)[0]) returned.push(namedChildren(b)[0]!)
        for (const c of b.children) collect(c)
      }
      if (body?.type === 'statement_block') collect(body)
      else if (body) returned.push(body)
      for (const r of returned) {
        const detail = jsDetail(r, m, 1, false)
        const index = detail?.endsWith('.stack') ? names.indexOf(detail.slice(0, -'.stack'.length)) : -1
        if (index >= 0) {
          found = index
          return
        }
      }
      return
    }
    for (const c of n.children) visit(c, depth + 1)
  }
  visit(rootOf(at), 0)
  return found
}

/** The error a Youch instance was made for: `new Youch(err, req)` itself, or the local it was assigned to. */
function youchError(node: SNode | undefined, m: MatchContext): SNode | undefined {
  let n = node && jsUnwrapped(node)
  if (n?.type === 'identifier') n = jsDeclaredBefore(m.text(n), n, m).at(-1)
  if (n?.type !== 'new_expression' || !/^(Youch|youch\.default)$/.test(m.text(field(n, 'constructor') ?? n))) return undefined
  const args = field(n, 'arguments')
  return args ? namedChildren(args)[0] : undefined
}

/** The body a response call sends, if the call is one: Express/Fastify/Hono/Hapi answers, `new Response(…)`, `Response.json`, `NextResponse.json`. */
function responseBody(ev: CallEvent): SNode | undefined {
  // Elysia's `status(500, body)` (formerly `error(500, body)`) from the handler's context answers with the body.
  if (!ev.receiver && /^(status|error)$/.test(ev.name) && ev.argNodes[0]?.type === 'number' && ev.argNodes[1]) return ev.argNodes[1]
  const hapi = ev.name === 'response' && ev.receiverText === 'h'
  const fetchApi = (ev.isNew && ev.name === 'Response' && !ev.receiver) || (ev.name === 'json' && /^(Response|NextResponse)$/.test(ev.receiverText ?? ''))
  if (!fetchApi && (!ev.receiver || (!hapi && !/^(json|send|end|write|jsonp|html|body|text)$/.test(ev.name)) || !/^(res|response|reply|resp|c|ctx|h)\b/.test(ev.receiverText ?? ''))) return undefined
  // Restify's and Express 3's `res.send(500, body)`, `res.json(500, body)`: the status comes first.
  if (!fetchApi && !hapi && ev.argNodes[0]?.type === 'number' && ev.argNodes[1]) return ev.argNodes[1]
  return ev.argNodes[0]
}

/** GraphQL errors, serialised into the response's `errors` with their message and `extensions` (the `originalError` stays on the server). */
const GRAPHQL_ERROR = /^(GraphQLError|ApolloError|UserInputError|AuthenticationError|ForbiddenError|ValidationError)$/

/**
 * What a thrown GraphQL error shows the client: `new GraphQLError(message, { extensions })`, Apollo's
 * `new ApolloError(message, code, extensions)` and `new UserInputError(message, extensions)`.
 */
function graphqlErrorBody(ev: CallEvent, m: MatchContext): SNode | undefined {
  if (!ev.isNew || !GRAPHQL_ERROR.test(ev.name)) return undefined
  const at = ev.name === 'GraphQLError' ? 1 : ev.name === 'ApolloError' ? 2 : 1
  const options = ev.argNodes[at]
  if (options?.type !== 'object' || ev.name !== 'GraphQLError') return options
  const extensions = namedChildren(options).find((p) => p.type === 'pair' && /^['"]?extensions['"]?$/.test(m.text(field(p, 'key') ?? p)))
  return extensions ? field(extensions, 'value') : undefined
}

/** The value of the `key` property written in an object literal. */
function pairValue(object: SNode, key: string, m: MatchContext): SNode | undefined {
  const pair = namedChildren(object).find((p) => p.type === 'pair' && new RegExp(`^['"]?${key}['"]?$`).test(m.text(field(p, 'key') ?? p)))
  return pair ? field(pair, 'value') : undefined
}

function jsMatch(ev: FlowEvent, m: MatchContext) {
  if (m.isTest || DEV_PATH.test(m.path)) return undefined
  let body: SNode | undefined
  // Koa answers with whatever `ctx.body` is set to.
  if (ev.kind === 'store' && ev.key === 'body' && /^(ctx|context|this|ctx\.response)$/.test(ev.objectText)) body = ev.valueNode
  // Azure Functions (v3 model) answers with the `body` of what the handler puts in `context.res`.
  else if (ev.kind === 'store' && ev.key === 'res' && ev.objectText === 'context' && ev.valueNode.type === 'object') body = pairValue(ev.valueNode, 'body', m)
  // A serverless function's result: `{ statusCode: 500, body }` (AWS Lambda behind API Gateway, Netlify Functions) and Azure
  // Functions v4's HttpResponseInit (`{ status: 500, jsonBody }`, or `body` returned from a handler).
  else if (ev.kind === 'return' && ev.valueNode.type === 'object' && (ev.value.fields?.has('statusCode') || (ev.value.fields?.has('status') && (ev.value.fields.has('jsonBody') || (ev.fn.handler && ev.value.fields.has('body')))))) body = pairValue(ev.valueNode, 'body', m) ?? pairValue(ev.valueNode, 'jsonBody', m)
  else if (ev.kind === 'call') body = responseBody(ev) ?? graphqlErrorBody(ev, m)
  // SvelteKit's `handleError` hook returns the `App.Error` the client is shown (`$page.error`, or the JSON of a failed request),
  // and a GraphQL server's error formatter returns each error as the client receives it.
  else if (ev.kind === 'return' && ev.fn.node && (svelteErrorHook(ev.fn.node, m) || graphqlErrorFormatter(ev.fn.node, m))) body = ev.valueNode
  else return undefined
  const detail = body && (jsDetail(body, m) ?? (ev.kind === 'call' ? unexpectedMessage(ev.stmt, body, m) : undefined))
  if (!detail || devGuarded(ev.stmt, m, JS_DEV_CHECK, true)) return undefined
  // Quoted only for a finding: most calls send no response, and cutting every call's text short cost more than the checks.
  const sink = ev.kind === 'call' ? callText(ev.node, m) : ev.kind === 'return' ? `return ${snippet(m.text(ev.valueNode), 40)}` : `${ev.objectText}.${ev.kind === 'store' ? ev.key : 'body'} = …`
  if (detail === 'process.env') {
    return finding(JS_RULE, ev, m, `\`${sink}\` sends \`process.env\` to the client: the whole environment, with the database URLs, API keys and every other secret the deployment passes in`, 'Answer with the few settings the client needs, named one by one (`{ region: process.env.AWS_REGION }`), and keep diagnostics in server logs.', [], 'major')
  }
  const what = detail.endsWith('.stack') ? `\`${detail}\`` : detail.endsWith('.message') ? `\`${detail}\`, the text of an error nothing expected, with a 500 status` : `the error object \`${detail}\` (its message, stack and every field a library put on it)`
  return finding(JS_RULE, ev, m, `\`${sink}\` sends ${what} to the client: file paths, library versions and internals of the server go to anyone who can trigger an error`, JS_FIX, [], 'major')
}

/**
 * The function given as a GraphQL server's error formatter: express-graphql's `customFormatErrorFn`, Apollo Server's and
 * graphql-http's `formatError`, Mercurius's `errorFormatter` (an option written inline or a method of the options).
 */
function graphqlErrorFormatter(fn: SNode, m: MatchContext): boolean {
  const key = fn.parent?.type === 'pair' ? field(fn.parent, 'key') : fn.type === 'method_definition' ? field(fn, 'name') : undefined
  return !!key && /^['"]?(customFormatErrorFn|formatError|errorFormatter)['"]?$/.test(m.text(key))
}

const SVELTEKIT_HOOKS_FILE = /(^|\/)hooks(\.server)?\.[jt]s$/

/** `export const handleError: HandleServerError = …`, or a function exported as `handleError` from the hooks file. */
function svelteErrorHook(fn: SNode, m: MatchContext): boolean {
  const decl = fn.parent?.type === 'variable_declarator' ? fn.parent : undefined
  const type = decl ? field(decl, 'type') : undefined
  if (type && /^:?\s*HandleServerError\b/.test(m.text(type))) return true
  const id = decl ? field(decl, 'name') : fn.type === 'function_declaration' ? field(fn, 'name') : undefined
  return !!id && m.text(id) === 'handleError' && SVELTEKIT_HOOKS_FILE.test(m.path) && /^export\b/.test(m.text(decl?.parent?.parent ?? fn.parent ?? fn))
}

export const javascriptErrorExposure = scoped({ kinds: ['store', 'call', 'return'], needles: ['stack', 'catch', 'err', 'Err', 'process.env'] }, jsMatch)
