/**
 * Request data as the client sent it, read from the syntax around a sink. Injection rules ask
 * whether a value carries request text; the session and model-binding rules ask a narrower
 * question the taint alone cannot answer: is this the client's own value (perhaps converted,
 * compared or defaulted), or the client's own mapping (a body, a form, a sub-object of one, a copy
 * or spread of it), rather than something the server looked up or validated with it? A record
 * fetched by a client-sent id, a schema's output or a picked set of fields is the server's.
 *
 * Names are followed to what they were assigned, destructured or iterated from in the enclosing
 * functions (the file, at module level); a decorated NestJS parameter (`@Body()`, `@Query('q')`)
 * and a Python parameter typed as a plain mapping in a handler are the request's.
 */
import type { SNode } from '../../syntax/tree'
import { declaredObjectArgs, field, fieldResolverArgs, graphqlObjectArgs, graphqlResolver, meteorMethod, namedChildren, pairHome, rootOf, unseenActionsModule } from '../text'
import type { MatchContext } from './common'
import { FUNCTION_NODE } from './written'

export type Shape = 'value' | 'mapping'

/** Request objects, and the members of them that hold what the client sent (Sails' `req.allParams()` merges body, query and route). */
const PY_REQUEST = /^(request|req)$/
/** Masonite's `request.input("name")` and `request.all()` too, as AdonisJS's are below. */
const PY_DATA = new Set(['args', 'form', 'json', 'data', 'values', 'GET', 'POST', 'body', 'query_params', 'path_params', 'media', 'json_body', 'params', 'matchdict', 'files', 'cookies', 'COOKIES', 'headers', 'META', 'query', 'get_json', 'get_data', 'forms', 'match_info', 'input', 'all'])
const JS_REQUEST = /^(req|request|ctx|context|c)$/
const JS_DATA = new Set(['body', 'payload', 'query', 'params', 'headers', 'cookies', 'json', 'formData', 'parseBody', 'querystring', 'signedCookies', 'files', 'file', 'all', 'except', 'input', 'allParams'])
/** A file that defines Firebase callable functions. */
const FIREBASE_CALLABLE = /\bonCall\s*\(/
/** Readers that take the request (h3/Nitro): `readBody(event)`, `getQuery(event)`. */
const JS_READERS = /^(readBody|readValidatedBody|getQuery|getRouterParams?|useBody|useQuery)$/

/** Conversions that keep the client's value (or mapping) what it was: a body parsed as JSON, XML (xml2js) or a query string is its object. */
const PY_KEEP_FN = { value: /^(int|str|float|bool|Decimal|list|tuple|dict|json\.loads|ujson\.loads|orjson\.loads)$/, mapping: /^(dict|json\.loads|ujson\.loads|orjson\.loads|copy\.copy|copy\.deepcopy|deepcopy|OrderedDict)$/ }
const JS_KEEP_FN = { value: /^(String|Number|Boolean|BigInt|parseInt|parseFloat|Number\.parseInt|Number\.parseFloat|JSON\.parse|Array\.from|decodeURIComponent)$/, mapping: /^(JSON\.parse|structuredClone|Object\.assign|_\.clone|_\.cloneDeep|cloneDeep|Object\.fromEntries|xml2js\.parseStringPromise|qs\.parse|querystring\.parse)$/ }
/** Methods whose result is still the client's value or mapping. */
const KEEP_METHOD = {
  value: /^(get|getlist|getAll|dict|to_dict|copy|items|values|keys|lower|upper|strip|lstrip|rstrip|title|casefold|split|toLowerCase|toUpperCase|trim|trimStart|trimEnd|toString|valueOf|slice|substring|json|get_json|get_data|formData|parseBody|entries|normalize|at)$/,
  mapping: /^(get|dict|to_dict|copy|items|keys|json|get_json|parseBody|toObject|toJSON|entries)$/,
}
/** Builtins that are not records, whatever a value of theirs is given. */
const CHAIN_NODES = new Set(['attribute', 'member_expression', 'subscript', 'subscript_expression', 'call', 'call_expression', 'await', 'await_expression', 'parenthesized_expression', 'non_null_expression', 'as_expression', 'satisfies_expression', 'type_assertion'])

interface Walk {
  m: MatchContext
  python: boolean
  /** The sink's function is a web handler (its untyped parameters are the request's). */
  handler: boolean
  seen: Set<string>
}

export function walk(m: MatchContext, python: boolean, handler: boolean): Walk {
  return { m, python, handler, seen: new Set() }
}

/**
 * Where a value comes from: `client` when some path reaches what the request sent, `server` when
 * every path ends in something the code made or looked up (a constant, a record found, the
 * session, a lookup call), `unknown` when the syntax loses it (a helper's result, a name bound
 * where the hunk does not show, a container filled key by key): the taint then decides.
 */
export type Origin = 'client' | 'server' | 'unknown'

function any(list: Iterable<Origin>): Origin {
  let out: Origin = 'server'
  for (const o of list) {
    if (o === 'client') return 'client'
    if (o === 'unknown') out = 'unknown'
  }
  return out
}

/** Calls that look something up or check it: their result is the server's, whatever they were asked with. */
const LOOKUP = /^(get_object_or_404|get_list_or_404|authenticate\w*|exchange\w*|redeem\w*|consume\w*|login\w*|sign_?in\w*|check\w*|verify\w*|validate\w*|find\w*|get\w*|fetch\w*|load\w*|lookup\w*|query\w*|select\w*|retrieve\w*|first\w*|one\w*|scalar\w*|exists|count|filter\w*|all|compare\w*|parse|safeParse|parseAsync|safeParseAsync|model_validate\w*|parse_obj|plainToInstance|plainToClass|randomBytes|randomUUID|token_\w+|uuid\d?)$/

const SIGNED = /^(\w*jwt\w*|\w*jws\w*|jose\w*|\w*signer|\w*serializer|jwtService|this\.jwtService)\.(decode|verify|verifyAsync|loads|unsign|unsign_timestamp)$/i

/** The client's own value, or (for `mapping`) a mapping whose keys the client chose. */
export function fromClient(node: SNode | undefined, shape: Shape, w: Walk): boolean {
  return originOf(node, shape, w) === 'client'
}

export function originOf(node: SNode | undefined, shape: Shape, w: Walk, depth = 0): Origin {
  if (!node) return 'server'
  if (depth > 8) return 'unknown'
  const t = node.type
  if (t === 'parenthesized_expression' || t === 'await' || t === 'await_expression' || t === 'non_null_expression' || t === 'as_expression' || t === 'satisfies_expression' || t === 'type_assertion') {
    const inner = namedChildren(node).find((c) => c.type !== 'type_annotation' && !/type/.test(c.field ?? ''))
    return originOf(inner, shape, w, depth + 1)
  }
  // `{ where, data }`: a shorthand property is the variable of its name.
  if (t === 'identifier' || t === 'shorthand_property_identifier') return nameOrigin(node, shape, w, depth)
  if (CHAIN_NODES.has(t)) return chainOrigin(node, shape, w, depth)
  if (t === 'dictionary_splat' || t === 'spread_element' || t === 'list_splat') return originOf(namedChildren(node)[0], 'mapping', w, depth + 1)
  // A literal the code writes: for a mapping only a spread of the client's mapping makes its keys the client's.
  if (t === 'object' || t === 'dictionary') {
    return any(
      namedChildren(node).map((c): Origin => {
        if (c.type === 'spread_element' || c.type === 'dictionary_splat') return originOf(namedChildren(c)[0], 'mapping', w, depth + 1)
        if (shape === 'mapping') return 'server'
        const v = c.type === 'pair' ? field(c, 'value') : c.type === 'shorthand_property_identifier' ? c : undefined
        if (!v) return 'server'
        return v.type === 'shorthand_property_identifier' ? nameOrigin(v, 'value', w, depth) : originOf(v, 'value', w, depth + 1)
      }),
    )
  }
  if (shape === 'mapping') return 'server'
  if (t === 'array' || t === 'list' || t === 'tuple' || t === 'set') return any(namedChildren(node).map((c) => originOf(c, 'value', w, depth + 1)))
  // Compared, combined or defaulted: still decided by what the client sent.
  if (t === 'comparison_operator' || t === 'boolean_operator' || t === 'binary_operator' || t === 'binary_expression' || t === 'not_operator' || t === 'unary_expression') {
    return any(namedChildren(node).map((c) => originOf(c, 'value', w, depth + 1)))
  }
  if (t === 'conditional_expression' || t === 'ternary_expression') {
    const branches = t === 'ternary_expression' ? [field(node, 'consequence'), field(node, 'alternative')] : namedChildren(node).filter((_, i) => i !== 1)
    return any(branches.map((b) => originOf(b, 'value', w, depth + 1)))
  }
  if (t === 'string' || t === 'template_string') {
    const parts = node.children.filter((c) => c.type === 'interpolation' || c.type === 'template_substitution').flatMap((c) => namedChildren(c))
    return any(parts.map((e) => originOf(e, 'value', w, depth + 1)))
  }
  // `new User(…)`: a record the server made (its id is the database's).
  if (t === 'new_expression') return /^[A-Z]/.test(w.m.text(field(node, 'constructor') ?? node)) ? 'server' : 'unknown'
  // Literals and the rest the code writes itself.
  return /^(integer|float|number|true|false|none|null|undefined|string_fragment|concatenated_string)$/.test(t) ? 'server' : 'unknown'
}

/** `a.b[c].d(...)`: what it starts from, and whether each step on the way keeps the client's data. */
function chainOrigin(node: SNode, shape: Shape, w: Walk, depth: number): Origin {
  const steps: Array<{ kind: 'member' | 'index' | 'call'; name?: string; node: SNode }> = []
  let n: SNode | undefined = node
  while (n && CHAIN_NODES.has(n.type)) {
    if (n.type === 'attribute' || n.type === 'member_expression') {
      steps.push({ kind: 'member', name: w.m.text(field(n, w.python ? 'attribute' : 'property') ?? n), node: n })
      n = field(n, 'object')
    } else if (n.type === 'subscript' || n.type === 'subscript_expression') {
      steps.push({ kind: 'index', node: n })
      n = field(n, w.python ? 'value' : 'object')
    } else if (n.type === 'call' || n.type === 'call_expression') {
      let fn = field(n, 'function')
      // The grammar reads `await c.req.json<T>()` as `(await c.req.json)<T>()`: the await belongs to the call.
      if (fn?.type === 'await_expression' && field(n, 'type_arguments')) fn = namedChildren(fn).find((c) => c.type !== 'await') ?? fn
      // `json.loads(…)`, `JSON.parse(…)`, `Number.parseInt(…)`: a module's function, not a method of what it is called on.
      const keep = w.python ? PY_KEEP_FN : JS_KEEP_FN
      if (fn && (keep.value.test(w.m.text(fn)) || keep.mapping.test(w.m.text(fn)))) return then(stepsKeep(steps, shape), callOrigin(n, fn, shape, w, depth))
      if (fn && (fn.type === 'attribute' || fn.type === 'member_expression')) {
        steps.push({ kind: 'call', name: w.m.text(field(fn, w.python ? 'attribute' : 'property') ?? fn), node: n })
        n = field(fn, 'object')
        continue
      }
      return then(stepsKeep(steps, shape), callOrigin(n, fn, shape, w, depth))
    } else {
      n = namedChildren(n).find((c) => c.type !== 'type_annotation')
    }
  }
  if (!n) return 'unknown'
  const path = steps.reverse()
  // `self.request.POST`, `this.req.body`: the request object kept on the instance.
  let at = 0
  let rootName = w.m.text(n)
  if ((n.type === 'this' || /^(self|flask|quart)$/.test(rootName)) && path[0]?.kind === 'member' && /^(request|req)$/.test(path[0].name ?? '')) {
    rootName = path[0].name!
    at = 1
  }
  // Tornado's readers on the handler: `self.get_argument("name")`, `self.get_body_argument(…)`.
  if (w.python && rootName === 'self' && path[0]?.kind === 'call' && /^get_(argument|arguments|body_argument|body_arguments|query_argument|query_arguments|cookie|json_body)$/.test(path[0].name ?? '')) {
    return then(stepsKeep(path.slice(1), shape), 'client')
  }
  const requestRoot = (n.type === 'identifier' || at === 1) && (w.python ? PY_REQUEST.test(rootName) : JS_REQUEST.test(rootName))
  if (requestRoot) {
    // Koa's `ctx.request.body`, Hono's `c.req.json()`.
    while (!w.python && (path[at]?.name === 'request' || path[at]?.name === 'req') && path[at]?.kind === 'member') at++
    const first = path[at]
    // `request.session`, `req.user`, `ctx.body` (Koa's response): the server's.
    // A Firebase callable's `request.data` (`onCall(async (request) => …)`) is what the app sent with the call.
    const callable = !w.python && first?.name === 'data' && /^(request|req)$/.test(rootName) && FIREBASE_CALLABLE.test(w.m.text(rootOf(n)))
    if (!first || (!(w.python ? PY_DATA : JS_DATA).has(first.name ?? '') && !callable)) return 'server'
    if (!w.python && rootName === 'ctx' && at === 0 && first.name === 'body') return 'server'
    if (!w.python && rootName === 'c' && at === 0) return 'unknown'
    return then(stepsKeep(path.slice(at + 1), shape), 'client')
  }
  // `await this.auth.validateUser(email, password)`, `this.users.findOne(…)`: a service or repository kept on the instance
  // (NestJS, Angular) looks the record up as a module's function does.
  if (n.type === 'this' && path.some((s) => s.kind === 'call')) {
    const call = path.find((s) => s.kind === 'call' && !KEEP_METHOD[shape].test(s.name ?? ''))
    return call && (LOOKUP.test(call.name ?? '') || shape === 'mapping') ? 'server' : 'unknown'
  }
  if (n.type !== 'identifier') return 'unknown'
  // A signed token's claims (`jwt.decode(token, key)`, `signer.unsign(v)`): the signer's word, not the client's (an unverified decode is the JWT rules').
  if (path[0]?.kind === 'call' && SIGNED.test(`${rootName}.${path[0].name}`)) return 'server'
  const lookedUp = path.find((s) => s.kind === 'call' && !KEEP_METHOD[shape].test(s.name ?? ''))
  // `User.upsert_from_sso(provider, info)`, `Account.from_oauth(profile)`: a class's own constructor or manager method
  // gives a record of it, as calling the class does (`User(…)`): its id and role are the database's and the class's.
  if (lookedUp && lookedUp === path[0] && w.python && /^[A-Z][a-z]\w*$/.test(rootName)) return 'server'
  if (lookedUp) return LOOKUP.test(lookedUp.name ?? '') || shape === 'mapping' ? 'server' : 'unknown'
  const first = path[0]
  const readKey = first?.kind === 'member' ? first.name : first?.kind === 'index' ? indexKey(first.node, w) : undefined
  return nameOrigin(n, shape, w, depth, readKey)
}

function indexKey(node: SNode, w: Walk): string | undefined {
  const k = field(node, w.python ? 'subscript' : 'index')
  return k && k.type === 'string' ? w.m.text(k).replace(/^[rbuf]*['"`]|['"`]$/g, '') : undefined
}

/** The steps of a chain keep the data (`client`), look something up with it (`server`) or transform it (`unknown`). */
function stepsKeep(path: ReadonlyArray<{ kind: string; name?: string }>, shape: Shape): Origin {
  for (const s of path) if (s.kind === 'call' && !KEEP_METHOD[shape].test(s.name ?? '')) return LOOKUP.test(s.name ?? '') || shape === 'mapping' ? 'server' : 'unknown'
  return 'client'
}

/** What is left of `origin` after steps that kept (`client`), lost (`server`) or blurred (`unknown`) it. */
function then(steps: Origin, origin: Origin): Origin {
  if (steps === 'client') return origin
  if (steps === 'server') return 'server'
  return origin === 'server' ? 'server' : 'unknown'
}

/** `int(x)`, `String(x)`, `JSON.parse(x)`, `readBody(event)`; a lookup's result is the server's, any other function's unknown. */
function callOrigin(call: SNode, fn: SNode | undefined, shape: Shape, w: Walk, depth: number): Origin {
  const name = fn ? w.m.text(fn) : ''
  const args = namedChildren(field(call, 'arguments') ?? call).filter((a) => a.type !== 'keyword_argument' && a.type !== 'comment')
  if (!w.python && JS_READERS.test(name)) return 'client'
  const keep = (w.python ? PY_KEEP_FN : JS_KEEP_FN)[shape]
  if (!keep.test(name)) return shape === 'mapping' || LOOKUP.test(name.slice(name.lastIndexOf('.') + 1)) || /^[A-Z]/.test(name) ? 'server' : 'unknown'
  // `Object.assign({}, defaults, req.body)`: any source after the target.
  if (name === 'Object.assign') return any(args.slice(1).map((a) => originOf(a, shape, w, depth + 1)))
  return originOf(args[0], shape, w, depth + 1)
}

/** A name: any of its assignments (or the iterable it loops over, or the value it was destructured from) is the client's. */
function nameOrigin(node: SNode, shape: Shape, w: Walk, depth: number, readKey?: string): Origin {
  const name = w.m.text(node)
  const key = `${name}@${shape}`
  if (w.seen.has(key)) return 'server'
  w.seen.add(key)
  try {
    for (let scope: SNode | undefined = enclosingFunction(node); ; scope = enclosingFunction(scope!)) {
      const root = scope ?? rootOf(node)
      const param = parameterOf(root, name, w)
      if (param === null) return shape === 'mapping' ? 'server' : 'unknown'
      if (param !== undefined) return param === 'mapping' || (param === 'value' && shape === 'value') ? 'client' : 'server'
      const sources = bindings(root, name, w)
      // An entry stored under another key than the one read (`user.passwordHash = …` for `user.id`) says nothing of it.
      const relevant = sources.filter((s) => !s.entry || (shape === 'value' && (s.entry === true || readKey === undefined || s.entry === readKey)))
      if (relevant.length > 0) return any(relevant.map((s) => originOf(s.node, s.element ? 'mapping' : shape, w, depth + 1)))
      if (sources.length > 0) return 'unknown'
      if (!scope) return /^[A-Z][A-Z0-9_]+$/.test(name) ? 'server' : 'unknown'
    }
  } finally {
    w.seen.delete(key)
  }
}

function enclosingFunction(node: SNode): SNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (FUNCTION_NODE.test(n.type)) return n
  return undefined
}

/**
 * What a function's parameter of this name holds: NestJS `@Body()` (untyped, or typed as a plain
 * record: a mapping) and `@Body('x')`/`@Query('x')`/`@Param('x')` (a value); a Python handler's
 * parameter typed `dict`/`Any`. `null` when it is a parameter of something else, undefined when not a parameter.
 */
function parameterOf(fn: SNode, name: string, w: Walk): Shape | null | undefined {
  const params = field(fn, 'parameters') ?? (fn.type === 'arrow_function' ? field(fn, 'parameter') : undefined)
  if (!params) return undefined
  const list = params.type === 'identifier' ? [params] : namedChildren(params)
  for (const p of list) {
    // A handler whose context is destructured for its `body` (Elysia's `({ body, set }) => …`): the parsed body as sent,
    // unless the route declares a `body` schema beside it.
    const pattern = p.type === 'object_pattern' ? p : field(p, 'pattern')
    if (!w.python && w.handler && pattern?.type === 'object_pattern' && namedChildren(pattern).some((c) => c.type === 'shorthand_property_identifier_pattern' && w.m.text(c) === name && name === 'body')) {
      const siblings = fn.parent?.type === 'arguments' ? namedChildren(fn.parent) : []
      return siblings.some((a) => a.type === 'object' && /(^|[\s{,])body\s*:/.test(w.m.text(a))) ? null : 'mapping'
    }
    const id = p.type === 'identifier' ? p : (field(p, 'pattern') ?? field(p, 'name') ?? namedChildren(p).find((c) => c.type === 'identifier'))
    if (!id || id.type !== 'identifier' || w.m.text(id) !== name) continue
    const type = field(p, 'type')
    const typeText = type ? w.m.text(type).replace(/^:\s*/, '') : ''
    if (w.python) return w.handler && /^(dict|Dict|Mapping|Any|dict\[.*\]|Dict\[.*\])$/.test(typeText) ? 'mapping' : null
    const decorator = p.children.find((c) => c.type === 'decorator')
    const call = decorator ? namedChildren(decorator)[0] : undefined
    const fnName = call?.type === 'call_expression' ? w.m.text(field(call, 'function') ?? call) : ''
    // A server action's arguments are whatever the client calls it with (`FormData`, a plain object).
    if (!decorator && serverAction(fn, w)) return typeText === '' || /^(any|object|unknown|FormData|Record<.*>|Partial<.*>|\{.*\})$/s.test(typeText) ? 'mapping' : 'value'
    // So are a Meteor method's, sent over DDP as EJSON (objects included).
    if (!decorator && meteorMethod(fn, (n) => w.m.text(n))) return 'mapping'
    // A GraphQL resolver's arguments, when the annotation types one of them as an object (`patch: Partial<Product>`):
    // that argument is an input object or JSON scalar the client wrote, keys included.
    if (!decorator && p === list[1] && graphqlResolver(fn, (n) => w.m.text(n)) && graphqlObjectArgs(p, (n) => w.m.text(n), w.m.text(rootOf(fn))).size > 0) return 'mapping'
    // So are a field resolver's beside its `args` (Pothos, graphql-js, Nexus) when one is declared as JSON or an input type.
    const home = decorator ? undefined : pairHome(fn, (n) => w.m.text(n))
    if (home && fieldResolverArgs(home, list, (n) => w.m.text(n)) === p && declaredObjectArgs(home, (n) => w.m.text(n)).size > 0) return 'mapping'
    if (!/^(Body|Query|Param|Headers|Req|Request)$/.test(fnName)) return null
    const args = namedChildren(field(call!, 'arguments') ?? call!)
    if (args.length > 0) return 'value'
    if (fnName === 'Req' || fnName === 'Request') return null
    // A DTO class is validated (ValidationPipe); a plain record type, `any` or no type is what was sent.
    return typeText === '' || /^(any|object|unknown|Record<.*>|Partial<.*>|\{.*\})$/s.test(typeText) ? 'mapping' : 'value'
  }
  return undefined
}

const USE_SERVER = /^\s*(?:(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*['"]use server['"]/

/** A Next.js server action: a function of a `'use server'` module, or one whose body opens with the directive. */
function serverAction(fn: SNode, w: Walk): boolean {
  const body = field(fn, 'body')
  if (body && USE_SERVER.test(w.m.text(body).replace(/^\{/, ''))) return true
  const root = rootOf(fn)
  return USE_SERVER.test(w.m.text(root)) || unseenActionsModule(w.m.path, w.m.rowAt(root.start) > 0, field(fn, 'parameters'), (n) => w.m.text(n))
}

/**
 * A name bound to the session object: `const session = await getIronSession(…)`, aiohttp's
 * `await get_session(request)`, `req.session`, a NestJS `@Session()` parameter.
 */
export function sessionName(node: SNode, w: Walk): boolean {
  if (node.type !== 'identifier') return false
  const name = w.m.text(node)
  for (let scope = enclosingFunction(node); scope; scope = enclosingFunction(scope)) {
    const params = field(scope, 'parameters')
    for (const p of params ? namedChildren(params) : []) {
      const id = field(p, 'pattern') ?? field(p, 'name')
      if (!id || w.m.text(id) !== name) continue
      const decorator = p.children.find((c) => c.type === 'decorator')
      return !!decorator && /^@?Session\s*\(/.test(w.m.text(decorator).replace(/^@/, ''))
    }
    const bound = bindings(scope, name, w).filter((b) => !b.entry && !b.element)
    if (bound.length > 0) return bound.every((b) => /^(await\s+)?(getIronSession|getSession|get_session|new_session|useSession)\b|^(await\s+)?[\w.]*\b(req|request|ctx)\.session$/.test(w.m.text(b.node).trim()))
  }
  return false
}

interface Binding {
  node: SNode
  /** The name takes the iterable's elements (a `for` loop), not the value itself. */
  element: boolean
  /** An entry put into the name's container (`map["k"] = v`): its value, not its keys; the key when the code wrote it. */
  entry: string | boolean
}

/** The first key below the container of `map["k"]["x"]`, `obj.k.x`, when written as a literal. */
function entryKey(target: SNode, w: Walk): string | true {
  let n: SNode | undefined = target
  let key: string | true = true
  while (n && /^(subscript|subscript_expression|attribute|member_expression)$/.test(n.type)) {
    if (n.type === 'attribute' || n.type === 'member_expression') key = w.m.text(field(n, w.python ? 'attribute' : 'property') ?? n)
    else {
      const k = field(n, w.python ? 'subscript' : 'index')
      key = k && /^string$/.test(k.type) ? w.m.text(k).replace(/^[rbuf]*['"`]|['"`]$/g, '') : true
    }
    n = field(n, n.type === 'subscript' ? 'value' : 'object')
  }
  return key
}

const BINDINGS = new WeakMap<SNode, Map<string, Binding[]>>()

/**
 * Every expression a name is bound from in `scope` (nested functions included): assignments,
 * declarations, the value a pattern destructures, and (as `for-element`) the iterable a loop
 * takes it from.
 */
function bindings(scope: SNode, name: string, w: Walk): Binding[] {
  let table = BINDINGS.get(scope)
  if (!table) {
    const built = new Map<string, Binding[]>()
    const add = (id: string, value: SNode | undefined, element = false, entry: string | boolean = false) => {
      if (!value) return
      let list = built.get(id)
      if (!list) built.set(id, (list = []))
      list.push({ node: value, element, entry })
    }
    const names = (target: SNode | undefined, out: string[] = []): string[] => {
      if (!target) return out
      if (target.type === 'identifier' || target.type === 'shorthand_property_identifier_pattern') out.push(w.m.text(target))
      else if (target.type === 'pair_pattern') names(field(target, 'value'), out)
      else if (/pattern|pattern_list|tuple|list|assignment_pattern|object_pattern|array_pattern/.test(target.type)) for (const c of namedChildren(target)) names(c.type === 'assignment_pattern' ? field(c, 'left') : c, out)
      return out
    }
    const visit = (n: SNode) => {
      if (n.type === 'assignment' || n.type === 'assignment_expression' || n.type === 'augmented_assignment') {
        const left = field(n, 'left')
        for (const id of names(left)) add(id, field(n, 'right'))
        // `map["keyB"] = param`, `filters.role = …`: the container holds what is put in it, under keys the code chose.
        let root = left
        while (root && /^(subscript|subscript_expression|attribute|member_expression)$/.test(root.type)) root = field(root, root.type === 'subscript' ? 'value' : 'object')
        if (root && root !== left && root.type === 'identifier') add(w.m.text(root), field(n, 'right'), false, entryKey(left!, w))
      } else if (n.type === 'variable_declarator') {
        for (const id of names(field(n, 'name'))) add(id, field(n, 'value'))
      } else if (n.type === 'named_expression') {
        for (const id of names(field(n, 'name'))) add(id, field(n, 'value'))
      } else if (n.type === 'for_statement' || n.type === 'for_in_statement' || n.type === 'for_in_clause') {
        for (const id of names(field(n, 'left'))) add(id, field(n, 'right'), true)
      }
      for (const c of n.children) visit(c)
    }
    visit(scope)
    BINDINGS.set(scope, (table = built))
  }
  return table.get(name) ?? []
}
