/**
 * The def-use pass for Python: statements in order, one environment per function, imports
 * and aliases resolved to qualified names, constants and request data propagated through
 * assignments, f-strings, `%`, `.format()`, `+`, `.join()` and calls. It reports calls, stores
 * and returns to the sink tables through `emit`; branches are analysed apart and merged.
 */
import type { SNode } from '../syntax/tree'
import { relocatedTaint, throughOtherFile, type CrossFileSeed, type CrossFileSummary } from './cross-file'
import type { FunctionFacts } from './events'
import { fileHas, type PassContext } from './pass'
import { checkedFormFields, checkedSchemaFields, peerAddress, PSYCOPG_COMPOSED, pythonCallResult, PY_REQUEST_ATTRS, queueMetadata, pythonRouteParams, SYSTEM_PROMPT_OBJECT } from './python-model'
import { shrunk, updatedFields } from './python-containers'
import { InstanceState } from './python-instance-state'
import { MODEL_FORM, personWrittenField, queriedModel, RECORD, StoredFields } from './python-stored-fields'
import { callersInView, literalOnlyParams } from './python-call-sites'
import { isModelTool, NOT_MODEL_ARGUMENT, NOT_MODEL_TEXT } from './python-llm-tools'
import { bentomlApi, boltPayloadParams, discordCommandParams, gradioInputs, scrapyPipelineItem, scrapySpider, socketioEventParams, socketioNamespaceClass } from './python-app-inputs'
import { prefixGuardKinds } from './python-prefix-guard'
import { patternAdmitsCalls, patternAdmitsTraversal, pythonPatternHoldsWhole, pythonPatternSpellsArithmetic, schemePattern, testedPattern } from './pattern-guards'
import { hostCheckingHelper, hostSuffixChecked, pathConfiningHelper, weakUrlCheck } from './python-url-guards'
import { filledPath } from './python-filled-files'
import { Env, type PendingFunction } from './scope'
import { capturedNames, irrefutable, patternMatches } from './python-match'
import { staticTruth, staticValue } from './static-truth'
import { snippet } from '../source/text'
import { field, fields, namedChildren, parameterName, writesUrlIn } from './text'
import { carriedTaint, constant, derive, either, namesEndpoint, hasTag, isInert, join, partsSafe, SAFE, TAG, UNKNOWN, withSafe, type Built, type Value } from './value'
import { JINJA_REQUEST_ENV, JINJA_REQUEST_LOADER, PREPARED_REQUEST } from './sinks/parsers'

/** Objects that hold request text for a later call (a Jinja environment on a request loader, a prepared HTTP request). */
const REQUEST_HOLDERS: ReadonlySet<string> = new Set([JINJA_REQUEST_ENV, JINJA_REQUEST_LOADER, PREPARED_REQUEST])

/** A module constant by its naming convention (`SORT_COLUMNS`, `MAX_ROWS`), not a one-letter name. */
const ALL_CAPS = /^[A-Z][A-Z0-9_]*[A-Z0-9_]$/

/**
 * The command line's options (`sys.argv[1]`, `args.table`, a click parameter): the SQL a script
 * builds from its operator's arguments is not reported, but a shell command string still is, as
 * those arguments often come from CI or another program (a branch name, a PR title).
 */
/** Stores read back by section and option name (`conf.get("s", "k")`). */
const ARCHIVE_MODULE = /^\s*(?:import\s+[\w., ]*\b(?:zipfile|tarfile|py7zr|rarfile)\b|from\s+(?:zipfile|tarfile|py7zr|rarfile)\s+import\b)/m
const ARCHIVE_LISTING = /^(namelist|infolist|getnames|getmembers)$/
const KEYED_STORE = /^configparser\.(Raw|Safe)?ConfigParser$/

const COMMAND_LINE: Value = Object.freeze({ safe: SAFE.sql })
const MODULE_FACTS: FunctionFacts = { name: '<module>', handler: false, node: undefined }
/** What `parser.parse_args()` returns: options the person running the command typed. */
const CLI_NAMESPACE = 'argparse.Namespace'
/**
 * Flask's config mapping: deployment configuration, set by the operator. (Environment variables
 * stay unknown: a shell string built from one still breaks on the spaces and quotes it may hold.)
 */
const CONFIG_MAPPING = /^(flask\.current_app\.config|current_app\.config|app\.config)$/
/** `@receiver(post_save, sender=Profile)`: a model signal's receiver, with the model (capture 1). */
const MODEL_SIGNAL = /^@(?:\w+\.)*receiver\(\s*(?:\w+\.)*(?:pre_save|post_save|pre_delete|post_delete|m2m_changed)\b[^)]*\bsender\s*=\s*(?:\w+\.)*([A-Z]\w*)\s*[,)]/
/** Decorators that make a function a command-line entry point whose parameters are options (click, typer). */
const CLI_COMMAND = /^@(click\.(command|group|option|argument|pass_context)|typer\.\w+)\b/
/** `@app.command()` on a group or app object is a CLI command only in a module that imports click or typer (chat bots use the same name for commands their users send). */
const CLI_GROUP_COMMAND = /^@\w+\.(command|callback)\b/
const IMPORTS_CLI = /^\s*(import|from)\s+(click|typer)\b/m
/** web.py is imported as `web` (its URL classes answer with `GET`/`POST` methods). */
const IMPORTS_WEBPY = /^\s*import\s+web\s*$/m
const IMPORTS_TWISTED_WEB = /^\s*(from\s+twisted\.web\b|import\s+twisted\.web\b)/m
const BASIC_CONSUME = /\bbasic_consume\s*\(/
/** Keys of a Slack payload whose values Slack sets: ids of the channel, user, team and app, timestamps, the trigger. */
const SLACK_ASSIGNED = ['channel', 'channel_id', 'user', 'user_id', 'team', 'team_id', 'api_app_id', 'app_id', 'ts', 'event_ts', 'thread_ts', 'event_time', 'event_id', 'trigger_id', 'enterprise_id', 'client_msg_id']
/** Tornado handler bases of Jupyter Server, the classic notebook and JupyterHub, in a module that imports one of them. */
const JUPYTER_HANDLER = /^(APIHandler|JupyterHandler|IPythonHandler|ExtensionHandlerMixin)$/
const IMPORTS_JUPYTER = /^\s*(import|from)\s+(jupyter_server|notebook|jupyterhub)\b/m
/**
 * SQLModel re-exports SQLAlchemy's statement API (`from sqlmodel import select, text`): the same functions under
 * another module's name, read as the SQLAlchemy ones they are.
 */
const SQLMODEL_REEXPORT = /^sqlmodel\.(select|text|literal_column|column|table|and_|or_|not_|func|asc|desc|bindparam|case|cast|delete|insert|update|join|outerjoin|union|union_all|distinct|exists|tuple_|null|true|false)$/
function reexported(qname: string): string {
  return SQLMODEL_REEXPORT.test(qname) ? `sqlalchemy.${qname.slice('sqlmodel.'.length)}` : qname
}

/** Strawberry's resolver decorators, and Ariadne's bindable `@query.field("name")` in a module that imports ariadne. */
const STRAWBERRY_RESOLVER = /^@strawberry(_django)?\.(field|mutation|subscription)\b/
const ARIADNE_RESOLVER = /^@\w+\.field\(\s*["']/
const IMPORTS_ARIADNE = /^\s*(import|from)\s+ariadne\b/m
const IMPORTS_GRAPHENE = /^\s*(import|from)\s+graphene\b/m
/** `import grpc`, `from grpc import aio`, or the generated `*_pb2_grpc` module the servicer base comes from. */
const IMPORTS_GRPC = /^\s*(import|from)\s+(grpc\b|[\w.]*_pb2_grpc\b)|^\s*from\s+[\w.]+\s+import\s+[^\n]*\b\w+_pb2_grpc\b/m
/** Argument annotations that let no text through: numbers, flags, IDs GraphQL checks as ints, enums by name. */
const GRAPHQL_SCALAR = /^(Optional\[)?(int|float|bool|datetime|date|Decimal|UUID|uuid\.UUID|strawberry\.ID)\]?(\|None)?$/

/** The function resolves a GraphQL field: its parameters after `info` are the query's arguments. */
function graphqlResolver(name: string, decorators: readonly string[], params: readonly string[], source: string): boolean {
  // Strawberry passes `info` only to resolvers that ask for it.
  if (decorators.some((d) => STRAWBERRY_RESOLVER.test(d))) return true
  const info = params.indexOf('info')
  if (info < 0 || info > 2) return false
  if (decorators.some((d) => ARIADNE_RESOLVER.test(d)) && IMPORTS_ARIADNE.test(source)) return true
  return /^(resolve_\w+|mutate)$/.test(name) && IMPORTS_GRAPHENE.test(source)
}

/** A condition that holds when the check failed: `not ok(x)`, `x not in ALLOWED`, `x != y`, or an `or` of such. */
function negative(cond: SNode, text: (n: SNode) => string): boolean {
  if (cond.type === 'parenthesized_expression') return namedChildren(cond)[0] ? negative(namedChildren(cond)[0]!, text) : false
  if (cond.type === 'not_operator') return true
  // `if addr.is_private or addr.is_loopback: abort(400)`: the address is named for what must be refused.
  if (cond.type === 'attribute') return /^is_(private|loopback|link_local|reserved|multicast|unspecified|site_local)$/.test(text(field(cond, 'attribute') ?? cond))
  // `".." in name`, `os.sep in name`: a probe for something bad in the value.
  if (cond.type === 'comparison_operator' && /^([rbuf]?["']|os\.(path\.)?(sep|altsep)$)/.test(text(namedChildren(cond)[0] ?? cond))) return true
  if (cond.type === 'comparison_operator') return cond.children.some((c) => !c.named && /^(not in|!=|is not|not|<|>|<=|>=)$/.test(text(c)))
  // `is_unsafe(x)`, `is_private(host)`, `contains_traversal(p)`: named for the failure.
  if (cond.type === 'call') return /un(safe|trusted|known)|invalid|not_?allowed|disallow|forbidden|private|internal|blocked|(^|[._])bad|malicious|suspicious|travers|dangerous/i.test(text(field(cond, 'function') ?? cond)) || escapeProbe(cond, text)
  if (cond.type === 'boolean_operator') {
    const op = cond.children.find((c) => !c.named)
    const parts = [field(cond, 'left'), field(cond, 'right')].filter((p): p is SNode => !!p)
    // `if bad(x) or not ok(x): …`: a disjunction with a failed check in it rejects.
    // `if host != HOST and not host.endswith(SUFFIX): abort()`: a conjunction of failed checks rejects too.
    return !!op && ((text(op) === 'or' && parts.some((p) => negative(p, text))) || (text(op) === 'and' && parts.every((p) => negative(p, text))))
  }
  return false
}

/**
 * A probe for a path that climbs or is absolute: `name.startswith("..")`, `os.path.isabs(p)`.
 * True means the check failed.
 */
function escapeProbe(call: SNode, text: (n: SNode) => string): boolean {
  const callee = text(field(call, 'function') ?? call)
  if (/^(os\.path\.|posixpath\.|ntpath\.)?isabs$|\.is_absolute$/.test(callee)) return true
  const arg = namedChildren(field(call, 'arguments') ?? call)[0]
  // Not `startswith("/")`: for a URL that is the check that passes (a path on this site).
  return /\.startswith$/.test(callee) && !!arg && /^([rbu]?["']\.\.["']|os\.pardir)$/.test(text(arg))
}

/** The block assigns one of `names` at its top level. */
function reassigns(block: SNode, names: ReadonlySet<string>, text: (n: SNode) => string): boolean {
  return namedChildren(block).some((st) => {
    const a = st.type === 'expression_statement' ? namedChildren(st)[0] : undefined
    const target = a?.type === 'assignment' ? field(a, 'left') : undefined
    return target?.type === 'identifier' && names.has(text(target))
  })
}

/** The block sets `name` to a literal at its top level (`nxt = "/"`). */
function replacedByLiteral(block: SNode, name: string, text: (n: SNode) => string): boolean {
  return namedChildren(block).some((st) => {
    const a = st.type === 'expression_statement' ? namedChildren(st)[0] : undefined
    const target = a?.type === 'assignment' ? field(a, 'left') : undefined
    const value = a?.type === 'assignment' ? field(a, 'right') : undefined
    return target?.type === 'identifier' && text(target) === name && !!value && /^(string|integer|none|true|false)$/.test(value.type) && !value.children.some((c) => c.type === 'interpolation')
  })
}

/** A single-record lookup (`User.query.filter_by(email=email).first()`, `Account.objects.filter(email=email).first()`, `get_or_none(...)`). */
const RECORD_LOOKUP_BINDING = /\b(filter_by|filter|where|get_or_none|find_one)\s*\(.*\)(\s*\.\s*(first|one_or_none|scalar_one_or_none|scalar)\s*\(\s*\))?\s*$/
const ENDS_AS_ONE_RECORD = /(\.(first|one_or_none|scalar_one_or_none|scalar)\s*\(\s*\)|\b(get_or_none|find_one)\s*\(.*\))\s*$/

/**
 * A test of whether a lookup found its record (`if user:`, `if user is not None:`, `if not user:`, `if user is None:`),
 * with the names the lookup matched on (`filter_by(email=email)`, `filter(User.email == email)`), when the tested name's
 * one binding in the function is that lookup. `present` is true when the branch runs with the record found.
 */
function foundRecordKeys(cond: SNode, scope: string, text: (n: SNode) => string): { present: boolean; keys: string[] } | undefined {
  let c = cond
  while (c.type === 'parenthesized_expression' && namedChildren(c)[0]) c = namedChildren(c)[0]!
  let present = true
  if (c.type === 'not_operator') {
    present = false
    c = field(c, 'argument') ?? c
  } else if (c.type === 'comparison_operator') {
    const [left, right] = namedChildren(c)
    const op = c.children.filter((x) => !x.named).map(text).join(' ')
    if (!left || right?.type !== 'none' || !/^is( not)?$/.test(op)) return undefined
    present = op === 'is not'
    c = left
  }
  if (c.type !== 'identifier') return undefined
  const bindings = [...scope.matchAll(new RegExp(`^[ \\t]*${text(c)}\\s*(?::[^=\\n]+)?=(?!=)\\s*(?:await\\s+)?(.+)$`, 'gm'))].map((x) => x[1]!.trim())
  const only = bindings.length === 1 ? bindings[0]! : undefined
  if (!only || !RECORD_LOOKUP_BINDING.test(only) || !ENDS_AS_ONE_RECORD.test(only)) return undefined
  const keys = [...only.matchAll(/(?:\b\w+\s*=(?!=)|==)\s*([A-Za-z_]\w*)\s*(?=[,)])/g)].map((x) => x[1]!).filter((k) => !/^(True|False|None)$/.test(k))
  return keys.length > 0 ? { present, keys } : undefined
}

/** The block ends by leaving: `return`, `raise`, `continue`, `break`, or an `abort()`/`sys.exit()` call. */
function exits(block: SNode, text: (n: SNode) => string): boolean {
  const last = namedChildren(block).filter((c) => c.type !== 'comment').pop()
  if (!last) return false
  if (/^(return_statement|raise_statement|continue_statement|break_statement)$/.test(last.type)) return true
  let call = last.type === 'expression_statement' ? namedChildren(last)[0] : undefined
  if (call?.type === 'await') call = namedChildren(call)[0]
  const callee = call?.type === 'call' ? field(call, 'function') : undefined
  // gRPC's `context.abort(code, details)` (awaited under grpc.aio) raises to end the RPC.
  return !!callee && /^(abort|flask\.abort|bottle\.abort|sys\.exit|exit|os\._exit|_?context\.abort)$/.test(text(callee))
}

/** How a class's `__init__` is keyed among fed helpers (no function name holds a dot). */
const constructorKey = (className: string): string => `${className}.__init__`

/** The right-hand operand of a comparison (`name` in `".." in name`). */
const right0 = (n: SNode): SNode | undefined => namedChildren(n)[1]

/** A function named for what it vouches for (`validate_url`, `ensure_allowed_host`, `check_safe_path`); `assert_called`-style names that only check presence do not count. */
const GUARD = /^_?(assert|validate|ensure|verify|check|guard|require)_?\w*(safe|allowed|allow_?list|whitelist|valid|public|known|permitted|trusted|url|uri|host|path|table|column|file_?name|identifier|domain|origin)\w*$/i

/** `ipaddress` properties that classify an address as internal or not (`addr.is_private`, `ip.is_global`). */
const ADDRESS_CLASS = /^is_(private|loopback|link_local|reserved|global|multicast|unspecified|site_local)$/

const VALIDATOR = /safe|valid|allow|permit|trust|whitelist|public|private|internal|is_relative_to|fullmatch|^match$|isdigit|isalnum|isalpha|isidentifier|isnumeric|isdecimal/i
/** Loop bodies run twice so values carried around the loop reach their uses. */
const LOOP_PASSES = 2

export function analysePython(root: SNode, ctx: PassContext): void {
  new PythonPass(ctx).run(root)
}

/** The function of this file a value names (`local.job` → `job`). */
function localFunctionName(v: Value | undefined): string | undefined {
  return v?.qname?.startsWith('local.') ? v.qname.slice(6) : undefined
}

/** The function of this file passed by name as argument `i` (`executor.submit(job, …)`). */
function localFunctionAt(argNodes: readonly SNode[], args: readonly Value[], i: number): string | undefined {
  return argNodes[i]?.type === 'identifier' ? localFunctionName(args[i]) : undefined
}

class PythonPass {
  private readonly queue: PendingFunction[] = []
  private readonly module = Env.root()

  constructor(private readonly ctx: PassContext) {}

  run(root: SNode): void {
    this.block(root, this.module, MODULE_FACTS)
    this.literalCallers(root)
    for (const seed of this.ctx.crossFile?.seeds ?? []) this.seedFromOtherFile(seed)
    for (let i = 0; i < this.queue.length && this.ctx.budget.ok(); i++) {
      const job = this.queue[i]!
      const env = job.env.child()
      for (const [name, value] of job.params ?? []) env.set(name, value)
      const body = field(job.node, 'body')
      this.current = job
      if (body) this.block(body, env, job.facts)
      this.current = undefined
      this.readHelpers.add(job.facts.name)
      // Once every function has been read, helpers that were handed request data are read again with it.
      if (i === this.queue.length - 1) this.rerunFed()
    }
    if (this.ctx.crossFile?.summarise) this.summarise(root, this.ctx.crossFile.summarise)
  }

  /**
   * For callers in other files of the changeset: what each module-level function (and each method of a module-level
   * class, as `Class.method`) returns when its parameters hold request data, read as `throughCleaningHelper` reads a
   * local helper at its call. A function without a `return` of a value, or that defines others inside, has no summary
   * (its callers keep what they assumed).
   */
  private summarise(root: SNode, record: (key: string, summary: CrossFileSummary) => void): void {
    const atTop = (n: SNode): boolean => n.parent === root || (n.parent?.type === 'decorated_definition' && n.parent.parent === root)
    for (const [name, helper] of this.helpers) {
      const node = helper.job.node
      const def = node.parent?.type === 'decorated_definition' ? node.parent : node
      const classNode = def.parent?.type === 'block' ? def.parent.parent : undefined
      const cls = helper.method && classNode?.type === 'class_definition' && atTop(classNode) ? this.instance.classFor(node) : undefined
      if (!(helper.method ? cls : atTop(node)) || helper.job.facts.handler) continue
      const key = cls ? `${cls}.${name}` : name
      const own = this.helperTaint.get(name)
      if (own?.taint) {
        record(key, { untainted: false, safe: own.safe ?? 0, source: relocatedTaint(own.taint, own.taint.line, `${this.ctx.path} line ${own.taint.line}`) })
        continue
      }
      if (helper.params.length === 0) continue
      const body = field(node, 'body')
      if (!body || this.definesInside(body) || /\byield\b/.test(this.text(body))) continue
      const env = helper.job.env.child()
      const line = this.ctx.rowOf(node.start) + 1
      for (const p of helper.params) if (!/^(self|cls)$/.test(p)) env.set(p, { taint: { source: p, line } })
      const returned = this.readReturns(helper.job, body, env)
      if (returned.length === 0) continue
      const untainted = returned.every((v) => !v.taint)
      const opened = returned.every((v) => hasTag(v, TAG.readOnlyFile))
      record(key, { untainted, safe: untainted ? 0 : returned.reduce<number>((acc, v) => acc & (v.safe ?? 0), SAFE.all), ...(opened ? { tags: TAG.readOnlyFile } : {}) })
    }
  }

  /** What a helper's body returns when read once more in `env`, its parameters bound there. */
  private readReturns(job: PendingFunction, body: SNode, env: Env): Value[] {
    const capture = { facts: job.facts, values: [] as Value[] }
    const outer = this.capture
    this.capture = capture
    this.captureDepth++
    try {
      this.block(body, env, job.facts)
    } finally {
      this.capture = outer
      this.captureDepth--
    }
    return capture.values
  }

  /**
   * A module-level function of this file that another file of the changeset called with request data
   * (`fetch_page(request.args["url"])` in the views): its parameters hold that data on a second reading.
   */
  private seedFromOtherFile(seed: CrossFileSeed): void {
    // `ReportService.render`: a method, fed by its own name when the class holding it is the one named.
    const dot = seed.name.indexOf('.')
    const name = dot < 0 ? seed.name : seed.name.slice(dot + 1)
    const helper = this.helpers.get(name)
    if (!helper || helper.job.facts.handler || helper.params.length === 0) return
    if (dot < 0 ? helper.method : !helper.method || this.instance.classFor(helper.job.node) !== seed.name.slice(0, dot)) return
    const line = this.ctx.rowOf(helper.job.node.start) + 1
    const moved = (v: Value): Value => (v.taint ? { ...v, taint: relocatedTaint(v.taint, line, seed.from, seed.added) } : v)
    // An instance's (or a classmethod's) first parameter is the object the call was made on.
    const offset = helper.method && /^(self|cls)$/.test(helper.params[0] ?? '') ? 1 : 0
    this.feedParams(name, helper.params, offset, seed.args.map(moved), new Map([...seed.kwargs].map(([k, v]) => [k, moved(v)])))
  }

  /** Parameters every call in a new script fills with a literal hold that literal's kind of value: the program's own text. */
  private literalCallers(root: SNode): void {
    const topLevel = (n: SNode): boolean => n.parent === root || (n.parent?.type === 'decorated_definition' && n.parent.parent === root)
    const fns = [...this.helpers].filter(([, h]) => !h.method && !h.job.facts.handler && topLevel(h.job.node))
    const wholeFileNew = namedChildren(root).every((c) => this.ctx.addedIn(c))
    const literal = literalOnlyParams(root, this.ctx.text, this.ctx.path, fns.map(([name, h]) => ({ name, params: h.params })), wholeFileNew)
    for (const [name, params] of literal) {
      const job = this.helpers.get(name)!.job
      for (const p of params) if (!job.params?.has(p)) job.params?.set(p, constant())
    }
    const handlers = new Map([...this.helpers.values()].filter((h) => !h.method).map((h) => [h.job.node.start, h.job.facts.handler]))
    for (const name of callersInView(root, this.ctx.text, fns.map(([n, h]) => ({ name: n, params: h.params })), (def) => handlers.get(def.start), wholeFileNew)) {
      this.helpers.get(name)!.job.facts.callersInView = true
    }
  }

  /** Request data saved on models here, by model and field, for records of them loaded elsewhere in the file. */
  private readonly stored = new StoredFields()
  /** Django ModelForms bound to request data, by the value the form was bound to, with the model each is named for. */
  private readonly modelForms = new WeakMap<Value, string>()

  /** `Template(body=request.form["body"])`, `Template.objects.create(body=…)`, `….filter(…).update(body=…)`: the fields saved from request data. */
  private savedFields(name: string, receiver: Value | undefined, kwargs: Map<string, Value>, node: SNode): void {
    // A class called by name (`Template(...)`, `models.Template(...)`), or a query's save methods.
    const constructed = /^[A-Z]\w*$/.test(name) && !receiver?.taint
    const model = constructed ? name : receiver && /^(create|update|update_or_create|get_or_create)$/.test(name) ? queriedModel(receiver) : undefined
    if (!model) return
    const line = this.ctx.rowOf(node.start) + 1
    for (const [k, v] of kwargs) {
      const saved = k === 'defaults' ? [...(v.fields ?? [])] : [[k, v] as const]
      for (const [f, fv] of saved) this.queue.push(...this.stored.write(model, f, fv, line))
    }
  }

  /** Local functions and methods by name, with their parameter names (for call sites in the same file). */
  private readonly helpers = new Map<string, { job: PendingFunction; params: string[]; method: boolean }>()

  /** Request data passed to a local helper, by helper name and parameter: `service.notify(request.json["url"])`. */
  private readonly fed = new Map<string, Map<string, Value>>()
  private readonly rerun = new Set<string>()
  private readonly classes = new Set<string>()
  /** Flask-WTF forms defined here: built with no arguments, they read the request's form on their own. */
  private readonly requestForms = new Set<string>()
  /** Request data kept on `self` by one method and read by another. */
  private readonly instance = new InstanceState()
  /** The class whose body is being read. */
  private className: string | undefined
  /** Reading the body of a Tornado `RequestHandler` subclass. */
  private tornadoClass = false
  /** Classes defined here that derive from Tornado's `RequestHandler`, directly or through another one. */
  private readonly tornadoBases = new Set<string>()
  /** Reading the body of a class-based view (Django `View`/DRF `APIView`/`ViewSet`, Flask `MethodView`). */
  private viewClass = false
  /** Reading the body of a Django management command (`class Command(BaseCommand)`). */
  private commandClass = false
  /** Reading the body of a Django Channels consumer (`class Board(AsyncJsonWebsocketConsumer)`). */
  private channelsConsumer = false
  /** Reading the body of a gRPC servicer (`class Store(store_pb2_grpc.StoreServicer)`) in a module that imports grpc. */
  private grpcServicer = false
  /** Reading the body of a Scrapy spider (`class Catalog(scrapy.Spider)`). */
  private scrapySpider = false
  /** Inside a Socket.IO namespace class, whose `on_<event>` methods receive what the client emitted. */
  private socketioNamespace = false

  /** A definition's parameter names, up to the first `*args`, `*` or `**kwargs` (positions after them are unknown). */
  private paramNames(node: SNode): string[] {
    const list = field(node, 'parameters')
    const params: string[] = []
    for (const p of list ? namedChildren(list) : []) {
      if (/splat|keyword_separator/.test(p.type)) break
      const nameNode = parameterName(p)
      if (nameNode) params.push(this.text(nameNode))
    }
    return params
  }

  /** The literal a parameter defaults to (`table: str = "orders"`), when `valueNode` names that parameter of `fnNode`. */
  private literalDefault(fnNode: SNode | undefined, valueNode: SNode): Value | undefined {
    const list = fnNode && valueNode.type === 'identifier' ? field(fnNode, 'parameters') : undefined
    const name = this.text(valueNode)
    for (const p of list ? namedChildren(list) : []) {
      if (!/default_parameter$/.test(p.type) || this.text(field(p, 'name') ?? p) !== name) continue
      const dflt = field(p, 'value')
      if (dflt?.type === 'string' && !namedChildren(dflt).some((c) => c.type === 'interpolation')) return constant(namedChildren(dflt).filter((c) => c.type === 'string_content').map((c) => this.text(c)).join(''))
      return dflt && /^(integer|float|true|false)$/.test(dflt.type) ? constant(this.text(dflt)) : undefined
    }
    return undefined
  }

  private noteHelper(node: SNode, job: PendingFunction, method: boolean): void {
    const params = this.paramNames(node)
    const prior = this.helpers.get(job.facts.name)
    // The same definition met again (a nested helper of a function read twice) is the same helper.
    if (prior?.job.node.start === node.start) return
    // Two helpers of one name: the call cannot say which one runs.
    if (prior) this.helpers.set(job.facts.name, { job, params: [], method })
    else this.helpers.set(job.facts.name, { job, params, method })
  }

  /**
   * A call to a helper defined in this file: its request-data arguments are the helper's
   * parameters on a second reading. Plain functions are matched by their resolved name, methods
   * only through `self`/`cls` or an instance of a class defined here, so a same-named method of
   * another library is never taken for them.
   */
  private feedHelper(qname: string | undefined, name: string, receiver: Value | undefined, receiverText: string | undefined, args: Value[], kwargs: Map<string, Value>, queued = false): void {
    // `Exporter(request.args["path"])`: a class defined here is built through its `__init__`.
    const ctor = qname === `local.${name}` && this.classes.has(name) ? this.constructors.get(constructorKey(name)) : undefined
    if (ctor) return this.feedParams(constructorKey(name), ctor.params, 1, args, kwargs)
    const helper = this.helpers.get(name)
    if (!helper || helper.job.facts.handler || helper.params.length === 0) return
    const viaInstance = receiver !== undefined && (/^(self|cls)$/.test(receiverText ?? '') || (receiver.qname?.startsWith('local.') ?? false))
    if (helper.method ? !viaInstance : qname !== `local.${name}`) return
    // Queued through Celery, a module-level function whose first parameter is `self` is a bound task (`@shared_task(bind=True)`):
    // Celery passes the task itself there, and `import_feed.delay(url, template)` fills the parameters after it.
    const offset = (helper.method || queued) && /^(self|cls)$/.test(helper.params[0] ?? '') ? 1 : 0
    this.feedParams(name, helper.params, offset, args, kwargs)
  }

  private feedParams(key: string, params: string[], offset: number, args: Value[], kwargs: Map<string, Value>): void {
    const pick = (v: Value | undefined, param: string | undefined): void => {
      if (!v?.taint || !param || /^(self|cls)$/.test(param)) return
      let bag = this.fed.get(key)
      if (!bag) this.fed.set(key, (bag = new Map()))
      // A body model's typed fields (`tone: Literal[...]`) stay typed in the helper it is handed to.
      if (!bag.has(param)) bag.set(param, { taint: v.taint, ...(v.safe ? { safe: v.safe } : {}), ...(v.fields ? { fields: v.fields } : {}) })
    }
    args.forEach((v, i) => pick(v, params[i + offset]))
    for (const [k, v] of kwargs) if (params.includes(k)) pick(v, k)
  }

  /** Each class's `__init__`, by `constructorKey(class)`: methods of one name in several classes are told apart here. */
  private readonly constructors = new Map<string, { job: PendingFunction; params: string[] }>()

  /**
   * A local function handed to something that calls it later with the arguments given here:
   * `background_tasks.add_task(deliver, body.url)`, `executor.submit(fetch, url)`,
   * `loop.run_in_executor(None, fetch, url)`, `threading.Thread(target=fetch, args=(url,))`, and a
   * Celery task or Dramatiq actor queued from this file (`fetch.delay(url)`, `fetch.apply_async(args=[url])`, `fetch.send(url)`).
   * (Module-level helpers, not closures: this runs for every call, and four closures made per call were 2% of a review's allocation.)
   */
  private feedDeferred(name: string, receiver: Value | undefined, argNodes: SNode[], args: Value[], kwargs: Map<string, Value>): void {
    if (receiver && /^(add_task|submit|start_soon|enqueue|spawn|to_thread|run_sync)$/.test(name)) {
      const rest = new Map([...kwargs].filter(([k]) => !/^(job_timeout|timeout|result_ttl|name|depends_on|at_front)$/.test(k)))
      this.feedDeferredTo(localFunctionAt(argNodes, args, 0), args.slice(1), rest)
    } else if (receiver && name === 'run_in_executor') this.feedDeferredTo(localFunctionAt(argNodes, args, 1), args.slice(2))
    else if (/^(Thread|Process|Timer)$/.test(name)) {
      const target = localFunctionName(kwargs.get('target'))
      this.feedDeferredTo(target, kwargs.get('args')?.elements ?? [], kwargs.get('kwargs')?.fields ?? new Map())
    } else if (receiver && /^(delay|apply_async|s|si|signature|send|send_with_options)$/.test(name)) {
      // Dramatiq queues an actor with `archive.send(id, label)` / `send_with_options(args=(...), kwargs={...})`; on a
      // function of this file, `send` is no socket's.
      const found = localFunctionName(receiver)
      // A class of this file has its own methods of those names (`Mailer.send(msg)`), no constructor call.
      const task = found && !this.classes.has(found) ? found : undefined
      if (name === 'apply_async' || name === 'send_with_options') this.feedDeferredTo(task, (kwargs.get('args') ?? args[0])?.elements ?? [], kwargs.get('kwargs')?.fields ?? new Map(), true)
      else this.feedDeferredTo(task, args, kwargs, true)
    }
  }

  private feedDeferredTo(target: string | undefined, passed: Value[], named: Map<string, Value> = new Map(), queued = false): void {
    if (target) this.feedHelper(`local.${target}`, target, undefined, undefined, passed, named, queued)
  }

  /** Return values of the helper being read for one call site (see `throughCleaningHelper`). */
  private capture: { facts: FunctionFacts; values: Value[] } | undefined
  private captureDepth = 0

  /**
   * A plain local helper handed request data (`_safe_path_for(request.args["f"])`) is read with
   * it at the call, as `rerunFed` would read it later: when every value it returns has lost the
   * taint or been sanitised (`os.path.join(BASE, os.path.basename(name))`), the call's result
   * says so. Only taint, sanitisers and whether the change touched a return are taken from the reading.
   */
  private throughCleaningHelper(qname: string | undefined, name: string, receiver: Value | undefined, receiverText: string | undefined, args: Value[], kwargs: Map<string, Value>, result: Value): Value {
    const helper = this.helpers.get(name)
    // A helper read at its call may call another (`_on_pull_request(payload)` slugging the branch with `_slug(ref)`): one level deeper, no more.
    if (this.captureDepth >= 2 || !helper || helper.method || helper.job.facts.handler || helper.params.length === 0 || qname !== `local.${name}` || receiver !== undefined || receiverText !== undefined) return result
    const body = field(helper.job.node, 'body')
    // Nested definitions would be queued again on every reading.
    if (!body || this.definesInside(body)) return result
    const env = helper.job.env.child()
    for (const [k, v] of helper.job.params ?? []) env.set(k, v)
    let fed = false
    const bind = (v: Value | undefined, param: string | undefined): void => {
      if (!v?.taint || !param) return
      // A body model's typed fields (`tone: Literal[...]`) stay typed in the helper it is handed to.
      env.set(param, v.fields ? { ...carriedTaint(v), fields: v.fields } : carriedTaint(v))
      fed = true
    }
    args.forEach((v, i) => bind(v, helper.params[i]))
    for (const [k, v] of kwargs) if (helper.params.includes(k)) bind(v, k)
    if (!fed) return result
    const returned = this.readReturns(helper.job, body, env)
    if (returned.length === 0) return result
    if (returned.every((v) => !v.taint)) {
      const { taint: _taint, safe: _safe, ...rest } = result
      return returned.every(isInert) ? { ...rest, inert: true } : rest
    }
    // An LDAP filter the helper formats with every value escaped (`f"(uid={escape_filter_chars(u)})"`) keeps that for its caller.
    const safe = returned.reduce((acc, v) => acc & (v.taint ? (v.safe ?? 0) | ((v.built?.safe ?? 0) & SAFE.ldap) : SAFE.all | SAFE.ldap), SAFE.all | SAFE.ldap)
    // One list or dict built and returned (`return [{"role": "system", "content": f"You are {persona}."}, …]`):
    // the caller gets its entries, so a sink that reads them by position or key (an LLM's system message) sees them.
    const shaped = returned.length === 1 && (returned[0]!.elements || returned[0]!.fields) ? { elements: returned[0]!.elements, fields: returned[0]!.fields } : undefined
    let reshaped = shaped ? { ...result, ...(shaped.elements ? { elements: shaped.elements } : {}), ...(shaped.fields ? { fields: shaped.fields } : {}) } : result
    // A helper that builds and returns an object holding the request's text for later use (`build_env(source)` returning
    // `Environment(loader=DictLoader({...: source}))`, a prepared request) hands the caller that object, not just its taint.
    const marker = returned.length === 1 ? returned[0]!.qname : undefined
    if (marker && REQUEST_HOLDERS.has(marker) && returned[0]!.taint) reshaped = { ...reshaped, qname: marker }
    // A return the change rewrote (`return os.path.join(EXPORT_DIR, name.lstrip("/"))`) is a step of the flow the
    // change made, so an unchanged sink the result reaches reports it.
    const out = returned.some((v) => v.taint && v.added) && !reshaped.added ? { ...reshaped, added: true } : reshaped
    return safe ? { ...out, safe: (out.safe ?? 0) | safe } : out
  }

  private definesInside(node: SNode): boolean {
    return node.children.some((c) => c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'decorated_definition' || (c.named && this.definesInside(c)))
  }

  private rerunFed(): void {
    for (const [name, bag] of this.fed) {
      if (this.rerun.has(name)) continue
      this.rerun.add(name)
      const job = this.helpers.get(name)?.job ?? this.constructors.get(name)?.job
      if (!job) continue
      this.queue.push({ ...job, params: new Map([...(job.params ?? []), ...bag]) })
    }
  }

  /**
   * Local helpers whose return carries PRNG output or a weak digest: their callers get the same
   * tag, anchored at the call. Helpers are read in definition order (a later one is not seen).
   */
  private readonly helperTags = new Map<string, number>()

  /** Local helpers that return request data they read themselves (`def _requested_name(): return request.args["f"]`). */
  private readonly helperTaint = new Map<string, Value>()
  /** The function whose body is being read, and the helpers whose bodies have been. */
  private current: PendingFunction | undefined
  private readonly readHelpers = new Set<string>()
  /**
   * Functions that called a local helper before its body was read (a handler above the helper it
   * uses), by helper name: they are read again once the helper turns out to return request data.
   */
  private readonly awaiting = new Map<string, Set<PendingFunction>>()
  private readonly rereadForHelper = new Set<PendingFunction>()

  private helperLearned(name: string): void {
    for (const job of this.awaiting.get(name) ?? []) {
      if (this.rereadForHelper.has(job)) continue
      this.rereadForHelper.add(job)
      this.queue.push(job)
    }
    this.awaiting.delete(name)
  }

  /** Local helpers that return the parsed command line (`def parse_args(argv): return parser.parse_args(argv)`). */
  private readonly helperNamespace = new Set<string>()
  /**
   * Local helpers whose returns are psycopg compositions (`def _order_by(sort): return sql.SQL("ORDER BY {}").format(sql.Identifier(col))`),
   * and those with some return that is not: a call of the first kind composes into a query as the composition itself would.
   */
  private readonly helperComposed = new Set<string>()
  private readonly helperNotComposed = new Set<string>()
  /** The same for files opened for reading (`def open_report(name): return open(path, "rb")`): what the call returns is that open file. */
  private readonly helperOpened = new Set<string>()
  private readonly helperNotOpened = new Set<string>()

  private noteReturn(fn: FunctionFacts, v: Value): void {
    if (fn.name === '<module>') return
    if (v.qname !== PSYCOPG_COMPOSED) this.helperNotComposed.add(fn.name)
    else if (!this.helperComposed.has(fn.name)) {
      this.helperComposed.add(fn.name)
      if (!this.helperNotComposed.has(fn.name)) this.helperLearned(fn.name)
    }
    if (!hasTag(v, TAG.readOnlyFile)) this.helperNotOpened.add(fn.name)
    else if (!this.helperOpened.has(fn.name)) {
      this.helperOpened.add(fn.name)
      if (!this.helperNotOpened.has(fn.name)) this.helperLearned(fn.name)
    }
    if (v.qname === CLI_NAMESPACE && !this.helperNamespace.has(fn.name)) {
      this.helperNamespace.add(fn.name)
      this.helperLearned(fn.name)
    }
    // Also where a helper's path points (`cache_path()` under `tempfile.gettempdir()`).
    const tags = (v.tags ?? 0) & (TAG.insecureRandom | TAG.weakHash | TAG.sharedTemp | TAG.unpredictable)
    const had = this.helperTags.get(fn.name) ?? 0
    if (tags && (had | tags) !== had) {
      this.helperTags.set(fn.name, had | tags)
      this.helperLearned(fn.name)
    }
    // Only a source read inside the helper: a parameter's taint is the caller's argument, already followed.
    const readHere = !!v.taint && !!fn.node && this.ctx.rowOf(fn.node.start) < v.taint.line - 1 && v.taint.line - 1 <= this.ctx.rowOf(fn.node.end)
    // Or read from the instance (`return os.path.join(self.root, self.filename)`): no parameter of this helper carries it.
    if (v.taint && fn.node && (readHere || this.instance.cameThroughInstance(v.taint)) && !this.helperTaint.has(fn.name)) {
      this.helperTaint.set(fn.name, carriedTaint(v))
      this.helperLearned(fn.name)
    }
  }

  private throughHelper(qname: string | undefined, name: string, node: SNode, result: Value, receiverText?: string): Value {
    // A method called on the instance (`self._path()`) is the helper of that name defined in a class here.
    // So is one called on an instance of a class defined here (`PreviewSource(url).endpoint()`, qname `local.PreviewSource.endpoint`).
    const onInstance = /^local\.\w+\.\w+$/.test(qname ?? '') && this.classes.has(qname!.split('.')[1]!) && this.helpers.get(name)?.method
    const local = onInstance ? name : qname?.startsWith('local.') ? qname.slice(6) : /^(self|cls)$/.test(receiverText ?? '') && this.helpers.get(name)?.method ? name : undefined
    const returned = local !== undefined ? this.helperTaint.get(local) : undefined
    if (local !== undefined && this.helperNamespace.has(local)) return { qname: CLI_NAMESPACE }
    if (local !== undefined && this.helperComposed.has(local) && !this.helperNotComposed.has(local)) return { qname: PSYCOPG_COMPOSED, inert: true }
    if (local !== undefined && this.current && this.helpers.has(local) && !this.helperTaint.has(local) && this.current.facts.name !== local) {
      let callers = this.awaiting.get(local)
      if (!callers) this.awaiting.set(local, (callers = new Set()))
      callers.add(this.current)
    }
    if (returned && !result.taint) result = { ...derive([result, returned], ~0), taint: returned.taint }
    if (local !== undefined && this.helperOpened.has(local) && !this.helperNotOpened.has(local) && !hasTag(result, TAG.readOnlyFile)) result = { ...result, tags: (result.tags ?? 0) | TAG.readOnlyFile }
    const tags = local !== undefined ? this.helperTags.get(local) : undefined
    if (!tags || hasTag(result, tags)) return result
    // A call made from constants is not constant when the helper draws random numbers.
    const { constant: _constant, str: _str, ...rest } = result
    return { ...rest, tags: (result.tags ?? 0) | tags, madeAt: this.ctx.rowOf(node.start) + 1, madeBy: `${name}()` }
  }

  private text(node: SNode): string {
    return this.ctx.text.slice(node.start, node.end)
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
        for (const c of namedChildren(node)) {
          if (c.type === 'assignment') this.assign(c, env, fn, node)
          else if (c.type === 'augmented_assignment') this.augmented(c, env, fn, node)
          else {
            this.expr(c, env, fn, node)
            this.guardCall(c, env, fn)
          }
        }
        return
      case 'return_statement': {
        const valueNode = namedChildren(node)[0]
        const value = valueNode ? this.expr(valueNode, env, fn, node) : constant()
        if (this.capture && fn === this.capture.facts) this.capture.values.push(this.onAdded(node, value))
        this.noteReturn(fn, value)
        if (valueNode) this.ctx.emit({ kind: 'return', stmt: node, fn, value, valueNode })
        return
      }
      case 'if_statement':
        return this.ifStatement(node, env, fn)
      case 'match_statement':
        return this.matchStatement(node, env, fn)
      case 'for_statement':
        return this.forStatement(node, env, fn)
      case 'while_statement': {
        const cond = field(node, 'condition')
        const body = field(node, 'body')
        const entry = env.fork()
        for (let pass = 0; pass < LOOP_PASSES; pass++) {
          if (cond) this.expr(cond, env, fn, node)
          if (body) this.block(body, env, fn)
        }
        env.mergeFrom(entry, env.fork())
        const alt = field(node, 'alternative')
        if (alt) this.blockOf(alt, env, fn)
        return
      }
      case 'try_statement':
        return this.tryStatement(node, env, fn)
      case 'with_statement':
        return this.withStatement(node, env, fn)
      case 'function_definition':
        return this.defineFunction(node, [], env, fn)
      case 'decorated_definition': {
        const def = field(node, 'definition')
        const decorators = node.children.filter((c) => c.type === 'decorator')
        for (const d of decorators) this.expr(namedChildren(d)[0] ?? d, env, fn, d)
        if (def?.type === 'function_definition') this.defineFunction(def, decorators, env, fn)
        else if (def?.type === 'class_definition') this.defineClass(def, env, fn)
        return
      }
      case 'class_definition':
        return this.defineClass(node, env, fn)
      case 'import_statement':
        return this.importStatement(node, env)
      case 'import_from_statement':
        return this.importFrom(node, env)
      case 'block':
      case 'module':
        return this.block(node, env, fn)
      case 'delete_statement':
        return this.deleteStatement(node, env, fn)
      case 'pass_statement':
      case 'break_statement':
      case 'continue_statement':
      case 'global_statement':
      case 'nonlocal_statement':
      case 'comment':
      case 'future_import_statement':
        return
      default:
        // raise, assert, delete, match, print (py2), ERROR and whatever else: their expressions still run.
        for (const c of namedChildren(node)) {
          if (c.type.endsWith('_statement') || c.type === 'block' || c.type === 'function_definition' || c.type === 'decorated_definition') this.stmt(c, env, fn)
          else this.expr(c, env, fn, node)
        }
    }
  }

  private blockOf(clause: SNode, env: Env, fn: FunctionFacts): void {
    const body = field(clause, 'body') ?? field(clause, 'consequence') ?? clause.children.find((c) => c.type === 'block')
    if (body) this.block(body, env, fn)
  }

  private ifStatement(node: SNode, env: Env, fn: FunctionFacts): void {
    const branches: Env[] = []
    const exited: boolean[] = []
    let hasElse = false
    const cond = field(node, 'condition')
    // `if is_safe(x): …` vouches for `x` inside the branch only; `if not is_safe(x): abort()` for what follows.
    const consequence = field(node, 'consequence')
    // A branch that replaces the checked value (`if urlparse(back).netloc: back = "/"`) is the failure branch, whatever the wording.
    // The check may read a value derived from the one replaced (`parsed = urlparse(target)` … `if parsed.netloc and …: target = "/"`).
    const replaces = !!cond && !!consequence && reassigns(consequence, this.withOrigins(this.rootNames(cond).concat(namedChildren(cond).flatMap((c) => this.rootNames(c))), fn), (n) => this.text(n))
    const positive = !!cond && !replaces && !negative(cond, (n) => this.text(n))
    // A failed check (`if fmt != "json":`) vouches for nothing inside its own branch: only the way around it is checked.
    if (cond && !positive) this.expr(cond, env, fn, node)
    const then = env.fork()
    const around = env.fork()
    // `if "example.com" in nxt: return redirect(nxt)`: whichever way the check is read, the value passed it.
    if (cond) this.weakUrlChecks(cond, then, fn, node)
    if (cond && !positive) this.condition(cond, around, fn, node, false)
    // The way past a replacing branch is the value that passed its check (`if urlparse(nxt).netloc: nxt = "/"`).
    // A check of the content: the parsed host or scheme, a prefix, a pattern, membership or a character class. Not a bare
    // truthiness or emptiness test (`if not nxt: nxt = "/"` only fills in a default), nor a length (`len(name) > 64`).
    const inspects = !!cond && /\.(netloc|scheme|hostname|host)\b|\b(startswith|endswith|match|fullmatch|search)\s*\(|\.is\w+\s*\(|\bis_\w+\s*\(|\bin\b/.test(this.text(cond).replace(/[rbuf]?(["'])(?:\\.|(?!\1).)*\1/g, '""'))
    if (cond && replaces && consequence && inspects) {
      const checked = new Set(this.rootNames(cond).concat(namedChildren(cond).flatMap((c) => this.rootNames(c))))
      // `if "app.example.com" not in nxt: nxt = "/"` still lets `https://evil.example/?app.example.com` through.
      const weak = new Set(this.weakUrlChecks(cond, env, fn))
      for (const id of checked) if (replacedByLiteral(consequence, id, (n) => this.text(n))) this.markSafe(around, id, weak.has(id) ? SAFE.all & ~SAFE.url : SAFE.all, fn)
    }
    if (cond && positive) this.condition(cond, then, fn, node)
    // `user = User.query.filter_by(email=email).first()` then `if user is not None:` (or `if not user: abort(404)` before
    // what follows): the email is the key of a record the system holds, no line break or claim the client made up.
    const lookup = cond && fn.node ? foundRecordKeys(cond, this.text(fn.node), (n) => this.text(n)) : undefined
    const vouchedIn = lookup?.present ? then : lookup && consequence && exits(consequence, (n) => this.text(n)) ? around : undefined
    for (const key of vouchedIn ? lookup!.keys : []) this.markSafe(vouchedIn!, key, SAFE.found, fn)
    if (consequence) this.block(consequence, then, fn)
    // `if DEBUG:` with `DEBUG = False`: a branch the condition never takes assigns nothing anyone sees.
    const text = (n: SNode): string => this.text(n)
    const truth = cond ? staticTruth(cond, text) : undefined
    let reached = truth !== true
    const dead: boolean[] = [truth === false]
    branches.push(then)
    exited.push(!!consequence && exits(consequence, text))
    for (const alt of fields(node, 'alternative')) {
      const branch = around.fork()
      let taken: boolean | undefined
      if (alt.type === 'elif_clause') {
        const c = field(alt, 'condition')
        if (c) this.condition(c, branch, fn, alt)
        taken = c ? staticTruth(c, text) : undefined
      } else hasElse = true
      this.blockOf(alt, branch, fn)
      branches.push(branch)
      dead.push(!reached || taken === false)
      if (taken === true) reached = false
      const body = field(alt, 'body') ?? field(alt, 'consequence') ?? alt.children.find((c) => c.type === 'block')
      exited.push(!!body && exits(body, text))
    }
    if (!hasElse) {
      branches.push(around)
      exited.push(false)
      dead.push(!reached)
    }
    // A branch that returns or raises does not reach the code after the `if`.
    const possible = branches.filter((_, i) => !dead[i])
    const live = branches.filter((_, i) => !exited[i] && !dead[i])
    env.mergeFrom(...(live.length > 0 ? live : possible.length > 0 ? possible : branches))
  }

  /** `del items[0]`, `del opts["k"]`: the container's known positions or keys no longer hold. */
  private deleteStatement(node: SNode, env: Env, fn: FunctionFacts): void {
    for (const target of namedChildren(node).flatMap((c) => (c.type === 'expression_list' ? namedChildren(c) : [c]))) {
      this.expr(target, env, fn, node)
      const objNode = target.type === 'subscript' ? field(target, 'value') : undefined
      const prior = objNode?.type === 'identifier' ? env.get(this.text(objNode)) : undefined
      if (!prior || (!prior.elements && !prior.fields)) continue
      const { elements: _elements, fields: _fields, keyed: _keyed, ...rest } = prior
      env.set(this.text(objNode!), rest)
    }
  }

  /**
   * `match` runs one case: each is a branch from the state before it, its captures take the
   * subject's data, and a subject fixed in the code (`pick = "ABC"[1]`) keeps only the case taken.
   */
  private matchStatement(node: SNode, env: Env, fn: FunctionFacts): void {
    const text = (n: SNode): string => this.text(n)
    const subjectNodes = fields(node, 'subject')
    const subject = derive(subjectNodes.map((s) => this.expr(s, env, fn, node)), ~0)
    const fixed = subjectNodes.length === 1 ? staticValue(subjectNodes[0]!, text) : undefined
    const clauses = (field(node, 'body')?.children ?? []).filter((c) => c.type === 'case_clause')
    const branches: Env[] = []
    const exited: boolean[] = []
    const dead: boolean[] = []
    let matched = false
    let exhaustive = false
    for (const clause of clauses) {
      const branch = env.fork()
      const patterns = clause.children.filter((c) => c.type === 'case_pattern')
      for (const p of patterns) for (const id of capturedNames(p)) branch.set(text(id), derive([subject], ~0))
      const guard = field(clause, 'guard')
      if (guard) this.expr(guard, branch, fn, clause)
      const body = field(clause, 'consequence')
      if (body) this.block(body, branch, fn)
      const taken = fixed === undefined || guard ? undefined : patternMatches(patterns, fixed, text)
      branches.push(branch)
      exited.push(!!body && exits(body, text))
      dead.push(matched || taken === false)
      if (taken === true) matched = true
      if (!guard && irrefutable(patterns)) exhaustive = true
    }
    // No case taken: the state before the `match` goes on.
    if (!exhaustive) {
      branches.push(env.fork())
      exited.push(false)
      dead.push(matched)
    }
    const possible = branches.filter((_, i) => !dead[i])
    const live = possible.filter((b) => !exited[branches.indexOf(b)])
    env.mergeFrom(...(live.length > 0 ? live : possible.length > 0 ? possible : branches))
  }

  /** Evaluates a condition, and marks names it validates (`if not is_safe_url(nxt): abort()`) as sanitised from here on. */
  private condition(cond: SNode, env: Env, fn: FunctionFacts, stmt: SNode, evaluate = true): void {
    if (evaluate) this.expr(cond, env, fn, stmt)
    this.weakUrlChecks(cond, env, fn, stmt)
    const visit = (n: SNode): void => {
      // `urlparse(u).hostname.endswith(".example.com")`: the host stays inside the domain.
      const suffixed = hostSuffixChecked(n, (x) => this.text(x), (id) => env.get(id)?.str)
      if (suffixed) for (const id of this.receiverRoots(suffixed)) this.markSafe(env, id, SAFE.url, fn)
      if (n.type === 'call') {
        const callee = field(n, 'function')
        const name = callee ? this.text(callee).split('.').pop()! : ''
        // A form's or serializer's own `is_valid()` checks each field's type (a URL is well formed, text fits its
        // length), not what the text says: the cleaned values are still the client's.
        const formCheck = /^(is_valid|validate_on_submit)$/.test(name) && namedChildren(field(n, 'arguments') ?? n).length === 0
        // A helper of this module that compares the parsed host vouches for the URL, whatever its name.
        if (!VALIDATOR.test(name) && hostCheckingHelper(n, (x) => this.text(x), (id) => env.get(id)?.str)) for (const a of namedChildren(field(n, 'arguments') ?? n)) for (const id of this.rootNames(a)) this.markSafe(env, id, SAFE.url, fn)
        // One that resolves the path and tests it is under a root keeps it there, whatever its name.
        if (!VALIDATOR.test(name) && pathConfiningHelper(n, (x) => this.text(x))) for (const a of namedChildren(field(n, 'arguments') ?? n)) for (const id of this.rootNames(a)) this.markSafe(env, id, SAFE.path, fn)
        if (VALIDATOR.test(name) && !formCheck) {
          // `re.match(r"https?://www.example.com", url)`: a hostname pattern that does not pin the host vouches for the text, not where it points.
          let kinds = weakUrlCheck(n, (x) => this.text(x), (id) => env.get(id)?.str, (x) => this.ctx.rowOf(x.start)) ? SAFE.all & ~SAFE.url : SAFE.all
          // `SAFE_REF.match(branch)` with `SAFE_REF = re.compile(r"^[A-Za-z0-9._/-]+$")`: `../../x` is made of those characters.
          const pattern = testedPattern(n, (x) => this.text(x), this.ctx.text)
          if (pattern !== undefined && patternAdmitsTraversal(pattern)) kinds &= ~SAFE.path
          // `FORMULA.fullmatch(expr)` with `FORMULA = re.compile(r"[\w\s().]+")`: a name and a parenthesis spell a call of anything.
          // `re.match(r"[\d+*/-]+", expr)` passes `1+exit()` too: only a pattern that holds the whole value says what it spells.
          if (pattern !== undefined && (patternAdmitsCalls(pattern) || !pythonPatternHoldsWhole(pattern, name))) kinds &= ~SAFE.code
          // `re.match(r"\d{4}-\d{2}", month)` passes `2024-01; rm -rf ~`: a pattern that holds only the start of the value
          // vouches for none of its text; anchored at the start, it still says where a URL points (judged by `weakUrlCheck`).
          if (pattern !== undefined && !pythonPatternHoldsWhole(pattern, name)) kinds &= schemePattern(pattern) || name !== 'search' || pattern.startsWith('^') ? SAFE.url : 0
          // `ARITHMETIC.fullmatch(expr)` with `ARITHMETIC = re.compile(r"[\d\s+\-*/().]+")`: still arithmetic once spliced into code.
          if (pattern !== undefined && pythonPatternSpellsArithmetic(pattern, name)) kinds |= SAFE.arithmetic
          for (const a of namedChildren(field(n, 'arguments') ?? n)) {
            for (const id of this.rootNames(a)) this.markSafe(env, id, kinds, fn)
            // A plain parameter checked so (`if not re.fullmatch(r"\d{4}-\d{2}", month): raise`): as safe from here as request data would be.
            if (a.type === 'identifier' && fn.node) this.markUnknownSafe(env, this.text(a), kinds)
          }
          const receiver = callee?.type === 'attribute' ? field(callee, 'object') : undefined
          for (const id of receiver ? this.receiverRoots(receiver) : []) this.markSafe(env, id, /startswith/i.test(name) ? SAFE.path | SAFE.url : SAFE.all, fn)
        }
        // `hmac.compare_digest(hmac.new(KEY, body, sha256).digest(), sig)`: the MAC check vouches that the key holder made `body`.
        if (name === 'compare_digest') for (const id of this.macInputs(n, fn)) this.markSafe(env, id, SAFE.signed, fn)
        if (/^startswith$/.test(name) && callee?.type === 'attribute') {
          const receiver = field(callee, 'object')
          const kinds = prefixGuardKinds(n, fn.node ?? stmt, (x) => this.text(x), (id) => env.get(id)?.str)
          for (const id of receiver ? this.receiverRoots(receiver) : []) this.markSafe(env, id, kinds, fn)
        }
      } else if (n.type === 'attribute' && ADDRESS_CLASS.test(this.text(field(n, 'attribute') ?? n))) {
        // `if addr.is_private or addr.is_loopback: abort(400)`, `addr = ip_address(gethostbyname(host))`: the host the
        // request named was resolved and its address checked, which is the SSRF check (it vouches for the URL only).
        for (const id of this.receiverRoots(field(n, 'object') ?? n)) this.markSafe(env, id, SAFE.url, fn)
      } else if (n.type === 'comparison_operator') {
        const ops = n.children.filter((c) => !c.named).map((c) => this.text(c))
        const [left] = namedChildren(n)
        if (left && ops.some((o) => o === 'in' || o === '==' || o === 'not in' || o === '!=' || o === 'not')) {
          // A URL's scheme checked alone (`parsed.scheme not in ("http", "https")`) still lets it name any host.
          const kinds = /\.scheme$/.test(this.text(left)) ? SAFE.all & ~SAFE.url : SAFE.all
          for (const id of this.rootNames(left)) this.markSafe(env, id, kinds, fn)
          // A plain parameter checked against a set (`if service not in ALLOWED`): as safe from here as request data would be.
          if (left.type === 'identifier' && fn.node) this.markUnknownSafe(env, this.text(left), SAFE.all)
        }
        // `if ".." in name or os.sep in name: abort(400)`: a traversal check on the right-hand name.
        const probe = left ? this.text(left) : ''
        if (right0(n) && ops.some((o) => o === 'in') && (/^[rbu]?["'][^"']*(\.\.|\/|\\\\)[^"']*["']$/.test(probe) || /^os\.(path\.)?(sep|altsep)$/.test(probe))) {
          for (const id of this.rootNames(right0(n)!)) this.markSafe(env, id, SAFE.path, fn)
        }
        // `BASE not in target.parents`: pathlib's containment check is about `target`.
        const right = namedChildren(n)[1]
        if (right?.type === 'attribute' && this.text(field(right, 'attribute') ?? right) === 'parents' && ops.some((o) => o === 'in' || o === 'not in')) for (const id of this.rootNames(right)) this.markSafe(env, id, SAFE.path, fn)
      }
      for (const c of n.children) if (c.named) visit(c)
    }
    visit(cond)
  }

  /**
   * The names `cond` checks with a URL check that does not pin the host (`"example.com" in url`), and, given the
   * statement, notes the check on their request data for the finding at the sink (which a change that only weakens
   * the check then reports, the sink unchanged).
   */
  private weakUrlChecks(cond: SNode, env: Env, fn: FunctionFacts, stmt?: SNode): string[] {
    const out: string[] = []
    const visit = (n: SNode): void => {
      const found = weakUrlCheck(n, (x) => this.text(x), (id) => env.get(id)?.str, (x) => this.ctx.rowOf(x.start))
      if (found) {
        for (const id of this.withOrigins(this.receiverRoots(found.about), fn)) {
          out.push(id)
          const v = env.get(id)
          if (stmt && v?.taint && !v.taint.check) env.set(id, { ...v, taint: { ...v.taint, check: found.weak }, ...(this.ctx.addedIn(stmt) ? { added: true } : {}) })
        }
      }
      for (const c of n.children) if (c.named) visit(c)
    }
    visit(cond)
    return out
  }

  /**
   * What the MACs compared in `hmac.compare_digest(…)` were computed over: the message of an `hmac.new(key, msg, …)`
   * written in an argument, or a name the function assigns from one (whose origin, the message, is marked with it).
   */
  private macInputs(call: SNode, fn: FunctionFacts): string[] {
    const out: string[] = []
    const fnText = fn.node ? this.text(fn.node) : ''
    const visit = (n: SNode): void => {
      if (n.type === 'call' && /^hmac\.(new|HMAC)$/.test(this.text(field(n, 'function') ?? n))) {
        const args = namedChildren(field(n, 'arguments') ?? n)
        const msg = args.find((a) => a.type === 'keyword_argument' && this.text(field(a, 'name') ?? a) === 'msg') ?? args.filter((a) => a.type !== 'keyword_argument')[1]
        const value = msg?.type === 'keyword_argument' ? field(msg, 'value') : msg
        if (value) out.push(...this.rootNames(value))
        return
      }
      if (n.type === 'identifier' && new RegExp(`^[ \\t]*${this.text(n)}\\s*=[^=\\n]*\\bhmac\\.(new|HMAC)\\(`, 'm').test(fnText)) {
        out.push(this.text(n))
        // The message named in that call (`expected = hmac.new(KEY, body, sha256).digest()`), which need not be request
        // data the origins follow (bytes read from a socket or a queue).
        const msg = new RegExp(`^[ \\t]*${this.text(n)}\\s*=[^=\\n]*\\bhmac\\.(?:new|HMAC)\\(\\s*[^,()]+(?:\\([^()]*\\))?\\s*,\\s*(?:msg\\s*=\\s*)?([A-Za-z_]\\w*)\\s*[,)]`, 'm').exec(fnText)?.[1]
        if (msg) out.push(msg)
      }
      for (const c of n.children) if (c.named) visit(c)
    }
    for (const a of namedChildren(field(call, 'arguments') ?? call)) visit(a)
    return out
  }

  /**
   * `validate_url(target)`, `await ensure_safe_path(name)`: a guard called for its effect raises on
   * bad input, so what follows sees only values it let through.
   */
  private guardCall(expr: SNode, env: Env, fn: FunctionFacts): void {
    const call = expr.type === 'await' ? namedChildren(expr)[0] : expr
    if (call?.type !== 'call') return
    const callee = field(call, 'function')
    const name = callee ? this.text(callee).split('.').pop()! : ''
    if (!GUARD.test(name)) return
    for (const a of namedChildren(field(call, 'arguments') ?? call)) for (const id of this.rootNames(a)) this.markSafe(env, id, SAFE.all, fn)
  }

  /**
   * The names a check's receiver is computed from: `path` in `path.resolve().is_relative_to(BASE)`,
   * `target` in `os.path.realpath(target).startswith(BASE)`. Module names met on the way are
   * harmless: only values carrying request data or built text are marked.
   */
  private receiverRoots(node: SNode): string[] {
    if (node.type === 'identifier') return [this.text(node)]
    if (node.type === 'attribute') return this.receiverRoots(field(node, 'object') ?? node)
    if (node.type === 'parenthesized_expression') return namedChildren(node)[0] ? this.receiverRoots(namedChildren(node)[0]!) : []
    if (node.type === 'call') {
      const callee = field(node, 'function')
      return [...this.rootNames(node), ...(callee?.type === 'attribute' ? this.receiverRoots(callee) : [])]
    }
    return []
  }

  /** `url` in `url`, `urlparse(url).netloc`, `target.host`: the names a check is about. */
  private rootNames(node: SNode): string[] {
    if (node.type === 'identifier') return [this.text(node)]
    if (node.type === 'attribute') return this.rootNames(field(node, 'object') ?? node)
    // `data["url"]`, `data.get("url", "")`: the check is about that key of the mapping, as `body.url` is about the field.
    const keyed = this.keyedField(node)
    if (keyed) return [keyed]
    // `urlparse(str(body.url))`: a conversion of one value (`str(x)`, `unquote(x)`) is about that value.
    if (node.type === 'call') return namedChildren(field(node, 'arguments') ?? node).flatMap((a) => (a.type === 'identifier' || a.type === 'attribute' || a.type === 'list' || a.type === 'tuple' || (a.type === 'call' && namedChildren(field(a, 'arguments') ?? a).length === 1) ? this.rootNames(a) : []))
    if (node.type === 'list' || node.type === 'tuple') return namedChildren(node).flatMap((a) => (a.type === 'identifier' || a.type === 'attribute' ? this.rootNames(a) : []))
    return []
  }

  /** `obj.key` for a read of one string key of a named mapping (`obj["key"]`, `obj.get("key", default)`). */
  private keyedField(node: SNode): string | undefined {
    let obj: SNode | undefined
    let key: SNode | undefined
    if (node.type === 'subscript') {
      obj = field(node, 'value')
      key = field(node, 'subscript')
    } else if (node.type === 'call') {
      const callee = field(node, 'function')
      if (callee?.type !== 'attribute' || this.text(field(callee, 'attribute') ?? callee) !== 'get') return undefined
      obj = field(callee, 'object')
      key = namedChildren(field(node, 'arguments') ?? node)[0]
    }
    const k = key?.type === 'string' ? /^["'](\w+)["']$/.exec(this.text(key))?.[1] : undefined
    return obj?.type === 'identifier' && k && !/^(self|cls)$/.test(this.text(obj)) ? `${this.text(obj)}.${k}` : undefined
  }

  /** A name whose value the pass knows nothing of (a parameter, a caller's value) passed a check: it holds what the check let through. */
  private markUnknownSafe(env: Env, name: string, kinds: number): void {
    const known = env.get(name)
    if (!known || (!known.qname && !known.tags && !known.constant && !known.inert && !known.taint && !known.built)) env.set(name, { ...known, safe: kinds })
  }

  private markSafe(env: Env, name: string, kinds: number, fn?: FunctionFacts, depth = 0): void {
    // `host = urlparse(str(body.url)).hostname` … `if host not in ALLOWED: raise`: the check vouches for the field `body.url` only.
    const dot = name.indexOf('.')
    if (dot > 0) {
      const [objName, attr] = [name.slice(0, dot), name.slice(dot + 1)]
      const obj = env.get(objName)
      if (obj?.taint) {
        const held = obj.fields?.get(attr) ?? derive([obj], ~0)
        env.set(objName, { ...obj, fields: new Map(obj.fields).set(attr, { ...held, safe: (held.safe ?? 0) | kinds }) })
      }
      return
    }
    const v = env.get(name)
    // A loaded record checked through one of its fields (`if not is_public(hook.url): abort()`) vouches for what it holds, as a checked dict does.
    // A MAC check vouches for bytes whatever they came from (a socket, a queue): what the pickle family loads needs no request source.
    if (v && (v.taint || v.built || v.qname?.startsWith(RECORD) || kinds === SAFE.signed)) env.set(name, { ...v, safe: (v.safe ?? 0) | kinds })
    // `parsed = urlparse(url)` … `if parsed.hostname not in ALLOWED: abort()` checks `url` itself.
    const origin = fn && depth < 3 ? this.origins.get(fn.node)?.get(name) : undefined
    if (origin && origin !== name) this.markSafe(env, origin, kinds, fn, depth + 1)
  }

  /** The names and what each was computed from as a whole, a few steps back. */
  private withOrigins(names: string[], fn: FunctionFacts): Set<string> {
    const out = new Set(names)
    const map = this.origins.get(fn.node)
    for (let depth = 0, frontier = names; depth < 3 && map && frontier.length > 0; depth++) {
      frontier = frontier.map((n) => map.get(n)).filter((n): n is string => n !== undefined && !out.has(n))
      for (const n of frontier) out.add(n)
    }
    return out
  }

  /** Per function: names bound to a whole-value transform of one other name (`p = os.path.realpath(raw)`). */
  private readonly origins = new Map<SNode | undefined, Map<string, string>>()

  private noteOrigin(fn: FunctionFacts, target: SNode, right: SNode, env: Env): void {
    if (target.type !== 'identifier') return
    const origin = this.originOf(right, env)
    let map = this.origins.get(fn.node)
    if (!origin) {
      map?.delete(this.text(target))
      return
    }
    if (!map) this.origins.set(fn.node, (map = new Map()))
    map.set(this.text(target), origin)
  }

  /** The one non-constant name a value is computed from as a whole: not a field of it (`data["url"]`, `data.get("url")`). */
  private originOf(node: SNode, env: Env): string | undefined {
    switch (node.type) {
      case 'identifier': {
        const v = env.get(this.text(node))
        return v && (v.taint || v.built) ? this.text(node) : undefined
      }
      case 'parenthesized_expression':
        return namedChildren(node)[0] ? this.originOf(namedChildren(node)[0]!, env) : undefined
      case 'boolean_operator': {
        const names = [field(node, 'left'), field(node, 'right')].map((n) => (n ? this.originOf(n, env) : undefined)).filter((n) => n !== undefined)
        return names.length === 1 ? names[0] : undefined
      }
      case 'attribute': {
        const obj = field(node, 'object')
        // `body.url` of a request model: the field itself, so a check of it vouches for it and not for the model's other fields.
        if (obj?.type === 'identifier' && !/^(self|cls)$/.test(this.text(obj)) && env.get(this.text(obj))?.taint) return `${this.text(obj)}.${this.text(field(node, 'attribute') ?? node)}`
        return obj?.type === 'call' ? this.originOf(obj, env) : undefined
      }
      // `feed["url"]` of a mapping built from the request: that key, as `body.url` is that field of a model.
      case 'subscript': {
        const keyed = this.keyedField(node)
        return keyed && env.get(keyed.slice(0, keyed.indexOf('.')))?.taint ? keyed : undefined
      }
      case 'call': {
        const callee = field(node, 'function')
        if (callee?.type === 'attribute') {
          const method = this.text(field(callee, 'attribute') ?? callee)
          if (/^(get|getlist|pop|get_all|split|rsplit|partition|items|keys|values)$/.test(method)) return undefined
          const obj = field(callee, 'object')
          const base = obj && obj.type !== 'identifier' ? this.originOf(obj, env) : obj ? (env.get(this.text(obj))?.qname ? undefined : this.originOf(obj, env)) : undefined
          if (base) return namedChildren(field(node, 'arguments') ?? node).every((a) => isInert(this.peek(a, env))) ? base : undefined
        }
        const names = namedChildren(field(node, 'arguments') ?? node).map((a) => this.originOf(a, env)).filter((n) => n !== undefined)
        return names.length === 1 ? names[0] : undefined
      }
      default:
        return undefined
    }
  }

  /** A cheap look at what a name or literal holds, without evaluating calls again. */
  private peek(node: SNode, env: Env): Value | undefined {
    if (node.type === 'identifier') return env.get(this.text(node)) ?? (/^[A-Z][A-Z0-9_]+$/.test(this.text(node)) ? constant() : undefined)
    if (node.type === 'string' && !node.children.some((c) => c.type === 'interpolation')) return constant()
    if (node.type === 'integer' || node.type === 'float' || node.type === 'true' || node.type === 'false' || node.type === 'none') return constant()
    return undefined
  }

  private forStatement(node: SNode, env: Env, fn: FunctionFacts): void {
    const right = field(node, 'right')
    const left = field(node, 'left')
    const body = field(node, 'body')
    const iter = right ? this.expr(right, env, fn, node) : UNKNOWN
    const entry = env.fork()
    for (let pass = 0; pass < LOOP_PASSES; pass++) {
      if (left) this.bind(left, derive([iter]), env, fn, node)
      if (body) this.block(body, env, fn)
    }
    env.mergeFrom(entry, env.fork())
    const alt = field(node, 'alternative')
    if (alt) this.blockOf(alt, env, fn)
  }

  private tryStatement(node: SNode, env: Env, fn: FunctionFacts): void {
    const body = field(node, 'body')
    if (body) this.block(body, env, fn)
    const after: Env[] = [env.fork()]
    for (const c of node.children) {
      if (c.type === 'except_clause' || c.type === 'except_group_clause') {
        const branch = env.fork()
        for (const part of namedChildren(c)) if (part.type === 'block') this.block(part, branch, fn)
        after.push(branch)
      } else if (c.type === 'else_clause') this.blockOf(c, after[0]!, fn)
    }
    env.mergeFrom(...after)
    // `try: target.relative_to(BASE) except ValueError: raise HTTPException(404)`: pathlib's containment check, whose
    // failure leaves, vouches for `target` from here on (as `target.is_relative_to(BASE)` in an `if` does).
    for (const id of this.containedPaths(node)) this.markSafe(env, id, SAFE.path, fn)
    const fin = node.children.find((c) => c.type === 'finally_clause')
    if (fin) this.blockOf(fin, env, fn)
  }

  /** Names a `try` body checks with `x.relative_to(base)` when an `except ValueError` (or broader) clause leaves. */
  private containedPaths(node: SNode): string[] {
    const body = field(node, 'body')
    const leaves = node.children.some((c) => {
      if (c.type !== 'except_clause') return false
      const caught = namedChildren(c).filter((p) => p.type !== 'block').map((p) => this.text(p)).join(' ')
      const block = namedChildren(c).find((p) => p.type === 'block')
      return (caught === '' || /\b(ValueError|Exception|BaseException)\b/.test(caught)) && !!block && exits(block, (n) => this.text(n))
    })
    if (!body || !leaves) return []
    const out: string[] = []
    for (const stmt of namedChildren(body)) {
      if (stmt.type !== 'expression_statement') continue
      let expr = namedChildren(stmt)[0]
      if (expr?.type === 'assignment') expr = field(expr, 'right')
      const callee = expr?.type === 'call' ? field(expr, 'function') : undefined
      if (callee?.type !== 'attribute' || this.text(field(callee, 'attribute') ?? callee) !== 'relative_to') continue
      const receiver = field(callee, 'object')
      if (receiver) out.push(...this.receiverRoots(receiver))
    }
    return out
  }

  private withStatement(node: SNode, env: Env, fn: FunctionFacts): void {
    const clause = node.children.find((c) => c.type === 'with_clause')
    for (const item of clause ? namedChildren(clause) : []) {
      const value = field(item, 'value') ?? namedChildren(item)[0]
      if (!value) continue
      if (value.type === 'as_pattern') {
        const [expr] = namedChildren(value)
        const target = field(value, 'alias')
        const v = expr ? this.expr(expr, env, fn, node) : UNKNOWN
        const name = target ? namedChildren(target)[0] ?? target : undefined
        if (name) this.bind(name, v, env, fn, node)
      } else this.expr(value, env, fn, node)
    }
    const body = field(node, 'body')
    if (body) this.block(body, env, fn)
  }

  private defineFunction(node: SNode, decorators: SNode[], env: Env, outer: FunctionFacts, method = false): void {
    const nameNode = field(node, 'name')
    const name = nameNode ? this.text(nameNode) : '<lambda>'
    const decoratorText = decorators.map((d) => this.text(d))
    const route = pythonRouteParams(node, decoratorText, this.ctx, outer.node === undefined)
    // Tornado: a RequestHandler's HTTP-verb methods take the URL pattern's groups after `self`.
    if (method && this.tornadoClass && /^(get|post|put|patch|delete|head|options)$/.test(name)) {
      route.handler = true
      const list = field(node, 'parameters')
      for (const p of (list ? namedChildren(list) : []).slice(1)) {
        const id = parameterName(p)
        if (id && !route.params.has(this.text(id))) route.params.set(this.text(id), this.source(id, node))
      }
    }
    // Class-based views: the URL's captured values follow `self` (Flask `MethodView`) or `self, request` (Django, DRF).
    if (method && this.viewClass && /^(get|post|put|patch|delete|head|options|dispatch|retrieve|list|create|update|partial_update|destroy)$/.test(name)) {
      route.handler = true
      const list = field(node, 'parameters')
      const ps = list ? namedChildren(list) : []
      const names = ps.map((p) => parameterName(p))
      const start = names[1] && /^req(uest)?$/.test(this.text(names[1])) ? 2 : 1
      ps.slice(start).forEach((p, i) => {
        const id = names[start + i]
        const type = field(p, 'type')
        // `*args`/`**kwargs` and numbers (`pk: int`) carry no text.
        if (!id || /splat/.test(p.type) || (type && /^(int|float|bool|UUID|uuid\.UUID)$/.test(this.text(type)))) return
        if (!route.params.has(this.text(id))) route.params.set(this.text(id), this.source(id, node))
      })
    }
    // CherryPy: an exposed method's parameters (after `self`) are the query string's and form's fields, by name.
    if (decoratorText.some((d) => /^@cherrypy\.expose\b/.test(d))) {
      route.handler = true
      const list = field(node, 'parameters')
      for (const p of (list ? namedChildren(list) : []).slice(method ? 1 : 0)) {
        const id = parameterName(p)
        const type = field(p, 'type')
        if (!id || /splat/.test(p.type) || (type && /^(int|float|bool)$/.test(this.text(type)))) continue
        if (!route.params.has(this.text(id))) route.params.set(this.text(id), this.source(id, node))
      }
    }
    // web.py: a URL class's `GET(self, *groups)`/`POST` methods answer the request and take the URL pattern's groups after `self`.
    if (method && /^(GET|POST|PUT|PATCH|DELETE|HEAD)$/.test(name) && fileHas(this.ctx, IMPORTS_WEBPY)) {
      route.handler = true
      const list = field(node, 'parameters')
      for (const p of (list ? namedChildren(list) : []).slice(1)) {
        const id = parameterName(p)
        if (id && !/splat/.test(p.type) && !route.params.has(this.text(id))) route.params.set(this.text(id), this.source(id, node))
      }
    }
    // twisted.web: a `Resource`'s `render_GET(self, request)` (or `render`) answers the request with what it returns, as
    // `text/html` unless it sets another type. The verb in capitals names Twisted's dispatch alone; a bare `render` needs the
    // import. (`self` marks the method where a hunk leaves the class line out.)
    if (/^render_(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name) || (name === 'render' && fileHas(this.ctx, IMPORTS_TWISTED_WEB))) {
      const names = this.paramNames(node)
      if (names.length === 2 && names[0] === 'self' && /^req(uest)?$/.test(names[1]!)) route.handler = true
    }
    // Falcon: a resource's `on_get(self, req, resp, **fields)` responders take the URI template's fields after `resp`.
    if (method && /^on_(get|post|put|patch|delete|head|options)(_\w+)?$/.test(name)) {
      const list = field(node, 'parameters')
      const ps = (list ? namedChildren(list) : []).map((p) => parameterName(p)).filter((p): p is SNode => !!p)
      if (ps.length >= 3 && /^req(uest)?$/.test(this.text(ps[1]!)) && /^resp(onse)?$/.test(this.text(ps[2]!))) {
        route.handler = true
        for (const id of ps.slice(3)) if (!route.params.has(this.text(id))) route.params.set(this.text(id), this.source(id, node))
      }
    }
    // A management command's `handle(self, *args, **options)` and a click/typer command's parameters are the command line's options.
    const cliCommand = decoratorText.some((d) => CLI_COMMAND.test(d) || (CLI_GROUP_COMMAND.test(d) && fileHas(this.ctx, IMPORTS_CLI)))
    if ((method && this.commandClass && name === 'handle') || (!method && cliCommand)) {
      const list = field(node, 'parameters')
      for (const p of list ? namedChildren(list) : []) {
        const id = parameterName(p)
        if (id && !/^(self|cls|ctx)$/.test(this.text(id))) route.params.set(this.text(id), COMMAND_LINE)
      }
    }
    // An AWS Lambda handler (`def handler(event, context)`): the event is what API Gateway, SQS or another caller sent.
    if (!method && outer.node === undefined && !route.handler) {
      const names = this.paramNames(node)
      const list = field(node, 'parameters')
      const eventNode = list ? namedChildren(list)[0] : undefined
      if (names.length === 2 && names[0] === 'event' && /^_?(context|ctx)$/.test(names[1]!) && eventNode) route.params.set('event', this.source(eventNode, node))
    }
    this.appInputs(node, name, decoratorText, method, route)
    // A queue consumer's message (`def handle(self, message)` reading `message["Body"]`, the key SQS gives a received
    // message's payload): its body is what a producer wrote, and whoever can send to the queue chooses it.
    if (!route.handler) {
      const list = field(node, 'parameters')
      for (const p of list ? namedChildren(list) : []) {
        const id = parameterName(p)
        const param = id && this.text(id)
        if (!id || !param || route.params.has(param) || /splat/.test(p.type) || /^(self|cls)$/.test(param)) continue
        if (!new RegExp(`\\b${param}\\s*(\\[\\s*|\\.get\\(\\s*)["']Body["']`).test(this.text(node))) continue
        const v: Value = { taint: { source: `the body of the queue message \`${param}\``, line: this.ctx.rowOf(id.start) + 1 } }
        if (this.ctx.addedIn(node)) v.added = true
        route.params.set(param, v)
      }
    }
    // A RabbitMQ consumer: pika calls `on_message(channel, method, properties, body)` with the message's bytes last,
    // for the function handed to `basic_consume` (`on_message_callback=on_message`, or first in pika 0.x).
    if (!route.handler && name !== '<lambda>' && fileHas(this.ctx, BASIC_CONSUME)) {
      const list = field(node, 'parameters')
      const params = list ? namedChildren(list).filter((p) => !/^(self|cls)$/.test(this.text(parameterName(p) ?? p))) : []
      const id = params.length === 4 ? parameterName(params[3]!) : undefined
      const fnName = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const consumes = new RegExp(`\\bon_message_callback\\s*=\\s*(self\\.)?${fnName}\\b|\\bbasic_consume\\s*\\(\\s*(self\\.)?${fnName}\\s*[,)]`).test(this.ctx.text)
      if (id && consumes && !route.params.has(this.text(id))) {
        const v: Value = { taint: { source: `the body of the queue message \`${this.text(id)}\``, line: this.ctx.rowOf(id.start) + 1 } }
        if (this.ctx.addedIn(node)) v.added = true
        route.params.set(this.text(id), v)
      }
    }
    // A function a language model calls as a tool: its arguments are what the model wrote, and a prompt can steer them.
    if (!route.handler && (outer.node === undefined || method) && isModelTool(name, decoratorText, this.ctx.text, this.ctx)) {
      const list = field(node, 'parameters')
      for (const p of list ? namedChildren(list) : []) {
        const id = parameterName(p)
        const type = field(p, 'type')
        if (!id || /splat/.test(p.type) || NOT_MODEL_ARGUMENT.test(this.text(id)) || (type && NOT_MODEL_TEXT.test(this.text(type).replace(/\s/g, '')))) continue
        const v: Value = { taint: { source: `the model's tool argument \`${this.text(id)}\``, line: this.ctx.rowOf(id.start) + 1 } }
        if (this.ctx.addedIn(node)) v.added = true
        if (!route.params.has(this.text(id))) route.params.set(this.text(id), v)
      }
    }
    // A gRPC servicer's RPC method (`def Download(self, request, context)`): `request` is the message the client sent,
    // every string field of it as the client wrote it. The generated stubs name RPCs in CapWords.
    if (method && this.grpcServicer && /^[A-Z]\w*$/.test(name)) {
      const list = field(node, 'parameters')
      const id = list ? parameterName(namedChildren(list)[1] ?? list) : undefined
      const param = id && this.text(id)
      // Named `request`, it is no web request object: its fields, not `.args`/`.form`, are what was sent.
      if (id && param && !/^(self|cls|context)$/.test(param) && !route.params.get(param)?.taint) {
        const v: Value = { taint: { source: `the gRPC request \`${param}\``, line: this.ctx.rowOf(id.start) + 1 } }
        if (this.ctx.addedIn(node)) v.added = true
        route.params.set(param, v)
      }
    }
    // A Django Channels consumer's `receive_json(self, content)` / `receive(self, text_data=None, bytes_data=None)`: what the
    // WebSocket peer sent, decoded or as text.
    if (method && this.channelsConsumer && /^(receive_json|receive|websocket_receive)$/.test(name)) {
      const list = field(node, 'parameters')
      for (const p of (list ? namedChildren(list) : []).slice(1)) {
        const id = parameterName(p)
        const param = id && this.text(id)
        if (!id || !param || /splat/.test(p.type) || route.params.has(param)) continue
        const v: Value = { taint: { source: `the WebSocket message \`${param}\``, line: this.ctx.rowOf(id.start) + 1 } }
        if (this.ctx.addedIn(node)) v.added = true
        route.params.set(param, v)
      }
    }
    // A GraphQL resolver (Strawberry's `@strawberry.field`/`mutation`, Ariadne's `@query.field("items")`, Graphene's
    // `resolve_items(root, info, ...)` and `mutate(root, info, ...)`): the arguments after `info` are what the client's
    // query wrote. Ones the schema types as a number, flag or ID-like scalar carry no text.
    if (!route.handler && graphqlResolver(name, decoratorText, this.paramNames(node), this.ctx.text)) {
      const list = field(node, 'parameters')
      for (const p of list ? namedChildren(list) : []) {
        // Graphene's `def mutate(root, info, **fields)`: the arguments arrive as one mapping.
        const splat = p.type === 'dictionary_splat_pattern' ? namedChildren(p)[0] : undefined
        const id = splat?.type === 'identifier' ? splat : parameterName(p)
        const type = field(p, 'type')
        const param = id && this.text(id)
        if (!id || !param || (/splat/.test(p.type) && !splat) || /^(self|cls|root|obj|parent|info|_info|_)$/.test(param) || route.params.has(param)) continue
        if (type && GRAPHQL_SCALAR.test(this.text(type).replace(/\s/g, ''))) {
          route.params.set(param, { inert: true })
          continue
        }
        const v: Value = { taint: { source: `the GraphQL argument \`${param}\``, line: this.ctx.rowOf(id.start) + 1 } }
        if (this.ctx.addedIn(node)) v.added = true
        route.params.set(param, v)
      }
    }
    // A Django model signal's receiver (`@receiver(post_save, sender=Profile)`): `instance` is the record just saved or deleted.
    const signal = decoratorText.map((d) => MODEL_SIGNAL.exec(d)?.[1]).find((x) => x !== undefined)
    if (signal && !route.params.has('instance') && this.paramNames(node).includes('instance')) route.params.set('instance', { qname: `${RECORD}${signal}` })
    this.typedInstances(node, route.params)
    const facts: FunctionFacts = { name, handler: route.handler, node }
    if (method && this.className) this.instance.noteMethod(node, this.className)
    env.set(name, { qname: `local.${name}` })
    const job: PendingFunction = { node, env, facts, params: route.params }
    this.queue.push(job)
    if (!this.rerun.has(name)) this.noteHelper(node, job, method)
    if (method && name === '__init__' && this.className && !this.constructors.has(constructorKey(this.className))) this.constructors.set(constructorKey(this.className), { job, params: this.paramNames(node) })
  }

  /**
   * Parameters an application framework fills with what a client sent, though no route says so:
   * a Gradio handler's inputs (a file component's value is a local path Gradio chose, no URL,
   * holding the visitor's bytes; a number or slider is a number), a BentoML API method's arguments, a Scrapy
   * callback's `response` (the crawled site's page) and an item pipeline's `item` (scraped from one).
   */
  private appInputs(node: SNode, name: string, decorators: readonly string[], method: boolean, route: { handler: boolean; params: Map<string, Value> }): void {
    if (route.handler) return
    const list = field(node, 'parameters')
    const params = list ? namedChildren(list) : []
    const taint = (id: SNode, source: string, safe = 0): Value => {
      const v: Value = { taint: { source, line: this.ctx.rowOf(id.start) + 1 } }
      if (safe) v.safe = safe
      if (this.ctx.addedIn(node)) v.added = true
      return v
    }
    if (!method && name !== '<lambda>') {
      const kinds = gradioInputs(name, this.ctx.text, this.ctx)
      if (kinds) {
        let i = 0
        for (const p of params) {
          const id = parameterName(p)
          const type = field(p, 'type')
          const dflt = field(p, 'value')
          if (!id || /splat/.test(p.type)) continue
          // `request: gr.Request` and `progress=gr.Progress()` are filled by Gradio itself, outside the inputs' order.
          if ((type && /\b(Request|Progress|EventData|\w+Data)\b/.test(this.text(type))) || (dflt && /\bProgress\s*\(/.test(this.text(dflt)))) continue
          const kind = kinds.length ? kinds[i] : 'text'
          i++
          const param = this.text(id)
          if (kind === undefined || kind === 'state' || route.params.has(param)) continue
          if (kind === 'number') route.params.set(param, { inert: true })
          else route.params.set(param, taint(id, `the Gradio input \`${param}\``, kind === 'file' ? SAFE.path | SAFE.url : 0))
        }
        return
      }
    }
    if (method && bentomlApi(decorators)) {
      for (const p of params.slice(1)) {
        const id = parameterName(p)
        const type = field(p, 'type')
        const param = id && this.text(id)
        if (!id || !param || /splat/.test(p.type)) continue
        const typeText = type ? this.text(type).replace(/\s/g, '') : ''
        // `req: ScoreRequest` is the decoded body, not the request object its name suggests (a `starlette.Request` is).
        if (/^(Optional\[)?(int|float|bool)\]?$|Context$|(^|\.)Request$/.test(typeText)) continue
        route.params.set(param, taint(id, `the BentoML API input \`${param}\``))
      }
      return
    }
    const named = params.map((p) => ({ id: parameterName(p), type: field(p, 'type'), splat: /splat/.test(p.type) })).filter((p): p is { id: SNode; type: SNode | undefined; splat: boolean } => !!p.id && !p.splat)
    const bolt = new Set(boltPayloadParams(decorators, named.map((p) => this.text(p.id)), this.ctx.text))
    const chat = [
      ...[...bolt].map((param) => [param, `the Slack payload \`${param}\``] as const),
      ...discordCommandParams(decorators, named.map((p) => ({ name: this.text(p.id), type: p.type ? this.text(p.type) : '' })), this.ctx.text).map((param) => [param, `the Discord command argument \`${param}\``] as const),
    ]
    for (const param of socketioEventParams(decorators, named.map((p) => this.text(p.id)), method, this.ctx.text, method && this.socketioNamespace && /^on_\w+$/.test(name))) {
      const id = named.find((p) => this.text(p.id) === param)!.id
      if (!route.params.has(param)) route.params.set(param, taint(id, `the Socket.IO event argument \`${param}\``))
    }
    if (chat.length > 0) {
      for (const [param, label] of chat) {
        const id = named.find((p) => this.text(p.id) === param)!.id
        if (route.params.has(param)) continue
        // The ids and timestamps Slack assigns (`event["channel"]`, `command["user_id"]`, `event["ts"]`) are no member's text.
        route.params.set(param, bolt.has(param) ? { ...taint(id, label), fields: new Map(SLACK_ASSIGNED.map((k) => [k, { inert: true }])) } : taint(id, label))
      }
      return
    }
    if (method && this.scrapySpider) {
      for (const p of params.slice(1)) {
        const id = parameterName(p)
        if (id && this.text(id) === 'response' && !route.params.has('response')) route.params.set('response', taint(id, 'the crawled page `response`'))
      }
      return
    }
    const item = scrapyPipelineItem(name, this.paramNames(node))
    const itemNode = item ? params.map((p) => parameterName(p)).find((id) => id && this.text(id) === item) : undefined
    if (item && itemNode && !route.params.has(item)) route.params.set(item, taint(itemNode, `the scraped item \`${item}\``))
  }

  /**
   * A parameter annotated with a class defined above (`repo: OrderRepository = Depends(get_repo)`,
   * `svc: Annotated[Billing, Depends()]`) is an instance of it, as a local built with the
   * constructor is, so request data the function passes to its methods reaches them.
   */
  private typedInstances(node: SNode, params: Map<string, Value>): void {
    const list = field(node, 'parameters')
    for (const p of list ? namedChildren(list) : []) {
      const nameNode = field(p, 'name') ?? namedChildren(p).find((c) => c.type === 'identifier')
      const type = field(p, 'type')
      if (!nameNode || !type || params.has(this.text(nameNode))) continue
      const cls = /^(?:(?:typing\.)?Annotated\[\s*)?([A-Z]\w*)\s*(?:[,\]]|$)/.exec(this.text(type))?.[1]
      if (cls && this.classes.has(cls)) params.set(this.text(nameNode), { qname: `local.${cls}` })
    }
  }

  private defineClass(node: SNode, env: Env, fn: FunctionFacts): void {
    const nameNode = field(node, 'name')
    if (nameNode) {
      env.set(this.text(nameNode), { qname: `local.${this.text(nameNode)}` })
      this.classes.add(this.text(nameNode))
    }
    const supers = field(node, 'superclasses')
    if (supers) this.expr(supers, env, fn, node)
    if (nameNode && supers && (/\bFlaskForm\b/.test(this.text(supers)) || namedChildren(supers).some((c) => this.requestForms.has(this.text(c))))) this.requestForms.add(this.text(nameNode))
    const body = field(node, 'body')
    if (!body) return
    const classEnv = env.child()
    const outerTornado = this.tornadoClass
    const outerView = this.viewClass
    const superNames = supers ? namedChildren(supers).map((c) => this.text(c).replace(/^.*\./, '')) : []
    // A project's own base handler (`class BaseHandler(RequestHandler)`) passes the role to its subclasses.
    // Jupyter's handler bases (`APIHandler`, `JupyterHandler`, the notebook's `IPythonHandler`) are Tornado RequestHandlers.
    this.tornadoClass = !!supers && (/\bRequestHandler\b/.test(this.text(supers)) || superNames.some((n) => this.tornadoBases.has(n)) || (superNames.some((n) => JUPYTER_HANDLER.test(n)) && fileHas(this.ctx, IMPORTS_JUPYTER)))
    this.viewClass = !!supers && /\b(\w*View|\w*ViewSet|MethodView|APIView|HTTPEndpoint)\b/.test(this.text(supers))
    const outerCommand = this.commandClass
    this.commandClass = !!supers && /\b(BaseCommand|LabelCommand|AppCommand)\b/.test(this.text(supers))
    const outerGrpc = this.grpcServicer
    const outerChannels = this.channelsConsumer
    const outerSpider = this.scrapySpider
    this.scrapySpider = !!supers && scrapySpider(this.text(supers), this.ctx.text)
    const outerNamespace = this.socketioNamespace
    this.socketioNamespace = !!supers && socketioNamespaceClass(this.text(supers), this.ctx.text)
    // Channels' consumer bases (a project's own base consumer passes nothing on: its name is its own).
    this.channelsConsumer = !!supers && superNames.some((n) => /^(Async)?(Json)?WebsocketConsumer$|^(Async|Sync)Consumer$/.test(n))
    this.grpcServicer = !!supers && superNames.some((n) => /^\w+Servicer$/.test(n)) && fileHas(this.ctx, IMPORTS_GRPC)
    if (nameNode && this.tornadoClass) this.tornadoBases.add(this.text(nameNode))
    const outerClass = this.className
    this.className = nameNode ? this.text(nameNode) : undefined
    this.readClassBody(body, classEnv, env, fn)
    this.className = outerClass
    this.tornadoClass = outerTornado
    this.viewClass = outerView
    this.commandClass = outerCommand
    this.grpcServicer = outerGrpc
    this.channelsConsumer = outerChannels
    this.scrapySpider = outerSpider
    this.socketioNamespace = outerNamespace
    this.noteClassConstants(classEnv)
  }

  /** Class attributes that are constants (`table = "products"`), read back through `self.table`; one of two differing values is no constant. */
  private readonly classConstants = new Map<string, Value | undefined>()
  /** Attributes some method assigns on `self`: an instance value may replace the class one. */
  private readonly selfStored = new Set<string>()

  private noteClassConstants(classEnv: Env): void {
    for (const [name, v] of classEnv.vars) {
      // A generator object kept on the class (`_rng = random.Random()`) draws the same way through `self._rng`.
      if (v.madeBy === 'random.Random' && hasTag(v, TAG.insecureRandom)) {
        this.classConstants.set(name, this.classConstants.has(name) ? undefined : v)
        continue
      }
      if (!v.constant || v.qname) continue
      const prior = this.classConstants.get(name)
      this.classConstants.set(name, this.classConstants.has(name) && prior?.str !== v.str ? undefined : v)
    }
  }

  private readClassBody(body: SNode, classEnv: Env, env: Env, fn: FunctionFacts): void {
    for (const s of body.children) {
      if (s.type === 'function_definition') this.defineFunction(s, [], env, { ...fn, node: s }, true)
      else if (s.type === 'decorated_definition') {
        const def = field(s, 'definition')
        const decorators = s.children.filter((c) => c.type === 'decorator')
        if (def?.type === 'function_definition') this.defineFunction(def, decorators, env, { ...fn, node: s }, !decorators.some((d) => /@staticmethod\b/.test(this.text(d))))
        else if (def) this.stmt(def, classEnv, fn)
      } else if (s.named) this.stmt(s, classEnv, fn)
    }
  }

  private importStatement(node: SNode, env: Env): void {
    for (const n of fields(node, 'name')) {
      if (n.type === 'aliased_import') {
        const mod = field(n, 'name')
        const alias = field(n, 'alias')
        if (mod && alias) env.set(this.text(alias), { qname: this.text(mod) })
      } else {
        const dotted = this.text(n)
        const head = dotted.split('.')[0]!
        env.set(head, { qname: head })
      }
    }
  }

  private importFrom(node: SNode, env: Env): void {
    const moduleNode = field(node, 'module_name')
    const mod = moduleNode ? this.text(moduleNode).replace(/^\.+/, '') : ''
    for (const n of fields(node, 'name')) {
      const target = n.type === 'aliased_import' ? field(n, 'name') : n
      const alias = n.type === 'aliased_import' ? field(n, 'alias') : n
      if (!target || !alias) continue
      const name = this.text(target)
      const qname = reexported(mod ? `${mod}.${name}` : name)
      // Flask's (and Quart's, Bottle's, py4web's, Emmett's, Connexion's) request proxy, imported: its methods (`get_json()`) read the request as its attributes do.
      env.set(this.text(alias), /^(flask|quart|bottle|py4web|emmett|connexion)\.request$/.test(qname) ? { qname: 'flask.request', tags: TAG.request } : { qname })
    }
  }

  // ---------------------------------------------------------------------------
  // Assignments
  // ---------------------------------------------------------------------------

  private onAdded(stmt: SNode, v: Value): Value {
    return this.ctx.addedIn(stmt) && (v.taint || v.built || v.tags) && !v.added ? { ...v, added: true } : v
  }

  private assign(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): void {
    const right = field(node, 'right')
    const left = field(node, 'left')
    if (!right || !left) return
    // `a = b = value`
    if (right.type === 'assignment') {
      this.assign(right, env, fn, stmt)
      const inner = field(right, 'left')
      if (inner) this.bind(left, this.expr(inner, env, fn, stmt), env, fn, stmt)
      return
    }
    const value = this.onAdded(stmt, this.expr(right, env, fn, stmt))
    this.noteOrigin(fn, left, right, env)
    this.bind(left, value, env, fn, stmt, right)
  }

  private augmented(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): void {
    const left = field(node, 'left')
    const right = field(node, 'right')
    if (!left || !right) return
    const op = field(node, 'operator')
    const before = this.expr(left, env, fn, stmt)
    const add = this.expr(right, env, fn, stmt)
    // `sql += " AND paid_at IS NULL"` onto text made where the diff does not show: a constant piece builds nothing new, and
    // the text it grows is judged where it was made, not here.
    const constantTail = !before.built && !before.taint && !before.constant && add.constant && add.str !== undefined
    let value = constantTail ? before : op && this.text(op) === '+=' ? this.concat(before, add, left, right) : derive([before, add])
    if (value.built && add.built) value = { ...value, built: { ...value.built, line: add.built.line, appended: true } }
    this.bind(left, this.onAdded(stmt, value), env, fn, stmt, right)
  }

  private bind(target: SNode, value: Value, env: Env, fn: FunctionFacts, stmt: SNode, valueNode?: SNode): void {
    switch (target.type) {
      case 'identifier':
        env.set(this.text(target), value)
        if (value.tags || namesEndpoint(value) || writesUrlIn(valueNode, (n) => this.text(n))) this.ctx.emit({ kind: 'bind', stmt, fn, name: this.text(target), value })
        return
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'expression_list':
      case 'tuple':
      case 'list': {
        const part = value.constant ? value : derive([value], ~0)
        const targets = namedChildren(target)
        // `root, ext = os.path.splitext(name)`, `a, b = x, "y"`: known positions unpack one to one.
        const each = value.elements?.length === targets.length && !targets.some((c) => /splat/.test(c.type)) ? value.elements : undefined
        targets.forEach((c, i) => this.bind(c.type === 'list_splat_pattern' ? (namedChildren(c)[0] ?? c) : c, each?.[i] ?? part, env, fn, stmt))
        return
      }
      case 'attribute': {
        const objNode = field(target, 'object')
        const attr = field(target, 'attribute')
        if (!objNode || !attr) return
        const object = this.expr(objNode, env, fn, stmt)
        if (objNode.type === 'identifier' && /^(self|cls)$/.test(this.text(objNode))) {
          this.selfStored.add(this.text(attr))
          const cls = this.instance.classFor(fn.node)
          if (cls) {
            // In `__init__`, a constant (`self.default = b64encode(pickle.dumps([]))`) or a parameter's literal default configures the instance.
            // So does a value `__init__` checked (`self.fmt = fmt if fmt in FORMATS else "csv"`): the methods that read it see the check.
            const checked = ((value.safe ?? 0) & SAFE.all) === SAFE.all && !value.qname ? value : undefined
            // So does a generator made there (`self._rng = random.Random()`): what `self._rng.choice(...)` draws elsewhere is its output.
            const generator = value.madeBy === 'random.Random' && hasTag(value, TAG.insecureRandom) ? value : undefined
            // And a service made there from a class another file of the change defines (`self.reports = ReportService()`): its methods are that file's.
            const service = value.qname && this.ctx.crossFile?.isClass(value.qname) ? value : undefined
            const fixed = fn.name === '__init__' && !value.taint ? (value.constant && !value.qname ? value : (checked ?? generator ?? service ?? (valueNode ? this.literalDefault(fn.node, valueNode) : undefined))) : undefined
            this.instance.noteAssignment(cls, this.text(attr), fixed)
            this.queue.push(...this.instance.store(cls, this.text(attr), value))
          }
        }
        if (object.qname?.startsWith(RECORD)) this.queue.push(...this.stored.write(object.qname.slice(RECORD.length), this.text(attr), value, this.ctx.rowOf(target.start) + 1))
        this.ctx.emit({ kind: 'store', stmt, fn, node: target, key: this.text(attr), objectQname: object.qname, objectText: this.text(objNode), object, value, valueNode: valueNode ?? target })
        return
      }
      case 'subscript': {
        const objNode = field(target, 'value')
        const keyNode = field(target, 'subscript')
        if (!objNode) return
        const object = this.expr(objNode, env, fn, stmt)
        const key = keyNode ? this.expr(keyNode, env, fn, stmt) : UNKNOWN
        this.ctx.emit({ kind: 'store', stmt, fn, node: target, key: key.str ?? (keyNode ? this.text(keyNode) : ''), objectQname: object.qname, objectText: this.text(objNode), object, value, valueNode: valueNode ?? target, ...(key.str === undefined && keyNode ? { keyValue: key } : {}) })
        const name = objNode.type === 'identifier' ? this.text(objNode) : undefined
        const prior = name !== undefined ? env.get(name) : undefined
        if (name === undefined || !prior || prior.qname) return
        const holds = value.taint !== undefined || !isInert(value)
        // A container holding request data is request data.
        const after = holds ? join({ ...prior, constant: false, inert: false }, derive([value])) : prior
        // `opts["second"] = param` in a dict whose keys are known: `opts["first"]` still reads its own value.
        if (prior.fields && key.str !== undefined) env.set(name, { ...after, fields: new Map(prior.fields).set(key.str, value) })
        else if (holds) env.set(name, after)
        return
      }
      default:
        this.expr(target, env, fn, stmt)
    }
  }

  // ---------------------------------------------------------------------------
  // Expressions
  // ---------------------------------------------------------------------------

  expr(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    switch (node.type) {
      case 'identifier':
        return this.name(this.text(node), env)
      case 'string':
        return this.string(node, env, fn, stmt)
      case 'concatenated_string': {
        let out: Value | undefined
        for (const c of namedChildren(node)) {
          const v = this.string(c, env, fn, stmt)
          out = out === undefined ? v : this.concat(out, v, node, c)
        }
        return out ?? constant('')
      }
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
      case 'ellipsis':
        return constant()
      case 'attribute':
        return this.attribute(node, env, fn, stmt)
      case 'call':
        return this.call(node, env, fn, stmt)
      case 'subscript': {
        const obj = field(node, 'value')
        const v = obj ? this.expr(obj, env, fn, stmt) : UNKNOWN
        const keyNodes = fields(node, 'subscript')
        const keys = keyNodes.map((k) => this.expr(k, env, fn, stmt))
        const key = keys[0]?.str
        if (key !== undefined && v.fields?.has(key)) return v.fields.get(key)!
        // `{True: "true", None: "null"}[value]`: a lookup in a dict literal yields one of the values written there (or raises),
        // whatever the key, so a literal whose every value is constant gives a constant.
        if (obj?.type === 'dictionary' && constantLookup(obj, (n) => this.expr(n, env, fn, stmt))) return constant()
        // `os.path.splitext(name)[1]`, `("a", b)[0]`: a known position of a tuple or list.
        const index = keyNodes.length === 1 && keyNodes[0]!.type === 'integer' ? Number(this.text(keyNodes[0]!)) : undefined
        if (index !== undefined && v.elements?.[index] !== undefined) return v.elements[index]
        // `current_app.config["UPLOAD_DIR"]`: deployment configuration, set by the operator.
        if (CONFIG_MAPPING.test(v.qname ?? '')) return { inert: true }
        // `options["table"]`, `sys.argv[1]`: one of the command line's options.
        if (v === COMMAND_LINE) return COMMAND_LINE
        if (key !== undefined && queueMetadata(v, key)) return { inert: true }
        if (key !== undefined && v.taint && obj && peerAddress(this.text(obj), key)) return { inert: true }
        // `SORT_COLUMNS[sort]`: an entry of a module's ALL_CAPS table is one of the values the code wrote there, whatever the key.
        if (v.constant && ALL_CAPS.test(v.qname ?? '')) return constant()
        // plumbum's `local["git"]` is the command for that program: which program is what a call of it runs.
        if (key !== undefined && /^plumbum\.(local|cmd)$/.test(v.qname ?? '')) return { qname: `${v.qname}[${key}]` }
        return v.qname ? { qname: `${v.qname}[]` } : v.constant ? constant() : derive([v], ~0)
      }
      case 'binary_operator':
        return this.binary(node, env, fn, stmt)
      case 'parenthesized_expression':
      case 'await': {
        const inner = namedChildren(node)[0]
        return inner ? this.expr(inner, env, fn, stmt) : UNKNOWN
      }
      case 'conditional_expression': {
        const [a, cond, b] = namedChildren(node)
        // `nxt if is_safe(nxt) else "/"`: the checked branch sees the check.
        const checked = env.fork()
        if (cond) this.condition(cond, checked, fn, stmt)
        const yes = a ? this.expr(a, checked, fn, stmt) : undefined
        const no = b ? this.expr(b, env, fn, stmt) : undefined
        // `"localhost" if LIMIT > 100 else host`: a condition fixed in the code picks one side.
        const truth = cond ? staticTruth(cond, (n) => this.text(n)) : undefined
        return truth === true ? (yes ?? UNKNOWN) : truth === false ? (no ?? UNKNOWN) : either(yes, no)
      }
      case 'boolean_operator': {
        const left = field(node, 'left')
        const right = field(node, 'right')
        const l = left ? this.expr(left, env, fn, stmt) : undefined
        const r = right ? this.expr(right, env, fn, stmt) : undefined
        // `a and b` is `b`, or `a` when it is falsy: an empty string or None carries nothing of the client's.
        if (node.children.some((c) => c.type === 'and') && l && r && (l.taint || r.taint)) return r
        return either(l, r)
      }
      case 'not_operator':
        for (const c of namedChildren(node)) this.expr(c, env, fn, stmt)
        return { inert: true }
      case 'comparison_operator': {
        const operands = namedChildren(node)
        const values = operands.map((c) => this.expr(c, env, fn, stmt))
        const op = node.children.find((c) => !c.named)
        // `a == b` and `a != b`, not chains (`0 < n <= 10`) or membership.
        if (operands.length === 2 && op && (op.type === '==' || op.type === '!=')) this.ctx.emit({ kind: 'compare', stmt, fn, node, op: op.type, left: values[0]!, right: values[1]!, leftNode: operands[0]!, rightNode: operands[1]! })
        return { inert: true }
      }
      case 'dictionary': {
        const fieldsMap = new Map<string, Value>()
        const parts: Value[] = []
        for (const pair of namedChildren(node)) {
          if (pair.type !== 'pair') {
            parts.push(this.expr(pair, env, fn, stmt))
            continue
          }
          const k = field(pair, 'key')
          const val = field(pair, 'value')
          const kv = k ? this.expr(k, env, fn, stmt) : UNKNOWN
          const vv = val ? this.expr(val, env, fn, stmt) : UNKNOWN
          if (kv.str !== undefined) fieldsMap.set(kv.str, vv)
          parts.push(kv, vv)
        }
        return { ...derive(parts, ~0), ...(parts.length === 0 ? { constant: true } : {}), fields: fieldsMap }
      }
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list': {
        const items = namedChildren(node)
        const parts = items.map((c) => this.expr(c, env, fn, stmt))
        // `items = []` then `items.append(…)`: positions stay known from the empty list on.
        if (parts.length === 0) return node.type === 'list' ? { constant: true, elements: [] } : constant()
        const out = derive(parts, ~0)
        // Positions are known only without splats (`[{"role": "system", …}, …]`, `("system", prompt)`).
        if (node.type !== 'set' && items.some((c) => /splat/.test(c.type))) {
          // `[{"role": "system", …}, *history]` with `history` a list of records: its entries follow the written ones.
          const spread = items.map((c, i) => (/splat/.test(c.type) ? parts[i]!.elements : [parts[i]!]))
          return spread.every((e) => e?.every((v) => v.fields)) ? { ...out, elements: spread.flatMap((e) => e!) } : out
        }
        return node.type === 'set' ? out : { ...out, elements: parts }
      }
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return this.comprehension(node, env, fn, stmt)
      case 'lambda': {
        // The body runs later, with the lambda's own parameters unknown, but the calls in it are the code's:
        // `Book.select(lambda b: raw_sql(f"… {year}"))`, `pool.submit(lambda: os.system(cmd))`.
        const body = field(node, 'body')
        if (body) {
          const inner = env.child()
          for (const p of namedChildren(field(node, 'parameters') ?? node)) {
            const id = p.type === 'identifier' ? p : parameterName(p)
            if (id) inner.set(this.text(id), UNKNOWN)
          }
          const made = this.expr(body, inner, fn, stmt)
          // `map(lambda _: rng.choice(ALPHABET), range(n))`: what the body draws is what the map yields.
          if (hasTag(made, TAG.insecureRandom) && made.madeAt !== undefined) return { inert: true, tags: TAG.insecureRandom, madeAt: made.madeAt, madeBy: made.madeBy! }
        }
        return UNKNOWN
      }
      case 'unary_operator': {
        const arg = field(node, 'argument') ?? namedChildren(node)[0]
        const v = arg ? this.expr(arg, env, fn, stmt) : UNKNOWN
        return v.constant ? constant() : { inert: true }
      }
      case 'keyword_argument': {
        const v = field(node, 'value')
        return v ? this.expr(v, env, fn, stmt) : UNKNOWN
      }
      case 'list_splat':
      case 'dictionary_splat': {
        const inner = namedChildren(node)[0]
        return inner ? this.expr(inner, env, fn, stmt) : UNKNOWN
      }
      case 'named_expression': {
        const name = field(node, 'name')
        const value = field(node, 'value')
        const v = value ? this.expr(value, env, fn, stmt) : UNKNOWN
        if (name) env.set(this.text(name), v)
        return v
      }
      default: {
        const parts = namedChildren(node).map((c) => this.expr(c, env, fn, stmt))
        return derive(parts, ~0)
      }
    }
  }

  private name(name: string, env: Env): Value {
    const bound = env.get(name)
    if (bound) return bound
    // Unbound in what the diff shows: a request object by its usual name, a constant by its
    // ALL_CAPS convention, otherwise a builtin or a module-level name (qualified by itself).
    if (name === 'request' || name === 'req') return { tags: TAG.request, qname: name === 'request' ? 'flask.request' : undefined }
    if (ALL_CAPS.test(name)) return { constant: true, qname: name }
    // The module's own path, where it was installed: a folder found from it (`os.path.dirname(__file__)`) holds the
    // program's files, as a literal path would name them.
    if (name === '__file__') return constant()
    return { qname: name }
  }

  private attribute(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    const objNode = field(node, 'object')
    const attrNode = field(node, 'attribute')
    if (!objNode || !attrNode) return UNKNOWN
    const obj = this.expr(objNode, env, fn, stmt)
    const attr = this.text(attrNode)
    if (hasTag(obj, TAG.request)) {
      if (PY_REQUEST_ATTRS.has(attr)) return this.source(node, stmt)
      return { qname: obj.qname ? `${obj.qname}.${attr}` : undefined }
    }
    if (objNode.type === 'identifier' && this.text(objNode) === 'self' && attr === 'request') return { tags: TAG.request }
    // AWS Chalice: the request a view is answering is the app's `current_request` (`query_params`, `uri_params`, `json_body`).
    // (The app is made from constants at import time, so its value is folded to a constant: the binding is read as written.)
    if (attr === 'current_request' && objNode.type === 'identifier' && chaliceApp(this.text(objNode), this.ctx.text)) return { tags: TAG.request }
    // AWS Lambda Powertools: a REST, HTTP API, ALB, function-URL or VPC Lattice resolver's `current_event` is the request
    // being routed (`json_body`, `query_string_parameters`, `get_query_string_value("sort")`, `get_header_value(...)`).
    if (attr === 'current_event' && objNode.type === 'identifier' && powertoolsResolver(this.text(objNode), this.ctx.text)) return { tags: TAG.request }
    // The command line is the operator's own input, not a client's: `sys.argv[1]`, `args.table`.
    if (obj.qname === 'sys' && /^(executable|prefix|platform)$/.test(attr)) return { inert: true }
    if ((obj.qname === 'sys' && attr === 'argv') || obj.qname === CLI_NAMESPACE) return COMMAND_LINE
    // Deployment configuration (`settings.TIME_ZONE`) is the operator's, not a client's; the name is kept for rules that read it.
    if (obj.qname === 'django.conf.settings' && /^[A-Z][A-Z0-9_]*$/.test(attr)) return { qname: `${obj.qname}.${attr}`, inert: true }
    const cls = objNode.type === 'identifier' && /^(self|cls)$/.test(this.text(objNode)) ? this.instance.classFor(fn.node) : undefined
    const held = cls ? this.instance.read(cls, attr, this.current) : undefined
    if (held) return held
    const configured = cls ? this.instance.configuredValue(cls, attr) : undefined
    if (configured) return configured
    if (objNode.type === 'identifier' && /^(self|cls)$/.test(this.text(objNode)) && !this.selfStored.has(attr)) {
      const fixed = this.classConstants.get(attr)
      if (fixed) return fixed
    }
    // CherryPy's request is a module-level proxy (`cherrypy.request.params`, `.body`, `.headers`), as Flask's is.
    // Connexion's (`connexion.request.args`) is Flask's request, or in Connexion 3 its own of the same shape.
    if (obj.qname === 'flask.request' || obj.qname === 'request' || obj.qname === 'cherrypy.request' || obj.qname === 'connexion.request') return PY_REQUEST_ATTRS.has(attr) ? this.source(node, stmt) : UNKNOWN
    // `context["dag_run"].conf`, `dag_run.conf`: the configuration whoever triggers the DAG passes (UI, REST API, CLI).
    if (attr === 'conf' && /(^|["'])dag_run(["']\]?)?$/.test(this.text(objNode))) return this.source(node, stmt)
    // `st.query_params["next"]`: a Streamlit page's query string is the visitor's.
    if (obj.qname === 'streamlit' && attr === 'query_params') return this.source(node, stmt)
    // `f.filename` on an upload read in lines the change does not show: the name the client gave the file.
    if (attr === 'filename' && objNode.type === 'identifier' && fn.node && obj.qname === this.text(objNode) && !env.get(this.text(objNode)) && /^(f|file|upload|uploaded|upload_file|uploaded_file|attachment|image|avatar|document|doc|photo)$/.test(obj.qname)) return this.source(node, stmt)
    // `Path(name).name`, `PurePath(p).stem`: the last component only, with no separator left to climb with.
    // `.stem` and `.suffix` are pathlib's alone, so `(job / upload.filename).stem` is that too, wherever the path was built.
    if (obj.taint && (/^(stem|suffix)$/.test(attr) || (attr === 'name' && objNode.type === 'call' && /^(pathlib\.)?(Pure)?(Posix|Windows)?Path$/.test(this.text(field(objNode, 'function') ?? objNode))))) return { ...derive([obj], ~0), safe: (obj.safe ?? 0) | SAFE.path }
    // A body model's field whose type admits no text (`Literal[...]`, `int`), known from the model's class.
    if (obj.taint && obj.fields?.has(attr)) return obj.fields.get(attr)!
    if (obj.taint) return derive([obj], ~0)
    // `export.id`, `order.pk` on an object no request filled: a record's key is a number or a UUID, never text to quote.
    if ((attr === 'id' || attr === 'pk') && !obj.constant && objNode.type === 'identifier' && !/^(self|cls|request|req)$/.test(this.text(objNode))) return { inert: true, qname: obj.qname ? `${obj.qname}.${attr}` : undefined }
    const saved = obj.qname?.startsWith(RECORD) && !obj.qname.includes('.') ? this.stored.read(obj.qname.slice(RECORD.length), attr, this.current, this.ctx.rowOf(node.start) + 1) : undefined
    if (saved) return obj.safe ? { ...saved, safe: (saved.safe ?? 0) | obj.safe } : saved
    const written = !obj.constant && (objNode.type === 'identifier' || objNode.type === 'attribute') ? personWrittenField(this.text(objNode), attr, this.ctx.rowOf(node.start) + 1) : undefined
    if (written) return written
    if (obj.qname) return { qname: `${obj.qname}.${attr}`, ...(obj.constant ? { constant: true } : {}) }
    // `uuid.uuid1().hex`, `rng.random().real`: the attribute is still what the generator made.
    const made = (obj.tags ?? 0) & (TAG.insecureRandom | TAG.weakHash | TAG.unpredictable)
    if (made) return { tags: made, ...(obj.madeAt !== undefined ? { madeAt: obj.madeAt, madeBy: obj.madeBy } : {}) }
    return obj.constant ? constant() : UNKNOWN
  }

  source(node: SNode, stmt: SNode): Value {
    const v: Value = { taint: { source: snippet(this.text(node), 50), line: this.ctx.rowOf(node.start) + 1 } }
    if (this.ctx.addedIn(stmt)) v.added = true
    return v
  }

  private string(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    if (node.type !== 'string') return this.expr(node, env, fn, stmt)
    let text = ''
    let prefix = ''
    const dynamic: Value[] = []
    const parts: string[] = []
    for (const c of node.children) {
      if (c.type === 'string_content' || c.type === 'escape_sequence') {
        text += this.text(c)
        if (dynamic.length === 0) prefix += this.text(c)
      } else if (c.type === 'interpolation') {
        const inner = field(c, 'expression') ?? namedChildren(c)[0]
        let v = inner ? this.expr(inner, env, fn, stmt) : UNKNOWN
        // `f"{q!r}"`: the repr, with line breaks escaped.
        if (v.taint && c.children.some((x) => x.type === 'type_conversion' && this.text(x) === '!r')) v = withSafe(v, SAFE.log)
        if (!isInert(v)) {
          dynamic.push(v)
          parts.push(snippet(inner ? this.text(inner) : '?', 30))
        } else if (v.constant && v.str !== undefined && !field(c, 'format_specifier') && !c.children.some((x) => x.type === 'type_conversion' || x.type === 'format_specifier')) {
          // A constant spliced in (`f"{API_BASE}/users/{uid}"`) is fixed text: it belongs to the prefix a check or sink reads.
          text += v.str
          if (dynamic.length === 0) prefix += v.str
        } else text += '\u0000'
      }
    }
    if (dynamic.length === 0) return constant(text)
    const built: Built = { how: 'an f-string', line: this.ctx.rowOf(node.start) + 1, parts, prefix, safe: partsSafe(dynamic) }
    return { ...derive(dynamic, TAG.insecureRandom | TAG.weakHash | TAG.sharedTemp | TAG.unpredictable), built }
  }

  concat(a: Value, b: Value, aNode: SNode, bNode: SNode): Value {
    if (a.constant && b.constant) return a.str !== undefined && b.str !== undefined ? constant(a.str + b.str) : constant()
    const stringy = a.str !== undefined || b.str !== undefined || a.built || b.built
    const out = derive([a, b], TAG.insecureRandom | TAG.weakHash | TAG.sharedTemp | TAG.unpredictable)
    // `BASE_CMD + ["-i", path]`: two known lists make one, entries in order.
    if (a.elements && b.elements && !stringy) return { ...out, elements: [...a.elements, ...b.elements] }
    if (!stringy) return out
    // `sql + " LIMIT 10"`: a constant tail changes neither where the query was built nor its parts.
    if (a.built && b.constant) return { ...out, built: a.built }
    const parts = [...(a.built?.parts ?? (isInert(a) ? [] : [snippet(this.text(aNode), 30)])), ...(b.built?.parts ?? (isInert(b) ? [] : [snippet(this.text(bNode), 30)]))]
    if (parts.length === 0) return out
    const prefix = a.built ? a.built.prefix : (a.str ?? '') + (isInert(b) ? '' : (b.built?.prefix ?? ''))
    const safe = partsSafe([a.built ? { safe: a.built.safe ?? 0 } : a, b.built ? { safe: b.built.safe ?? 0 } : b].filter((x) => !x.constant))
    return { ...out, built: { how: a.built?.how ?? b.built?.how ?? 'string concatenation', line: this.ctx.rowOf(bNode.start) + 1, parts, prefix, safe } }
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
    if (op === '%' && left.str !== undefined) {
      if (isInert(right)) return left.constant && right.constant ? constant() : { inert: true }
      const parts = rightNode.type === 'tuple' ? namedChildren(rightNode).map((c) => snippet(this.text(c), 30)) : [snippet(this.text(rightNode), 30)]
      // `"<p>%s</p>" % escape(name)`: what every spliced value was escaped for, as an f-string's parts.
      const safe = partsSafe(rightNode.type === 'tuple' && right.elements ? right.elements.filter((v) => !v.constant) : [right])
      return { ...derive([right], TAG.insecureRandom | TAG.weakHash), built: { how: '`%` formatting', line: this.ctx.rowOf(node.start) + 1, parts, prefix: left.str.split('%')[0] ?? '', safe } }
    }
    // pathlib's `/`: `Path("/tmp") / name` is a file in the shared temp directory, `Path(mkdtemp()) / name` one nobody can guess.
    if (op === '/' && (left.str !== undefined || hasTag(left, TAG.sharedTemp | TAG.unpredictable))) {
      if (left.constant && right.constant) return left.str !== undefined && right.str !== undefined ? constant(`${left.str.replace(/\/$/, '')}/${right.str}`) : constant()
      const v = derive([left, right], TAG.insecureRandom | TAG.weakHash | TAG.sharedTemp | TAG.unpredictable)
      return /^\/(var\/)?tmp(\/|$)/.test(left.str ?? '') ? { ...v, tags: (v.tags ?? 0) | TAG.sharedTemp } : v
    }
    // LangChain's pipe (`prompt | llm | parser`): the chain is invoked with what the prompt takes.
    if (op === '|' && left.qname?.startsWith(SYSTEM_PROMPT_OBJECT)) return { qname: left.qname }
    if (left.constant && right.constant) return constant()
    return derive([left, right], TAG.insecureRandom | TAG.weakHash)
  }

  private comprehension(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    const inner = env.child()
    for (const clause of node.children.filter((c) => c.type === 'for_in_clause')) {
      const right = field(clause, 'right')
      const left = field(clause, 'left')
      const v = right ? this.expr(right, inner, fn, stmt) : UNKNOWN
      if (left) this.bind(left, derive([v], ~0), inner, fn, stmt)
    }
    const body = field(node, 'body') ?? namedChildren(node)[0]
    const parts: Value[] = []
    // `[c for c in cols if c in ALLOWED]`: the filter vouches for what the body sees. Unlike an `if` statement's test, whose
    // failing branch usually exits, a filter's test holds for every item kept: `if c not in HIDDEN` keeps whatever is not
    // on a deny-list, which vouches for nothing.
    for (const c of namedChildren(node)) {
      const test = c.type === 'if_clause' ? namedChildren(c)[0] : undefined
      if (test && !this.negativeTest(test)) this.condition(test, inner, fn, stmt)
    }
    for (const c of namedChildren(node)) if (c.type !== 'for_in_clause' && c.type !== 'if_clause') parts.push(this.expr(c, inner, fn, stmt))
    if (body && node.type !== 'dictionary_comprehension' && this.keptByAllowList(node, body, inner, fn, stmt)) return { inert: true }
    // `[{"role": t.role, "content": t.text} for t in body.turns]`: every record the list holds has the fields the body
    // wrote, so a reader of its entries (an LLM call's messages) sees one of them as it would an entry written out.
    // Only records: a list of strings or arguments has positions (a command's program first) that one entry would fake.
    if (body?.type === 'dictionary' && node.type === 'list_comprehension' && parts.length === 1 && parts[0]!.fields) return { ...derive(parts, ~0), elements: [parts[0]!] }
    return body ? derive(parts, ~0) : UNKNOWN
  }

  /** A test that holds for what a set or a value does not contain: `c not in HIDDEN`, `c != "password"`, `not c.startswith("_")`. */
  private negativeTest(test: SNode): boolean {
    if (test.type === 'not_operator') return true
    if (test.type !== 'comparison_operator') return false
    return test.children.some((x) => !x.named && /^(not in|!=|is not)$/.test(this.text(x).replace(/\s+/g, ' ')))
  }

  /**
   * `[c for c in columns if c in allowed]` with `allowed` a fixed collection (`{"year", "language"}`, `ALLOWED`): each item
   * kept is equal to one of the collection's own values, whatever `columns` held, as a pick from a constant table is.
   */
  private keptByAllowList(node: SNode, body: SNode, inner: Env, fn: FunctionFacts, stmt: SNode): boolean {
    if (body.type !== 'identifier') return false
    const item = this.text(body)
    const loops = node.children.filter((c) => c.type === 'for_in_clause')
    if (loops.length !== 1 || this.text(field(loops[0]!, 'left') ?? loops[0]!) !== item) return false
    return namedChildren(node).some((c) => {
      if (c.type !== 'if_clause') return false
      const test = namedChildren(c)[0]
      if (test?.type !== 'comparison_operator') return false
      const ops = test.children.filter((x) => !x.named).map((x) => this.text(x))
      const [left, right] = namedChildren(test)
      if (ops.length !== 1 || ops[0] !== 'in' || !left || !right || this.text(left) !== item) return false
      const allowed = this.expr(right, inner, fn, stmt)
      return !!allowed.constant && !allowed.taint
    })
  }

  private archives: boolean | undefined

  /** The file imports an archive reader, so a member listing is of an archive's names. */
  private readsArchives(): boolean {
    return (this.archives ??= fileHas(this.ctx, ARCHIVE_MODULE))
  }

  private call(node: SNode, env: Env, fn: FunctionFacts, stmt: SNode): Value {
    const calleeNode = field(node, 'function')
    const argList = field(node, 'arguments')
    if (!calleeNode) return UNKNOWN
    let receiver: Value | undefined
    let receiverText: string | undefined
    let name: string
    let qname: string | undefined
    if (calleeNode.type === 'attribute') {
      const objNode = field(calleeNode, 'object')!
      const attrNode = field(calleeNode, 'attribute')
      receiver = this.expr(objNode, env, fn, stmt)
      receiverText = this.text(objNode)
      name = attrNode ? this.text(attrNode) : ''
      qname = receiver.qname ? `${receiver.qname}.${name}` : undefined
    } else if (calleeNode.type === 'identifier') {
      name = this.text(calleeNode)
      qname = this.name(name, env).qname
    } else {
      const callee = this.expr(calleeNode, env, fn, stmt)
      name = ''
      qname = callee.qname
    }
    const args: Value[] = []
    const argNodes: SNode[] = []
    const kwargs = new Map<string, Value>()
    const kwNodes = new Map<string, SNode>()
    // `"".join(f(x) for x in xs)`: the call's one argument is the generator, read with its loop variable bound.
    if (argList && argList.type !== 'generator_expression') {
      for (const a of argList.children) {
        if (!a.named || a.type === 'comment') continue
        if (a.type === 'keyword_argument') {
          const k = field(a, 'name')
          const v = field(a, 'value')
          if (k && v) {
            kwargs.set(this.text(k), this.expr(v, env, fn, stmt))
            kwNodes.set(this.text(k), v)
          }
        } else {
          args.push(this.expr(a, env, fn, stmt))
          argNodes.push(a)
        }
      }
    }
    if (argList?.type === 'generator_expression') {
      args.push(this.expr(argList, env, fn, stmt))
      argNodes.push(argList)
    }
    const ownMethod = receiver && qname && !qname.startsWith('local.') && this.ctx.crossFile?.isMethod(qname)
    const event = { kind: 'call' as const, stmt, fn, node, qname, name, receiver, receiverText, args, argNodes, kwargs, kwNodes, isNew: false, tagged: false, ...(ownMethod ? { ownMethod: true as const } : {}) }
    this.ctx.emit(event)
    this.feedHelper(qname, name, receiver, receiverText, args, kwargs)
    if (this.ctx.crossFile && qname && !qname.startsWith('local.') && (args.some((a) => a.taint) || [...kwargs.values()].some((v) => v.taint))) this.ctx.crossFile.handOn(qname, args, kwargs, this.ctx.rowOf(node.start) + 1, this.ctx.addedIn(node))
    this.feedDeferred(name, receiver, argNodes, args, kwargs)
    this.savedFields(name, receiver, kwargs, node)
    const formOf = receiver && name === 'save' ? this.modelForms.get(receiver) : undefined
    if (formOf) this.queue.push(...this.stored.writeAll(formOf, receiver!, this.ctx.rowOf(node.start) + 1))
    let result = this.throughHelper(qname, name, node, pythonCallResult(event, this), receiverText)
    // An archive's member names are whoever made the archive's choice (`zf.namelist()`, `tf.getmembers()`): `../` in one is zip slip.
    if (receiver && args.length === 0 && ARCHIVE_LISTING.test(name) && this.readsArchives()) result = { taint: { source: `the archive's \`${name}()\``, line: this.ctx.rowOf(node.start) + 1 }, ...(this.ctx.addedIn(stmt) ? { added: true } : {}) }
    // A queue's messages are what its producers wrote: iterating kafka-python's `KafkaConsumer(...)` (aiokafka's too)
    // yields them, and boto3's `sqs.receive_message(QueueUrl=...)` returns them under `Messages`.
    const queueRead = /^(kafka\.KafkaConsumer|aiokafka\.AIOKafkaConsumer)$/.test(qname ?? '') ? 'the Kafka consumer\'s messages' : receiver && name === 'receive_message' && kwargs.has('QueueUrl') ? 'the received SQS messages' : undefined
    if (queueRead && !result.taint) result = { taint: { source: queueRead, line: this.ctx.rowOf(node.start) + 1 }, ...(this.ctx.addedIn(stmt) ? { added: true } : {}) }
    if (result.taint) result = this.throughCleaningHelper(qname, name, receiver, receiverText, args, kwargs, result)
    if (qname && !qname.startsWith('local.') && this.ctx.crossFile) result = throughOtherFile(this.ctx.crossFile.summaryOf(qname), result, this.ctx.rowOf(node.start) + 1)
    // An instance of a class defined here keeps its class name, so its methods are known helpers.
    // `form = SignupForm()`: Flask-WTF fills the fields from `request.form` (`form.url.data` is the client's text).
    if (qname?.startsWith('local.') && this.requestForms.has(qname.slice(6)) && !args.some((a) => !isInert(a)) && !kwargs.has('formdata') && !kwargs.has('obj')) result = { ...this.source(node, stmt), qname }
    if (qname?.startsWith('local.') && this.classes.has(qname.slice(6)) && !result.qname) result = { ...result, qname }
    // `svc = ReportService()` of a class another file of the change defines: its methods are that file's to read.
    else if (qname && !result.qname && !result.taint && this.ctx.crossFile?.isClass(qname)) result = { ...result, qname }
    // `PeriodForm(request.GET)`, `PeriodSerializer(data=request.data)`: the cleaned data's typed fields hold no text.
    const formFields = result.taint && qname?.startsWith('local.') ? checkedFormFields(qname.slice(6), this.ctx.text) : undefined
    if (formFields) {
      const cleaned: Value = { ...derive([result], ~0), fields: formFields }
      result = { ...result, fields: new Map([['cleaned_data', cleaned], ['validated_data', cleaned]]) }
    }
    // `sub = Subscription.objects.create(url=url, events=events)`: the new record's fields are the values given, one by one
    // (`sub.url` is what was checked as `url`, not everything the call was passed).
    if (receiver && name === 'create' && kwargs.size > 0 && args.length === 0 && queriedModel(receiver) && result.taint && !result.fields) result = { ...result, fields: new Map(kwargs) }
    // `ProductFilterSchema().load(request.get_json())`: marshmallow raises unless each typed field parsed as its type.
    const schemaFields = name === 'load' && receiver?.qname?.startsWith('local.') ? checkedSchemaFields(receiver.qname.slice(6), this.ctx.text) : undefined
    if (schemaFields) result = { ...result, fields: new Map([...(result.fields ?? []), ...schemaFields]) }
    // `form = SnippetForm(request.POST)` with the model `Snippet` in view: its `save()` stores the client's fields on a `Snippet`.
    const formModel = !receiver || calleeNode.type === 'attribute' ? MODEL_FORM.exec(name)?.[1] : undefined
    if (formModel && result.taint && env.get(formModel)?.qname) {
      result = { ...result }
      this.modelForms.set(result, formModel)
    }
    // `conf = ConfigParser()`, `conf.set("s", "keyB", param)` … `conf.get("s", "keyA")`: options set under names written in the code are read back one by one.
    if (KEYED_STORE.test(qname ?? '') && args.length === 0 && kwargs.size === 0) result = { ...result, constant: true, fields: new Map(), keyed: true }
    if (receiver?.keyed && receiver.fields && calleeNode.type === 'attribute') {
      const objNode = field(calleeNode, 'object')!
      const key = args.length >= 2 && args[0]!.str !== undefined && args[1]!.str !== undefined ? `${args[0]!.str}\u0000${args[1]!.str}` : undefined
      if (name === 'get') return key !== undefined && receiver.fields.has(key) ? receiver.fields.get(key)! : derive([receiver, ...args], ~0)
      if (objNode.type === 'identifier' && !/^(add_section|has_section|has_option|sections|options)$/.test(name)) {
        const entries = name === 'set' && key !== undefined && args[2] ? new Map(receiver.fields).set(key, args[2]) : undefined
        const after = derive([receiver, ...args], ~0)
        env.set(this.text(objNode), entries ? { ...after, fields: entries, keyed: true } : after)
      }
    }
    // `items.append(x)` puts x in `items`.
    if (receiver && calleeNode.type === 'attribute' && /^(append|extend|insert|add|update|setdefault|appendleft)$/.test(name)) {
      const objNode = field(calleeNode, 'object')!
      if (objNode.type === 'identifier' && !receiver.qname) {
        // `job.update(note=x)` writes under its keywords.
        const grown = derive([receiver, ...args, ...(name === 'update' ? kwargs.values() : [])], ~0)
        // A dict keeps its known keys only through writes whose keys are known: `opts.update({"a": x})`, `opts.update(a=x)`.
        const fieldsAfter = receiver.fields && updatedFields(name, receiver.fields, args, argNodes, kwargs)
        if (fieldsAfter) grown.fields = fieldsAfter
        // A list keeps its known entries: `messages.append({"role": …, "content": …})`.
        if (receiver.elements && name === 'append' && args[0]) grown.elements = [...receiver.elements, args[0]]
        if (receiver.elements && name === 'extend' && args[0]?.elements) grown.elements = [...receiver.elements, ...args[0].elements]
        const at = argNodes[0]?.type === 'integer' ? Number(this.text(argNodes[0])) : undefined
        if (receiver.elements && name === 'insert' && at !== undefined && at >= 0 && args[1]) grown.elements = [...receiver.elements.slice(0, at), args[1], ...receiver.elements.slice(at)]
        const piece = args.find((a) => a.built)?.built ?? receiver.built
        if (piece) grown.built = { ...piece, appended: true }
        env.set(this.text(objNode), grown)
      }
    }
    // `fh.write(chunk)` on a file opened for writing at `path` (`shutil.copyfileobj(upload.file, fh)` the same): the file
    // at `path` now holds the client's bytes, though its name is the server's, so a loader handed `path` reads them.
    const copied = qname === 'shutil.copyfileobj' && argNodes[1]?.type === 'identifier' ? { data: args[0], handle: argNodes[1] } : undefined
    const written = receiver && calleeNode.type === 'attribute' && /^(write|writelines)$/.test(name) && field(calleeNode, 'object')?.type === 'identifier' ? { data: args[0], handle: field(calleeNode, 'object')! } : copied
    // werkzeug's `request.files["model"].save(path)` writes the upload to `path` itself.
    const saved = receiver?.taint && name === 'save' && argNodes[0]?.type === 'identifier' && /^request\.(files|FILES)\b/.test(receiver.taint.source) ? this.text(argNodes[0]) : undefined
    if ((written?.data?.taint && !isInert(written.data) && fn.node) || saved) {
      const pathName = saved ?? filledPath(this.text(written!.handle), fn.node!, (n) => this.text(n))
      const prior = pathName ? env.get(pathName) : undefined
      if (pathName && prior && !prior.taint) {
        const filled: Value = { ...prior, taint: { source: `the upload written to \`${pathName}\``, line: this.ctx.rowOf(stmt.start) + 1 }, safe: (prior.safe ?? 0) | (SAFE.all & ~SAFE.code) | SAFE.log }
        delete filled.constant
        env.set(pathName, this.onAdded(stmt, filled))
      }
    }
    // `items.pop(0)` shifts every known position after it; `items.sort()` and the like leave none known.
    if (receiver && (receiver.elements || receiver.fields) && calleeNode.type === 'attribute' && /^(pop|popleft|popitem|remove|clear|sort|reverse)$/.test(name)) {
      const objNode = field(calleeNode, 'object')!
      if (objNode.type === 'identifier' && !receiver.qname) env.set(this.text(objNode), shrunk(name, receiver, args, argNodes, (n) => this.text(n)))
    }
    return result
  }

  /** The change added a line of this statement. */
  addedIn(stmt: SNode): boolean {
    return this.ctx.addedIn(stmt)
  }

  textOf(node: SNode): string {
    return this.text(node)
  }

  rowOf(node: SNode): number {
    return this.ctx.rowOf(node.start)
  }

  /** The module's text matches (an import the file makes, whichever lines the change shows). */
  moduleMatches(pattern: RegExp): boolean {
    return pattern.test(this.ctx.text)
  }
}

export type PythonEvaluator = Pick<PythonPass, 'source' | 'textOf' | 'rowOf' | 'addedIn' | 'moduleMatches'>

/** `name` is bound at the top of the module to an AWS Lambda Powertools HTTP resolver (`app = APIGatewayRestResolver()`). */
function powertoolsResolver(name: string, source: string): boolean {
  return /^[A-Za-z_]\w*$/.test(name) && /^\s*(from|import)\s+aws_lambda_powertools\b/m.test(source) &&
    new RegExp(`^${name}\\s*(?::[^=\\n]+)?=\\s*(?:[\\w.]+\\.)?(APIGatewayRestResolver|APIGatewayHttpResolver|ALBResolver|LambdaFunctionUrlResolver|VPCLatticeResolver|VPCLatticeV2Resolver|ApiGatewayResolver)\\(`, 'm').test(source)
}

/** `name` is bound at the top of the module to an AWS Chalice app (`app = Chalice(app_name="orders")`). */
function chaliceApp(name: string, source: string): boolean {
  return /^[A-Za-z_]\w*$/.test(name) && new RegExp(`^${name}\\s*(?::[^=\\n]+)?=\\s*(?:chalice\\.)?Chalice\\(`, 'm').test(source)
}

/** A dict literal of pairs only, every value of which is constant: any lookup in it is one of those constants. */
function constantLookup(dict: SNode, evaluate: (n: SNode) => Value): boolean {
  const entries = namedChildren(dict)
  return entries.length > 0 && entries.every((p) => p.type === 'pair' && field(p, 'value') !== undefined && evaluate(field(p, 'value')!).constant === true)
}
