/**
 * The def-use pass for JavaScript, TypeScript and JSX: the same abstract values as the Python
 * pass, over `const`/`let` bindings, destructuring, `require`/`import` aliases, template
 * literals and `+`, with Express/Koa/Fastify/Hono/Next.js handlers' request parameters and
 * the DOM's `location`/`document` as sources.
 */
import type { SNode } from '../syntax/tree'
import { relocatedTaint, throughOtherFile, type CrossFileSeed, type CrossFileSummary } from './cross-file'
import type { FunctionFacts, StoreEvent } from './events'
import { jsHostSuffixChecked, weakJsUrlCheck } from './js-url-guards'
import { hostPatternShortfall, prefixShortfall } from './url-checks'
import { jsPatternHoldsWhole, jsPatternSpellsArithmetic, schemePattern } from './pattern-guards'
import { expressValidatorChecks } from './express-validator'
import { HONO_VALIDATOR, THIS_CTX_MODULE, jsCallResult, jsHandlerParams, JS_REQUEST_PROPS, jsGlobalSource, literalUnion, scalarTyped, unionCaseKey, validatedBy } from './javascript-model'
import { fileHas, type PassContext } from './pass'
import { Env, type PendingFunction } from './scope'
import { literalOnlyJsParams, localJsFunctions } from './js-call-sites'
import { staticTruth, staticValue } from './static-truth'
import { snippet } from '../source/text'
import { field, fields, namedChildren, rootOf, unwrapped, writesUrlIn } from './text'
import { constant, derive, either, namesEndpoint, hasTag, isInert, join, partInValueSlot, partsSafe, SAFE, TAG, UNKNOWN, type Built, type Value } from './value'

/** Array methods that add, drop or reorder items in place. */
const ARCHIVE_MODULE = /\b(require|from)\s*\(?\s*['"](unzipper|yauzl|adm-zip|tar-stream|tar|jszip|node-stream-zip|decompress|unzip-stream)['"]/
const ARCHIVE_ENTRY = /^(entry|zipEntry|zip_entry|header|member)$/
const ARCHIVE_ENTRY_PROPS = /^(path|fileName|entryName|name)$/
const ARRAY_MUTATORS = /^(push|unshift|shift|pop|splice|sort|reverse|fill|copyWithin)$/

const MODULE_FACTS: FunctionFacts = { name: '<module>', handler: false, node: undefined }
/** Node's HTTP client modules, either of which a ternary may pick by scheme or port. */
const NODE_HTTP_MODULE = /^(node:)?https?$/

const FUNCTIONS = new Set(['function_declaration', 'generator_function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition', 'generator_function'])
/**
 * The value a check is about: `ALLOWED.has(req.query.sort ?? '')` checks `req.query.sort` (its written fallback is
 * a literal the check also sees), as `ALLOWED.has(req.query.sort)` does.
 */
function checkedOperand(node: SNode): SNode {
  const n = unwrapped(node)
  if (n.type !== 'binary_expression') return n
  const op = field(n, 'operator')?.type
  const right = field(n, 'right')
  const left = field(n, 'left')
  if ((op !== '??' && op !== '||') || !left || !right || !/^(string|number|true|false|null|undefined)$/.test(right.type)) return n
  return unwrapped(left)
}

const VALIDATOR = /safe|valid|allow|permit|trust|whitelist|^test$|^match$|isInteger|isSafeInteger|^has$|^hasOwn$|^hasOwnProperty$|^includes$|^is(Public|Private|Internal|Local|Loopback|Reserved)|^is(UUID|Int|Numeric|Alphanumeric|Alpha|MongoId|Hexadecimal|Decimal|Float|Boolean|ISO8601|Date|Slug|ULID|Port)$/i
const LOOP_PASSES = 2
/** Calls that take one part of a path: a check of the part says nothing of the rest. */
const PATH_PART = /^(path\.)?(posix\.|win32\.)?(extname|basename|dirname)$/
/** Environment keys for property reads a condition checked (no identifier starts with a space). */
const CHECKED = ' checked:'
/**
 * A lookup of one record by its keys: `findOne`, `findFirst`, `findUnique`, `findById`, `findByPk`, `findByEmail`,
 * `getUserByEmail`; and a credential check that returns the account it matched (`validateUser(email, password)`).
 */
const RECORD_LOOKUP = /^(find(One|First|Unique|ById|ByPk)\w*|(find|get|fetch|load)\w*By[A-Z]\w*|(validate|verify|check)(User|Credentials|Login|Password)\w*|authenticate(User)?|signIn|logIn|login)$/
/** Filter operators that match more than the value itself (`{ contains: q }`, `{ $regex: q }`, `{ [Op.like]: q }`). */
const MATCHING_OPERATOR = /^['"]?(\$\w+|contains|startsWith|endsWith|like|iLike|ilike|search|not|notIn|in|gt|gte|lt|lte|mode|OR|NOT|AND)['"]?$|^\[/

/** The values a lookup compares with a record's fields: its plain arguments, and the values of a filter object's fields. */
function lookupKeys(args: SNode[], js: { text(n: SNode): string }): SNode[] {
  const keys = (n: SNode): SNode[] =>
    n.type === 'object'
      ? namedChildren(n).flatMap((p) => (p.type === 'pair' && !MATCHING_OPERATOR.test(js.text(field(p, 'key') ?? p)) ? keys(field(p, 'value') ?? p) : p.type === 'shorthand_property_identifier' ? [p] : []))
      : [unwrapped(n)]
  return args.flatMap(keys)
}

/** Mongoose and query-builder steps that shape what a lookup returns, not which record: `.select()`, `.populate()`, `.lean()`, `.exec()`. */
const QUERY_MODIFIER = /^(select|populate|lean|exec|session|collation|hint|maxTimeMS|read|setOptions|projection|returning|first)$/

/** Lookups that throw when no record matches: TypeORM's `findOneOrFail`, Prisma's `findUniqueOrThrow`, a service's `getOrThrow`/`findOr404`. */
const LOOKUP_OR_FAIL = /^(find|get|fetch|load|read|retrieve)\w*Or(Fail|Throw|404|NotFound)$/
/** Env key: the URL expression a `host`/`hostname`/`origin` variable was read from. */
const HOST_OF = ' host of:'
/** Key of a request property (`query.sort`) a route's declared schema checked, before the handler's parameter is known. */
const SCHEMA_CHECKED = ' schema:'
/** Env key: the fields express-validator chains pinned down, as `matchedData(req)` hands them back. */
const MATCHED = ' matched'
const FASTIFY_TARGETS: Record<string, string> = { querystring: 'query', query: 'query', body: 'body', params: 'params', headers: 'headers' }

/** `{ schema: { querystring: { properties: { sort: { enum: [...] } } } } }`: the request properties the schema pins down. */
function fastifyChecked(options: Value): string[] {
  const out: string[] = []
  for (const [target, spec] of options.fields?.get('schema')?.fields ?? []) {
    const prop = FASTIFY_TARGETS[target]
    for (const [name, field] of (prop ? spec.fields?.get('properties')?.fields : undefined) ?? []) {
      const type = field.fields?.get('type')?.str
      if (field.fields?.has('enum') || field.fields?.has('const') || /^(integer|number|boolean)$/.test(type ?? '') || /^(uuid|date|date-time|ipv4|ipv6)$/.test(field.fields?.get('format')?.str ?? '')) out.push(`${prop}.${name}`)
    }
  }
  return out
}

/** Env key: the schema a validator middleware parsed a request target (`query`, `json`) with. */
const VALID = ' valid:'
const HOST_PROPS = /^(host|hostname|origin)$/
const LOADER = /^(loader|clientLoader)$/
const H3_VALIDATED = /^(h3\.)?(getValidatedQuery|readValidatedBody|getValidatedRouterParams)$/
const LOADER_DATA = /^((@remix-run\/react|react-router(-dom)?)\.)?(useLoaderData|useTypedLoaderData)$/
/** Names that hold what the client sent, in the frameworks that use them: NestJS DTOs (`dto`, `createUserDto`) and tRPC's `input`. */
const HUNK_REQUEST_NAME = /^(dto|[a-z]\w*Dto|input)$/
/** What a handler names the parts of its request it has read (`const body = await req.json()`, `const { query } = req`). */
const HANDLER_REQUEST_NAME = /^(body|payload|query|params|searchParams|formData|form)$/
/** A tRPC router: `input` is a procedure's input only where procedures are built (elsewhere it is any function's parameter). */
const TRPC_PATH = /(^|\/)(routers?|trpc)(\/|\.)/
const TRPC_TEXT = /\b\w*[pP]rocedure\b|\.(mutation|query|subscription)\(\s*(async\s*)?\(\s*\{/
/** Expressions that compute a check: `a && b`, `!x`, `x.startsWith('/')`, `(…)`. */
const EQUALITY = /^[!=]==?$/
const GUARD_EXPR = new Set(['binary_expression', 'unary_expression', 'call_expression', 'parenthesized_expression'])
const KEEP = TAG.insecureRandom | TAG.weakHash | TAG.sharedTemp | TAG.unpredictable
const NUMERIC_CALLBACK = /^(Number|parseInt|parseFloat|Boolean|BigInt|Number\.(parseInt|parseFloat)|Math\.(floor|round|ceil|trunc|abs))$/
/** The options of a call that passes no object literal last: shared, and never written to. */
const NO_KWARGS: Map<string, Value> = new Map()
const NO_KWNODES: Map<string, SNode> = new Map()
/**
 * Markup a caller built around request data (`respondHtml(res, `<h1>${owner}</h1>`)`), as the helper it is handed to sees
 * it: the page the helper sends is HTML whichever call built it. Only that is kept of how it was built, since a helper
 * called from several places has no one line that built its parameter.
 */
function sentAsMarkup(v: Value): boolean {
  return v.markup === true || builtAsMarkup(v)
}

/** A string built here whose written text opens with a tag (`'<h1>' + name`). */
function builtAsMarkup(v: Value): boolean {
  return v.built !== undefined && /^\s*<[a-z!/]/i.test(v.built.prefix)
}

/** A parameter that holds the request, the response or `next` (`req`, `res: Response`, `ctx: Context`). */
const REQUEST_PARAMETER = /^(req|request|res|response|reply|ctx|context|next|event|c)(\??:.*)?$|:(Request|Response|NextFunction|FastifyRequest|FastifyReply|Context|NextRequest|NextApiRequest|NextApiResponse|IncomingMessage|ServerResponse)\b/
/** The longest helper body (in characters) read again for one call's returns. */
const MAX_INLINE_BODY = 2000
/** How many such readings one file gets. */
const MAX_INLINE_READS = 200
/** A helper read with a call's arguments whose every return is free of the request data it was handed. */
const CLEAN_RETURNS = Symbol('clean returns')

export function analyseJavaScript(root: SNode, ctx: PassContext): void {
  new JsPass(ctx).run(root)
}

export class JsPass {
  private readonly queue: PendingFunction[] = []
  private readonly module = Env.root()

  readonly ctx: PassContext
  /** Set while an expression is evaluated only for its value (a `.map` callback's result): its events are not reported. */
  private quiet = false
  /** Whether the file builds tRPC procedures: read from the whole text once, not per unbound `input` it mentions. */
  private trpcFile: boolean | undefined
  /**
   * Whether any checked property read (a `CHECKED` key) was recorded yet: until one is, no read can carry
   * a check, and the key (the read's text without spaces) need not be built for every property read.
   */
  private anyChecked = false
  /** Whether the file uses express-validator: read from the whole text once. */
  private expressValidatorFile: boolean | undefined

  private expressValidator(): boolean {
    return (this.expressValidatorFile ??= /['"]express-validator['"]/.test(this.ctx.text))
  }

  constructor(ctx: PassContext) {
    this.ctx = { ...ctx, emit: (event) => { if (!this.quiet) ctx.emit(event) } }
  }

  run(root: SNode): void {
    this.hoist(root, this.module)
    this.block(root, this.module, MODULE_FACTS)
    this.literalCallers(root)
    for (const seed of this.ctx.crossFile?.seeds ?? []) this.seedFromOtherFile(seed)
    for (let i = 0; i < this.queue.length && this.ctx.budget.ok(); i++) {
      const job = this.queue[i]!
      const env = job.env.child()
      // A declared parameter is an unknown value, not a global of that name: `form.get('id')` is not constant.
      const scalars = new Set<string>()
      for (const name of parameterNames(job.node, this, scalars)) if (!/^(req|request)$/.test(name)) env.set(name, scalars.has(name) ? { inert: true } : {})
      for (const [name, value] of job.params ?? []) env.set(name, value)
      if (job.positional) {
        const list = field(job.node, 'parameters') ?? field(job.node, 'parameter')
        const ps = list ? (list.type === 'formal_parameters' ? namedChildren(list) : [list]) : []
        for (const [index, value] of job.positional) {
          const p = ps[index]
          const target = p && (p.type === 'required_parameter' || p.type === 'optional_parameter') ? (field(p, 'pattern') ?? namedChildren(p)[0]) : p
          // A helper's parameter typed `number` receives the caller's value already converted.
          if (target && !(target.type === 'identifier' && job.params?.has(this.text(target)))) this.bind(target, scalarTyped(this, p) || literalUnion(this, p) ? { inert: true } : value, env, job.facts, target)
        }
        if (job.facts.name === 'constructor') this.keepParameterProperties(ps, env)
      }
      const body = field(job.node, 'body')
      if (!body) continue
      if (body.type === 'statement_block') {
        this.hoist(body, env)
        this.block(body, env, job.facts)
      } else {
        const v = this.expr(body, env, job.facts, body)
        this.noteReturn(job.facts, v)
        this.ctx.emit({ kind: 'return', stmt: body, fn: job.facts, value: v, valueNode: body })
      }
      // Once every function has been read, helpers that were handed request data are read again with it.
      if (i === this.queue.length - 1) this.rerunFed()
    }
    if (this.ctx.crossFile?.summarise) this.summarise(this.ctx.crossFile.summarise)
  }

  /** Functions and methods of this file by key (`name`, or `Class.name` for methods), with how many share the key. */
  private readonly helpers = new Map<string, { job: PendingFunction; count: number }>()
  /** Request data handed to a helper of this file, by helper key and parameter position. */
  private readonly fed = new Map<string, Map<number, Value>>()
  private readonly rerun = new Set<string>()
  /** Per class (by offset): the class name, and the class each `this.field` is typed or constructed as. */
  private readonly classInfo = new Map<number, { name: string; fields: Map<string, string> }>()

  private noteHelper(job: PendingFunction): void {
    const { node, facts } = job
    const cls = node.type === 'method_definition' || node.parent?.type === 'public_field_definition' ? this.enclosingClass(node) : undefined
    // A constructor is a helper of `new Class(…)` only: what it keeps in `this` reaches the class's methods.
    if (/^<|^default$/.test(facts.name) || (facts.name === 'constructor' && !cls)) return
    const key = cls ? `${cls.name}.${facts.name}` : facts.name
    const prior = this.helpers.get(key)
    // The same definition met again (a nested helper of a function read twice) is the same helper.
    if (prior?.job.node.start === node.start) return
    this.helpers.set(key, { job, count: (prior?.count ?? 0) + 1 })
  }

  /**
   * A function of this file that another file of the changeset imported and called with request data
   * (`fetchPage(req.query.url)` in the routes): its parameters hold that data on a second reading.
   */
  private seedFromOtherFile(seed: CrossFileSeed): void {
    const helper = this.helpers.get(seed.name)
    if (!helper || helper.count > 1) return
    const line = this.ctx.rowOf(helper.job.node.start) + 1
    // As for a local call: a handler-shaped function (`renderGreeting(res, name)`) gets what follows its request and response.
    const from = helper.job.facts.handler ? this.requestParameters(helper.job.node) : 0
    let bag = this.fed.get(seed.name)
    seed.args.forEach((v, i) => {
      if (!v.taint || i < from) return
      if (!bag) this.fed.set(seed.name, (bag = new Map()))
      if (!bag.has(i)) bag.set(i, { taint: relocatedTaint(v.taint, line, seed.from, seed.added), ...(v.safe ? { safe: v.safe } : {}), ...(v.fields ? { fields: v.fields } : {}) })
    })
  }

  /** In a new file, a parameter every call of a local function fills with a literal holds one: the program's own text. */
  private literalCallers(root: SNode): void {
    if (!namedChildren(root).every((c) => this.ctx.addedIn(c))) return
    const text = (n: SNode) => this.text(n)
    for (const [name, params] of literalOnlyJsParams(root, text, localJsFunctions(root, text))) {
      const job = this.helpers.get(name)?.job
      if (!job) continue
      job.params ??= new Map()
      for (const p of params) if (!job.params.has(p)) job.params.set(p, constant())
    }
  }

  private enclosingClass(node: SNode): { name: string; fields: Map<string, string> } | undefined {
    let c: SNode | null | undefined = node.parent
    while (c && !/^(class_declaration|class|abstract_class_declaration)$/.test(c.type)) c = c.parent
    if (!c) return undefined
    const known = this.classInfo.get(c.start)
    if (known) return known
    const nameNode = field(c, 'name')
    const info = { name: nameNode ? this.text(nameNode) : '<class>', fields: new Map<string, string>() }
    const body = field(c, 'body')
    const typeName = (n: SNode | undefined) => (n ? /^:?\s*([A-Z][\w$]*)\s*$/.exec(this.text(n))?.[1] : undefined)
    for (const member of body ? namedChildren(body) : []) {
      // NestJS and Angular inject services as typed constructor parameters: `private readonly orders: OrdersService`.
      if (member.type === 'method_definition' && this.text(field(member, 'name') ?? member) === 'constructor') {
        for (const p of namedChildren(field(member, 'parameters') ?? member)) {
          const target = field(p, 'pattern')
          const type = typeName(field(p, 'type'))
          if (target && type && /accessibility_modifier|readonly/.test(p.children.map((x) => x.type).join(' '))) info.fields.set(this.text(target), type)
        }
      } else if (member.type === 'public_field_definition') {
        const prop = field(member, 'name') ?? field(member, 'property')
        const value = field(member, 'value')
        const type = typeName(field(member, 'type')) ?? (value?.type === 'new_expression' ? typeName(field(value, 'constructor')) : undefined)
        if (prop && type) info.fields.set(this.text(prop), type)
      }
    }
    this.classInfo.set(c.start, info)
    return info
  }

  /**
   * A call to a function or method of this file: its request-data arguments are the helper's
   * parameters on a second reading (`this.orders.search(dto)` from a controller, `findUser(req.params.id)`).
   * Functions are matched by their resolved name, methods through `this`, a `this.field` typed as
   * a class of this file, or an instance made here, so a library's method of the same name is
   * never taken for them. A key two definitions share is ambiguous and skipped.
   */
  private helperKey(node: SNode, qname: string | undefined, name: string, receiver: Value | undefined, receiverText: string | undefined): string | undefined {
    if (node.type === 'new_expression') return qname?.startsWith('local.') ? `${qname.slice(6)}.constructor` : undefined
    if (!receiver) return qname === `local.${name}` ? name : undefined
    if (receiverText === 'this') return this.enclosingClass(node) ? `${this.enclosingClass(node)!.name}.${name}` : undefined
    if (receiverText && /^this\.[\w$]+$/.test(receiverText)) {
      const type = this.enclosingClass(node)?.fields.get(receiverText.slice(5))
      return type ? `${type}.${name}` : undefined
    }
    return receiver.qname?.startsWith('local.') ? `${receiver.qname.slice(6)}.${name}` : undefined
  }

  /** A callback handed at one position of a helper's calls, by `helper#position`; one handed from two places is ambiguous. */
  private noteCallback(helper: string, key: string, job: PendingFunction): void {
    const prior = this.helpers.get(key)
    if (prior?.job.node.start === job.node.start) return
    this.helpers.set(key, { job, count: (prior?.count ?? 0) + 1 })
    // The helper may have been read before its caller: read it once more, so its calls of the parameter reach the callback.
    if (this.callbackHelpers.has(helper)) return
    this.callbackHelpers.add(helper)
    this.queue.push(this.helpers.get(helper)!.job)
  }

  private readonly callbackHelpers = new Set<string>()

  /** `handle(source)` inside a helper whose parameter `handle` is a callback its caller wrote: the key that callback is noted under. */
  private callbackKey(node: SNode, receiver: Value | undefined, fn: FunctionFacts | undefined): string | undefined {
    const callee = field(node, 'function')
    if (receiver || callee?.type !== 'identifier' || !fn?.node || this.helpers.get(fn.name)?.job.node !== fn.node) return undefined
    const list = field(fn.node, 'parameters')
    const position = (list ? namedChildren(list) : []).findIndex((p) => {
      const target = p.type === 'required_parameter' || p.type === 'optional_parameter' ? (field(p, 'pattern') ?? namedChildren(p)[0]) : p
      return target?.type === 'identifier' && this.text(target) === this.text(callee)
    })
    return position >= 0 ? `${fn.name}#${position}` : undefined
  }

  private feedHelper(node: SNode, qname: string | undefined, name: string, receiver: Value | undefined, receiverText: string | undefined, args: Value[], fn?: FunctionFacts): void {
    if (!args.some((a) => a.taint)) return
    const key = this.helperKey(node, qname, name, receiver, receiverText) ?? this.callbackKey(node, receiver, fn)
    const helper = key ? this.helpers.get(key) : undefined
    if (!key || !helper || helper.count > 1) return
    // A function shaped like a handler (`serveRaw(req, res, url)`) reads the request itself; what it is handed besides the
    // request and the response (a URL the server parsed from `req.url`) is fed to it like any helper's arguments, from
    // the first parameter that is neither (`actOnBehalfOf(req, ownerId)` is handed the owner id).
    const from = helper.job.facts.handler ? this.requestParameters(helper.job.node) : 0
    // A call the change added hands the value on: when the helper's sink is code the change left alone, the call is where the
    // flaw came in, and where it is reported (once per such call).
    const handed = this.ctx.addedIn(node) ? this.ctx.rowOf(node.start) + 1 : undefined
    let bag = this.fed.get(key)
    args.forEach((v, i) => {
      if (!v.taint || i < from) return
      if (!bag) this.fed.set(key, (bag = new Map()))
      const prior = bag.get(i)
      // An options object keeps its fields (`search(client, { filter: \`(cn=${name})\` })`): the helper reads them by name.
      // So does a list (`complete([{ role: 'system', content }, …])`): the helper reads its entries.
      if (!prior) bag.set(i, { taint: handed ? { ...v.taint, handedAt: [handed] } : v.taint, ...(v.safe ? { safe: v.safe } : {}), ...(v.fields ? { fields: v.fields } : {}), ...(v.elements ? { elements: v.elements } : {}), ...(sentAsMarkup(v) ? { markup: true } : {}), ...(handed ? { added: true } : {}) })
      else if (handed && prior.taint && !prior.taint.handedAt?.includes(handed)) bag.set(i, { ...prior, taint: { ...prior.taint, handedAt: [...(prior.taint.handedAt ?? []), handed] }, added: true })
    })
  }

  /** How many leading parameters of a handler-shaped function hold the request, the response or `next` (by name or type), at most two. */
  private requestParameters(fn: SNode): number {
    const list = field(fn, 'parameters')
    const ps = list ? namedChildren(list) : []
    let n = 0
    while (n < 2 && n < ps.length && REQUEST_PARAMETER.test(this.text(ps[n]!).replace(/\s+/g, ''))) n++
    return n
  }

  /** Module-level `const NAME = …` declarators, by name. */
  private moduleDeclarators: Map<string, SNode> | undefined

  /**
   * The local functions a call through a dispatch table may reach: `handlers[type](evt)`, or `const handle = handlers[type]`
   * then `handle(evt)`, where `handlers` is a module-level object literal naming functions of this file
   * (`{ 'search.performed': recordSearch, 'review.submitted': recordReview }`). Each is handed the call's arguments.
   */
  private dispatchTargets(callee: SNode): string[] {
    if (!this.moduleDeclarators) {
      this.moduleDeclarators = new Map()
      for (const top of namedChildren(rootOf(callee))) {
        const decl = top.type === 'export_statement' ? namedChildren(top).find((c) => c.type === 'lexical_declaration') : top
        if (decl?.type !== 'lexical_declaration') continue
        for (const d of namedChildren(decl)) {
          const n = d.type === 'variable_declarator' ? field(d, 'name') : undefined
          if (n?.type === 'identifier') this.moduleDeclarators.set(this.text(n), d)
        }
      }
    }
    const table = callee.type === 'subscript_expression' ? field(callee, 'object') : undefined
    if (callee.type === 'identifier') {
      // `const handle = handlers[type]` in the calling function.
      let scope: SNode | null | undefined = callee.parent
      while (scope && !/^(arrow_function|function_declaration|function_expression|method_definition|function)$/.test(scope.type)) scope = scope.parent
      const binding = scope ? new RegExp(`\\b(?:const|let)\\s+${this.text(callee).replace(/\$/g, '\\$')}\\s*=\\s*([A-Za-z_$][\\w$]*)\\s*\\[`).exec(this.text(scope)) : null
      if (binding) return this.tableFunctions(binding[1]!)
      return []
    }
    return table?.type === 'identifier' ? this.tableFunctions(this.text(table)) : []
  }

  private tableFunctions(name: string): string[] {
    const d = this.moduleDeclarators?.get(name)
    let value = d ? field(d, 'value') : undefined
    while (value && /^(as_expression|satisfies_expression|parenthesized_expression)$/.test(value.type)) value = namedChildren(value)[0]
    if (value?.type !== 'object') return []
    const out: string[] = []
    for (const p of namedChildren(value)) {
      const v = p.type === 'pair' ? field(p, 'value') : p.type === 'shorthand_property_identifier' ? p : undefined
      if (!v || !/^(identifier|shorthand_property_identifier)$/.test(v.type)) continue
      const target = this.text(v)
      if (this.helpers.has(target)) out.push(target)
    }
    return out
  }

  private rerunFed(): void {
    for (const [key, bag] of this.fed) {
      if (this.rerun.has(key)) continue
      this.rerun.add(key)
      const { job } = this.helpers.get(key)!
      this.queue.push({ ...job, positional: new Map([...(job.positional ?? []), ...bag]) })
      // The client's values a constructor kept in `this` (`this.baseUrl = baseUrl`) are read again by the class's methods.
      if (key.endsWith('.constructor')) {
        const cls = key.slice(0, -'constructor'.length)
        for (const [other, helper] of this.helpers) {
          if (other.startsWith(cls) && other !== key && helper.count === 1 && !this.rerun.has(other)) {
            this.rerun.add(other)
            this.queue.push(helper.job)
          }
        }
      }
    }
  }

  text(node: SNode): string {
    return this.ctx.text.slice(node.start, node.end)
  }

  /**
   * The one case a `switch` on a value fixed in the code runs (`const mode = 'B'; switch (mode)`), as
   * an index into its cases (or past them: no case and no `default:`); undefined when it depends on
   * the run, or when the case taken falls through into the next.
   */
  private switchTaken(value: SNode, cases: SNode[]): number | undefined {
    const text = (n: SNode): string => this.text(n)
    const v = staticValue(value, text)
    if (v === undefined) return undefined
    let taken = cases.findIndex((c) => c.type === 'switch_default')
    for (let i = 0; i < cases.length; i++) {
      const test = field(cases[i]!, 'value')
      if (!test) continue
      const t = staticValue(test, text)
      if (t === undefined) return undefined
      if (t === v) {
        taken = i
        break
      }
    }
    if (taken < 0) return cases.length
    if (taken === cases.length - 1) return taken
    const last = namedChildren(cases[taken]!).filter((s) => s.field !== 'value').pop()
    return last && /^(break|return|throw|continue)_statement$/.test(last.type) ? taken : undefined
  }

  /**
   * `switch (msg.type) { case 'join': … }` on what a zod discriminated union parsed: inside the case, `msg` is the member
   * whose discriminator is that literal, with that member's fields (`room` as its `.regex()` restricts it).
   */
  private narrowByTag(subject: SNode | null | undefined, tag: unknown, env: Env): void {
    while (subject?.type === 'parenthesized_expression') subject = namedChildren(subject)[0]
    if (typeof tag !== 'string' || subject?.type !== 'member_expression') return
    const obj = field(subject, 'object')
    const prop = field(subject, 'property')
    if (obj?.type !== 'identifier' || !prop) return
    const name = this.text(obj)
    const member = env.get(name)?.fields?.get(unionCaseKey(this.text(prop), tag))
    if (member) env.set(name, member)
  }

  /** `if (msg.type === 'join')` (either side, `==` too): the same narrowing for the branch the check passes. */
  private narrowByTagCheck(cond: SNode, env: Env): void {
    while (cond.type === 'parenthesized_expression' && namedChildren(cond)[0]) cond = namedChildren(cond)[0]!
    if (cond.type !== 'binary_expression' || !/^={2,3}$/.test(this.text(field(cond, 'operator') ?? cond))) return
    const left = field(cond, 'left')
    const right = field(cond, 'right')
    if (!left || !right) return
    const text = (n: SNode): string => this.text(n)
    if (left.type === 'member_expression') this.narrowByTag(left, staticValue(right, text), env)
    else if (right.type === 'member_expression') this.narrowByTag(right, staticValue(left, text), env)
  }

  /** Imports and function declarations are visible before their line. */
  private hoist(block: SNode, env: Env): void {
    for (const s of block.children) {
      const decl = s.type === 'export_statement' ? (field(s, 'declaration') ?? s) : s
      if (decl.type === 'import_statement') this.importStatement(decl, env)
      else if (decl.type === 'function_declaration' || decl.type === 'generator_function_declaration') {
        const name = field(decl, 'name')
        if (name) env.set(this.text(name), { qname: `local.${this.text(name)}` })
      }
    }
  }

  private block(node: SNode, env: Env, fn: FunctionFacts): void {
    for (const s of node.children) {
      if (!s.named) continue
      this.stmt(s, env, fn)
      if (!this.ctx.budget.spend()) return
    }
  }

  private stmt(node: SNode, env: Env, fn: FunctionFacts): void {
    switch (node.type) {
      case 'expression_statement':
        for (const c of namedChildren(node)) this.expr(c, env, fn, node)
        this.guardCall(namedChildren(node)[0], env)
        this.assertion(namedChildren(node)[0], env, fn, node)
        this.lookupGuard(namedChildren(node)[0], env)
        return
      case 'lexical_declaration':
      case 'variable_declaration':
        for (const d of node.children) {
          if (d.type !== 'variable_declarator') continue
          const name = field(d, 'name')
          const value = field(d, 'value')
          // `const randomId = (n) => …`: the helper is known by the name it is bound to.
          const helper = value && name?.type === 'identifier' && FUNCTIONS.has(value.type) ? this.defineFunction(value, this.text(name), env, fn, undefined, undefined) : undefined
          // `let column;` holds `undefined` until a branch assigns it, which the join then accounts for.
          const v = helper ?? (value ? this.onAdded(node, this.expr(value, env, fn, node)) : node.type === 'lexical_declaration' && /^let\b/.test(this.text(node)) ? constant() : UNKNOWN)
          if (name) this.bind(name, v, env, fn, node, value)
          if (name && value) this.noteHostOf(name, value, env)
          this.lookupGuard(value, env)
          this.noteLookup(name, value, fn)
        }
        return
      case 'return_statement': {
        const valueNode = namedChildren(node)[0]
        if (!valueNode) return
        const value = this.expr(valueNode, env, fn, node)
        if (this.memoReturns) {
          this.memoReturns.push(value)
          if (!value.taint && this.handsOnTaint(valueNode, env)) this.memoHandedOn = true
          return
        }
        this.noteReturn(fn, value)
        this.ctx.emit({ kind: 'return', stmt: node, fn, value, valueNode })
        return
      }
      case 'if_statement': {
        const cond = field(node, 'condition')
        const alt = field(node, 'alternative')
        // `if (/^\/(?!\/)/.test(u)) navigate(u); else location.assign(u)`: a check that passes vouches for its own
        // branch, not for the else, nor for what follows an if without one (`if (ALLOWED.includes(next)) log(next)`
        // then `res.redirect(next)`); a rejecting check (`if (!ok(x)) …`, `if (isPrivate(host)) throw …`) is read as
        // before, for what follows.
        const consequence = field(node, 'consequence')
        const rejecting = !!cond && REJECTING.test(this.text(cond))
        // `if (template !== 'default') exec(template)`: a failed check's own branch holds what the check refused. What
        // follows is read as the check let it through, as before: the branch may end in a throw the syntax does not show
        // (`ctx.throw(400)`, SvelteKit's `error(400)`), or put a fixed value in its place.
        if (cond && rejecting && consequence && !exits(consequence)) {
          const vouched = env.fork()
          this.condition(cond, vouched, fn, node)
          const then = env.fork()
          this.narrowByTagCheck(cond, then)
          this.stmt(consequence, then, fn)
          const other = vouched.fork()
          if (alt) for (const c of namedChildren(alt)) this.stmt(c, other, fn)
          for (const [k, v] of vouched.vars) env.set(k, v)
          const past = env.fork()
          for (const [k, v] of then.vars) past.set(k, v)
          env.mergeFrom(past, other)
          return
        }
        // `if (params.file === 'index.json') return listing()`: the branch that leaves is the only one the literal pins; what
        // follows holds every other value, so it is read as the check never ran.
        if (cond && !rejecting && !alt && consequence && exits(consequence) && pinsLiteral(cond, (n) => this.text(n))) {
          const then = env.fork()
          this.condition(cond, then, fn, node)
          this.narrowByTagCheck(cond, then)
          this.stmt(consequence, then, fn)
          this.foundAfter(cond, fn, env)
          return
        }
        const split = !!cond && !rejecting && (!!alt || !consequence || !exits(consequence))
        const checked = split ? env.fork() : env
        if (cond) this.condition(cond, checked, fn, node)
        const then = checked.fork()
        if (cond) this.narrowByTagCheck(cond, then)
        if (consequence) this.stmt(consequence, then, fn)
        const other = env.fork()
        if (alt) for (const c of namedChildren(alt)) this.stmt(c, other, fn)
        // What the check vouched for is part of the then branch's state when the branches meet.
        if (split) for (const [k, v] of checked.vars) if (!then.vars.has(k)) then.set(k, v)
        // `if (LEGACY)` with `const LEGACY = false`: a branch the condition never takes assigns nothing anyone sees.
        const truth = cond ? staticTruth(cond, (n) => this.text(n)) : undefined
        // An else that returns or throws does not reach what follows.
        env.mergeFrom(...(truth === true ? [then] : truth === false ? [other] : split && alt && leaves(alt) ? [then] : [then, other]))
        if (cond && !alt && consequence && exits(consequence)) this.foundAfter(cond, fn, env)
        return
      }
      case 'for_in_statement': {
        const right = field(node, 'right')
        const left = field(node, 'left')
        const iter = right ? this.expr(right, env, fn, node) : UNKNOWN
        const entry = env.fork()
        for (let pass = 0; pass < LOOP_PASSES; pass++) {
          if (left) this.bind(left, derive([iter], ~0), env, fn, node)
          const body = field(node, 'body')
          if (body) this.stmt(body, env, fn)
        }
        env.mergeFrom(entry, env.fork())
        return
      }
      case 'for_statement':
      case 'while_statement':
      case 'do_statement': {
        const entry = env.fork()
        for (const part of ['initializer', 'condition', 'increment'] as const) {
          const p = field(node, part)
          if (!p) continue
          if (p.type.endsWith('declaration') || p.type === 'expression_statement') this.stmt(p, env, fn)
          else this.expr(p, env, fn, node)
        }
        for (let pass = 0; pass < LOOP_PASSES; pass++) {
          const body = field(node, 'body')
          if (body) this.stmt(body, env, fn)
        }
        env.mergeFrom(entry, env.fork())
        return
      }
      case 'try_statement': {
        const body = field(node, 'body')
        if (body) this.stmt(body, env, fn)
        const handler = field(node, 'handler')
        if (handler) {
          const branch = env.fork()
          const hb = field(handler, 'body')
          if (hb) this.stmt(hb, branch, fn)
          env.mergeFrom(env.fork(), branch)
        }
        const fin = field(node, 'finalizer')
        const fb = fin ? field(fin, 'body') : undefined
        if (fb) this.stmt(fb, env, fn)
        return
      }
      case 'statement_block':
        this.hoist(node, env)
        return this.block(node, env, fn)
      case 'function_declaration':
      case 'generator_function_declaration': {
        const name = field(node, 'name')
        this.defineFunction(node, name ? this.text(name) : '<anonymous>', env, fn, undefined, undefined)
        return
      }
      case 'class_declaration':
      case 'abstract_class_declaration':
        return this.defineClass(node, env, fn)
      case 'export_statement': {
        const decl = field(node, 'declaration')
        if (decl) return this.exported(decl, env, fn)
        const value = field(node, 'value') ?? namedChildren(node).find((c) => c.type !== 'export_clause' && c.type !== 'string')
        if (value) {
          if (FUNCTIONS.has(value.type)) this.defineFunction(value, 'default', env, fn, undefined, undefined, true)
          else this.expr(value, env, fn, node)
        }
        return
      }
      case 'import_statement':
        return this.importStatement(node, env)
      case 'switch_statement': {
        const value = field(node, 'value')
        if (value) this.expr(value, env, fn, node)
        const body = field(node, 'body')
        const cases = body ? namedChildren(body) : []
        const branches: Env[] = []
        cases.forEach((c, i) => {
          const branch = env.fork()
          // A case reached only by its own tag (the case before it ends in a statement of its own) sees that union member.
          const test = field(c, 'value')
          const before = i > 0 ? namedChildren(cases[i - 1]!).filter((s) => s.field !== 'value') : []
          if (value && test && (i === 0 || before.length > 0)) this.narrowByTag(value, staticValue(test, (n) => this.text(n)), branch)
          for (const s of namedChildren(c)) if (s.field !== 'value') this.stmt(s, branch, fn)
          branches.push(branch)
        })
        // Without a `default:`, a value no case matches skips every branch.
        if (!cases.some((c) => c.type === 'switch_default')) branches.push(env.fork())
        const taken = value ? this.switchTaken(value, cases) : undefined
        env.mergeFrom(...(taken !== undefined ? [branches[taken]!] : branches))
        return
      }
      case 'comment':
      case 'empty_statement':
      case 'break_statement':
      case 'continue_statement':
      case 'debugger_statement':
      case 'interface_declaration':
      case 'type_alias_declaration':
        return
      default:
        for (const c of namedChildren(node)) {
          if (c.type.endsWith('_statement') || c.type.endsWith('declaration') || c.type === 'statement_block') this.stmt(c, env, fn)
          else this.expr(c, env, fn, node)
        }
    }
  }

  private exported(decl: SNode, env: Env, fn: FunctionFacts): void {
    if (decl.type === 'function_declaration' || decl.type === 'generator_function_declaration') {
      const name = field(decl, 'name')
      this.defineFunction(decl, name ? this.text(name) : 'default', env, fn, undefined, undefined, true)
      return
    }
    if (decl.type === 'lexical_declaration' || decl.type === 'variable_declaration') {
      // `export const handler = async (event) => ...`, `export const GET = ...`
      for (const d of decl.children) {
        const name = field(d, 'name')
        const value = field(d, 'value')
        if (d.type === 'variable_declarator' && name && value && FUNCTIONS.has(value.type)) {
          this.defineFunction(value, this.text(name), env, fn, undefined, undefined, true)
          env.set(this.text(name), { qname: `local.${this.text(name)}` })
        } else this.stmt(decl, env, fn)
      }
      return
    }
    this.stmt(decl, env, fn)
  }

  /** Evaluates a condition and marks what its check vouches for; a kept check is read where it was written, never evaluated again. */
  private condition(cond: SNode, env: Env, fn: FunctionFacts, stmt: SNode, holds = false): void {
    this.expr(cond, env, fn, stmt)
    const check = this.keptCheck(cond, fn)
    this.vouchFor(check, env, fn, holds)
    this.noteWeakUrlChecks(check, env, stmt)
  }

  /**
   * Notes a URL check in `cond` that does not pin the host (`next.includes('example.com')`) on the request data it
   * checks, for the finding at the sink; a change that only weakens the check then reports, the sink unchanged.
   */
  private noteWeakUrlChecks(cond: SNode, env: Env, stmt: SNode): void {
    const visit = (n: SNode): void => {
      const found = weakJsUrlCheck(n, (x) => this.text(x), (id) => env.get(id)?.str, (x) => this.ctx.rowOf(x.start))
      if (found) {
        const ids = this.rootNames(found.about)
        for (const id of [...ids, ...ids.map((i) => env.get(HOST_OF + i)?.str).filter((t): t is string => t !== undefined && /^[\w$]+$/.test(t))]) {
          const v = env.get(id)
          if (v?.taint && !v.taint.check) env.set(id, { ...v, taint: { ...v.taint, check: found.weak }, ...(this.ctx.addedIn(stmt) ? { added: true } : {}) })
        }
      }
      for (const c of n.children) if (c.named && !FUNCTIONS.has(c.type)) visit(c)
    }
    visit(cond)
  }

  /**
   * Marks the values `cond`'s checks vouch for (`ALLOWED.has(x)`, `x.startsWith('/')`, `x.host === 'a.example'`). With `holds`,
   * for the branch where `cond` is true only (a ternary's consequence): `x !== '' ? x : '/'` proves nothing of `x` there, nor
   * does a check under `!` or one side of an `||`.
   */
  private vouchFor(cond: SNode, env: Env, fn?: FunctionFacts, holds = false): void {
    const visit = (n: SNode, neg = false): void => {
      if (holds) {
        if (n.type === 'parenthesized_expression') {
          for (const c of namedChildren(n)) visit(c, neg)
          return
        }
        if (n.type === 'unary_expression' && this.text(field(n, 'operator') ?? n) === '!') {
          const arg = field(n, 'argument')
          if (arg) visit(arg, !neg)
          return
        }
        if (n.type === 'binary_expression') {
          const op = this.text(field(n, 'operator') ?? n)
          if (op === '&&' || op === '||') {
            // Both sides hold when `a && b` does, and both fail when `a || b` fails; otherwise neither side is known.
            if ((op === '&&') === !neg) for (const side of [field(n, 'left'), field(n, 'right')]) if (side) visit(side, neg)
            return
          }
          // `x !== 'a'` holding (or `x === 'a'` failing) leaves every other value.
          if (/^(===|==|!==|!=)$/.test(op) && /^!/.test(op) !== neg) return
        } else if (neg) return
      }
      if (n.type === 'call_expression') {
        const callee = field(n, 'function')
        const prop = callee?.type === 'member_expression' ? field(callee, 'property') : callee
        const name = prop ? this.text(prop) : ''
        // `isSafeRedirect(next)` whose body only checks `next.startsWith('https://app.example.com')`: not where the URL points.
        const weakHelper = callee?.type === 'identifier' && VALIDATOR.test(name) && !!weakJsUrlCheck(n, (x) => this.text(x), (id) => env.get(id)?.str, (x) => this.ctx.rowOf(x.start))
        const vouches = VALIDATOR.test(name) ? (name === 'test' ? patternTestVouches(callee, this) : weakHelper ? SAFE.all & ~SAFE.url : SAFE.all) : 0
        if (vouches) {
          for (const a of namedChildren(field(n, 'arguments') ?? n).map(checkedOperand)) {
            // `KNOWN_KINDS.includes(dto.kind)` vouches for `dto.kind`, not for the rest of `dto`; `ALLOWED.has(url.hostname)` for the URL.
            const oneField = a.type === 'member_expression' && field(a, 'object')?.type !== 'new_expression' && !LOCATION_PROPS.test(this.text(field(a, 'property') ?? a))
            // `PREVIEWABLE.has(extname(file))` pins the extension, `ALLOWED.has(basename(file))` the last step: the rest of `file` is the client's.
            const onePart = a.type === 'call_expression' && PATH_PART.test(this.text(field(a, 'function') ?? a))
            for (const id of oneField || onePart ? [] : this.rootNames(a)) {
              this.markSafe(env, id, vouches)
              this.vouchHostOf(env, id, vouches)
            }
            this.markChecked(env, a, vouches)
            if (vouches & SAFE.url) this.vouchOrigin(env, a)
          }
          // `ALLOWED.test(next)` and `allowed.includes(next)` check the argument; `next.startsWith('/')` the receiver.
        }
        // `timingSafeEqual(given, createHmac('sha256', KEY).update(uid).digest())`: the MAC check vouches that the key holder made `uid`.
        if (name === 'timingSafeEqual') for (const id of this.macInputs(n)) this.markSafe(env, id, SAFE.signed)
        // `net.isIP(ip)`, `validator.isFQDN(host)`: an address or host name holds no quote, space or shell character, but may
        // well name an internal host; `validator.isURL(u, { host_whitelist: [...] })` names only the hosts listed.
        const shape = /^is(IP|IPv4|IPv6|FQDN|MACAddress|HexColor)$/.test(name) ? SAFE.all & ~SAFE.url : name === 'isURL' && /\bhost_whitelist\s*:/.test(this.text(n)) ? SAFE.all : 0
        if (shape) {
          const a = namedChildren(field(n, 'arguments') ?? n).map(unwrapped)[0]
          if (a?.type === 'identifier') this.markSafe(env, this.text(a), shape)
          else if (a) this.markChecked(env, a, shape)
        }
        // `name.includes('..')` (or `indexOf('..')`) tested before the path is used: a traversal is turned away.
        if (/^(includes|indexOf)$/.test(name) && callee?.type === 'member_expression' && /^['"`]\.\.[\\/]?['"`]$/.test(this.text(namedChildren(field(n, 'arguments') ?? n)[0] ?? n))) {
          const obj = field(callee, 'object')
          if (obj?.type === 'identifier') this.markSafe(env, this.text(obj), SAFE.path)
          else if (obj) this.markChecked(env, obj, SAFE.path)
        }
        const prefix = namedChildren(field(n, 'arguments') ?? n)[0]
        // `hostname.endsWith('.example.com')`: the host stays inside the domain.
        const suffixed = jsHostSuffixChecked(n, (x) => this.text(x), (id) => env.get(id)?.str)
        if (suffixed) {
          for (const id of this.rootNames(suffixed)) {
            this.markSafe(env, id, SAFE.url)
            this.vouchHostOf(env, id, SAFE.url)
          }
        }
        if (/^startsWith$/.test(name) && callee?.type === 'member_expression' && !schemeOnly(prefix, this)) {
          const obj = field(callee, 'object')
          // `url.pathname.startsWith('/files/')` routes the request: it contains nothing, and the rest of the path is still
          // the client's (`..%2f` decodes to `../`).
          const routed = obj?.type === 'member_expression' && this.text(field(obj, 'property') ?? obj) === 'pathname'
          // `path.relative(ROOT, p).startsWith('..')`: the containment check is about `p`.
          const relative = obj?.type === 'identifier' && fn ? this.relatives.get(this.guardKey(fn, this.text(obj))) : obj
          const relativeTo = relative?.type === 'call_expression' && RELATIVE.test(this.text(field(relative, 'function') ?? relative)) ? namedChildren(field(relative, 'arguments') ?? relative)[1] : undefined
          // `file.startsWith(base)` with nothing ending the directory lets `/srv/public-private/…` through for `/srv/public`.
          const pathKind = !routed && (relativeTo || endsDirectory(prefix, env, this)) ? SAFE.path : 0
          const kinds = sameSiteOnly(prefix, cond, this) || hostLeftOpen(prefix, this) ? pathKind : pathKind | SAFE.url
          if (relativeTo?.type === 'identifier') this.markSafe(env, this.text(relativeTo), SAFE.path)
          else if (obj?.type === 'identifier') this.markSafe(env, this.text(obj), kinds)
          else if (obj) this.markChecked(env, obj, kinds)
        }
      } else if (n.type === 'binary_expression' && this.text(field(n, 'operator') ?? n) === 'in') {
        // `req.query.format in FORMATS`: the key is one of the table's own.
        const key = field(n, 'left')
        if (key?.type === 'identifier') this.markSafe(env, this.text(key), SAFE.all)
        else if (key) this.markChecked(env, unwrapped(key), SAFE.all)
      } else if (n.type === 'binary_expression') {
        const op = field(n, 'operator')
        const left = field(n, 'left')
        // `url.host === 'a.example'` checks where the URL points; `url.pathname === '/img'` only routes the request.
        // `isIP(host) !== 0` and `name.length === 0` test a property of the value against a number, not the value itself.
        const right = field(n, 'right')
        if (op && /^(===|==|!==|!=)$/.test(this.text(op)) && left && right?.type !== 'number' && !(left.type === 'member_expression' && ROUTING_PROPS.test(this.text(field(left, 'property') ?? left)))) {
          // `dto.mode === 'full'` pins that one field; the rest of `dto` is as the client sent it. A URL's
          // location (`url.host === 'a.example'`, `new URL(x).origin === ORIGIN`) speaks for the whole URL.
          const oneField = left.type === 'member_expression' && field(left, 'object')?.type !== 'new_expression' && !LOCATION_PROPS.test(this.text(field(left, 'property') ?? left))
          if (oneField) this.markChecked(env, left, SAFE.all)
          else {
            for (const id of this.rootNames(left)) {
              this.markSafe(env, id, SAFE.all)
              this.vouchHostOf(env, id, SAFE.all)
            }
            if (right?.type === 'string') this.vouchOrigin(env, left)
          }
        }
      }
      for (const c of n.children) if (c.named && !FUNCTIONS.has(c.type)) visit(c, neg)
    }
    visit(cond)
  }

  /**
   * `ctx.assert(FILE_NAME.test(file), 400)` (Koa), `assert(ALLOWED.has(kind))`, `assert.ok(...)`, `invariant(...)`,
   * `httpAssert(...)`: each throws when its first argument is falsy, so what follows is read as after
   * `if (!cond) throw`. `console.assert` only logs, and a bare value (`ctx.assert(user)`) vouches for nothing.
   */
  private assertion(expr: SNode | undefined, env: Env, fn: FunctionFacts, stmt: SNode): void {
    if (expr?.type !== 'call_expression') return
    const callee = field(expr, 'function')
    const name = callee ? this.text(callee) : ''
    if (!/^(?:assert|invariant|httpAssert|assert\.(?:ok|strict)|(?:ctx|context|this\.ctx)\.assert)$/.test(name)) return
    const cond = namedChildren(field(expr, 'arguments') ?? expr)[0]
    if (!cond) return
    const check = this.keptCheck(cond, fn)
    this.vouchFor(check, env, fn)
    this.noteWeakUrlChecks(check, env, stmt)
  }

  /**
   * `assertPublicUrl(target)`, `await validateFileName(name)`: a guard called for its effect throws on
   * bad input, so what follows sees only values it let through.
   */
  private guardCall(expr: SNode | undefined, env: Env): void {
    const call = expr?.type === 'await_expression' ? namedChildren(expr)[0] : expr
    if (call?.type !== 'call_expression') return
    const callee = field(call, 'function')
    const prop = callee?.type === 'member_expression' ? field(callee, 'property') : callee
    // Named for what it vouches for (`assertPublicUrl`, `validateFileName`, `ensureAllowedHost`); `ctx.assert(x)` and `assertDefined(x)` only check presence.
    if (!prop || !/^(assert|validate|ensure|verify|check|guard)\w*(Safe|Allowed|Allowlist|Whitelist|Valid|Public|Known|Permitted|Trusted|Url|URL|Uri|Host|Path|Table|Column|FileName|Filename)\w*$/.test(this.text(prop))) return
    for (const a of namedChildren(field(call, 'arguments') ?? call)) {
      for (const id of this.rootNames(a)) this.markSafe(env, id, SAFE.all)
      // `await assertPublicUrl(req.body.url)`: the same read further down is the one it let through.
      this.markChecked(env, a, SAFE.all)
    }
  }

  /**
   * `const hook = await this.webhooks.findOrFail(id)`, `prisma.user.findUniqueOrThrow({ where: { id } })`: a lookup that
   * throws when nothing matches lets through only keys a stored record has, so what follows logs a key the system made,
   * which carries no line break the client chose. Only the log bit: the record it names may still be anybody's.
   */
  private lookupGuard(expr: SNode | undefined, env: Env): void {
    let call = expr?.type === 'await_expression' ? namedChildren(expr)[0] : expr
    if (call?.type !== 'call_expression') return
    // Mongoose's `User.findOne({ email }).orFail()` throws as `findOneOrFail` does.
    const outer = field(call, 'function')
    const orFail = outer?.type === 'member_expression' && this.text(field(outer, 'property') ?? outer) === 'orFail' && field(outer, 'object')?.type === 'call_expression'
    if (orFail) call = this.queryCall(field(outer, 'object'))!
    const callee = field(call, 'function')
    const prop = callee?.type === 'member_expression' ? field(callee, 'property') : callee
    if (!prop || !(orFail ? RECORD_LOOKUP : LOOKUP_OR_FAIL).test(this.text(prop))) return
    for (const a of lookupKeys(namedChildren(field(call, 'arguments') ?? call), this)) {
      if (a.type === 'identifier' || a.type === 'shorthand_property_identifier') this.markSafe(env, this.text(a), SAFE.found)
      else this.markChecked(env, a, SAFE.found)
    }
  }

  /**
   * `const user = await users.findOne({ where: { email } })`: the keys of a lookup whose result is bound to a name, so a
   * rejecting check of that name (`if (!user) return …`) vouches for them in what follows.
   */
  private noteLookup(name: SNode | undefined, value: SNode | undefined, fn: FunctionFacts): void {
    const call = this.queryCall(value?.type === 'await_expression' ? namedChildren(value)[0] : value)
    if (name?.type !== 'identifier' || call?.type !== 'call_expression') return
    const callee = field(call, 'function')
    const prop = callee?.type === 'member_expression' ? field(callee, 'property') : callee
    if (!prop || !RECORD_LOOKUP.test(this.text(prop))) return
    const keys = lookupKeys(namedChildren(field(call, 'arguments') ?? call), this)
    if (keys.length > 0) this.lookups.set(this.guardKey(fn, this.text(name)), keys)
  }

  /** The lookup under a query's modifiers: `User.findOne({ email }).select('+password').lean()` is `User.findOne({ email })`. */
  private queryCall(node: SNode | undefined): SNode | undefined {
    let call = node
    for (let i = 0; i < 6 && call?.type === 'call_expression'; i++) {
      const callee = field(call, 'function')
      const inner = callee?.type === 'member_expression' ? field(callee, 'object') : undefined
      if (!inner || inner.type !== 'call_expression' || !QUERY_MODIFIER.test(this.text(field(callee!, 'property') ?? callee!))) break
      call = inner
    }
    return call
  }

  /** After `if (!user) return …` (or `if (!user || !(await verify(…)))`, or `if (!ok)` with `const ok = user && …`): the lookup keys of `user`. */
  private foundAfter(cond: SNode, fn: FunctionFacts, env: Env): void {
    const positive = (n: SNode): string[] => {
      n = unwrapped(n)
      if (n.type === 'identifier') {
        const name = this.text(n)
        const guard = this.guards.get(this.guardKey(fn, name))
        return this.lookups.has(this.guardKey(fn, name)) ? [name] : guard ? positive(guard) : []
      }
      if (n.type === 'binary_expression' && this.text(field(n, 'operator') ?? n) === '&&') return [...positive(field(n, 'left') ?? n), ...positive(field(n, 'right') ?? n)]
      return []
    }
    const missing = (n: SNode): string[] => {
      n = unwrapped(n)
      if (n.type === 'unary_expression' && this.text(field(n, 'operator') ?? n) === '!') return positive(field(n, 'argument') ?? n)
      if (n.type !== 'binary_expression') return []
      const op = this.text(field(n, 'operator') ?? n)
      if (op === '||') return [...missing(field(n, 'left') ?? n), ...missing(field(n, 'right') ?? n)]
      const right = field(n, 'right')
      if (/^==?=$/.test(op) && right && /^(null|undefined)$/.test(right.type)) return positive(field(n, 'left') ?? n)
      return []
    }
    for (const name of missing(cond)) {
      for (const key of this.lookups.get(this.guardKey(fn, name)) ?? []) {
        if (key.type === 'identifier' || key.type === 'shorthand_property_identifier') this.markSafe(env, this.text(key), SAFE.found)
        else this.markChecked(env, key, SAFE.found)
      }
    }
  }

  /**
   * The names a MAC compared in `call` was computed over: `createHmac(alg, KEY).update(uid)` written in the call, or bound
   * to a name in the enclosing function (`const expected = createHmac(…).update(\`${uid}:${expires}\`).digest()`).
   */
  private macInputs(call: SNode): string[] {
    let scope = call.parent
    while (scope && !FUNCTIONS.has(scope.type)) scope = scope.parent
    const text = this.text(scope ?? rootOf(call))
    const out: string[] = []
    const fromUpdate = (updated: string): void => {
      for (const part of updated.matchAll(/(?:^|\$\{|[\s(+,])([A-Za-z_$][\w$]*)/g)) if (!/^(String|JSON|Buffer|stringify|from|toString)$/.test(part[1]!)) out.push(part[1]!)
    }
    // `sign(\`${src}:${size}\`)` with `function sign(value) { return createHmac('sha256', KEY).update(value).digest('hex') }` in the file.
    const signed = (code: string): void => {
      for (const call of code.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\(([^()]*)\)/g)) if (this.macHelper(call[1]!)) fromUpdate(call[2]!)
    }
    const visit = (n: SNode): void => {
      const inline = n.type === 'call_expression' ? /\bcreateHmac\([^)]*\)\s*\.update\(([^)]*)\)/.exec(this.text(n)) : null
      if (inline) return fromUpdate(inline[1]!)
      if (n.type === 'call_expression') signed(this.text(n))
      if (n.type === 'identifier') {
        const name = this.text(n).replace(/\$/g, '\\$')
        const bound = new RegExp(`\\b${name}\\s*=[^;\\n]*\\bcreateHmac\\([^)]*\\)\\s*\\.update\\(([^)]*)\\)`).exec(text)
        if (bound) fromUpdate(bound[1]!)
        const assigned = new RegExp(`\\b${name}\\s*=([^;\\n]*)`).exec(text)
        if (!bound && assigned) signed(assigned[1]!)
      }
      for (const c of n.children) if (c.named) visit(c)
    }
    for (const a of namedChildren(field(call, 'arguments') ?? call)) visit(a)
    return out
  }

  private macHelpers = new Map<string, boolean>()

  /** A function of this file that returns an HMAC of its first parameter: `function sign(v) { return createHmac(…).update(v).digest() }`. */
  private macHelper(name: string): boolean {
    let known = this.macHelpers.get(name)
    if (known === undefined) {
      const n = name.replace(/\$/g, '\\$')
      const head = new RegExp(`(?:function\\s+${n}\\s*\\(|\\b(?:const|let)\\s+${n}\\s*=\\s*(?:async\\s*)?\\()\\s*([A-Za-z_$][\\w$]*)`).exec(this.ctx.text)
      const body = head ? this.ctx.text.slice(head.index, head.index + 400) : ''
      known = !!head && new RegExp(`\\bcreateHmac\\([^)]*\\)\\s*\\.update\\(\\s*${head[1]!.replace(/\$/g, '\\$')}\\s*\\)`).test(body)
      this.macHelpers.set(name, known)
    }
    return known
  }

  /** What `cond` validates the expression written `text` for (`ALLOWED.has(req.query.u)`, `x.startsWith('/')`): `SAFE` kinds, 0 for nothing. */
  private checks(cond: SNode, text: string, holds = false): number {
    const visit = (n: SNode, inFn = false): number => {
      // With `holds`, the branch where `cond` is true: a check under `!` failed there, and one side of an `||` may not have
      // held, so neither vouches for anything (inside a callback, `TRUSTED.some((o) => x === o || …)`, the call decides).
      if (holds && !inFn && n.type === 'unary_expression' && this.text(field(n, 'operator') ?? n) === '!') return 0
      if (holds && !inFn && n.type === 'binary_expression' && this.text(field(n, 'operator') ?? n) === '||') return 0
      if (n.type === 'call_expression') {
        const callee = field(n, 'function')
        const prop = callee?.type === 'member_expression' ? field(callee, 'property') : callee
        const name = prop ? this.text(prop) : ''
        const receiver = callee?.type === 'member_expression' ? field(callee, 'object') : undefined
        if (VALIDATOR.test(name) && namedChildren(field(n, 'arguments') ?? n).some((a) => this.text(checkedOperand(a)) === text)) return name === 'test' ? patternTestVouches(callee, this) : SAFE.all
        const prefix = namedChildren(field(n, 'arguments') ?? n)[0]
        if (/^startsWith$/.test(name) && receiver && this.text(receiver) === text && !schemeOnly(prefix, this) && !sameSiteOnly(prefix, cond, this)) return hostLeftOpen(prefix, this) ? SAFE.all & ~SAFE.url : SAFE.all
      }
      if (n.type === 'binary_expression' && this.text(field(n, 'operator') ?? n) === 'in' && this.text(unwrapped(field(n, 'left') ?? n)) === text) return SAFE.all
      for (const c of n.children) {
        const kinds = c.named ? visit(c, inFn || FUNCTIONS.has(c.type)) : 0
        if (kinds) return kinds
      }
      return 0
    }
    return visit(cond)
  }

  /** `url` in `url`, `url.host`, `new URL(url).origin`: the names a check is about. */
  private rootNames(node: SNode): string[] {
    if (node.type === 'identifier') return [this.text(node)]
    if (node.type === 'member_expression') return this.rootNames(field(node, 'object') ?? node)
    if (node.type === 'new_expression' || node.type === 'call_expression' || node.type === 'parenthesized_expression') {
      const args = field(node, 'arguments')
      return namedChildren(args ?? node).flatMap((a) => (a.type === 'identifier' || a.type === 'member_expression' ? this.rootNames(a) : []))
    }
    return []
  }

  /**
   * `if (!/^\d+$/.test(req.params.id)) return …`: the check is on a property read, not a variable, so
   * the same read further down (written the same way) carries the check.
   */
  private markChecked(env: Env, node: SNode, kinds: number): void {
    if (node.type !== 'member_expression' && node.type !== 'subscript_expression') return
    const key = CHECKED + this.text(node).replace(/\s+/g, '')
    this.anyChecked = true
    env.set(key, { safe: ((env.get(key)?.safe ?? 0) | kinds) })
  }

  /**
   * `const origin = new URL(target).origin` (or `const { hostname } = new URL(target)`): a check of
   * `origin` against an allow-list says where `target` points, so it vouches for `target` too. So does
   * a check of the host of a URL resolved from it against a base (`const resolved = new URL(path, base)`,
   * then `resolved.host === site.host ? path : '/'`): the browser resolves `path` as the URL parser did.
   */
  private noteHostOf(name: SNode, value: SNode, env: Env): void {
    const url = value.type === 'member_expression' ? field(value, 'object') : value
    if (url?.type !== 'new_expression' || !/^URL$/.test(this.text(field(url, 'constructor') ?? url))) return
    const target = namedChildren(field(url, 'arguments') ?? url)[0]
    if (!target || (target.type !== 'identifier' && target.type !== 'member_expression')) return
    const names = value.type === 'member_expression'
      ? (name.type === 'identifier' && HOST_PROPS.test(this.text(field(value, 'property') ?? value)) ? [this.text(name)] : [])
      : name.type === 'object_pattern' ? namedChildren(name).filter((p) => p.type === 'shorthand_property_identifier_pattern' && HOST_PROPS.test(this.text(p))).map((p) => this.text(p))
        : name.type === 'identifier' && namedChildren(field(url, 'arguments') ?? url).length > 1 ? [this.text(name)] : []
    for (const n of names) env.set(HOST_OF + n, { str: this.text(target) })
  }

  /** Marks what a checked host was read from (see `noteHostOf`). */
  private vouchHostOf(env: Env, id: string, kinds: number): void {
    const target = env.get(HOST_OF + id)?.str
    if (target === undefined) return
    if (/^[\w$]+$/.test(target)) this.markSafe(env, target, kinds)
    else {
      const key = CHECKED + target.replace(/\s+/g, '')
      this.anyChecked = true
      env.set(key, { safe: ((env.get(key)?.safe ?? 0) | kinds) })
    }
  }

  /**
   * `if (event.origin !== 'https://widgets.example.com') return`: a message whose sender was checked
   * against a fixed origin (or an allow-list) carries that site's data, not any page's.
   */
  private vouchOrigin(env: Env, node: SNode): void {
    const m = /^([\w$]+)\.origin$/.exec(this.text(node))
    const v = m ? env.get(m[1]!) : undefined
    if (v && hasTag(v, TAG.messageEvent)) env.set(m![1]!, { ...v, safe: SAFE.all })
  }

  private markSafe(env: Env, name: string, kinds: number): void {
    const v = env.get(name)
    // A value not known yet (a helper's parameter, read before any caller hands it request data) keeps the check too, so a
    // validator's returns (`if (!next.startsWith('/') || next.startsWith('//')) return '/'; return next`) say what they guarantee.
    if (v && (v.taint || v.built || unknownValue(v))) env.set(name, { ...v, safe: (v.safe ?? 0) | kinds })
  }

  private importStatement(node: SNode, env: Env): void {
    const sourceNode = field(node, 'source')
    if (!sourceNode) return
    const mod = moduleName(this.text(sourceNode))
    const clause = node.children.find((c) => c.type === 'import_clause')
    if (!clause) return
    for (const c of clause.children) {
      if (c.type === 'identifier') env.set(this.text(c), { qname: mod })
      else if (c.type === 'namespace_import') {
        const id = namedChildren(c)[0]
        if (id) env.set(this.text(id), { qname: mod })
      } else if (c.type === 'named_imports') {
        for (const spec of namedChildren(c)) {
          const name = field(spec, 'name')
          const alias = field(spec, 'alias') ?? name
          if (name && alias) env.set(this.text(alias), { qname: `${mod}.${this.text(name)}` })
        }
      }
    }
  }

  private defineFunction(node: SNode, name: string, env: Env, outer: FunctionFacts, callee: string | undefined, argIndex: number | undefined, exported = false, positional?: Map<number, Value>, receiver?: Value, validated?: Map<string, Value>): Value {
    const { handler, params } = jsHandlerParams(this, node, name, callee, argIndex, exported, receiver)
    const request = handler ? parameterNames(node, this)[0] : undefined
    for (const [key, schema] of handler ? (validated ?? []) : []) {
      if (!key.startsWith(SCHEMA_CHECKED)) params.set(key, schema)
      // `request.query.sort` read as written is the value the schema checked.
      else if (request) {
        params.set(`${CHECKED}${request}.${key.slice(SCHEMA_CHECKED.length)}`, schema)
        this.anyChecked = true
      }
    }
    const facts: FunctionFacts = { name, handler, node }
    const job: PendingFunction = { node, env, facts, params, ...(positional ? { positional } : {}) }
    this.queue.push(job)
    if (!positional) this.noteHelper(job)
    // Only declarations bind their name; a method (`async fetch(request)` in a Worker, a class's `query()`) does not shadow the global.
    if (name !== '<anonymous>' && (node.type === 'function_declaration' || node.type === 'generator_function_declaration')) env.set(name, { qname: `local.${name}` })
    return { qname: `local.${name}` }
  }

  /**
   * The arguments of a decorator call (`@Module({ imports: [GraphQLModule.forRoot({ debug: true })] })`):
   * module configuration is written there. Each entry of the object and array literals is read as its
   * own statement, so a finding points at the call in the list, not at the whole decorator. The
   * decorator call itself (`@Get(':id')`, `@Header(…)`) is not a call of the program's, and is not evaluated.
   */
  private decoratorArguments(decorator: SNode, env: Env, fn: FunctionFacts): void {
    const call = namedChildren(decorator).find((c) => c.type === 'call_expression')
    const args = call ? field(call, 'arguments') : undefined
    const entry = (n: SNode): void => {
      if (n.type === 'object' || n.type === 'array') for (const c of namedChildren(n)) entry(c)
      else if (n.type === 'pair') {
        const value = field(n, 'value')
        if (value) entry(value)
      } else if (n.type !== 'comment') this.expr(n, env, fn, n)
    }
    for (const a of args ? namedChildren(args) : []) entry(a)
  }

  private defineClass(node: SNode, env: Env, fn: FunctionFacts): void {
    const name = field(node, 'name')
    if (name) env.set(this.text(name), { qname: `local.${this.text(name)}` })
    const outer = node.parent?.type === 'export_statement' ? node.parent.children : []
    for (const d of [...outer, ...node.children]) if (d.type === 'decorator') this.decoratorArguments(d, env, fn)
    const body = field(node, 'body')
    for (const member of body ? namedChildren(body) : []) {
      if (member.type === 'decorator') this.decoratorArguments(member, env, fn)
      for (const d of member.children) if (d.type === 'decorator') this.decoratorArguments(d, env, fn)
      if (member.type === 'method_definition') {
        const mname = field(member, 'name')
        if (mname && this.text(mname) === 'constructor') this.parameterProperties(member, env, fn)
        this.defineFunction(member, mname ? this.text(mname) : '<method>', env, fn, undefined, undefined)
      } else {
        const value = field(member, 'value')
        if (value && FUNCTIONS.has(value.type)) {
          const prop = field(member, 'property') ?? field(member, 'name')
          this.defineFunction(value, prop ? this.text(prop) : '<field>', env, fn, undefined, undefined)
        } else if (value) {
          const v = this.expr(value, env, fn, member)
          const prop = field(member, 'property') ?? field(member, 'name')
          // An initialiser is the field's value for good only when nothing else can set it: `readonly`, no `@Input()`.
          const fixed = member.children.some((c) => c.type === 'readonly' || this.text(c) === 'readonly') && !member.children.some((c) => c.type === 'decorator')
          if (prop && (fixed || v.taint || v.tags)) this.thisFields.set(`${node.start}:${this.text(prop)}`, v)
          if (prop && value.type === 'object' && this.assignmentsTo(this.text(prop)) === 0) this.thisObjects.set(`${node.start}:${this.text(prop)}`, { node: value, value: v })
          // `private readonly baseUrl = 'http://…'`: a written string kept on the instance, as `this.baseUrl = '…'` in a constructor is.
          if (prop && value.type === 'string') this.ctx.emit({ kind: 'store', stmt: member, fn, node: prop, key: this.text(prop), objectQname: undefined, objectText: 'this', object: UNKNOWN, value: v, valueNode: value })
        }
      }
    }
  }

  /**
   * `constructor(private readonly layout: string) {}` is `this.layout = layout`: what `new CardRenderer(req.body.layout)`
   * hands it reaches the methods that read `this.layout`, as a constructor's own assignment does.
   */
  private keepParameterProperties(ps: readonly SNode[], env: Env): void {
    for (const p of ps) {
      const target = field(p, 'pattern')
      if (target?.type !== 'identifier' || !p.children.some((c) => c.type === 'accessibility_modifier' || c.type === 'readonly')) continue
      const name = this.text(target)
      const value = env.get(name)
      const slot = this.thisField(p, name)
      if (slot && value && (value.taint || value.built || value.tags)) this.thisFields.set(slot, this.thisFields.has(slot) ? join(this.thisFields.get(slot), value) : { ...value, constant: false })
    }
  }

  /**
   * `constructor(private readonly baseUrl = 'http://ledger.acme.com/api') {}`: a parameter property with a written string
   * default keeps that string on the instance whenever the caller passes none, as `this.baseUrl = '…'` would.
   */
  private parameterProperties(ctor: SNode, env: Env, fn: FunctionFacts): void {
    for (const p of namedChildren(field(ctor, 'parameters') ?? ctor)) {
      const target = field(p, 'pattern')
      const value = field(p, 'value')
      if (target?.type !== 'identifier' || value?.type !== 'string' || !p.children.some((c) => c.type === 'accessibility_modifier' || c.type === 'readonly')) continue
      this.ctx.emit({ kind: 'store', stmt: p, fn, node: target, key: this.text(target), objectQname: undefined, objectText: 'this', object: UNKNOWN, value: this.expr(value, env, fn, p), valueNode: value })
    }
  }

  /**
   * Local helpers whose return carries PRNG output or a weak digest (`randomId()` built on
   * `Math.random()`): their callers get the same tag, anchored at the call. Helpers are read
   * in declaration order, so a helper declared after its caller is not seen.
   */
  private readonly helperTags = new Map<string, number>()
  /** Methods whose return carries PRNG output or a weak digest, by name: the tags and where the value was made. */
  private readonly methodOrigins = new Map<string, { tags: number; madeAt: number; madeBy: string | undefined }>()

  /**
   * Fields of each class (`this.x`) as its initialisers and methods assign them, keyed by the
   * class's offset: a URL kept in the constructor or a property initialiser reaches the method
   * that fetches it. Methods are read in order, so a field assigned later in the file is not seen.
   */
  private readonly thisFields = new Map<string, Value>()

  private readonly assignmentCounts = new Map<string, number>()

  /**
   * Option bags kept on the instance, by the same slots as `thisFields`: the object literal a field initialiser or
   * the constructor's one assignment in the file writes (`this.cookieOptions = { maxAge, path: '/' }`), for the calls
   * of the class's methods that pass `this.cookieOptions` as their options.
   */
  private readonly thisObjects = new Map<string, { node: SNode; value: Value }>()

  private keptObject(member: SNode): { node: SNode; value: Value } | undefined {
    const prop = field(member, 'property')
    const slot = prop ? this.thisField(member, this.text(prop)) : undefined
    return slot ? this.thisObjects.get(slot) : undefined
  }

  /** How many assignments the file's text makes to a property of this name (`this.x = …`, `obj.x += …`). */
  private assignmentsTo(prop: string): number {
    let count = this.assignmentCounts.get(prop)
    if (count === undefined) {
      const escaped = prop.replace(/\$/g, '\\$')
      count = this.ctx.text.match(new RegExp(`\\.${escaped}\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|\\?\\?|&&|\\|\\|)?=(?![=>])`, 'g'))?.length ?? 0
      this.assignmentCounts.set(prop, count)
    }
    return count
  }

  thisField(node: SNode, prop: string): string | undefined {
    for (let n = node.parent; n; n = n.parent) if (n.type === 'class_declaration' || n.type === 'class' || n.type === 'abstract_class_declaration') return `${n.start}:${prop}`
    return undefined
  }

  /** Local helpers that take the request and return what it carries (`readFilters(req)`). */
  private readonly requestReaders = new Set<string>()

  /** Local helpers every non-constant return of which is sanitised (`safeInternalPath(x)`): the kinds they guarantee. */
  private readonly helperSafe = new Map<string, number>()

  /** Checks kept in a constant (`const local = …`), by function and name: a ternary on the name reads the check itself. */
  private readonly guards = new Map<string, SNode>()

  /** Names bound to `path.relative(root, p)`, by function and name: the call, for a containment check read through the name. */
  private readonly relatives = new Map<string, SNode>()

  /** The keys of a lookup whose result a name holds (`const user = await users.findOne({ where: { email } })`), by function and name. */
  private readonly lookups = new Map<string, SNode[]>()

  private guardKey(fn: FunctionFacts, name: string): string {
    return `${fn.node?.start ?? -1}:${name}`
  }

  /**
   * The check a condition reads: `local`, `(local)` or `(!local)` on a name kept by
   * `const local = next.startsWith('/') && …` is that expression; anything else is itself.
   * Which branch the check vouches for is decided on the condition as written, which only an `if`
   * does (a rejecting `if (!local) return …`); a ternary's checked branch is its first, so there the
   * negation is not read through.
   */
  private keptCheck(cond: SNode, fn: FunctionFacts): SNode {
    let n = unwrapped(cond)
    if (n.type === 'unary_expression' && this.text(field(n, 'operator') ?? n) === '!' && cond.parent?.type === 'if_statement') n = unwrapped(field(n, 'argument') ?? n)
    return n.type === 'identifier' ? (this.guards.get(this.guardKey(fn, this.text(n))) ?? cond) : cond
  }

  /** Local helpers that return markup they built (`page(title, body)` returning `<html>…${body}…`): what they return is HTML. */
  private readonly helperMarkup = new Set<string>()

  /** What this file's Remix/React Router `loader` returns, by field: `useLoaderData()` in the route's component reads it. */
  private loaderData: Value | undefined

  /**
   * What each function or method of this file returns, joined over its returns, by the offset of its node: a helper
   * whose every return is a constant (`return 'localhost'`) gives its callers that constant whatever they pass it, and
   * one that reads the request itself (`return this.req.query.sort`) hands them the request's text.
   */
  private readonly returns = new Map<number, Value>()

  /** The value a call to a helper of this file returns, as the helper's returns say, or undefined when they do not decide it. */
  private helperReturn(node: SNode, qname: string | undefined, name: string, receiver: Value | undefined, receiverText: string | undefined, result: Value, args: Value[] = [], argNodes: SNode[] = []): Value | undefined {
    const key = this.helperKey(node, qname, name, receiver, receiverText)
    const helper = key ? this.helpers.get(key) : undefined
    if (!helper || helper.count > 1) return undefined
    const returned = this.returns.get(helper.job.node.start)
    // A helper declared below its caller (a function a change moved or renamed) is read after it: the checks its body makes
    // on the call's arguments are all there is to go on.
    if (!returned) return result.taint ? this.checkedReturn(helper.job, args, argNodes, result, receiver === undefined) : undefined
    if (returned.constant && !returned.tags && !result.tags) return returned
    if (returned.taint && !result.taint) return { ...result, taint: returned.taint, ...(returned.built && !result.built ? { built: returned.built } : {}), ...(returned.safe ? { safe: returned.safe } : {}) }
    // `new Banner(req.query.text).toHtml()`, whose body builds markup from `this.text`: the request data the instance holds comes back
    // as that markup (how it was built, and what its parts escaped), not as bare text.
    if (result.taint && !result.built && returned.built && receiver?.taint && !args.some((a) => a.taint)) return { ...result, built: returned.built, safe: (result.safe ?? 0) | (returned.built.safe ?? 0) }
    // `dir(req.params.name)` whose every return, given request data, came through a sanitiser (`path.join(ROOT, path.basename(name))`):
    // what it hands back is safe for the kinds that sanitiser covers, whatever the arguments carried in.
    const safe = (returned.safe ?? 0) | (returned.built?.safe ?? 0)
    if (returned.taint && result.taint && safe && (safe & ~(result.safe ?? 0)) !== 0) return { ...result, safe: (result.safe ?? 0) | safe }
    return result.taint ? this.checkedReturn(helper.job, args, argNodes, result, receiver === undefined) : undefined
  }

  /** Set while a helper's body is read for what it returns to one call: such readings do not nest. */
  private inlining = false

  /**
   * `allowed(String(req.body.url))` where the helper returns `HOSTS.has(url.hostname) ? url.toString() : null`: a helper
   * read on its own sees an unknown parameter, so the check it makes vouches for nothing there. Handed request data, its
   * body is read once more, quietly, with the call's arguments, and what every return gives back keeps the checks its
   * code made on that data. Only checks are taken from it (the call's result still carries the request's text), so a
   * helper the reading models less well than the plain call loses nothing.
   */
  private checkedReturn(job: PendingFunction, args: Value[], argNodes: SNode[], result: Value, plain = false): Value | undefined {
    const body = field(job.node, 'body')
    if (this.inlining || this.memoReturns || !body || body.end - body.start > MAX_INLINE_BODY || !this.ctx.budget.ok()) return undefined
    if (argNodes.some((a) => a.type === 'spread_element' || FUNCTIONS.has(a.type))) return undefined
    // Calls handing the helper the same values get the same answer; past a file's share of readings, calls keep the plain result.
    const kind = (a: Value): string => (a.taint ? `${a.safe ?? 0}@${a.taint.source}@${a.taint.line}` : isInert(a) ? 'i' : '-')
    // An options object's fields are values of their own (`{ stateScript: serialize(state) }` is not `{ stateScript: JSON.stringify(state) }`).
    const shape = `${job.node.start}:${args.map((a) => kind(a) + (a.fields ? `{${[...a.fields].map(([k, v]) => `${k}=${kind(v)}`).join(';')}}` : '')).join(',')}`
    let back = this.checkedReturns.get(shape)
    if (back === undefined) {
      if (this.checkedReturns.size >= MAX_INLINE_READS) return undefined
      this.checkedReturns.set(shape, (back = this.returnedChecks(job, body, args)))
    }
    // `renderInvoice(req.body.layout, id)` whose body only uses the request data to pick one of its own templates
    // (`const render = LAYOUTS[layout] || LAYOUTS.classic; return render({ invoice })`): every value it returns, read
    // with the call's arguments, is the program's own, so the call's result is too. A method reads its instance, which
    // the reading does not bind: only a plain function's returns are known from its arguments alone.
    if (back === CLEAN_RETURNS && plain) {
      const { taint: _taint, safe: _safe, built: _built, markup: _markup, ...rest } = result
      return rest
    }
    if (!back || back === CLEAN_RETURNS) return undefined
    const safe = (back.safe ?? 0) | (back.built?.safe ?? 0)
    const checked = safe && (safe & ~(result.safe ?? 0)) !== 0 ? { ...result, safe: (result.safe ?? 0) | safe } : undefined
    // `ownerClause(filters)` returning `{ $where: \`this.assignee === '${filters.assignee}'\` }`: the object it builds from the
    // request data it was handed has that data in its fields, for the query a caller hands it to.
    const built = !result.fields && back.fields && [...back.fields.values()].some((f) => f.taint) ? { fields: back.fields } : undefined
    return checked || built ? { ...(checked ?? result), ...built } : undefined
  }

  /**
   * What a helper gives back to calls handing it request data, read with their values (`CLEAN_RETURNS`: it returns values,
   * none of which carries them; null: it returns none that the reading saw).
   */
  private readonly checkedReturns = new Map<string, Value | typeof CLEAN_RETURNS | null>()

  private returnedChecks(job: PendingFunction, body: SNode, args: Value[]): Value | typeof CLEAN_RETURNS | null {
    this.memoHandedOn = false
    const returns = this.readReturns(job, body, args)
    if (returns.length === 0) return null
    const back = returns.reduce<Value | undefined>((a, b) => join(a, b), undefined)!
    return back.taint ? back : this.memoHandedOn ? null : CLEAN_RETURNS
  }

  /** Every value the helper returns when read, quietly, with `args` in its parameters. */
  private readReturns(job: PendingFunction, body: SNode, args: Value[]): Value[] {
    const params = field(job.node, 'parameters') ?? field(job.node, 'parameter')
    const ps = params ? (params.type === 'formal_parameters' ? namedChildren(params) : [params]) : []
    const returns: Value[] = []
    this.inlining = true
    this.memoReturns = returns
    try {
      this.quietly(() => {
        const env = job.env.child()
        ps.forEach((p, i) => {
          const target = p.type === 'required_parameter' || p.type === 'optional_parameter' ? (field(p, 'pattern') ?? namedChildren(p)[0]) : p
          if (target?.type === 'identifier') env.set(this.text(target), args[i] ?? UNKNOWN)
          // `function page({ title, stateScript })`: the options object's fields, as this call hands them.
          else if (target?.type === 'object_pattern' && args[i]?.fields) this.bind(target, args[i]!, env, job.facts, target)
        })
        if (body.type === 'statement_block') {
          this.hoist(body, env)
          this.block(body, env, job.facts)
        } else {
          const value = this.expr(body, env, job.facts, body)
          returns.push(value)
          if (!value.taint && this.handsOnTaint(body, env)) this.memoHandedOn = true
        }
      }, true)
    } finally {
      this.inlining = false
      this.memoReturns = undefined
    }
    return returns
  }

  /** Set by a reading whose return is a call handed request data (`return db.template.findUnique({ where: { id } })`). */
  private memoHandedOn = false

  /**
   * A returned call (awaited or not) with request data among its arguments: what it gives back is that call's own
   * making (a record looked up by the request's id, a library's transform of the text), which the reading does not model.
   */
  private handsOnTaint(node: SNode, env: Env): boolean {
    let call: SNode | undefined = node
    while (call && (call.type === 'await_expression' || call.type === 'parenthesized_expression')) call = namedChildren(call)[0]
    if (call?.type !== 'call_expression' && call?.type !== 'new_expression') return false
    const args = field(call, 'arguments')
    const tainted = (n: SNode): boolean => ((n.type === 'identifier' || n.type === 'shorthand_property_identifier') && !!env.get(this.text(n))?.taint) || namedChildren(n).some(tainted)
    return !!args && tainted(args)
  }

  /**
   * For callers in other files of the changeset: what each top-level function (and each method, as `Class.method`)
   * returns when its parameters hold request data (every parameter at once), read as a helper is read for one call.
   * Functions that return nothing have no summary.
   */
  private summarise(record: (name: string, summary: CrossFileSummary) => void): void {
    for (const [key, helper] of this.helpers) {
      const { job } = helper
      const body = field(job.node, 'body')
      if (/\..*\.|#|\.constructor$/.test(key) || helper.count > 1 || job.facts.handler || !body || !this.ctx.budget.ok()) continue
      const own = this.returns.get(job.node.start)
      if (own?.taint) {
        record(key, { untainted: false, safe: (own.safe ?? 0) | (own.built?.safe ?? 0), source: relocatedTaint(own.taint, own.taint.line, `${this.ctx.path} line ${own.taint.line}`) })
        continue
      }
      const line = this.ctx.rowOf(job.node.start) + 1
      const list = field(job.node, 'parameters') ?? field(job.node, 'parameter')
      const count = list ? (list.type === 'formal_parameters' ? namedChildren(list).length : 1) : 0
      if (count === 0) continue
      const args = Array.from({ length: count }, (_, i): Value => ({ taint: { source: `parameter ${i + 1}`, line } }))
      const returns = this.readReturns(job, body, args)
      if (returns.length === 0) continue
      const back = returns.reduce<Value | undefined>((a, b) => join(a, b), undefined)!
      if (!back.taint) {
        record(key, { untainted: true, safe: 0 })
        continue
      }
      const markup = sentAsMarkup(back)
      record(key, { untainted: false, safe: (back.safe ?? 0) | (back.built?.safe ?? 0), ...(markup ? { markup } : {}), ...(back.built ? { built: back.built } : {}) })
    }
  }


  private noteReturn(fn: FunctionFacts, v: Value): void {
    if (fn.node) this.returns.set(fn.node.start, this.returns.has(fn.node.start) ? join(this.returns.get(fn.node.start), v) : v)
    if (LOADER.test(fn.name) && v.fields) this.loaderData = join(this.loaderData, v)
    if (fn.name && fn.name !== '<module>' && !isInert(v)) {
      const bits = (v.safe ?? 0) | (v.built?.safe ?? 0)
      this.helperSafe.set(fn.name, (this.helperSafe.get(fn.name) ?? SAFE.all | SAFE.ldap) & bits)
    }
    if (fn.name && fn.name !== '<module>' && !fn.handler && builtAsMarkup(v)) this.helperMarkup.add(fn.name)
    const tags = (v.tags ?? 0) & KEEP
    if (tags && fn.name && fn.name !== '<module>') this.helperTags.set(fn.name, (this.helperTags.get(fn.name) ?? 0) | tags)
    // A method returning PRNG output (`makeCode() { return String(Math.floor(Math.random() * 1e6)) }`): its callers through
    // `this` get the value as made there, so a finding about what they do with it points at the PRNG call.
    if (tags && v.madeAt !== undefined && fn.node?.type === 'method_definition' && fn.name !== 'constructor') this.methodOrigins.set(fn.name, { tags, madeAt: v.madeAt, madeBy: v.madeBy })
    if (v.taint && !v.taint.dom && fn.handler && fn.name && !/^(<|default$|[A-Z]+$)/.test(fn.name)) this.requestReaders.add(fn.name)
  }

  private throughHelper(qname: string | undefined, name: string, node: SNode, result: Value, args: Value[], stmt: SNode): Value {
    if (!result.taint && qname?.startsWith('local.') && this.requestReaders.has(qname.slice(6)) && args.some((a) => hasTag(a, TAG.request))) {
      return { ...result, ...this.source(node, stmt) }
    }
    const safe = qname?.startsWith('local.') ? this.helperSafe.get(qname.slice(6)) : undefined
    if (safe) result = { ...result, safe: (result.safe ?? 0) | safe }
    if (result.taint && !result.markup && qname?.startsWith('local.') && this.helperMarkup.has(qname.slice(6))) result = { ...result, markup: true }
    const tags = qname?.startsWith('local.') ? this.helperTags.get(qname.slice(6)) : undefined
    if (!tags || hasTag(result, tags)) return result
    // A call made from constants is not constant when the helper draws random numbers.
    const { constant: _constant, str: _str, ...rest } = result
    return { ...rest, tags: (result.tags ?? 0) | tags, madeAt: this.ctx.rowOf(node.start) + 1, madeBy: name }
  }

  private onAdded(stmt: SNode, v: Value): Value {
    return this.ctx.addedIn(stmt) && (v.taint || v.built || v.tags) && !v.added ? { ...v, added: true } : v
  }

  /** Binds a declaration or assignment target, destructuring objects and arrays. */
  bind(target: SNode, value: Value, env: Env, fn: FunctionFacts, stmt: SNode, valueNode?: SNode, assign = false): void {
    switch (target.type) {
      case 'identifier':
      case 'shorthand_property_identifier_pattern':
        // `const local = next.startsWith('/') && !next.startsWith('//')`: a check kept in a name, read later as a condition.
        if (!assign && valueNode && GUARD_EXPR.has(valueNode.type)) this.guards.set(this.guardKey(fn, this.text(target)), valueNode)
        // `const rel = path.relative(ROOT, file)`: a later `rel.startsWith('..')` is the containment check of `file`.
        if (!assign && valueNode?.type === 'call_expression' && RELATIVE.test(this.text(field(valueNode, 'function') ?? valueNode))) this.relatives.set(this.guardKey(fn, this.text(target)), valueNode)
        if (assign && (value.taint || value.built || value.tags)) env.assignThrough(this.text(target), value)
        // A constant `http://` URL remembers where it was written, so a client call that uses it by name can point there.
        env.set(this.text(target), namesEndpoint(value) && value.madeAt === undefined ? { ...value, madeAt: this.ctx.rowOf(target.start) + 1 } : value)
        if (value.tags || namesEndpoint(value) || [...(value.fields?.values() ?? [])].some(namesEndpoint) || writesUrlIn(valueNode, (n) => this.text(n))) this.ctx.emit({ kind: 'bind', stmt, fn, name: this.text(target), value })
        else if (valueNode?.type === 'binary_expression') {
          // `process.env.API_URL || 'http://…'`: the written default is the endpoint wherever the variable is unset.
          const fallback = field(valueNode, 'right')
          const url = fallback && /^(\|\||\?\?)$/.test(this.text(valueNode).slice(field(valueNode, 'left')!.end - valueNode.start, fallback.start - valueNode.start).trim()) ? this.expr(fallback, env, fn, stmt) : undefined
          if (url && namesEndpoint(url)) this.ctx.emit({ kind: 'bind', stmt, fn, name: this.text(target), value: url })
        }
        return
      case 'object_pattern': {
        // `const { sort } = request.query` reads `request.query.sort`: a check on that read (a route schema's enum) holds here too.
        const from = this.anyChecked && valueNode && (valueNode.type === 'member_expression' || valueNode.type === 'identifier') ? CHECKED + this.text(valueNode).replace(/\s+/g, '') + '.' : undefined
        const member = (name: string, p: SNode): Value => {
          const v = this.member(value, name, p, stmt)
          const checked = from && !v.constant ? env.get(from + name)?.safe : undefined
          return checked ? { ...v, safe: (v.safe ?? 0) | checked } : v
        }
        for (const p of namedChildren(target)) {
          if (p.type === 'shorthand_property_identifier_pattern') this.bind(p, member(this.text(p), p), env, fn, stmt)
          else if (p.type === 'pair_pattern') {
            const key = field(p, 'key')
            const val = field(p, 'value')
            if (key && val) this.bind(val, member(this.text(key).replace(/^['"]|['"]$/g, ''), p), env, fn, stmt)
          } else if (p.type === 'object_assignment_pattern') {
            const left = field(p, 'left')
            const right = field(p, 'right')
            const dflt = right ? this.expr(right, env, fn, stmt) : UNKNOWN
            if (left) this.bind(left, join(member(this.text(left), p), dflt), env, fn, stmt)
          } else if (p.type === 'rest_pattern') {
            const id = namedChildren(p)[0]
            if (id) this.bind(id, derive([value], ~0), env, fn, stmt)
          }
        }
        return
      }
      case 'array_pattern': {
        const parts = namedChildren(target)
        const state = valueNode && parts[0]?.type === 'identifier' && parts[1]?.type === 'identifier' ? this.reactState(valueNode, value, this.text(parts[1]), env, fn, stmt) : undefined
        if (state) {
          this.bind(parts[0]!, state, env, fn, stmt)
          for (const p of parts.slice(1)) this.bind(p, value.constant ? value : derive([value], ~0), env, fn, stmt)
          return
        }
        for (const p of parts) this.bind(p.type === 'rest_pattern' ? (namedChildren(p)[0] ?? p) : p, value.constant ? value : derive([value], ~0), env, fn, stmt)
        return
      }
      case 'assignment_pattern': {
        const left = field(target, 'left')
        const right = field(target, 'right')
        if (left) this.bind(left, join(value, right ? this.expr(right, env, fn, stmt) : undefined), env, fn, stmt)
        return
      }
      case 'member_expression':
      case 'subscript_expression': {
        const objNode = field(target, 'object')
        const keyNode = field(target, 'property') ?? field(target, 'index')
        if (!objNode || !keyNode) return
        const object = this.expr(objNode, env, fn, stmt)
        const keyValue = target.type === 'member_expression' ? undefined : this.expr(keyNode, env, fn, stmt)
        const key = keyValue === undefined ? this.text(keyNode) : (keyValue.str ?? this.text(keyNode))
        const store: StoreEvent = { kind: 'store', stmt, fn, node: target, key, objectQname: object.qname, objectText: this.text(objNode), object, value, valueNode: valueNode ?? target }
        if (keyValue) store.keyValue = keyValue
        // `prefs[section][key] = v`: which object the write lands in is the outer key's choice.
        const inner = objNode.type === 'subscript_expression' ? field(objNode, 'index') : undefined
        if (keyValue && inner && inner.type !== 'string' && inner.type !== 'number') store.objectKey = this.expr(inner, env, fn, stmt)
        this.ctx.emit(store)
        if (objNode.type === 'this' && target.type === 'member_expression') {
          const slot = this.thisField(target, key)
          // Only what can make the field dangerous is kept: another method may assign it anything. A constant is kept
          // when the constructor's assignment is the only one the file makes to that property name.
          if (slot && valueNode?.type === 'object' && fn.name === 'constructor' && this.assignmentsTo(key) === 1) this.thisObjects.set(slot, { node: valueNode, value })
          if (slot && (value.taint || value.built || value.tags)) this.thisFields.set(slot, this.thisFields.has(slot) ? join(this.thisFields.get(slot), value) : { ...value, constant: false })
          else if (slot && value.constant && !this.thisFields.has(slot) && fn.name === 'constructor' && this.assignmentsTo(key) === 1) this.thisFields.set(slot, value)
          // `this.format = FORMATS.has(opts.format) ? opts.format : 'csv'`: what the constructor checked stays checked for the methods that read it.
          else if (slot && ((value.safe ?? 0) & SAFE.all) === SAFE.all && !this.thisFields.has(slot) && fn.name === 'constructor' && this.assignmentsTo(key) === 1) this.thisFields.set(slot, value)
          // `this.users = new UserService()` of a class another file of the change defines: the methods call into that file.
          else if (slot && value.qname && !this.thisFields.has(slot) && fn.name === 'constructor' && this.assignmentsTo(key) === 1 && this.ctx.crossFile?.isClass(value.qname)) this.thisFields.set(slot, value)
        }
        // `filter.status = req.query.status`: an object literal kept in a local grows the field, and what it holds.
        if (target.type === 'member_expression' && objNode.type === 'identifier') {
          const prior = env.get(this.text(objNode))
          if (prior?.fields && !prior.qname && !prior.keyed) env.set(this.text(objNode), { ...derive([prior, value], ~0), fields: new Map(prior.fields).set(key, value) })
        }
        if (target.type === 'subscript_expression' && objNode.type === 'identifier') {
          const prior = env.get(this.text(objNode))
          const at = keyNode.type === 'number' ? Number(this.text(keyNode)) : NaN
          const holds = value.taint !== undefined || !isInert(value)
          const after = prior && !prior.qname && holds ? join({ ...prior, constant: false, inert: false }, derive([value])) : prior
          // `parts[1] = x` keeps the other positions; a position the code computes leaves none known.
          if (prior?.keyed && prior.elements && !prior.fields) {
            const exact = Number.isInteger(at) && at >= 0 && at < prior.elements.length
            env.set(this.text(objNode), exact ? { ...after, elements: prior.elements.map((e, i) => (i === at ? value : e)), keyed: true } : { ...after, keyed: undefined })
          } else if (after !== prior) env.set(this.text(objNode), after!)
        }
        return
      }
      case 'parenthesized_expression':
      case 'non_null_expression':
      case 'as_expression': {
        const inner = namedChildren(target)[0]
        if (inner) this.bind(inner, value, env, fn, stmt, valueNode)
        return
      }
      default:
        return
    }
  }

  /**
   * `JSON.parse(message) as { sheetId: number; version: number }` on a value no request reached (a message of the service's
   * own, a row): the code declares those fields numbers, as a parameter typed `number` is. Request data keeps its text.
   */
  private declaredScalars(node: SNode, v: Value): Value {
    if (v.taint || v.constant) return v
    const type = namedChildren(node).find((c) => c.type === 'object_type')
    if (!type) return v
    let fields: Map<string, Value> | undefined
    for (const member of namedChildren(type)) {
      const key = member.type === 'property_signature' ? field(member, 'name') : undefined
      const declared = member.type === 'property_signature' ? this.text(field(member, 'type') ?? member).replace(/^:\s*/, '') : ''
      if (key && /^(number|boolean|bigint)$/.test(declared)) (fields ??= new Map(v.fields)).set(this.text(key), { inert: true })
    }
    return fields ? { ...v, fields } : v
  }

  /** `value.prop`: request sources, object-literal fields, module members, taint carried through. */
  member(obj: Value, prop: string, node: SNode, stmt: SNode): Value {
    // An archive's member names are whoever made the archive's choice (`entry.path` of unzipper, yauzl's `entry.fileName`, adm-zip's
    // `entryName`, a tar header's `name`): `../` in one is zip slip. An archive the client uploaded is no different: its entry's
    // `path` is the member's name, not the upload's stored path that multer's `file.path` is.
    if (!obj.constant && ARCHIVE_ENTRY_PROPS.test(prop) && node.type === 'member_expression' && ARCHIVE_ENTRY.test(this.text(field(node, 'object') ?? node)) && this.readsArchives()) {
      return { taint: { source: `the archive entry's \`${prop}\``, line: this.ctx.rowOf(node.start) + 1 }, ...(this.ctx.addedIn(stmt) ? { added: true } : {}) }
    }
    // `this.ctx` (or `const { ctx } = this`) in an Egg.js, Midway or ThinkJS class: the context of the request being answered.
    if (obj.qname === 'this' && prop === 'ctx' && (this.thisCtx ??= fileHas(this.ctx, THIS_CTX_MODULE))) return { tags: TAG.request }
    if (hasTag(obj, TAG.request)) {
      if (JS_REQUEST_PROPS.has(prop)) return this.source(node, stmt)
      if (prop === 'request' || prop === 'req' || prop === 'nextUrl') return { tags: TAG.request }
      return UNKNOWN
    }
    if (hasTag(obj, TAG.messageEvent) && prop === 'data') return obj.safe ? { ...this.source(node, stmt, true), safe: obj.safe } : this.source(node, stmt, true)
    // Angular's `this.route.snapshot.queryParams['q']` (and `params`, `fragment`) hold the browser URL's values.
    if (/^(queryParams|params|fragment)$/.test(prop) && /(^|\.)\w*(route|Route)\.snapshot\.\w+$/.test(this.text(node))) return this.source(node, stmt, true)
    if (hasTag(obj, TAG.browserRoute)) return /^(query|params|hash|fullPath|path)$/.test(prop) ? this.source(node, stmt, true) : UNKNOWN
    // Vue Router: `this.$route`, `router.currentRoute.value`.
    if (prop === '$route' || (prop === 'value' && node.type === 'member_expression' && /(^|\.)currentRoute$/.test(this.text(field(node, 'object') ?? node)))) return { tags: TAG.browserRoute }
    if (obj.fields?.has(prop)) return obj.fields.get(prop)!
    if (obj.elements && /^\d+$/.test(prop)) return obj.elements[Number(prop)] ?? UNKNOWN
    if (obj.qname === 'c' && prop === 'req') return { tags: TAG.request }
    // A chat completion's tool call (`call.function.arguments`): the arguments the model chose, steered by whoever wrote the prompt.
    if (prop === 'arguments' && !obj.taint && /\.function\.arguments$/.test(this.text(node))) return this.source(node, stmt)
    if (obj.qname) {
      const q = `${obj.qname}.${prop}`
      const global = jsGlobalSource(q)
      if (global) return this.source(node, stmt, true)
      // A GitHub Action's event (`github.context.payload.pull_request.title`, `.issue.body`, `.comment.body`, `head.ref`) and
      // `GITHUB_HEAD_REF` are written by whoever opened the pull request, issue or comment, from a fork as often as not. The
      // action's inputs (`core.getInput`) are not: the workflow file that sets them is the repository's own.
      if (ACTIONS_EVENT.test(q)) return { ...this.source(node, stmt), taint: { ...this.source(node, stmt).taint!, event: true } }
      // `process.env.BACKUP_DIR`: whoever deploys the program sets it, so a directory, schema or flag read from it is
      // the operator's choice, not text an attacker writes into a command, a query or a path.
      if (DEPLOYMENT_ENV.test(obj.qname)) return { qname: q, safe: SAFE.sql | SAFE.shell | SAFE.path }
      return { qname: q, ...(obj.constant ? { constant: true } : {}) }
    }
    // multer names the stored file itself: `req.file.path`/`filename`/`destination` are the server's, `originalname` the client's;
    // formidable's (koa-body's) `filepath`/`newFilename` and express-fileupload's `tempFilePath` are its temporary copy, and its
    // `md5` the hex digest it computed of the bytes.
    // NestJS hands the same multer file to a parameter decorated `@UploadedFile()` (or one of `@UploadedFiles()`).
    // A length or count is a number, whatever it counts.
    if (prop === 'length' && !obj.constant) return { inert: true }
    // A VS Code webview's `cspSource` is the editor's own origin for the extension's resources.
    if (prop === 'cspSource' && node.type === 'member_expression' && /(^|\.)webview$/.test(this.text(field(node, 'object') ?? node))) return { inert: true }
    // The ids, numbers, hashes and times a platform gave its event (`pr.number`, `command.user_id`, `message.guildId`, `head.sha`).
    if (obj.taint?.event && PLATFORM_ASSIGNED.test(prop)) return { inert: true }
    // `pr.number`, `issue.number`: GitHub's (and GitLab's `iid`) integer for the pull request or issue, however the object got here.
    if (!obj.taint && /^(number|iid)$/.test(prop) && node.type === 'member_expression' && ISSUE_LIKE.test(this.text(field(node, 'object') ?? node))) return { inert: true }
    if (obj.taint && /^(path|filename|destination|size|filepath|newFilename|tempFilePath|md5)$/.test(prop) && /(^|\.)files?(\[[^\]]*\])?$|^@UploadedFiles?\(/.test(obj.taint.source)) return { inert: true }
    if (obj.taint) return derive([obj], ~0)
    return obj.constant ? constant() : UNKNOWN
  }

  private archives: boolean | undefined
  private thisCtx: boolean | undefined

  /** The file imports an archive reader, so an `entry`'s name is a member name from an archive. */
  private readsArchives(): boolean {
    return (this.archives ??= fileHas(this.ctx, ARCHIVE_MODULE))
  }

  source(node: SNode, stmt: SNode, dom = false): Value {
    const v: Value = { taint: { source: snippet(this.text(node), 50), line: this.ctx.rowOf(node.start) + 1, ...(dom ? { dom: true } : {}) } }
    if (this.ctx.addedIn(stmt)) v.added = true
    return v
  }

  name(name: string, env: Env): Value {
    const bound = env.get(name)
    if (bound) return bound
    // A hunk shows a handler's body without its header: `req`, Koa's `ctx` and Hono's `c.req` still name the request.
    if (name === 'req' || name === 'request' || name === 'ctx') return { tags: TAG.request }
    if (name === 'undefined' || name === 'NaN' || name === 'Infinity') return constant()
    if (/^[A-Z][A-Z0-9_]*$/.test(name) && name.length > 1) return { constant: true, qname: name }
    return { qname: name === 'window' || name === 'globalThis' || name === 'self' ? 'window' : name }
  }

  expr(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    switch (node.type) {
      case 'identifier':
      case 'shorthand_property_identifier': {
        const name = this.text(node)
        // A hunk that shows a handler's body but not its header: a NestJS `dto` (`createUserDto`) or a tRPC `input` is what
        // the client sent. Such names are always bound where the header shows, so only a cut-off function reaches here.
        if (HUNK_REQUEST_NAME.test(name) && !env.get(name) && (name !== 'input' || this.buildsTrpcProcedures())) return this.source(node, stmt)
        // Inside a web handler whose first lines the hunk leaves out: `body`, `query`, `params` were read from the request there.
        if (fn.handler && HANDLER_REQUEST_NAME.test(name) && !env.get(name)) return this.source(node, stmt)
        return this.name(name, env)
      }
      case 'this':
        return { qname: 'this' }
      case 'string': {
        const inner = node.children.map((c) => this.text(c)).join('')
        if (SHARED_TMP.test(inner)) return { ...constant(inner), tags: TAG.sharedTemp }
        // A cleartext URL remembers its line, for findings about where it is written.
        return /^http:\/\//i.test(inner) ? { ...constant(inner), madeAt: this.rowOf(node) + 1 } : constant(inner)
      }
      case 'template_string':
        return this.template(node, env, fn, stmt)
      case 'number':
      case 'true':
      case 'false':
      case 'null':
      case 'undefined':
      case 'regex':
        return constant()
      case 'member_expression': {
        const objNode = field(node, 'object')
        const prop = field(node, 'property')
        if (!objNode || !prop) return UNKNOWN
        const obj = this.expr(objNode, env, fn, stmt)
        const name = this.text(prop)
        if (obj.qname === 'window' && name === 'location') return { qname: 'location' }
        if (objNode.type === 'this') {
          const slot = this.thisField(node, name)
          const known = slot === undefined ? undefined : this.thisFields.get(slot)
          // A library object kept on the instance (`private readonly handlebars = Handlebars.create()`) is called as that library.
          if (known && (known.taint || known.constant || known.built || known.inert || known.tags || known.safe || known.qname)) return known
        }
        const v = this.member(obj, name, node, stmt)
        // A read the code checked before (`if (s.demoUrl.startsWith('https://codepen.io/'))`) carries the check, request data or not.
        const checked = !v.constant && this.anyChecked ? env.get(CHECKED + this.text(node).replace(/\s+/g, ''))?.safe : undefined
        return checked ? { ...v, safe: (v.safe ?? 0) | checked } : v
      }
      case 'subscript_expression': {
        const objNode = field(node, 'object')
        const index = field(node, 'index')
        const obj = objNode ? this.expr(objNode, env, fn, stmt) : UNKNOWN
        const key = index ? this.expr(index, env, fn, stmt) : UNKNOWN
        if (key.str !== undefined) return this.member(obj, key.str, node, stmt)
        // `parts[0]` of `['safe', req.query.host]`: a position known from the code reads its own item.
        const at = index?.type === 'number' && obj.keyed && obj.elements ? Number(this.text(index)) : NaN
        if (Number.isInteger(at) && at >= 0 && at < obj.elements!.length) return obj.elements![at]!
        // `ALPHABET[Math.floor(Math.random() * n)]`: the PRNG picks the character.
        if (hasTag(key, TAG.insecureRandom)) return { inert: true, tags: TAG.insecureRandom, madeAt: key.madeAt!, madeBy: key.madeBy! }
        return obj.constant ? constant() : derive([obj], ~0)
      }
      case 'call_expression':
      case 'new_expression':
        return this.call(node, env, fn, stmt)
      case 'binary_expression':
        return this.binary(node, env, fn, stmt)
      case 'assignment_expression': {
        const left = field(node, 'left')
        const right = field(node, 'right')
        if (!left || !right) return UNKNOWN
        // CommonJS exports (`exports.resize = async (event) => …`) are a module's entry points, as `export const` ones are.
        const commonJs = FUNCTIONS.has(right.type) ? /^(?:module\.)?exports\.([\w$]+)$/.exec(this.text(left)) : null
        const v = this.onAdded(stmt, commonJs ? this.defineFunction(right, commonJs[1]!, env, fn, undefined, undefined, true) : this.expr(right, env, fn, stmt))
        this.bind(left, v, env, fn, stmt, right, true)
        // `let origin` … `origin = new URL(target).origin` (inside a `try`, as parsing can throw) is read as a declaration is.
        if (left.type === 'identifier') this.noteHostOf(left, right, env)
        return v
      }
      case 'augmented_assignment_expression': {
        const left = field(node, 'left')
        const right = field(node, 'right')
        const op = field(node, 'operator')
        if (!left || !right) return UNKNOWN
        const before = this.expr(left, env, fn, stmt)
        const add = this.expr(right, env, fn, stmt)
        let v = this.onAdded(stmt, op && this.text(op) === '+=' ? this.concat(before, add, left, right) : derive([before, add]))
        if (v.built && add.built) v = { ...v, built: { ...v.built, line: add.built.line, appended: true } }
        this.bind(left, v, env, fn, stmt, right, true)
        return v
      }
      case 'yield_expression': {
        const inner = namedChildren(node)[0]
        const v = inner ? this.expr(inner, env, fn, stmt) : UNKNOWN
        // An Effect route's generator reads its request by delegating to the platform's tags: `yield* HttpServerRequest.HttpServerRequest`
        // is the request, `yield* HttpRouter.params` the path's parameters.
        if (inner && v.qname && /^yield\s*\*/.test(this.text(node))) {
          if (EFFECT_REQUEST.test(v.qname)) return { tags: TAG.request }
          if (EFFECT_REQUEST_DATA.test(v.qname)) return this.source(inner, stmt)
          // Its Path service is Node's `path` API, and its FileSystem service reads and writes the files it is named.
          if (EFFECT_PATH.test(v.qname)) return { qname: 'path' }
          if (EFFECT_FILE_SYSTEM.test(v.qname)) return { qname: '@effect/platform.FileSystem' }
        }
        return derive([v], ~0)
      }
      case 'parenthesized_expression':
      case 'await_expression':
      case 'non_null_expression':
      case 'as_expression':
      case 'satisfies_expression':
      case 'type_assertion':
      case 'spread_element': {
        const inner = namedChildren(node).find((c) => c.type !== 'type_annotation' && !c.type.endsWith('_type') && c.type !== 'type_identifier' && c.type !== 'predefined_type')
        const v = inner ? this.expr(inner, env, fn, stmt) : UNKNOWN
        return node.type === 'as_expression' ? this.declaredScalars(node, v) : v
      }
      case 'ternary_expression': {
        const cond = field(node, 'condition')
        // `ALLOWED.has(next) ? next : '/'`: the checked branch sees the check.
        const checked = env.fork()
        if (cond) this.condition(cond, checked, fn, stmt, true)
        const a = field(node, 'consequence')
        const b = field(node, 'alternative')
        let yes = a ? this.expr(a, checked, fn, stmt) : UNKNOWN
        const vouched = a && cond ? this.checks(this.keptCheck(cond, fn), this.text(a), true) : 0
        if (vouched) yes = { ...yes, safe: (yes.safe ?? 0) | vouched }
        const no = b ? this.expr(b, env, fn, stmt) : undefined
        // `(7 * 42) - num > 200 ? 'localhost' : host`: a condition fixed in the code picks one side.
        const truth = cond ? staticTruth(cond, (n) => this.text(n)) : undefined
        // `url.protocol === 'https:' ? https : http`: Node's client for either scheme, whose `request(options)` is the same call.
        if (truth === undefined && NODE_HTTP_MODULE.test(yes.qname ?? '') && NODE_HTTP_MODULE.test(no?.qname ?? '')) return { qname: yes.qname }
        return truth === true ? yes : truth === false ? (no ?? UNKNOWN) : either(yes, no)
      }
      case 'unary_expression':
      case 'update_expression': {
        for (const c of namedChildren(node)) this.expr(c, env, fn, stmt)
        return { inert: true }
      }
      case 'object': {
        const map = new Map<string, Value>()
        const parts: Value[] = []
        let spread: Value | undefined
        for (const p of namedChildren(node)) {
          if (p.type === 'pair') {
            const key = field(p, 'key')
            const val = field(p, 'value')
            // `{ [raw(\`stats->>'${metric}'\`)]: 'desc' }`: the calls a computed key makes run like any other.
            const computed = key?.type === 'computed_property_name' ? namedChildren(key)[0] : undefined
            if (computed) this.expr(computed, env, fn, stmt)
            // A function among an object's properties sees the ones written before it (an Astro action's `input` schema before its `handler`).
            const v = val ? (FUNCTIONS.has(val.type) ? this.defineFunction(val, key ? this.text(key) : '<anonymous>', env, fn, undefined, undefined, false, undefined, { fields: map }) : this.expr(val, env, fn, stmt)) : UNKNOWN
            if (key) map.set(this.text(key).replace(/^['"]|['"]$/g, ''), v)
            parts.push(v)
          } else if (p.type === 'shorthand_property_identifier') {
            const v = this.name(this.text(p), env)
            map.set(this.text(p), v)
            parts.push(v)
          } else if (p.type === 'method_definition') {
            const mname = field(p, 'name')
            this.defineFunction(p, mname ? this.text(mname) : '<method>', env, fn, undefined, undefined)
          } else {
            const v = this.expr(p, env, fn, stmt)
            parts.push(v)
            if (p.type === 'spread_element') spread = join(spread, v)
          }
        }
        return { ...derive(parts, ~0), ...(parts.length === 0 ? { constant: true } : {}), fields: map, ...(spread ? { spread } : {}) }
      }
      case 'array': {
        const items = namedChildren(node)
        const parts = items.map((c) => this.expr(c, env, fn, stmt))
        // An empty list still has positions: what is pushed onto it later is read in order (`msgs.push({ role: 'system', … })`).
        if (parts.length === 0) return { ...constant(), elements: [], keyed: true }
        const out = derive(parts, ~0)
        // Positions are known up to the first spread (`.join()` and `[0]` read them); what the spread and
        // everything after it hold is kept as one last element, so `[{ role: 'system', … }, ...history]` still reads.
        const spread = items.findIndex((c) => c.type === 'spread_element')
        return spread < 0 ? { ...out, elements: parts, keyed: true } : { ...out, elements: [...parts.slice(0, spread), derive(parts.slice(spread), ~0)] }
      }
      case 'arrow_function':
      case 'function_expression':
      case 'function':
      case 'generator_function':
        return this.defineFunction(node, '<anonymous>', env, fn, undefined, undefined)
      case 'jsx_element':
      case 'jsx_self_closing_element':
        return this.jsx(node, env, fn, stmt)
      case 'sequence_expression': {
        let last: Value = UNKNOWN
        for (const c of namedChildren(node)) last = this.expr(c, env, fn, stmt)
        return last
      }
      // `module.exports = class Invoices extends Service {…}`, `exports.Messages = class …`: a class expression's methods are
      // code of the file like a declared class's (Feathers' generated services are written this way).
      case 'class': {
        this.defineClass(node, env, fn)
        const name = field(node, 'name')
        return name ? { qname: `local.${this.text(name)}` } : UNKNOWN
      }
      default: {
        const parts = namedChildren(node).map((c) => this.expr(c, env, fn, stmt))
        return derive(parts, ~0)
      }
    }
  }

  private jsx(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    const opening = node.type === 'jsx_self_closing_element' ? node : node.children.find((c) => c.type === 'jsx_opening_element')
    const nameNode = opening ? field(opening, 'name') : undefined
    const element = nameNode ? this.text(nameNode) : ''
    for (const attr of opening ? opening.children.filter((c) => c.type === 'jsx_attribute') : []) {
      const [nameN, valueN] = namedChildren(attr)
      if (!nameN || !valueN) continue
      const inner = valueN.type === 'jsx_expression' ? namedChildren(valueN)[0] : valueN
      const value = inner ? this.expr(inner, env, fn, stmt) : UNKNOWN
      this.ctx.emit({ kind: 'jsx-attr', stmt: attr, fn, name: this.text(nameN), element, value, valueNode: inner ?? valueN })
    }
    for (const c of node.children) {
      if (c.type === 'jsx_expression') for (const e of namedChildren(c)) this.expr(e, env, fn, stmt)
      else if (c.type === 'jsx_element' || c.type === 'jsx_self_closing_element') this.jsx(c, env, fn, stmt)
    }
    return UNKNOWN
  }

  private template(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode, substitutions?: Value[]): Value {
    let prefix = ''
    // Constant text since the last non-constant part: what decides whether the next one is a SQL value.
    let since = ''
    let valueSlot = false
    const dynamic: Value[] = []
    const parts: string[] = []
    // A random id or a `mkdtemp` path carries no text, but still makes the name unguessable (`export-${randomUUID()}.csv`).
    let unguessable = false
    let beforeTaint = ''
    let tainted = false
    for (const c of node.children) {
      if (c.type === 'string_fragment' || c.type === 'escape_sequence') {
        if (dynamic.length === 0) prefix += this.text(c)
        if (!tainted) beforeTaint += this.text(c)
        since += this.text(c)
      } else if (c.type === 'template_substitution') {
        const inner = namedChildren(c)[0]
        const v = inner ? this.expr(inner, env, fn, stmt) : UNKNOWN
        substitutions?.push(v)
        // `${API_BASE}/users/${id}`: a known constant is part of the fixed text.
        if (v.constant && v.str !== undefined) {
          if (dynamic.length === 0) prefix += v.str
          if (!tainted) beforeTaint += v.str
          since += v.str
        }
        if (!tainted && v.taint) {
          beforeTaint += v.built?.beforeTaint ?? ''
          tainted = true
        }
        if (isInert(v) && hasTag(v, TAG.unpredictable)) unguessable = true
        if (!isInert(v)) {
          valueSlot ||= partInValueSlot(v, since)
          since = ''
          dynamic.push(v)
          parts.push(snippet(inner ? this.text(inner) : '?', 30))
        }
      }
    }
    if (dynamic.length === 0) {
      if (!node.children.some((c) => c.type === 'template_substitution')) return constant(this.text(node).slice(1, -1))
      const tags = (unguessable ? TAG.unpredictable : 0) | (SHARED_TMP.test(prefix) ? TAG.sharedTemp : 0)
      return tags ? { inert: true, tags } : { inert: true }
    }
    const built: Built = { how: 'a template literal', line: this.ctx.rowOf(node.start) + 1, parts, prefix, safe: partsSafe(dynamic), valueSlot, tail: since, beforeTaint }
    if (SHARED_TMP.test(prefix)) dynamic.push({ tags: TAG.sharedTemp })
    if (unguessable) dynamic.push({ tags: TAG.unpredictable })
    // `WHERE ${clauses.join(' AND ')}` over pieces pushed one by one: the injection is where the bad piece went in.
    const piece = dynamic.find((d) => d.built?.appended && (d.built.safe ?? 0) !== SAFE.all)?.built
    if (piece) Object.assign(built, { appended: true, line: piece.line })
    return { ...derive(dynamic, KEEP), built }
  }

  concat(a: Value, b: Value, aNode: SNode, bNode: SNode): Value {
    if (a.constant && b.constant) {
      if (a.str !== undefined && b.str !== undefined) return constant(a.str + b.str)
      const lead = leadOf(a).text + (b.str ?? '')
      return lead ? { ...constant(), lead } : constant()
    }
    const stringy = a.str !== undefined || b.str !== undefined || a.built || b.built || a.lead !== undefined
    const out = derive([a, b], KEEP)
    if (!stringy) return out
    const parts = [...(a.built?.parts ?? (isInert(a) ? [] : [snippet(this.text(aNode), 30)])), ...(b.built?.parts ?? (isInert(b) ? [] : [snippet(this.text(bNode), 30)]))]
    if (parts.length === 0) {
      const lead = out.taint ? '' : leadOf(a).text + leadOf(b).text
      return lead ? { ...out, lead } : out
    }
    const prefix = a.built ? a.built.prefix : (a.str ?? '') + (isInert(b) ? '' : (b.built?.prefix ?? ''))
    const safe = partsSafe([a.built ? { safe: a.built.safe ?? 0 } : a, b.built ? { safe: b.built.safe ?? 0 } : b].filter((x) => !x.constant))
    const built: Built = { how: a.built?.how ?? b.built?.how ?? 'string concatenation', line: this.ctx.rowOf(bNode.start) + 1, parts, prefix, safe, beforeTaint: leadOf(a).closed ? leadOf(a).text : leadOf(a).text + leadOf(b).text }
    const slot = concatSlot(a, b)
    if (slot) Object.assign(built, slot)
    return { ...out, built }
  }

  private binary(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    const leftNode = field(node, 'left')
    const rightNode = field(node, 'right')
    const opNode = field(node, 'operator')
    if (!leftNode || !rightNode) return UNKNOWN
    const left = this.expr(leftNode, env, fn, stmt)
    const right = this.expr(rightNode, env, fn, stmt)
    const op = opNode ? this.text(opNode) : ''
    if (op === '+') return this.concat(left, right, leftNode, rightNode)
    if (EQUALITY.test(op)) this.ctx.emit({ kind: 'compare', stmt, fn, node, op, left, right, leftNode, rightNode })
    // `req.body.next || `/workspace/${id}``: the default's formatting says nothing of the client's value.
    if (op === '||' || op === '??') return either(left, right)
    // `file && TYPES[file.mimetype]` is the left side only when that is falsy (no text a sink could misread), else the right.
    if (op === '&&') return left.constant || !right.constant ? right : constant()
    if (left.constant && right.constant) return constant()
    // `Math.random() * 16` is a number, but still the PRNG's output.
    const prng = hasTag(left, TAG.insecureRandom) ? left : hasTag(right, TAG.insecureRandom) ? right : undefined
    if (prng) return { inert: true, tags: TAG.insecureRandom, madeAt: prng.madeAt!, madeBy: prng.madeBy! }
    return { inert: true }
  }

  private call(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    const isNew = node.type === 'new_expression'
    let calleeNode = field(node, isNew ? 'constructor' : 'function')
    // The grammar reads `await c.req.json<T>()` as `(await c.req.json)<T>()`: the await belongs to the call.
    if (calleeNode?.type === 'await_expression' && field(node, 'type_arguments')) calleeNode = namedChildren(calleeNode).find((c) => c.type !== 'await') ?? calleeNode
    const argList = field(node, 'arguments')
    if (!calleeNode) return UNKNOWN
    let receiver: Value | undefined
    let receiverText: string | undefined
    let name = ''
    let qname: string | undefined
    if (calleeNode.type === 'member_expression') {
      const objNode = field(calleeNode, 'object')!
      const prop = field(calleeNode, 'property')
      receiver = this.expr(objNode, env, fn, stmt)
      receiverText = this.text(objNode)
      name = prop ? this.text(prop) : ''
      if (receiver.qname === 'window' && name !== 'open') receiver = this.name(name, env)
      qname = receiver.qname ? `${receiver.qname}.${name}` : undefined
    } else if (calleeNode.type === 'identifier') {
      name = this.text(calleeNode)
      qname = this.name(name, env).qname
    } else if (calleeNode.type !== 'import') {
      const callee = this.expr(calleeNode, env, fn, stmt)
      qname = callee.qname
    } else name = 'import'
    // `require('child_process')` and `import('x')` name a module.
    if (!isNew && (name === 'require' || calleeNode.type === 'import') && !receiver) {
      const first = argList ? namedChildren(argList)[0] : undefined
      if (first?.type === 'string') return { qname: moduleName(this.text(first)) }
    }
    const args: Value[] = []
    const argNodes: SNode[] = []
    // Most calls pass no options object: they share the empty maps below instead of allocating two per call.
    let kwargs = NO_KWARGS
    let kwNodes = NO_KWNODES
    let kwObject: SNode | undefined
    const tagged = argList?.type === 'template_string'
    if (argList && !tagged) {
      const list = namedChildren(argList)
      // Validator middleware before a route's handler (`zValidator('query', schema)`): the handler's `c.req.valid('query')` reads what it parsed.
      let validated: Map<string, Value> | undefined
      // express-validator chains before the handler (`param('id').isInt()`, then a middleware reading `validationResult`).
      if (list.length > 1 && this.expressValidator()) {
        const checks = expressValidatorChecks(list, (n) => this.text(n), (n) => this.name(n, env).qname?.startsWith('express-validator.') === true, (n) => { const job = this.helpers.get(n)?.job; return job ? this.text(job.node) : undefined })
        for (const c of checks) (validated ??= new Map()).set(SCHEMA_CHECKED + c.path, { safe: c.safe })
        if (checks.length > 0) (validated ??= new Map()).set(MATCHED, { fields: new Map(checks.map((c) => [c.name, { safe: c.safe }])) })
      }
      const callee = list.some((a) => FUNCTIONS.has(a.type)) ? this.helperKey(node, qname, name, receiver, receiverText) : undefined
      list.forEach((a, i) => {
        const v = FUNCTIONS.has(a.type) ? this.defineFunction(a, '<anonymous>', env, fn, qname ?? name, i, false, callbackValues(receiver, name, list, i, this), receiver, validated) : this.expr(a, env, fn, stmt)
        // A callback handed to a helper of this file (`forEachSource(req, (source) => …)`): what the helper calls its
        // parameter with reaches the callback's parameters, as a direct call would hand them.
        const job = FUNCTIONS.has(a.type) ? this.queue.at(-1) : undefined
        if (callee && job?.node === a && this.helpers.has(callee)) this.noteCallback(callee, `${callee}#${i}`, job)
        if (v.qname === HONO_VALIDATOR && v.str) (validated ??= new Map()).set(VALID + v.str, v.fields!.get(v.str)!)
        // Fastify's route `schema`: properties limited to an enum or a number are checked before the handler runs.
        for (const path of a.type === 'object' ? fastifyChecked(v) : []) (validated ??= new Map()).set(SCHEMA_CHECKED + path, { safe: SAFE.all })
        args.push(v)
        argNodes.push(a)
        // `parseXml(body, this.parseOptions)` where the constructor set `this.parseOptions = { noent: true }`: the options are that object's.
        const kept = i === list.length - 1 && a.type === 'member_expression' && field(a, 'object')?.type === 'this' ? this.keptObject(a) : undefined
        if (kept) kwObject = kept.node
        const bag = kept ? kept.node : a
        const bagValue = kept ? kept.value : v
        if (i === list.length - 1 && bag.type === 'object' && bagValue.fields) {
          kwargs = new Map(bagValue.fields)
          kwNodes = new Map()
          for (const p of namedChildren(bag)) {
            const key = p.type === 'pair' ? field(p, 'key') : p
            const val = p.type === 'pair' ? field(p, 'value') : p
            if (key && val) kwNodes.set(this.text(key).replace(/^['"]|['"]$/g, ''), val)
          }
        }
      })
    }
    // Values in a tagged template are bound by the tag, not spliced; still evaluate them, and keep them for tags that splice some.
    const substitutions: Value[] | undefined = argList && tagged ? [] : undefined
    if (argList && substitutions) this.template(argList, env, fn, stmt, substitutions)
    const ownMethod = receiver && qname && !qname.startsWith('local.') && this.ctx.crossFile?.isMethod(qname)
    const event = { kind: 'call' as const, stmt, fn, node, qname, name, receiver, receiverText, args, argNodes, kwargs, kwNodes, isNew, tagged, ...(substitutions ? { substitutions } : {}), ...(kwObject ? { kwObject } : {}), ...(ownMethod ? { ownMethod: true as const } : {}) }
    this.ctx.emit(event)
    if (!this.quiet) this.feedHelper(node, qname, name, receiver, receiverText, args, fn)
    if (!this.quiet && this.ctx.crossFile && qname && !qname.startsWith('local.') && args.some((a) => a.taint)) this.ctx.crossFile.handOn(qname, args, new Map(), this.ctx.rowOf(node.start) + 1, this.ctx.addedIn(node))
    if (!this.quiet && !receiver && !qname) for (const target of this.dispatchTargets(calleeNode)) this.feedHelper(node, `local.${target}`, target, undefined, undefined, args)
    let result = this.throughHelper(qname, name, node, jsCallResult(event, this), args, stmt)
    const made = receiverText === 'this' ? this.methodOrigins.get(name) : undefined
    if (made && !hasTag(result, made.tags)) {
      const { constant: _constant, str: _str, ...rest } = result
      result = { ...rest, tags: (result.tags ?? 0) | made.tags, madeAt: made.madeAt, ...(made.madeBy ? { madeBy: made.madeBy } : {}) }
    }
    if (!isNew) result = this.helperReturn(node, qname, name, receiver, receiverText, result, args, argNodes) ?? result
    if (!isNew && qname && !qname.startsWith('local.') && this.ctx.crossFile) result = throughOtherFile(this.ctx.crossFile.summaryOf(qname), result, this.ctx.rowOf(node.start) + 1)
    const schema = name === 'valid' && receiver && hasTag(receiver, TAG.request) && args[0]?.str ? env.get(VALID + args[0].str) : undefined
    if (schema) result = validatedBy(schema, result)
    // h3's `getValidatedQuery(event, Schema.parse)`: what the reader hands back is the schema's parse of the request data.
    const validator = !receiver && result.taint && H3_VALIDATED.test(qname ?? name) ? argNodes[1] : undefined
    if (validator?.type === 'member_expression' && /^(parse|parseAsync)$/.test(this.text(field(validator, 'property') ?? validator))) {
      const parser = this.expr(field(validator, 'object')!, env, fn, stmt)
      if (parser.qname?.startsWith('zod:')) result = validatedBy(parser, result)
    }
    if (this.loaderData && LOADER_DATA.test(qname ?? name)) result = this.loaderData
    // express-validator's `matchedData(req)`: the request's fields that some chain named, those a strict check or a
    // converting sanitiser pinned down read as checked, the rest as the client sent them.
    if (qname === 'express-validator.matchedData' && args[0] && hasTag(args[0], TAG.request)) {
      const matched = env.get(MATCHED)
      result = { taint: { source: `\`${this.text(node).replace(/\s+/g, ' ')}\``, line: this.ctx.rowOf(node.start) + 1 }, ...(this.ctx.addedIn(node) ? { added: true } : {}), ...(matched?.fields ? { fields: matched.fields } : {}) }
    }
    if (receiver && /^(map|flatMap)$/.test(name) && argNodes.length === 1) result = this.mapped(argNodes[0]!, receiver, result, env, fn, stmt)
    if (MEMO.test(qname ?? name) && argNodes[0]) result = this.memoised(argNodes[0], result, env, fn, stmt)
    if (receiver && DRAWING_CALLBACK.test(name) && !hasTag(result, TAG.insecureRandom)) result = this.drawnByCallback(argNodes, result)
    // An instance of a class defined here keeps the class's name, so its methods are known helpers.
    if (isNew && qname?.startsWith('local.') && !result.qname) result = { ...result, qname }
    // `new UserService()` of a class another file of the change defines: its methods are that file's to read.
    else if (isNew && qname && !result.qname && !result.taint && this.ctx.crossFile?.isClass(qname)) result = { ...result, qname }
    // `new Liquid()` from `const { Liquid } = require('liquidjs')`: the instance's methods are the package's (`liquidjs.Liquid.parseAndRender`).
    else if (isNew && qname && /^[a-z@][\w@/.-]*\.[A-Z]\w*$/.test(qname) && !result.qname && !result.taint && !result.constant) result = { ...result, qname }
    // better-sqlite3 exports its Database class itself: `new Database(file)` is a connection whose `exec`/`prepare` take SQL.
    else if (isNew && /^(better-sqlite3|bun:sqlite\.Database|node:sqlite\.DatabaseSync)$/.test(qname ?? '') && !result.qname && !result.taint) result = { ...result, qname }
    // `new Map()`, then `map.set('keyA', …)` … `map.get('keyA')`: entries set under keys known from the code are read back one by one.
    if (isNew && name === 'Map' && (qname === undefined || qname === 'Map') && !argList?.children.some((c) => c.named)) result = { ...result, constant: true, fields: new Map(), keyed: true }
    if (receiver?.keyed && receiver.fields && calleeNode.type === 'member_expression') {
      const objNode = field(calleeNode, 'object')!
      const key = args[0]?.str
      if (name === 'get') return key !== undefined ? (receiver.fields.get(key) ?? UNKNOWN) : derive([receiver], ~0)
      if (objNode.type === 'identifier' && /^(set|delete|clear)$/.test(name)) {
        const entries = new Map(receiver.fields)
        if (name === 'clear') entries.clear()
        else if (key !== undefined && name === 'delete') entries.delete(key)
        else if (key !== undefined && args[1]) entries.set(key, args[1])
        const known = name === 'clear' || key !== undefined
        const after = name === 'set' && args[1] && !isInert(args[1]) ? this.onAdded(stmt, derive([receiver, args[1]], ~0)) : { ...receiver }
        env.set(this.text(objNode), known ? { ...after, fields: entries, keyed: true } : { ...after, fields: undefined, keyed: undefined })
        return name === 'set' ? env.get(this.text(objNode))! : result
      }
    }
    // `parts.shift()`, `parts.push('safe')`: an array's known positions follow the calls that move them, and are forgotten by the ones the pass cannot follow.
    if (receiver?.keyed && receiver.elements && !receiver.fields && calleeNode.type === 'member_expression' && ARRAY_MUTATORS.test(name)) {
      const objNode = field(calleeNode, 'object')!
      if (objNode.type === 'identifier' && !receiver.qname) {
        const items = receiver.elements
        const inert = args.every(isInert)
        const moved = name === 'shift' ? items.slice(1) : name === 'pop' ? items.slice(0, -1) : name === 'push' ? [...items, ...args] : name === 'unshift' ? [...args, ...items] : undefined
        // Adding request data is the general case below, which also keeps SQL built piece by piece.
        if (moved && inert) {
          env.set(this.text(objNode), { ...receiver, elements: moved, keyed: true })
          // What `shift()` or `pop()` takes off is the element at that end, not the array as a whole.
          if (name === 'shift' || name === 'pop') return (name === 'shift' ? items[0] : items.at(-1)) ?? constant()
        }
        else if (!moved) env.set(this.text(objNode), { ...(inert ? receiver : this.onAdded(stmt, derive([receiver, ...args], ~0))), elements: items, keyed: undefined })
      }
    }
    if (receiver && calleeNode.type === 'member_expression' && /^(push|unshift|set|add|append|concat|assign)$/.test(name)) {
      const objNode = field(calleeNode, 'object')!
      // A jQuery element (`$row`) given markup is judged where the markup goes in; the element itself, inserted elsewhere
      // later (`$list.append($row)`), is a node, not the text again.
      const jqueryElement = /^(append|prepend)$/.test(name) && /^\$\w/.test(this.text(objNode))
      if (objNode.type === 'identifier' && !receiver.qname && !jqueryElement && args.some((a) => !isInert(a))) {
        const grown = derive([receiver, ...args], ~0)
        const piece = args.find((a) => a.built)?.built ?? receiver.built
        if (piece) grown.built = { ...piece, appended: true }
        // `messages.push({ role: 'system', … })`: a list literal keeps its entries in order, so later readers see the role.
        if (receiver.elements && (name === 'push' || name === 'unshift')) {
          grown.elements = name === 'push' ? [...receiver.elements, ...args] : [...args, ...receiver.elements]
          if (receiver.keyed) grown.keyed = true
        }
        env.set(this.text(objNode), this.onAdded(stmt, grown))
      }
    }
    return result
  }

  private buildsTrpcProcedures(): boolean {
    return (this.trpcFile ??= TRPC_PATH.test(this.ctx.path) || fileHas(this.ctx, TRPC_TEXT))
  }

  rowOf(node: SNode): number {
    return this.ctx.rowOf(node.start)
  }

  /**
   * `'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => { const r = (Math.random() * 16) | 0; … })`:
   * the hand-rolled UUID (or a string built by `Array.from`/`map` of random picks) is as predictable
   * as the `Math.random()` its callback draws. Callbacks are read after the call, so this looks at the text.
   */
  private drawnByCallback(argNodes: SNode[], result: Value): Value {
    const callback = argNodes.find((a) => FUNCTIONS.has(a.type))
    const m = callback && /\b(Math|_|lodash)\.random\s*\(/.exec(this.text(callback))
    if (!callback || !m) return result
    const { constant: _constant, str: _str, ...rest } = result
    return { ...rest, tags: (result.tags ?? 0) | TAG.insecureRandom, madeAt: this.ctx.rowOf(callback.start + m.index) + 1, madeBy: `${m[1]}.random` }
  }

  /**
   * `useMemo(() => DOMPurify.sanitize(marked.parse(note)), [note])`: the memo holds the callback's
   * value (read once more, quietly, like `mapped`), so a sanitiser inside it still counts.
   */
  private memoised(callback: SNode, result: Value, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    const body = FUNCTIONS.has(callback.type) ? field(callback, 'body') : undefined
    const params = FUNCTIONS.has(callback.type) ? (field(callback, 'parameters') ?? field(callback, 'parameter')) : undefined
    if (!body || (params && namedChildren(params).length > 0)) return result
    if (body.type === 'statement_block') return this.memoisedBlock(body, result, env, fn)
    if (/=>|\bfunction\b/.test(this.text(body))) return result
    return this.quietly(() => this.expr(body, env.fork(), fn, stmt))
  }

  /**
   * Reads code once more with its events held back (its own pass reports them); with `dropQueued`, functions it
   * defines are left to that pass too instead of being queued again.
   */
  private quietly<T>(read: () => T, dropQueued = false): T {
    const [was, queued] = [this.quiet, this.queue.length]
    this.quiet = true
    try {
      return read()
    } finally {
      this.quiet = was
      if (dropQueued) this.queue.length = queued
    }
  }

  /**
   * React's `const [html, setHtml] = useState('')`: the state holds its first value or any value the component hands
   * its setter, in an effect or a handler as much as in the body (`setHtml(DOMPurify.sanitize(marked.parse(body)))`).
   * Each setter argument is read once more, quietly, in the component's scope: a name only a callback defines is
   * unknown there, so the state is then neither safe nor request data (not the constant its first value is). An
   * updater (`setHtml((prev) => …)`) is not followed.
   */
  private reactState(call: SNode, initial: Value, setter: string, env: Env, fn: FunctionFacts, stmt: SNode): Value | undefined {
    if (call.type !== 'call_expression' || !REACT_STATE.test(this.text(field(call, 'function') ?? call)) || !fn.node) return undefined
    let index = this.setterCalls.get(fn.node)
    if (!index) {
      const found = new Map<string, SNode[]>()
      const visit = (n: SNode): void => {
        if (n.type === 'call_expression') {
          const callee = field(n, 'function')
          if (callee?.type === 'identifier') {
            const name = this.text(callee)
            const list = found.get(name)
            if (list) list.push(n)
            else found.set(name, [n])
          }
        }
        for (const c of n.children) if (c.named) visit(c)
      }
      visit(fn.node)
      this.setterCalls.set(fn.node, (index = found))
    }
    const given = this.quietly(
      () =>
        (index.get(setter) ?? []).map((c) => {
          const arg = namedChildren(field(c, 'arguments') ?? c)[0]
          return !arg || FUNCTIONS.has(arg.type) ? UNKNOWN : this.expr(arg, env.fork(), fn, stmt)
        }),
      true,
    )
    if (given.length === 0) return undefined
    const state = given.reduce((a, b) => join(a, b), initial)
    // `useState([])` then `setRows(rows.map((r) => ({ …, html: clean(r.body) })))`: the entries are what the setter's lists hold.
    const entries = given.flatMap((v) => v.elements ?? [])
    const first = namedChildren(field(call, 'arguments') ?? call)[0]
    const emptyList = first?.type === 'array' && namedChildren(first).length === 0
    if (emptyList && entries.length > 0 && given.every((v) => v.elements)) return { ...state, elements: [entries.reduce((a, b) => join(a, b))] }
    return state
  }
  private readonly setterCalls = new WeakMap<SNode, Map<string, SNode[]>>()

  /** What the `return`s of a memo callback being read quietly give back, or undefined outside one. */
  private memoReturns: Value[] | undefined

  /**
   * `useMemo(() => { const needle = q.trim(); return rows.filter((r) => r.name.includes(needle)) }, [rows, q])`: a
   * callback with a body holds what its `return`s give, read once more, quietly (its events come from its own pass);
   * the dependencies only say when it is recomputed. Functions it defines are left to that pass too.
   */
  private memoisedBlock(body: SNode, result: Value, env: Env, fn: FunctionFacts): Value {
    const outer = this.memoReturns
    const returns: Value[] = []
    this.memoReturns = returns
    try {
      this.quietly(() => {
        const inner = env.fork()
        this.hoist(body, inner)
        this.block(body, inner, fn)
      }, true)
    } finally {
      this.memoReturns = outer
    }
    return returns.length > 0 ? returns.reduce<Value | undefined>((a, b) => join(a, b), undefined)! : result
  }

  /**
   * `items.map((item) => `<li>${escapeHtml(item.name)}</li>`)`: the array holds what the callback
   * returns, so markup whose every part is escaped stays escaped through a later `.join('')`.
   * Only expression-bodied arrows with no nested functions are read (once more, quietly: their
   * events come from the callback's own pass).
   */
  private mapped(callback: SNode, receiver: Value, result: Value, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    // `ids.split(',').map(Number)`: every element is a number.
    if (NUMERIC_CALLBACK.test(this.text(callback))) return { inert: true }
    // `items.map(renderLink)`: each element is what the file's own function returns, escaped where all its returns are.
    if (callback.type === 'identifier') {
      const safe = this.helperSafe.get(this.text(callback))
      return safe ? { ...result, safe: (result.safe ?? 0) | safe } : result
    }
    const body = callback.type === 'arrow_function' ? field(callback, 'body') : undefined
    // A nested function in the body is left alone; a `function:` key or a 'function' string (a tool's type) is not one.
    if (!body || body.type === 'statement_block' || /=>|\bfunction\s*\*?\s*[\w$]*\s*\(/.test(this.text(body))) return result
    const params = field(callback, 'parameters') ?? field(callback, 'parameter')
    const first = params?.type === 'formal_parameters' ? namedChildren(params)[0] : params
    const target = first && (first.type === 'required_parameter' || first.type === 'optional_parameter') ? (field(first, 'pattern') ?? namedChildren(first)[0]) : first
    const inner = env.fork()
    // `ids.map((_, i) => `$${i + 1}`)`: the second parameter is the element's position, a number.
    const second = params?.type === 'formal_parameters' ? namedChildren(params)[1] : undefined
    const index = second && (second.type === 'required_parameter' || second.type === 'optional_parameter') ? (field(second, 'pattern') ?? namedChildren(second)[0]) : second
    if (index?.type === 'identifier') inner.set(this.text(index), { inert: true })
    const ret = this.quietly(() => {
      // `COLUMNS.map((c) => `"${c}"`)` over a constant list: each element is one of its constants.
      const element = receiver.taint ? derive([receiver], ~0) : receiver.constant ? constant() : receiver.inert || receiver.elements?.every(isInert) ? { inert: true } : UNKNOWN
      if (target) this.bind(target, element, inner, fn, stmt)
      return this.expr(body, inner, fn, stmt)
    })
    if (isInert(ret)) return { inert: true }
    // Each element is what the callback returned: its taint, its escaping and how it was built.
    const { constant: _constant, str: _str, elements: _elements, fields: _fields, qname: _qname, ...element } = ret
    // `history.map((m) => ({ role: m.role, content: m.text }))`: each entry has the callback's shape, which readers of a list (chat messages) look at.
    // `rows.map((c) => ({ ...c, html: sanitizeHtml(c.body) }))`: a field the callback cleaned stays clean in each entry, for a later `.map()` to read.
    // `tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description } }))`: a field one object down counts too.
    const shaped = ret.fields && ret.fields.size > 0 && (ret.taint || [...ret.fields.values()].some((f) => f.taint || f.safe || (f.fields && [...f.fields.values()].some((g) => g.taint)))) ? { elements: [ret] } : {}
    return { ...element, ...shaped, tags: (element.tags ?? 0) | (result.tags ?? 0) || undefined }
  }
}

/** @effect/platform's request tag, and its context values that hold what the client sent (path parameters, the parsed query). */
const EFFECT_REQUEST = /^@effect\/platform(\/HttpServerRequest)?\.HttpServerRequest(\.HttpServerRequest)?$/
const EFFECT_PATH = /^@effect\/platform(\/Path)?\.Path(\.Path)?$/
const EFFECT_FILE_SYSTEM = /^@effect\/platform(\/FileSystem)?\.FileSystem(\.FileSystem)?$/
const EFFECT_REQUEST_DATA = /^@effect\/platform(\/HttpRouter|\/HttpServerRequest)?\.(HttpRouter\.(params|RouteContext)|HttpServerRequest\.ParsedSearchParams|params|RouteContext|ParsedSearchParams)$/

/** A condition that holds when the value is bad (`!ok(x)`, `x !== 'a'`): its else branch is the checked one. */
const REJECTING = /^\(\s*!(?!=)|!==?/

/**
 * A condition that holds only for given literals (`name === 'index.json'`, `a == 'x' || a == 'y'`, `user && mode === 'full'`):
 * its equalities are all it checks besides truthiness, so when it fails the value is anything but those literals.
 */
function pinsLiteral(cond: SNode, text: (n: SNode) => string): boolean {
  let equal = false
  const visit = (n: SNode): boolean => {
    while (n.type === 'parenthesized_expression' && namedChildren(n)[0]) n = namedChildren(n)[0]!
    if (n.type === 'identifier' || n.type === 'member_expression') return true
    if (n.type !== 'binary_expression') return false
    const op = text(field(n, 'operator') ?? n)
    const left = field(n, 'left')
    const right = field(n, 'right')
    if (!left || !right) return false
    if (op === '&&' || op === '||') return visit(left) && visit(right)
    if (op !== '===' && op !== '==') return false
    if (!LITERAL_OPERAND.test(left.type) && !LITERAL_OPERAND.test(right.type)) return false
    equal = true
    return true
  }
  return visit(cond) && equal
}
const LITERAL_OPERAND = /^(string|number|template_string|null|undefined)$/

/** A value nothing is known of: no taint, constant, name, fields or tags (what a parameter holds before a caller hands it anything). */
function unknownValue(v: Value): boolean {
  return Object.keys(v).every((k) => k === 'safe' || (v as Record<string, unknown>)[k] === undefined)
}

function leaves(alt: SNode): boolean {
  let last: SNode | undefined = namedChildren(alt).at(-1)
  while (last?.type === 'statement_block') last = namedChildren(last).at(-1)
  return last?.type === 'return_statement' || last?.type === 'throw_statement'
}

/** Whether a branch ends by leaving the function: a `return` or `throw`, alone or last in its block. */
function exits(branch: SNode): boolean {
  return branch.type === 'return_statement' || branch.type === 'throw_statement' || (branch.type === 'statement_block' && leaves(branch))
}

/** Calls whose result is made of what their callback returns: `replace(/[xy]/g, (c) => …)`, `Array.from({ length }, () => …)`, `map`, lodash's `_.times(6, () => _.random(0, 9))`. */
const DRAWING_CALLBACK = /^(replace|replaceAll|from|map|flatMap|reduce|times)$/

/** React's `useMemo(() => x, deps)` and Vue's `computed(() => x)` hold what their callback returns, not their dependencies. */
const MEMO = /^((react|vue)\.)?(useMemo|computed)$/
const REACT_STATE = /^(React\.)?useState$/

/** The constant text a value starts with up to its first part from the request, and whether such a part ends it there. */
function leadOf(v: Value): { text: string; closed: boolean } {
  if (v.constant) return { text: v.str ?? v.lead ?? '', closed: false }
  if (v.built) return { text: v.built.beforeTaint ?? '', closed: !!v.taint }
  if (v.lead !== undefined && !v.taint) return { text: v.lead, closed: false }
  return { text: '', closed: !!v.taint }
}

/**
 * Whether a `startsWith` prefix ends where a directory does: `base + path.sep`, `` `${root}/` ``, a literal or a
 * constant ending in a slash, or any text that is not a directory at all (`'uploads/'`, `'/api/'`, `'https://…/'`).
 * A bare directory (`startsWith(base)`, `startsWith(path.join(__dirname, 'docs'))`) matches its look-alike siblings.
 */
function endsDirectory(prefix: SNode | undefined, env: Env, js: JsPass): boolean {
  if (!prefix) return false
  const text = js.text(prefix)
  if (/\+\s*(path\.)?sep\s*$|\+\s*(['"`])[\\/]+\2\s*$|[\\/]`$|\$\{\s*(path\.)?sep\s*\}`$/.test(text)) return true
  // A prefix with no separator in it (`'!'` of a chat command, `'v'` of a version) names no directory: the check reads a command.
  if (prefix.type === 'string') return /[\\/]['"]$/.test(text) || (!/^['"][\\/]/.test(text) && /[\\/]/.test(text))
  if (prefix.type === 'identifier') {
    const str = env.get(text)?.str
    return str === undefined ? !DIRECTORY_NAME.test(text) : /[\\/]$/.test(str) || (!str.startsWith('/') && /[\\/]/.test(str))
  }
  return !/^(path\.)?(posix\.)?(join|resolve|normalize)\(|^(process\.cwd|os\.tmpdir|os\.homedir)\(/.test(text)
}
/** Names a directory is kept under (`base`, `ROOT`, `uploadDir`, `STATIC_PATH`). */
const DIRECTORY_NAME = /(^|_)(root|base|dir|directory|folder|path)$|(Root|Base|Dir|Directory|Folder|Path)$|^(root|base|dir|directory|folder)\w*$/i
const DEPLOYMENT_ENV = /^(process\.env|import\.meta\.env|Bun\.env)$/
/** An Actions workflow's event payload, as `@actions/github` reads it, and the branch name of the pull request that started it. */
const ACTIONS_EVENT = /^@actions\/github\.context\.payload$|^process\.env\.GITHUB_HEAD_REF$/
const ISSUE_LIKE = /(^|\.)(pr|pull|pullRequest|pull_request|issue|mergeRequest|merge_request|mr)$/
const PLATFORM_ASSIGNED = /^(id|number|node_id|sha|run_id|run_number|run_attempt|\w+_count|\w+_id|\w+Id|\w+_at|createdTimestamp)$/

/** Array methods whose callback receives the receiver's elements one by one. */
const ARRAY_CALLBACKS = /^(map|flatMap|forEach|filter|find|findLast|some|every)$/
/** Array and promise methods whose callback receives the receiver's elements or resolved value. */
const ELEMENT_CALLBACKS = /^(then|map|flatMap|forEach|filter|find|findLast|some|every|sort|toSorted)$/

/**
 * What a callback's parameters receive from the call it is passed to: the elements of a tainted
 * array (`ids.map((id) => …)`), a promise's resolved value (`req.json().then((body) => …)`), the
 * accumulator's items (`reduce((acc, x) => …)`), a request stream's chunks (`req.on('data', …)`).
 */
function callbackValues(receiver: Value | undefined, name: string, args: SNode[], index: number, js: JsPass): Map<number, Value> | undefined {
  if (!receiver || index !== args.length - 1 && name !== 'then' && name !== 'reduce') return undefined
  // `[1, 2, 3].forEach((id) => …)`: the elements of a constant array are constants.
  const perElement = ARRAY_CALLBACKS.test(name) && index === 0
  if ((receiver.constant || receiver.inert || receiver.elements?.every(isInert)) && perElement) return new Map([[0, receiver.constant ? constant() : { inert: true }]])
  // `comments.map((c) => <div dangerouslySetInnerHTML={{ __html: c.html }} />)` over entries whose shape is known: each is one of them.
  if (!receiver.taint && !receiver.keyed && receiver.elements?.length && perElement) {
    return new Map([[0, receiver.elements.reduce((a, b) => join(a, b))]])
  }
  if (receiver.taint && !hasTag(receiver, TAG.request)) {
    const item = derive([receiver], ~0)
    if (ELEMENT_CALLBACKS.test(name) && index === 0) return new Map([[0, item]])
    if (/^(reduce|reduceRight)$/.test(name) && index === 0) return new Map([[1, item]])
  }
  if (hasTag(receiver, TAG.request) && name === 'on' && index === 1 && /^['"]data['"]$/.test(args[0] ? js.text(args[0]) : '')) {
    return new Map([[0, js.source(args[0]!, args[0]!)]])
  }
  return undefined
}

/** A file path in the machine's shared temp directory. */
const SHARED_TMP = /^\/(var\/)?tmp\//

/** `path.relative(root, p)`, posix or not. */
const RELATIVE = /^(path\.)?(posix\.)?relative$/

/** Properties that say which route a URL asks for, not where it points or what it carries. */
/** Parts of a value whose check says nothing about where a URL points or what a string holds (`u.protocol !== 'https:'`). */
/** The parts of a URL that say where it points: an equality check on one of them vouches for the URL. */
const LOCATION_PROPS = /^(host|hostname|origin|href|domain)$/
const ROUTING_PROPS = /^(pathname|method|length|size|type|protocol|search|hash|port|username|password)$/

/** `x.startsWith('http')`, `x.startsWith('https://')`: proves the value absolute, not that it stays on this site. */
/** What a passing `PATTERN.test(x)` vouches for: what its pattern says of a URL, and whether it leaves a call spelled. */
function patternTestVouches(callee: SNode | undefined, js: JsPass): number {
  const re = callee?.type === 'member_expression' ? field(callee, 'object') : undefined
  // The syntax copy keeps a regex literal whole: its pattern is the text between the slashes.
  const pattern = re?.type === 'regex' ? js.text(re).replace(/^\/|\/[a-z]*$/g, '') : undefined
  // `ALLOWED.test(formula)` with `const ALLOWED = /^[\d\s+\-*\/().]+$/`: arithmetic, which no call can be spelled in.
  const literal = re?.type === 'regex' ? /^\/([\s\S]*)\/([a-z]*)$/.exec(js.text(re)) : re?.type === 'identifier' ? namedRegex(js.text(re), js.ctx.text) : undefined
  const arithmetic = literal && jsPatternSpellsArithmetic(literal[1]!, literal[2]!) ? SAFE.arithmetic : 0
  // `/\d{4}-\d{2}/.test(month)` passes `2024-01; rm -rf ~`: a pattern that does not hold the whole value vouches for none of
  // its text. One anchored at the start still says where a URL points (`/^\/(?!\/)/`: a path on this site).
  if (literal && !jsPatternHoldsWhole(literal[1]!, literal[2]!) && !schemePattern(literal[1]!)) {
    const startAnchored = literal[1]!.startsWith('^') && !literal[2]!.includes('m')
    return (startAnchored ? urlPatternKinds(pattern) & SAFE.url : 0) | arithmetic
  }
  return urlPatternKinds(pattern) | arithmetic
}

/** `const NAME = /…/flags` anywhere in the file: the pattern and flags, as the match groups 1 and 2. */
function namedRegex(name: string, source: string): RegExpExecArray | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name) || !source.includes(name)) return undefined
  return new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*=\\s*\\/((?:\\\\.|\\[(?:\\\\.|[^\\]\\\\\\n])*\\]|[^/\\\\\\n[])+)\\/([a-z]*)`).exec(source) ?? undefined
}

/**
 * What `/re/.test(x)` vouches for when the pattern starts with an http(s) scheme: nothing when it
 * only pins that prefix (`/^https?:\/\//`: any host, any text after it), and everything but the URL's
 * destination when the host part is a character class (`/^https?:\/\/[\w.-]+$/`). Other patterns
 * (or a pinned host, or a pattern not written as a literal) vouch for all.
 */
function urlPatternKinds(pattern: string | undefined): number {
  // A hostname pattern that does not pin the host (an unescaped `.`, no anchor, nothing ending the host) vouches for the text only.
  if (pattern !== undefined && hostPatternShortfall(pattern)) return SAFE.all & ~SAFE.url
  const scheme = pattern && /^\^\(?https\??\)?:(\\\/){0,2}/.exec(pattern)
  if (!scheme) return SAFE.all
  const rest = pattern!.slice(scheme[0].length)
  // A literal host after the scheme (`^https:\/\/api\.example\.com\/`) pins the destination; a class (`[\w.-]+`) does not.
  const pinned = /^(\((\?:)?www\\\.\)\?)?([A-Za-z0-9]|\((\?:)?[\w-]+(\|[\w-]+)+\)\\\.)/.test(rest)
  if (!rest.endsWith('$')) return pinned ? SAFE.url | SAFE.html : 0
  return pinned ? SAFE.all : SAFE.all & ~SAFE.url
}

/** `x.startsWith('https://shop.example.com')`: a scheme and host with no `/` after it, which `https://shop.example.com.evil.example` also starts with. */
function hostLeftOpen(arg: SNode | undefined, js: JsPass): boolean {
  return (arg?.type === 'string' || (arg?.type === 'template_string' && !arg.children.some((c) => c.type === 'template_substitution'))) && prefixShortfall(js.text(arg).slice(1, -1)) !== undefined
}

function schemeOnly(arg: SNode | undefined, js: JsPass): boolean {
  return arg?.type === 'string' && /^['"](https?:?(\/\/?)?|\/\/)['"]$/i.test(js.text(arg))
}

/**
 * `next.startsWith('/')` alone lets `//evil.example` through, which browsers and redirects read as
 * another host: the check keeps a path in this site only when the same condition also turns away
 * `//` and `/\\` (a second `startsWith`, a look at the second character, or a regex lookahead).
 */
function sameSiteOnly(arg: SNode | undefined, cond: SNode, js: JsPass): boolean {
  if (arg?.type !== 'string' && arg?.type !== 'template_string') return false
  if (!/^['"`]\/['"`]$/.test(js.text(arg))) return false
  return !/startsWith\(\s*['"`]\/(\/|\\\\)['"`]|\[1\]|charAt\(1\)|\(\?!/.test(js.text(cond))
}

/** Every name a function's parameter list declares, through destructuring, defaults and rest. */
function parameterNames(fn: SNode, js: JsPass, scalars?: Set<string>): string[] {
  const list = field(fn, 'parameters') ?? field(fn, 'parameter')
  const out: string[] = []
  const visit = (n: SNode | undefined): void => {
    if (!n) return
    switch (n.type) {
      case 'identifier':
      case 'shorthand_property_identifier_pattern':
        out.push(js.text(n))
        return
      case 'required_parameter':
      case 'optional_parameter': {
        const target = field(n, 'pattern') ?? namedChildren(n)[0]
        if (target?.type === 'identifier' && (scalarTyped(js, n) || literalUnion(js, n))) scalars?.add(js.text(target))
        return visit(target)
      }
      case 'assignment_pattern':
      case 'object_assignment_pattern':
        return visit(field(n, 'left'))
      case 'pair_pattern':
        return visit(field(n, 'value'))
      case 'formal_parameters':
      case 'object_pattern':
      case 'array_pattern':
      case 'rest_pattern':
        for (const c of namedChildren(n)) visit(c)
        return
      default:
        return
    }
  }
  visit(list)
  return out
}

function moduleName(literal: string): string {
  return literal
    .replace(/^['"`]|['"`]$/g, '')
    .replace(/^node:/, '')
    // Deno's and Supabase Edge Functions' specifiers name the same packages: `npm:jose@5`, `npm:@supabase/supabase-js@2`,
    // `https://esm.sh/jose@5.2.0`, `jsr:@hono/hono@4/jwt`.
    .replace(/^(?:npm:|jsr:|https:\/\/(?:esm\.sh|cdn\.skypack\.dev|esm\.run|jspm\.dev)\/(?:v\d+\/)?)((?:@[\w.-]+\/)?[\w.-]+)(?:@[^/]*)?/, '$1')
    .replace(/^fs\/promises$/, 'fs')
    .replace(/\/promises$/, '')
}

export { fields }

/**
 * Where the non-constant parts of `a + b` sit in SQL, when that is known: the text just before
 * `b` is `a` itself (a constant), the text `a` ended with (built), or nothing known (any other
 * value, which like the start of a string is not a value position). Undefined when `a` was built
 * somewhere its slots are not known.
 */
function concatSlot(a: Value, b: Value): Pick<Built, 'valueSlot' | 'tail'> | undefined {
  if (a.built && (a.built.valueSlot === undefined || a.built.tail === undefined)) return undefined
  const aSlot = a.built?.valueSlot ?? false
  const before = a.built ? a.built.tail! : a.constant ? (a.str ?? '') : ''
  if (b.constant) return { valueSlot: aSlot, tail: before + (b.str ?? '') }
  if (isInert(b)) return { valueSlot: aSlot, tail: '' }
  const tail = b.built ? b.built.tail : ''
  return { valueSlot: aSlot || partInValueSlot(b, before), ...(tail !== undefined ? { tail } : {}) }
}
