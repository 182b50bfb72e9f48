/**
 * JavaScript's sources and the effect of calls on values: request properties of Express, Koa,
 * Fastify, Hono and Fetch-style handlers; the DOM's URL and message sources; sanitisers; weak
 * digests and `Math.random()`; and which functions are web handlers with request parameters.
 */
import type { SNode } from '../syntax/tree'
import type { CallEvent } from './events'
import type { JsPass } from './javascript'
import { fileHas } from './pass'
import { soundHelper } from './js-url-guards'
import { assignments } from './sinks/written'
import { declaredObjectArgs, declaredScalarArgs, field, fieldResolverArgs, graphqlObjectArgs, graphqlResolver, keystoneInputHook, meteorMethod, namedChildren, pairHome, unseenActionsModule } from './text'
import { asText, constant, derive, hasTag, isTainted, isInert, partsSafe, SAFE, TAG, withSafe, type Value } from './value'

/** Properties of a request (or Koa/Hono context) that carry client data. */
export const JS_REQUEST_PROPS = new Set([
  'query', 'params', 'body', 'headers', 'cookies', 'signedCookies', 'files', 'file', 'url', 'originalUrl', 'path', 'querystring', 'search',
  'searchParams', 'hash', 'href', 'queryStringParameters', 'pathParameters', 'multiValueQueryStringParameters', 'rawQueryString', 'rawPath', 'rawBody', 'payload', 'raw',
])
/**
 * Request methods returning client data: `req.get('X')`, `await request.json()`, Hono's `c.req.query('q')`, and
 * @fastify/multipart's `await request.file()`/`request.files()`/`request.parts()` (each part's `filename` and fields are the client's),
 * and AdonisJS's `request.input('q')`/`request.all()`/`request.except([...])`/`request.qs()`.
 */
// uWebSockets.js reads its request with `req.getQuery('q')`, `req.getParameter(0)`, `req.getHeader('x')`, `req.getUrl()`.
const REQUEST_METHODS = new Set(['get', 'header', 'param', 'json', 'text', 'formData', 'query', 'queries', 'arrayBuffer', 'blob', 'valid', 'parseBody', 'file', 'files', 'parts', 'input', 'all', 'except', 'qs', 'getQuery', 'getParameter', 'getHeader', 'getUrl'])

const DOM_SOURCES = /^(location|document\.location|window\.location)\.(href|search|hash|pathname)$|^document\.(URL|documentURI|baseURI|referrer|cookie)$|^window\.name$/

export function jsGlobalSource(qname: string): boolean {
  return DOM_SOURCES.test(qname)
}

const SANITIZERS: Array<[RegExp, number]> = [
  // sanitize-filename strips separators and `..`: a name, not a path.
  [/^(sanitize-filename|sanitizeFilename|sanitizeFileName)$/, SAFE.path | SAFE.shell],
  [/^(DOMPurify\.sanitize|dompurify\.sanitize|sanitizeHtml|sanitize-html|xss|escapeHtml|escape-html|he\.encode|he\.escape|lodash\.escape|_\.escape|validator\.escape|encodeHTML|htmlEscape|escape)$/, SAFE.html],
  [/(^|\.)(sanitize|escapeHTML|escapeHtml|sanitizeHTML|encodeForHTML|escapeExpression)$/, SAFE.html],
  // Yahoo's xss-filters and html-escaper: one encoder per HTML context.
  [/^(xss-filters|xssFilters)\.(inHTMLData|inHTMLComment|inSingleQuotedAttr|inDoubleQuotedAttr|inUnQuotedAttr)$|^html-escaper\.escape$/, SAFE.html],
  // A URL-encoded component has no `/`, `?`, `#`, `@` or `:` left: placed after a written prefix it cannot change the host,
  // and on its own it is a relative path.
  [/^(encodeURIComponent|querystring\.escape|qs\.stringify)$/, SAFE.html | SAFE.shell | SAFE.url | SAFE.log],
  [/^encodeURI$/, SAFE.html | SAFE.shell],
  // remix-utils' `safeRedirect(to, fallback)` hands back `to` only when it is a path on this site (`/x`, not `//host`), else the fallback.
  [/^remix-utils(\/safe-redirect)?\.safeRedirect$/, SAFE.url],
  // Syntax highlighters escape the code they mark up; React's server renderer escapes text children.
  [/^((highlight\.js|hljs)(\.default)?\.(highlight|highlightAuto)|(prismjs|Prism)\.highlight|react-dom\/server\.(renderToStaticMarkup|renderToString))$/, SAFE.html],
  [/^(path\.basename|basename)$/, SAFE.path],
  // An extension is cut from the last part of the name: it holds no separator.
  [/^(path\.extname|extname)$/, SAFE.path],
  [/^(shell-quote\.quote|shellescape|shellEscape|quote)$/, SAFE.shell],
  [/(^|\.)(escape|escapeId|format)$/, SAFE.sql],
  [/^(mysql|mysql2|sqlstring|SqlString|pg-format|format)\.(escape|escapeId|format)$|^(sqlstring|pg-format)$/, SAFE.sql],
  [/^(JSON\.parse)$/, SAFE.code],
  // Line breaks come out escaped: the text cannot start a forged log record. `JSON.stringify(s)` is also a JavaScript
  // literal, quotes escaped: spliced into script text (`injectJavaScript(\`find(${JSON.stringify(term)})\`)`) it stays one value.
  [/^JSON\.stringify$/, SAFE.log | SAFE.code],
  [/^util\.inspect$/, SAFE.log],
  // A type looked up in the library's table by a file name's extension: `text/csv`, never the client's text.
  [/^(mime-types|mime)\.(lookup|contentType|getType)$/, SAFE.all],
  // The `content-disposition` package quotes and encodes the file name it is given: no quote, `;` or line break left.
  [/^content-disposition$/, SAFE.log],
]
/** Any sanitizer above in one test: most calls are none of them. */
const ANY_SANITIZER = new RegExp(SANITIZERS.map(([pattern]) => `(?:${pattern.source})`).join('|'))
const NO_SANITIZERS: typeof SANITIZERS = []

/** A pattern that names line breaks: `\\r`, `\\n`, `\\s`, or the characters themselves. */
const LINE_BREAKS = /\\[rns]|[\r\n]/

/** A replace pattern that matches line breaks (`/[\r\n]/g`, `/\s+/g`), not one that keeps them (`/[^\w\s]/g`). */
function stripsLineBreaks(pattern: string): boolean {
  return LINE_BREAKS.test(pattern) && !/^\/\[\^/.test(pattern)
}

/** Template engines and Markdown renderers: their output is HTML made from their first argument. */
const MARKUP = /^(ejs|pug|jade|mustache|Mustache|nunjucks|eta|handlebars|Handlebars|hbs|dot|lodash|underscore)\.(render|renderString|renderFile)$|^marked(\.marked)?(\.parse|\.parseInline)?$|^(showdown\.Converter|converter)\.makeHtml$|\.makeHtml$/
const REMIX_DATA = /^((@remix-run\/[\w-]+|react-router|remix-typedjson)\.)?(json|defer|data|typedjson)$/
const HTTP_CLIENT = /^(fetch|node-fetch|cross-fetch|meteor\/fetch\.fetch|meteor\/http\.HTTP\.(get|post|put|del)|undici\.(request|fetch)|axios|axios\.(get|post|put|patch|delete|head|request)|got|got\.(get|post|put|patch|delete|head|paginate)|ky|ky\.(get|post|put|patch|delete)|superagent\.(get|post)|needle|ofetch|\$fetch|(\$|jQuery)\.(ajax|get|getJSON|post)|jsdom\.JSDOM\.fromURL|JSDOM\.fromURL|cheerio\.fromURL|open-graph-scraper(\.default)?|link-preview-js\.getLinkPreview|probe-image-size|urllib\.(request|curl)|phin)$/
/** A replace callback whose every answer is an entity or a lookup in an escape table: `(c) => '&#' + c.charCodeAt(0) + ';'`, `(ch) => MAP[ch]`. */
const ENTITY_CALLBACK = /^\(?\s*[\w$]+\s*\)?\s*=>\s*(?:[`'"]&|[\w$.]+\[\s*[\w$]+\s*\]\s*$|\(\{[^}]*\}\)\s*\[\s*[\w$]+\s*\]\s*$|\(\{[^}]*\}\s*\[\s*[\w$]+\s*\]\s*\)\s*$)/
/** Calls that return a payload only once its signature checks out. */
const VERIFIED_PAYLOAD = /^(jsonwebtoken|jwt)\.verify$|^jose\.jwtVerify$|^(svix|standardwebhooks|@standard-webhooks\/\w+)\.Webhook\.verify$/
/** Node's whole-file reads, by whatever the module was imported as (`fs`, `node:fs/promises`, `fs-extra`). */
const FILE_READ = /^(node:)?(fs|fs\/promises|fs-extra)\.(promises\.)?(readFile|readFileSync)$/
const CHILD_PROCESS = /^child_process\.(exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)$|^(execa|execa\.\w+|cross-spawn)$/
const HTTP_VERB = /^(get|post|put|patch|delete|head|request|jsonp)$/
/** The HTTP client a NestJS provider or an Angular component has injected: `this.http`, `this.httpService`, `this.httpClient`. */
const INJECTED_HTTP = /^this\.(http|httpService|httpClient)$/
/**
 * Query-builder filters (knex's `where('slug', slug)`, Kysely's `where('id', '=', id)`, drizzle's `where(eq(t.id, id))`): they
 * bind their values as parameters and narrow the rows, so what the query returns is stored data, not the value it was
 * filtered by. The raw forms (`whereRaw`, `sql.raw`) are judged as SQL at their own call.
 */
const BOUND_FILTER = /^(where|andWhere|orWhere|whereNot|andWhereNot|orWhereNot|whereIn|whereNotIn|orWhereIn|orWhereNotIn|whereLike|whereILike|whereBetween|whereNotBetween|whereNull|whereNotNull|whereExists|having|andHaving|orHaving)$/
const KNEX_RAW_CLAUSE = /^(whereRaw|orWhereRaw|andWhereRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|joinRaw|whereExistsRaw)$/
/** Key-value stores and caches (`redis.get(key)`, a Workers KV binding `env.LINKS.get(slug)`, `this.cache.get(key)`): what they hand back was stored, not the key. */
const STORE_RECEIVER = /(^|\.)(redis|redisClient|kv|cache|cacheManager|[A-Z][A-Z0-9_]*)$/
const STORE_READ = /^(get|hget|hgetall|hmget|mget|getdel|getex|getBuffer)$/
const MARKDOWN_RECEIVER = /^(md|markdown|mdit|markdownIt|markdownRenderer|mdRenderer)$/
/** Engines rendering a template string in one call, data second. */
const TEMPLATE_RENDER = /^(ejs|pug|jade|mustache|Mustache|nunjucks|eta)\.(render|renderString)$/
/** The `MARKUP` producers that compile their first argument as a template (the rest render Markdown). */
const TEMPLATE_ENGINE = /^(ejs|pug|jade|mustache|Mustache|nunjucks|eta|handlebars|Handlebars|hbs|dot|lodash|underscore)\./
/**
 * A function named for reading one stored record (`getInvoice`, `findUserById`, `loadOrder`, `readAttachment`,
 * `retrieveDocument`), or the user a session proves (`verifySessionCookie`), not for extracting text. A `read` named for a
 * file, stream, token or a part of the request anywhere in its name (`readFile`, `readBody`, `readSessionCookie`) is not a
 * lookup: what it returns is whatever the named thing holds.
 */
const RECORD_LOOKUP =
  /^(get|find|load|lookup|fetch)(?!(Param|Query|Header|Cookie|Body|Input|Arg|Value|Text|String|Url|URL|Path|Field|Env)s?(?![a-z]))[A-Z]\w*$|^(read|retrieve)(?!\w*(Param|Query|Header|Cookie|Body|Input|Arg|Value|Text|String|Url|URL|Path|Field|Env|File|Dir|Stream|Line|Json|JSON|Bytes|Buffer|Chunk|Form|Multipart|Request|Stdin|Config|Token)s?(?![a-z]))[A-Z]\w*$|^(verify|authenticate)(Session|User)\w*$/

/** A mysql/mysql2 pool or connection, by the names code gives one. */
const SQL_CONNECTION = /(^|[._])(db|pool|conn|connection|mysql|mysqlPool|dbPool|con|cnx|client|trx|tx)$/i

/** SQLite connections whose `query`/`prepare` return a statement to run with bound values, not rows. */
const SQLITE_DATABASE = /^(bun:sqlite\.Database|node:sqlite\.DatabaseSync)$/
const SQLITE_STATEMENT = 'sqlite:statement'

/** Lookups keyed by request data return stored records, not the request's text. */
const LOOKUP = /^(find\w*|get_object_or_404|get_or_404|first_or_404|fetch\w*|query|queryObject|queryArray|execute|select\w*|load\w*|lookup|first|one|one_or_none|oneOrNone|many|manyOrNone|all|count|exists|scalar\w*|findUnique\w*|findFirst\w*|findMany|findById|findOne|get)$/
const NUMERIC = /^(parseInt|parseFloat|Number|Boolean|Number\.parseInt|Number\.parseFloat|Math\.\w+|isNaN|Number\.isInteger|BigInt|Date\.parse|uuid\.validate|validator\.isUUID)$/
/** A global regex literal matching one character (or a run) outside a class of only letters, digits, `_` and `-`: `/[^a-z0-9_-]/gi`, `/\\W+/g`, `/\\D/g`. */
const STRIP_TO_WORD = /^\/(\[\^(a-z|A-Z|0-9|\\w|\\d|_|\\-|-(?=\]))+\]|\\W|\\D)\+?\/[gimsuy]*g[gimsuy]*$/
/** The same strip keeping dots as well (`host.replace(/[^a-z0-9.-]/gi, '')`): a host name or version, still able to spell `..`. */
const STRIP_TO_DOTTED = /^\/\[\^(a-z|A-Z|0-9|\\w|\\d|_|\\-|\\\.|\.|-(?=\]))+\]\+?\/[gimsuy]*g[gimsuy]*$/

const INERT_METHODS = /^(startsWith|endsWith|includes|indexOf|lastIndexOf|test|has|length|localeCompare|every|some|toFixed|toPrecision|toLocaleString|toLocaleDateString|toLocaleTimeString|toISOString|toUTCString|getTime|valueOf|findIndex|findLastIndex)$/
const DOM_LOOKUP = /^(\$|jQuery|document\.(getElementById|getElementsByName|getElementsByClassName|getElementsByTagName|querySelector|querySelectorAll|createElement))$/
const DOM_LOOKUP_METHOD = /^(querySelector|querySelectorAll|getElementById|closest|find|children|siblings|parent|parents)$/
/** Angular's `ActivatedRoute` maps (`route.snapshot.queryParamMap.get('q')`) hold the browser URL's values. */
const ANGULAR_ROUTE = /(^|\.)(queryParamMap|paramMap)\.(get|getAll)$/

/** zod schemas that only admit numbers, booleans, dates, enum members, UUIDs or a pattern: what they parse carries no injectable text. */
const ZOD_SAFE = /^zod(\.z)?\.(number|boolean|bigint|date|enum|nativeEnum|literal|coerce\.(number|boolean|bigint|date))$/
const ZOD_ANY = /^zod(\.z)?\.(string|object|array|any|unknown|union|record|coerce\.string)$/
/** String formats that admit no quotes, spaces or markup. */
const ZOD_NARROWING = /^(uuid|cuid|cuid2|ulid|regex|datetime|date|time|ip)$/
/** Steps that keep a schema what it was. */
const ZOD_KEEPING = /^(int|positive|nonnegative|negative|min|max|finite|safe|multipleOf|length|nonempty|trim|toLowerCase|optional|nullable|nullish|default|describe|brand|readonly|catch)$/

/** What a zod schema call makes, and what its `parse` returns. */
function zodResult(ev: CallEvent): Value | undefined {
  const { qname, name, receiver, args } = ev
  const q = qname ?? ''
  // `z.literal('join')` keeps its value, for a discriminated union to tell its members apart by.
  if (ZOD_SAFE.test(q)) return /\.literal$/.test(q) && args[0]?.str !== undefined ? { qname: 'zod:safe', str: args[0].str } : { qname: 'zod:safe' }
  if (/^zod(\.z)?\.object$/.test(q)) return { qname: 'zod:object', fields: new Map(args[0]?.fields ?? []) }
  if (/^zod(\.z)?\.discriminatedUnion$/.test(q)) return zodUnion(args[0]?.str, args[1]?.elements) ?? { qname: 'zod:any' }
  if (ZOD_ANY.test(q)) return { qname: 'zod:any' }
  const kind = receiver?.qname?.startsWith('zod:') ? receiver.qname : undefined
  if (!kind) return undefined
  if (/^(parse|parseAsync|safeParse|safeParseAsync)$/.test(name)) {
    const parsed = zodParsed(kind, receiver!, args)
    // `const r = Schema.safeParse(body); if (r.success) use(r.data)`.
    return name.startsWith('safe') ? { ...parsed, fields: new Map([['data', parsed]]) } : parsed
  }
  // `z.string().uuid()`, `z.number().int().positive()`: refinements narrow the schema; others (`transform`) leave it open.
  if (kind === 'zod:object') return /^(strict|passthrough|strip|partial|required|optional|nullable)$/.test(name) ? receiver! : { qname: 'zod:any' }
  if (kind === ZOD_UNION) return /^(optional|nullable|describe|readonly)$/.test(name) ? receiver! : { qname: 'zod:any' }
  if (ZOD_NARROWING.test(name)) return { qname: 'zod:safe' }
  return ZOD_KEEPING.test(name) ? receiver! : { qname: 'zod:any' }
}

/**
 * valibot's functional schemas read as zod's: `v.object({ id: v.pipe(v.string(), v.uuid()) })` admits only a UUID under
 * `id`, and `v.parse(Schema, x)` (or `v.safeParse(...).output`) hands back what the schema admits. A pipe narrows when a
 * step admits no quotes, spaces or markup; `v.pipe(v.string(), v.minLength(1))` stays free text.
 */
const VALIBOT_SAFE = /^(number|boolean|bigint|date|picklist|enum|enum_|literal)$/
const VALIBOT_ANY = /^(string|array|tuple|any|unknown|union|variant|record|map|set|looseObject|objectWithRest)$/
const VALIBOT_NARROWING = /^(uuid|cuid2|ulid|nanoid|regex|isoDate|isoDateTime|isoTime|isoTimeSecond|isoTimestamp|isoWeek|ip|ipv4|ipv6|mac|hexadecimal|hexColor|digits|integer|octal|decimal)$/
const VALIBOT_WRAPPING = /^(optional|nullable|nullish|exactOptional|undefinedable|fallback|readonly|brand)$/
const VALIBOT_STEP = 'valibot:step'

function valibotResult(ev: CallEvent): Value | undefined {
  const name = /^valibot\.(\w+)$/.exec(ev.qname ?? '')?.[1]
  if (!name) return undefined
  const [first, second] = ev.args
  if (VALIBOT_SAFE.test(name)) return name === 'literal' && first?.str !== undefined ? { qname: 'zod:safe', str: first.str } : { qname: 'zod:safe' }
  if (name === 'object' || name === 'strictObject') return { qname: 'zod:object', fields: new Map(first?.fields ?? []) }
  if (VALIBOT_ANY.test(name)) return { qname: 'zod:any' }
  if (VALIBOT_NARROWING.test(name)) return { qname: VALIBOT_STEP }
  if (VALIBOT_WRAPPING.test(name)) return first?.qname?.startsWith('zod:') ? first : { qname: 'zod:any' }
  if (name === 'pipe' || name === 'pipeAsync') {
    if (first?.qname === 'zod:safe' || first?.qname === 'zod:object') return first
    return ev.args.slice(1).some((step) => step.qname === VALIBOT_STEP) ? { qname: 'zod:safe' } : { qname: 'zod:any' }
  }
  if (/^(parse|parseAsync|safeParse|safeParseAsync)$/.test(name) && first?.qname?.startsWith('zod:')) {
    const parsed = zodParsed(first.qname, first, second ? [second] : [])
    // `const r = v.safeParse(Schema, input); if (r.success) use(r.output)`.
    return name.startsWith('safe') ? { ...parsed, fields: new Map([['output', parsed]]) } : parsed
  }
  return undefined
}

/** What a program's own configuration is parsed from: `process.env`, `import.meta.env`, a config object or file. */
const CONFIG_INPUT = /^(process\.env|import\.meta\.env|(\w+\.)*env|(\w+\.)*(config|settings|options)\w*)$|^JSON\.parse\(\s*(await\s+)?(fs\.)?readFile/i
/** A parameter named for what a client sent (`ask(body)`, `handle(payload)`, `run(input)`): what a function is handed to parse. */
const PARAM_INPUT = /^(body|payload|input|data|raw|json|params|query|args)$/

/**
 * A zod object schema's `parse` of a function's `body`/`payload`/`input` parameter: nobody validates their own constants,
 * so the parsed fields are what a client sent (a service called from a route, a queue message, a webhook), and its strings
 * are free text whatever the schema's `.max()` or `.url()` says. Configuration parsed the same way (`process.env`) is not.
 */
function schemaParsedInput(ev: CallEvent, parsed: Value, js: JsPass): Value {
  if (!/^(parse|parseAsync|safeParse|safeParseAsync)$/.test(ev.name) || ev.receiver?.qname !== 'zod:object') return parsed
  const arg = ev.argNodes[0]
  const input = ev.args[0]
  if (!arg || !input || input.taint || input.constant || arg.type !== 'identifier' || !PARAM_INPUT.test(js.text(arg)) || CONFIG_INPUT.test(js.text(arg))) return parsed
  if (!ev.fn.node || !parameterNamed(ev.fn.node, js.text(arg), js)) return parsed
  const source = js.source(arg, ev.stmt)
  // Every field the schema leaves as text carries the client's data (`safeParse` keeps them under `data`).
  const marked = (v: Value | undefined): Value => ({ ...v, ...source, fields: new Map([...(v?.fields ?? [])].map(([k, f]) => [k, f.inert ? f : { ...f, ...source }])) })
  return ev.name.startsWith('safe') ? { ...parsed, fields: new Map([['data', marked(parsed.fields?.get('data'))]]) } : marked(parsed)
}

function parameterNamed(fn: SNode, name: string, js: JsPass): boolean {
  const params = field(fn, 'parameters') ?? field(fn, 'parameter') ?? null
  return params !== null && new RegExp(`(^|[(,\\s])${name}\\b`).test(js.text(params))
}

/** Hono's `zValidator('query', schema)` middleware: what `c.req.valid('query')` returns was parsed by the schema. */
export const HONO_VALIDATOR = 'hono:validator'
/** What Neon's `neon(url)` returns: a tag that binds its values, and a function that runs the text it is handed. */
export const NEON_SQL = 'neon:sql'

/** `c.req.valid(target)` behind a zod validator: the request data as the schema parsed it. */
export function validatedBy(schema: Value, data: Value): Value {
  return schema.qname?.startsWith('zod:') ? zodParsed(schema.qname, schema, [data]) : data
}

/**
 * `z.discriminatedUnion('type', [z.object({ type: z.literal('join'), … }), …])`: each member's object schema, under the
 * discriminator's value, so a `switch (msg.type) { case 'join': … }` can read the fields that member declares.
 */
const ZOD_UNION = 'zod:union'
/** The key a parsed union keeps a member's parse under: the discriminator and its value (` case:type=join`). */
export const unionCaseKey = (discriminator: string, tag: string): string => ` case:${discriminator}=${tag}`

function zodUnion(discriminator: string | undefined, members: Value[] | undefined): Value | undefined {
  if (discriminator === undefined || !members?.length || !members.every((m) => m.qname === 'zod:object' && m.fields)) return undefined
  return { qname: ZOD_UNION, str: discriminator, elements: members }
}

/** A discriminated union's parse: outside a check on the tag, a field is free of text only if every member that declares it says so. */
function unionParsed(schema: Value, input: Value): Value {
  const members = schema.elements!
  const fields = new Map<string, Value>()
  const keys = new Set(members.flatMap((m) => [...m.fields!.keys()]))
  for (const key of keys) fields.set(key, members.every((m) => !m.fields!.has(key) || m.fields!.get(key)!.qname === 'zod:safe') ? { inert: true } : input)
  for (const member of members) {
    const tag = member.fields!.get(schema.str!)?.str
    if (tag !== undefined) fields.set(unionCaseKey(schema.str!, tag), zodParsed('zod:object', member, [input]))
  }
  return { ...input, fields }
}

function zodParsed(kind: string, schema: Value, args: Value[]): Value {
  const input = derive(args.slice(0, 1), ~0)
  if (kind === 'zod:safe') return { inert: true }
  if (kind === ZOD_UNION && schema.elements) return unionParsed(schema, input)
  if (kind !== 'zod:object' || !schema.fields) return input
  // Each field as the schema declares it: `{ n: z.number() }` parses to a number whatever was sent.
  const fields = new Map<string, Value>()
  for (const [key, declared] of schema.fields) fields.set(key, declared.qname === 'zod:safe' ? { inert: true } : input)
  return { ...input, fields }
}

/** A tRPC procedure after `.input(schema)`: the schema travels on to the resolver's `input`. */
const TRPC_INPUT = 'trpc:input'
const TRPC_SCHEMA = ' schema'
/** Procedure builder steps that leave the input schema as it was. */
const TRPC_KEEPING = /^(use|meta|output|concat|unstable_concat)$/

/** `.input(z.object({ name: z.enum([...]) }))`: a field the schema admits only as an enum member, number or UUID carries no injectable text. */
function trpcInput(input: Value, procedure: Value | undefined): Value {
  const schema = procedure?.qname === TRPC_INPUT || procedure?.qname === SERVER_FN ? procedure.fields?.get(TRPC_SCHEMA) : undefined
  if (!schema) return input
  if (schema.qname === 'zod:safe') return { inert: true }
  if (schema.qname !== 'zod:object' || !schema.fields) return input
  const fields = new Map(input.fields ?? [])
  for (const [key, declared] of schema.fields) if (declared.qname === 'zod:safe') fields.set(key, { inert: true })
  return { ...input, fields }
}

/** Compilers whose `{{x}}`/`#{x}`/`<%= x %>` HTML-escape the value by default. */
const ESCAPING_COMPILE = /^((handlebars|Handlebars|hbs)\.compile|(pug|jade)\.compile|ejs\.compile)$/
/** The template's own opt-outs: `{{{x}}}`, `{{& x}}`, `!{x}`, `!=`, `<%- x %>`. */
const RAW_OUTPUT = /\{\{\{|\{\{&|!\{|!=|<%-/
const ESCAPED_TEMPLATE = 'template:escaping'
/** Compilers whose plain output tag writes the value as is: lodash's and underscore's `<%= x %>` and `${x}`, doT's `{{= x }}`. */
const RAW_COMPILE = /^((lodash|underscore)\.template|(dot|doT)\.template)$/
/** What a raw-output template compiled from the code's own text makes: its output is markup with the values as given. */
const RAW_TEMPLATE = 'template:raw'
/** A template compiled from request data: what it renders is that template injection, reported where it is compiled. */
const INJECTED_TEMPLATE = 'template:injected'

/** TypeBox builders (`Type.Object({ id: Type.Integer() })`) read as the JSON Schema they produce, so a route's `schema` option sees the types. */
const TYPEBOX = /^(@sinclair\/typebox|typebox|@fastify\/type-provider-typebox)\.Type\.(\w+)$/

function typeboxSchema(kind: string, args: Value[]): Value | undefined {
  const c = (str: string): Value => ({ constant: true, str })
  if (/^(Integer|Number|Boolean)$/.test(kind)) return { fields: new Map([['type', c(kind.toLowerCase())]]) }
  if (kind === 'Literal') return { fields: new Map([['const', args[0] ?? {}]]) }
  if (kind === 'Optional' || kind === 'Readonly') return args[0]
  if (kind === 'String') return { fields: new Map([['type', c('string')], ...(args[0]?.fields?.has('format') ? [['format', args[0].fields.get('format')!] as [string, Value]] : [])]) }
  if (kind === 'Object' && args[0]?.fields) return { fields: new Map([['type', c('object')], ['properties', args[0]]]) }
  // `Type.Union([Type.Literal('open'), Type.Literal('closed')])`: an enum.
  if (kind === 'Union' && args[0]?.elements?.length && args[0].elements.every((e) => e.fields?.has('const'))) return { fields: new Map([['enum', { constant: true }]]) }
  return undefined
}

const TYPED_PROMPT = /^(?:readline-sync\.(?:question|prompt|questionEMail|keyIn)|(?:window\.)?prompt)$/

export function jsCallResult(ev: CallEvent, js: JsPass): Value {
  const { qname, name, receiver, args } = ev
  const q = qname ?? name
  // What a person types at a prompt (`readlineSync.question('host: ')`, the browser's `prompt('Expression')`) is theirs,
  // not a constant made of the question: eval and shell strings see an unchecked value.
  // `String(req.query.status)`: text from here on, wherever it is handed (a filter built here and queried in a helper).
  if (!ev.isNew && !receiver && q === 'String' && args.length === 1 && args[0]?.taint) return asText(args[0])
  // `new RegExp(term, 'i')`: a pattern made from the text (an object sent in its place is turned into text first), which a
  // Mongo filter matches with; no operator object of the client's. The pattern itself is the regex rule's to judge.
  if (!receiver && q === 'RegExp' && args.length >= 1 && args[0]?.taint) return asText(args[0])
  if (TYPED_PROMPT.test(q) || (name === 'prompt' && /^(window|globalThis|self)$/.test(ev.receiverText ?? ''))) return {}
  // ThinkJS's controller readers: `this.get('q')` (the query string), `this.post('bio')` (the form), `this.param()`, `this.file()`,
  // and `this.header(name)` and `this.cookie(name)` with no value to set.
  if (ev.receiverText === 'this' && /^(get|post|param|file|header|cookie)$/.test(name) && args.length <= 1 && fileHas(js.ctx, THINKJS)) return js.source(ev.node, ev.stmt)
  // AdonisJS's IoC container (`const Invoice = use('App/Models/Invoice')`, `use('Database')`): a binding, not a constant made of its name.
  if (!receiver && q === 'use' && args.length === 1 && /^[A-Z][\w]*(\/[\w]+)*$/.test(args[0]?.str ?? '')) return { qname: `adonis:${args[0]!.str}` }
  // A parsed LDAP filter, or one built from objects (`new EqualityFilter({ attribute, value })`), is an object of the library's:
  // text spliced into a parsed one was judged where it was parsed, and an object's values are matched as values.
  if (/^(ldapjs|ldapts)\.(parseFilter|filters\.parseString|(filters\.)?(Equality|Substring|Presence|Approximate|GreaterThanOrEquals|LessThanOrEquals|Extensible|And|Or|Not)Filter)$/.test(q)) return { qname: 'ldap:filter' }
  if (!receiver && q === '@neondatabase/serverless.neon') return { qname: NEON_SQL }
  const typebox = TYPEBOX.exec(q)
  const schema = typebox ? typeboxSchema(typebox[2]!, args) : undefined
  if (schema) return schema
  const zod = zodResult(ev)
  if (zod) return schemaParsedInput(ev, zod, js)
  const valibot = valibotResult(ev)
  if (valibot) return valibot
  // A loader's `json({ note, flash })`: the response body keeps its fields for `useLoaderData()` to read.
  if (REMIX_DATA.test(q) && args[0]?.fields) return args[0]
  if (/^@hono\/zod-validator\.zValidator$|^zValidator$|^@hono\/valibot-validator\.vValidator$|^vValidator$/.test(q) && args[0]?.str && args[1]?.qname?.startsWith('zod:')) return { qname: HONO_VALIDATOR, str: args[0].str, fields: new Map([[args[0].str, args[1]]]) }
  if (receiver && name === 'input' && args[0]?.qname?.startsWith('zod:')) return { qname: TRPC_INPUT, fields: new Map([[TRPC_SCHEMA, args[0]]]) }
  if (receiver?.qname === TRPC_INPUT && TRPC_KEEPING.test(name)) return receiver
  if (!receiver && /(^|\.)createServerFn$/.test(q)) return { qname: SERVER_FN }
  if (receiver?.qname === SERVER_FN && /^(validator|inputValidator)$/.test(name)) return { qname: SERVER_FN, ...(args[0]?.qname?.startsWith('zod:') ? { fields: new Map([[TRPC_SCHEMA, args[0]]]) } : {}) }
  if (receiver?.qname === SERVER_FN && /^(middleware|type)$/.test(name)) return receiver
  // `Handlebars.compile('<p>{{title}}</p>')`: a constant template in an engine that escapes what it interpolates.
  if (ESCAPING_COMPILE.test(q) && args[0]?.constant && typeof args[0].str === 'string' && !RAW_OUTPUT.test(args[0].str)) return { qname: ESCAPED_TEMPLATE }
  if (q === ESCAPED_TEMPLATE) return withSafe(derive(args, ~0), SAFE.html)
  if (ESCAPING_COMPILE.test(q) || RAW_COMPILE.test(q)) {
    const source = args[0]
    if (source?.taint) return { qname: INJECTED_TEMPLATE }
    // `Handlebars.compile('<article>{{{body}}}</article>')`, `_.template('<p><%= name %></p>')`: the values go in unescaped.
    if (source?.constant && typeof source.str === 'string' && (ESCAPING_COMPILE.test(q) ? RAW_OUTPUT.test(source.str) : /<%=|\$\{|\{\{=/.test(source.str))) return { qname: RAW_TEMPLATE }
  }
  if (q === RAW_TEMPLATE) {
    const out = derive(args, ~0)
    return out.taint ? { ...out, markup: true } : out
  }
  if (q === INJECTED_TEMPLATE) return { ...derive(args, ~0), markup: true, madeBy: 'a template compiled from request data' }
  if (receiver && hasTag(receiver, TAG.request) && REQUEST_METHODS.has(name)) return js.source(ev.node, ev.stmt)
  // A VS Code webview's own URIs for the extension's files (`webview.asWebviewUri(uri)`): the editor's `vscode-webview:` scheme, encoded.
  if (receiver && name === 'asWebviewUri') return { inert: true }
  // `text.match(/create\s+table\s+(\w+)/i)`, `re.exec(line)`, `line.matchAll(/(\d+)/g)`: a pattern of word characters, spaces and
  // written letters matches only such text, so whatever it captures holds no quote, bracket, separator or shell character.
  if (receiver && /^(match|matchAll|exec)$/.test(name) && WORD_PATTERN.test(js.text((name === 'exec' ? field(ev.node, 'function') && field(field(ev.node, 'function')!, 'object') : ev.argNodes[0]) ?? ev.node))) return { inert: true }
  // A pull request, issue or comment fetched from GitHub (`octokit.rest.pulls.get(...)`, `github.rest.issues.listComments(...)`):
  // its title, body and branch name are whoever opened it, as in the event that announced it.
  if (receiver && GITHUB_CONTENT.test(`${ev.receiverText ?? ''}.${name}`)) {
    const read = js.source(ev.node, ev.stmt)
    return { ...read, taint: { ...read.taint!, event: true } }
  }
  // A VS Code extension's view of a file of the opened folder, which a cloned repository writes: the document's whole text
  // (`editor.document.getText()`). A range or selection (`getText(editor.selection)`) is what the user pointed a command at.
  if (receiver && name === 'getText' && args.length === 0 && fileHas(js.ctx, VSCODE_MODULE) && /(^|\.)(document|doc|textDocument|activeTextEditor\??\.document)$/.test(ev.receiverText ?? '')) return js.source(ev.node, ev.stmt)
  // Oak's `ctx.request.body({ type: 'json' }).value` (before v13 made `body` an object with `.json()`): what the client posted.
  if (receiver && name === 'body' && hasTag(receiver, TAG.request) && /(^|\.)request$/.test(ev.receiverText ?? '')) return js.source(ev.node, ev.stmt)
  // `$('<li>').text(q)`: jQuery's setters return the element set, with q as its text, not markup.
  if (receiver && args.length > 0 && /^(text|val|addClass|removeClass|toggleClass|css)$/.test(name) && /^(\$|jQuery)\(/.test(ev.receiverText ?? '')) return {}
  // @effect/platform's schema readers decode what the client sent (`yield* HttpServerRequest.schemaBodyJson(Body)`); a schema of strings admits any text.
  if (EFFECT_READER.test(q)) return js.source(ev.node, ev.stmt)
  // h3's readers take the event: `getQuery(event)`, `await readBody(event)`, `getRouterParam(event, 'id')`.
  if (!receiver && H3_READER.test(q) && args[0] && hasTag(args[0], TAG.request)) return js.source(ev.node, ev.stmt)
  // A multipart parser handed the request (formidable's `await form.parse(req)`): the fields and file names the client sent.
  if (receiver && MULTIPART_PARSE.test(name) && args[0] && hasTag(args[0], TAG.request)) return js.source(ev.node, ev.stmt)
  if (/^(useSearchParams|useParams|useLocation|useRouter|react-router(-dom)?\.(useSearchParams|useParams|useLocation)|next\/navigation\.(useSearchParams|useParams)|next\/router\.useRouter)$/.test(q)) return js.source(ev.node, ev.stmt, true)
  // Expo Router's route parameters: every screen opens from a deep link (`myapp://article/x?title=…`) that any web page,
  // QR code or other app can send, as a web page opens from its URL.
  if (/^expo-router\.(useLocalSearchParams|useGlobalSearchParams|useSearchParams)$/.test(q)) return js.source(ev.node, ev.stmt, true)
  if (ANGULAR_ROUTE.test(q)) return js.source(ev.node, ev.stmt, true)
  if (/^(vue-router\.useRoute|useRoute)$/.test(q)) return { tags: TAG.browserRoute }
  // Next.js's cookie store, however it is named once awaited (`const store = await cookies()`).
  if (q === 'next/headers.cookies') return { qname: 'next/headers.cookies()' }
  // Next.js's `headers()` in a server action or route: the request's headers (`Referer`, `Host`, `X-Forwarded-*`), which the client writes.
  if (q === 'next/headers.headers') return { tags: TAG.request }
  // An archive read from anywhere but the code holds entry names its author chose (`../../etc/cron.d/x`: zip slip).
  if (ev.isNew && /^(adm-zip|AdmZip)$/.test(q) && !args[0]?.constant) return js.source(ev.node, ev.stmt)
  // An element looked up by a constant selector is a live object (its `.value` is what the user typed), not a constant.
  // An array of request data searched with `find` (`parts.find((p) => p.name === 'avatar')`) hands back one of its elements.
  // `KINDS.find((k) => k === query.kind)`: an entry of an array the code wrote, or undefined, whatever the predicate compares.
  if (receiver?.constant && receiver.elements?.length && receiver.elements.every((e) => e.constant) && /^(find|findLast)$/.test(name)) return constant()
  if (DOM_LOOKUP.test(q) || (receiver && DOM_LOOKUP_METHOD.test(name) && !(receiver.taint && name === 'find'))) return {}
  if (receiver?.taint && /^(get|getAll|entries|values)$/.test(name)) return derive([receiver, ...args], ~0)
  // A payload whose signature the call checks (Stripe's `webhooks.constructEvent(body, sig, secret)`, svix's and Standard
  // Webhooks' `wh.verify(body, headers)`, `jwt.verify(token, key)`, jose's `jwtVerify`) is what the signer wrote, not the client.
  if (VERIFIED_PAYLOAD.test(q) || (receiver && /^constructEvent(Async)?$/.test(name) && /webhooks?$/i.test(ev.receiverText ?? ''))) return {}
  // `ids.map(Number).filter(Number.isInteger)`, `.slice(0, 50)`, `.sort()`: part of an array of numbers (or constants) is one too.
  if (receiver && !receiver.taint && (receiver.inert || (receiver.constant && !receiver.qname)) && /^(filter|slice|sort|toSorted|reverse|toReversed|find|findLast|at)$/.test(name)) return receiver.inert ? { inert: true } : constant()
  // A child process (or its output) is what the program printed, and a response what the server sent, not the arguments they were given.
  if (CHILD_PROCESS.test(q) || HTTP_CLIENT.test(q)) return {}
  // `await readFile(path.join(TEMPLATES, \`${locale}.hbs\`))`: the file's contents, which the server holds, not the path. A path
  // from the request is judged at the read itself.
  if (FILE_READ.test(q)) return {}
  // AWS SDK v3's `client.send(new GetObjectCommand({ Key }))`: the service's response (an object's body and metadata, a
  // function's result), not the command's input; a key built from request data picks the object, it does not write it.
  if (receiver && name === 'send' && ev.argNodes[0]?.type === 'new_expression' && /Command$/.test(js.text(field(ev.argNodes[0], 'constructor') ?? ev.argNodes[0]))) return {}
  // Angular's `HttpClient` and NestJS's `HttpService` held as `this.http`: the response, not the URL it was asked for.
  if (receiver && HTTP_VERB.test(name) && INJECTED_HTTP.test(ev.receiverText ?? '')) return {}
  // `const run = promisify(exec)`: the wrapper runs what it wraps.
  if ((q === 'util.promisify' || q === 'promisify') && args[0]?.qname) return { qname: args[0].qname }
  // TypeORM's builder returns itself from every step: `.select().from().where()` is still the builder.
  if (name === 'createQueryBuilder' || (receiver && hasTag(receiver, TAG.sqlBuilder) && !/^(get\w*|execute|stream|then)$/.test(name))) return { ...derive(args, TAG.insecureRandom | TAG.weakHash), tags: TAG.sqlBuilder }
  // D1/better-sqlite3 `db.prepare(sql).bind(id)`: bound values are parameters, and the rows read back are stored data, not the request's.
  if (receiver && name === 'bind' && !receiver.taint && /\.prepare\s*\(/.test(ev.receiverText ?? '')) return {}
  if (receiver && !receiver.taint && !receiver.constant && !hasTag(receiver, TAG.request) && LOOKUP.test(name) && name !== 'get') return {}
  // sqlite's and sqlite3's `db.get('SELECT … WHERE api_key = ?', key)`: the row the query found, not the bound key.
  if (receiver && !receiver.taint && name === 'get' && /^\s*select\b/i.test(args[0]?.str ?? '') && SQL_CONNECTION.test(ev.receiverText ?? '')) return {}
  // bun:sqlite's and node:sqlite's `db.query(sql)`/`db.prepare(sql)` compile a statement (the SQL is judged there), and the
  // statement's `get(slug)`/`all(slug)` bind their arguments: what they return is the rows the database holds.
  if (receiver && SQLITE_DATABASE.test(receiver.qname ?? '') && /^(query|prepare)$/.test(name)) return { qname: SQLITE_STATEMENT }
  if (receiver?.qname === SQLITE_STATEMENT && /^(get|all|values|iterate|run)$/.test(name)) return {}
  // A client made at load time from configuration (`new Client(Deno.env.get('DATABASE_URL'))`) reads as a constant, but the
  // rows its queries return are the database's, not the constant's nor the bound arguments'.
  if (receiver?.constant && !receiver.taint && /^(query|queryObject|queryArray|execute)$/.test(name) && SQL_CONNECTION.test(ev.receiverText ?? '')) return {}
  // An imported lookup keyed by request data (`await getInvoice(params.id)`, `findUserByEmail(email)`) returns the stored
  // record, as the same lookup on a repository does; one handed the request object itself (`getParam(req, 'next')`) reads it.
  if (!receiver && !ev.isNew && RECORD_LOOKUP.test(name) && q !== undefined && !q.startsWith('local.') && !args.some((a) => hasTag(a, TAG.request))) return {}
  if (receiver && !receiver.taint && BOUND_FILTER.test(name)) return {}
  // knex's raw clauses (`whereRaw(\`number = '${n}'\`)`) are judged as SQL at their own call; the rows the query then returns are stored data all the same.
  if (receiver && !receiver.taint && KNEX_RAW_CLAUSE.test(name)) return {}
  if (receiver && !receiver.taint && !receiver.constant && !hasTag(receiver, TAG.request) && STORE_READ.test(name) && STORE_RECEIVER.test(ev.receiverText ?? '')) return {}
  // `SIZES.get(req.query.kind)` on a Map built from constants: one of its values, or undefined.
  if (receiver?.constant && name === 'get' && !receiver.qname) return constant()
  // `new URL('/login', req.url)`: the path is fixed and the host is the request's own.
  // A base the client sent (`new URL('/api/ping', req.body.server)`) still chooses the host.
  if (ev.isNew && q === 'URL' && args[0]?.str?.startsWith('/') && !args[0].str.startsWith('//')) return ownBase(ev, js) ? {} : derive(args.slice(1), ~0)
  // `new URL(\`/v1/items/${id}\`, API_BASE)`: a path from the site root keeps the base's host, whatever follows the first `/`;
  // against the request's own URL (`new URL(\`/login?from=${back}\`, req.url)`) it stays on this site.
  if (ev.isNew && q === 'URL' && ev.argNodes[1] && /^\/(?![/\\])/.test(args[0]?.built?.prefix ?? '') && (!args[1]?.taint || ownBase(ev, js))) return withSafe(derive(args.slice(0, 1), ~0), SAFE.url)
  // `new URL(request.url)`: the address this request came to, whose origin, host and scheme are this site's; its path and
  // query string are still the client's.
  if (ev.isNew && q === 'URL' && ev.argNodes.length === 1 && OWN_REQUEST_URL.test(js.text(ev.argNodes[0]!))) {
    const own: Value = {}
    return { ...derive(args, ~0), fields: new Map([['origin', own], ['host', own], ['hostname', own], ['protocol', own]]) }
  }
  // `new URL(next, request.url)` with a target the client did not send: resolved against this request's own origin, the
  // request's URL lends it nothing the client chose that matters (its query string is dropped).
  if (ev.isNew && q === 'URL' && ev.argNodes[1] && args[1]?.taint && ownBase(ev, js) && !isTainted(args[0], 'url')) return derive(args.slice(0, 1), ~0)
  // Before the numeric rule below, which `Math.random` would otherwise match.
  // uuid v1 is a timestamp and a MAC address: anyone who sees one id can guess its neighbours.
  // nanoid's `non-secure` build draws from Math.random, and shortid (deprecated by its authors as unsafe) mixes a clock
  // into a seeded shuffle: ids from either can be guessed from their neighbours. lodash's `random`, `sampleSize` and
  // `shuffle` draw from Math.random.
  if (q === 'Math.random' || q === 'uuid.v1' || q === 'uuid.v1.default' || q === 'crypto.pseudoRandomBytes' || LODASH_PRNG.test(q) || PREDICTABLE_ID.test(q)) return { tags: TAG.insecureRandom, madeAt: js.rowOf(ev.node) + 1, madeBy: q }
  // `const inviteCode = customAlphabet(ALPHABET, 10)` from nanoid/non-secure: the generator it returns is that build's nanoid.
  if (q === 'nanoid/non-secure.customAlphabet' || q === 'nanoid/non-secure.customRandom') return { qname: 'nanoid/non-secure.nanoid' }
  // An isolated Handlebars environment (`Handlebars.create()`) and a configured Nunjucks one (`nunjucks.configure(dir)`,
  // `new nunjucks.Environment(loader)`) compile and render as the module does: `env.renderString(src)` is `nunjucks.renderString(src)`.
  if (q === 'handlebars.create') return { qname: 'handlebars' }
  if (q === 'nunjucks.configure' || (ev.isNew && q === 'nunjucks.Environment')) return { qname: 'nunjucks' }
  if (NUMERIC.test(q)) {
    // `Math.floor(Math.random() * 16)` is a number, but still the PRNG's output.
    const prng = args.find((a) => hasTag(a, TAG.insecureRandom))
    if (prng) return { inert: true, tags: TAG.insecureRandom, madeAt: prng.madeAt!, madeBy: prng.madeBy! }
    return args.every((a) => a.constant) ? constant() : { inert: true }
  }
  // Node's `util.format('<p>%s</p>', q)` fills `%s` with the text as given: a built string (not the SQL escaper its name suggests).
  if (/^(util|node:util)\.format$/.test(q) && typeof args[0]?.str === 'string') return formatted(args[0].str, args.slice(1), js.rowOf(ev.node) + 1)
  if (MARKUP.test(q) || (name === 'render' && MARKDOWN_RECEIVER.test(ev.receiverText ?? ''))) {
    // `ejs.render('<p><%- note %></p>', { note })`: the template is the code's own, but its raw-output tag writes the data
    // into the markup as given (`<%= %>`, `#{}`, `{{ }}` escape it, and leave the output as safe as the template).
    if (TEMPLATE_RENDER.test(q) && args[0]?.constant && typeof args[0].str === 'string' && RAW_OUTPUT.test(args[0].str)) {
      const data = derive(args.slice(1), ~0)
      return data.taint ? { ...data, markup: true } : data
    }
    const out = derive(args.slice(0, 1))
    // A template engine's output carries the taint of its template, which is the template injection itself.
    return out.taint ? { ...out, markup: true, ...(TEMPLATE_ENGINE.test(q) ? { madeBy: q } : {}) } : out
  }
  // mysql/mysql2's `pool.escape(v)` and `connection.escapeId(col)` are the driver's own quoting of a SQL literal or
  // identifier, whatever the pool is called; the bare `escape` of the table below is an HTML escaper.
  if (receiver && !receiver.taint && /^(escape|escapeId)$/.test(name) && SQL_CONNECTION.test(ev.receiverText ?? '')) {
    const out = derive(args)
    return out.taint || out.built ? withSafe(out, SAFE.sql) : { ...out, safe: (out.safe ?? 0) | SAFE.sql }
  }
  // The `ldap-escape` package's template tags escape every value they are handed for a filter or a DN.
  if (ev.tagged && /^ldap-escape\.(filter|dn)$/.test(q)) {
    const out = derive(ev.substitutions ?? [])
    return { ...out, safe: (out.safe ?? 0) | SAFE.ldap }
  }
  // serialize-javascript writes `<`, `>`, `/` and the line separators as escapes, so no `</script>` in the data can close the
  // inline script it is meant for; `{ unsafe: true }` turns that escaping off.
  if (q === 'serialize-javascript' && args[0]) {
    const out = derive(args.slice(0, 1))
    if (ev.argNodes[1] && /\bunsafe\s*:\s*(?!false\b)/.test(js.text(ev.argNodes[1]))) return out
    return out.taint || out.built ? withSafe(out, SAFE.html) : { ...out, safe: (out.safe ?? 0) | SAFE.html }
  }
  for (const [pattern, kinds] of ANY_SANITIZER.test(q) || (!receiver && ANY_SANITIZER.test(name)) ? SANITIZERS : NO_SANITIZERS) {
    if (!pattern.test(q) && (receiver || !pattern.test(name))) continue
    const out = derive(args)
    // `JSON.stringify({ model, messages })` is the request body an HTTP API reads field by field (a chat API's `messages`).
    const json = q === 'JSON.stringify' && args[0]?.fields ? { fields: args[0].fields } : {}
    // A sanitiser's output is safe for its sinks even when its input was not known to be tainted.
    return out.taint || out.built ? { ...withSafe(out, kinds), ...json } : { ...out, safe: (out.safe ?? 0) | kinds, ...json }
  }
  if (receiver && INERT_METHODS.test(name)) return { inert: true }
  // `cols.filter((c) => ALLOWED.includes(c))`: what survives an allow-list predicate is one of the allowed values.
  if (receiver && name === 'filter' && ev.argNodes[0] && allowListPredicate(ev.argNodes[0], js)) return withSafe(derive([receiver]), SAFE.all)
  // `urls.filter(allowed)`: a validator of this file handed by name keeps what its call would let through (`if (!allowed(u))`).
  if (receiver && name === 'filter' && ev.argNodes[0]?.type === 'identifier' && VALIDATOR_NAME.test(js.text(ev.argNodes[0])) && soundHelper(js.text(ev.argNodes[0]), ev.node, (n) => js.text(n), (n) => js.rowOf(n))) return withSafe(derive([receiver]), SAFE.all)
  // `id.replace(/[^a-z0-9_-]/gi, '')`: what survives a global strip of everything but letters, digits, `_` and `-` has no
  // quote, dot, slash or metacharacter left for any sink to misread.
  if (receiver && /^replace(All)?$/.test(name) && STRIP_TO_WORD.test(ev.argNodes[0] ? js.text(ev.argNodes[0]) : '') && /^['"][-_]?['"]$/.test(ev.argNodes[1] ? js.text(ev.argNodes[1]) : '')) return withSafe(derive([receiver]), SAFE.all)
  if (receiver && /^replace(All)?$/.test(name) && STRIP_TO_DOTTED.test(ev.argNodes[0] ? js.text(ev.argNodes[0]) : '') && /^['"]['"]$/.test(ev.argNodes[1] ? js.text(ev.argNodes[1]) : '')) return withSafe(derive([receiver]), SAFE.all & ~SAFE.path & ~SAFE.url)
  // A replacement that puts back a captured group (`cookie.replace(/(?:^|.*;\s*)name=([^;]*).*$/, '$1')`) extracts text, not strips it.
  // A callback that answers each match with an entity (`(c) => \`&#${c.charCodeAt(0)};\``, `(c) => ESCAPES[c]`) escapes it too.
  if (receiver && /^replace(All)?$/.test(name) && /[<>&]|\\W|\[\^/.test(ev.argNodes[0] ? js.text(ev.argNodes[0]) : '') && (!/\$\d|\$&|\$<|=>|function/.test(ev.argNodes[1] ? js.text(ev.argNodes[1]) : '') || ENTITY_CALLBACK.test(ev.argNodes[1] ? js.text(ev.argNodes[1]) : ''))) return withSafe(derive([receiver]), SAFE.html | (stripsLineBreaks(js.text(ev.argNodes[0]!)) ? SAFE.log : 0))
  // `text.replace(/[\r\n]/g, '')`: the line breaks taken out (after the escapes above, which such a pattern may also be).
  if (receiver && /^replace(All)?$/.test(name) && stripsLineBreaks(ev.argNodes[0] ? js.text(ev.argNodes[0]) : '')) return withSafe(derive([receiver]), SAFE.log)
  // `path.normalize(p).replace(/^(\.\.(\/|\\|$))+/, '')`: once normalised, every `..` is at the start, and the anchored pattern strips them all.
  if (receiver && name === 'replace' && /^\/\^.*\\\.\\\./.test(ev.argNodes[0] ? js.text(ev.argNodes[0]) : '') && /^(path\.)?(posix\.)?normalize\(/.test(ev.receiverText ?? '')) return withSafe(derive([receiver]), SAFE.path)
  if ((q === 'crypto.createHash' || q === 'createHash') && args[0]?.str && /^(md5|sha1)$/i.test(args[0].str)) {
    return { tags: TAG.weakHash, madeAt: js.rowOf(ev.node) + 1, madeBy: args[0].str.toUpperCase() }
  }
  // node-forge's message digests are made first and fed later, as `createHash` is: `forge.md.md5.create()`, then `md.update(x)`.
  const forgeDigest = /^node-forge\.md\.(md5|sha1)\.create$/.exec(q)
  if (forgeDigest) return { tags: TAG.weakHash, madeAt: js.rowOf(ev.node) + 1, madeBy: forgeDigest[1]!.toUpperCase() }
  const oneShot = weakDigest(ev)
  if (oneShot) return { ...derive(args), tags: TAG.weakHash, madeAt: js.rowOf(ev.node) + 1, madeBy: oneShot }
  if (receiver && hasTag(receiver, TAG.weakHash | TAG.insecureRandom) && /^(update|digest|toString|slice|substring|substr|replace|padStart|toUpperCase)$/.test(name)) return { ...receiver, ...derive([receiver, ...args], TAG.weakHash | TAG.insecureRandom), tags: receiver.tags!, madeAt: receiver.madeAt!, madeBy: receiver.madeBy! }
  if (name === 'encode' && args[0]?.constant) return args[0]
  if ((q === 'Buffer.from' || q === 'String') && args[0]?.constant) return args[0]
  if (ev.isNew && q === 'URLSearchParams') return derive(args, ~0)
  // `URL.createObjectURL(blob)` names the blob with a `blob:` URL of this page's origin: it cannot become `javascript:`
  // or another site. What the blob holds still speaks for it, so a Blob made of request data stays tainted.
  if (/^(window\.|self\.)?URL\.createObjectURL$/.test(q)) {
    const out = derive(args)
    return out.taint || htmlBlob(ev, js) ? out : { ...out, safe: (out.safe ?? 0) | SAFE.url }
  }
  if (receiver?.str !== undefined && name === 'join' && args[0] === undefined) return derive([receiver])
  if (receiver?.constant && args.every((a) => a.constant) && !/^(query|execute|get)$/.test(name)) return receiver.str !== undefined && /^(trim|toLowerCase|toUpperCase)$/.test(name) ? constant() : constant()
  if (receiver?.elements && name === 'join' && !isInert(receiver)) return joinElements(receiver.elements, args[0], js.rowOf(ev.node) + 1)
  if (receiver && !receiver.qname && name === 'join' && !isInert(receiver)) {
    // Elements a sanitiser made (`items.map(renderEscaped)`) stay escaped once joined.
    const safe = !receiver.taint && !receiver.built ? receiver.safe : undefined
    return { ...derive([receiver, ...args], TAG.insecureRandom | TAG.weakHash), built: receiver.built ?? { how: '`.join()`', line: js.rowOf(ev.node) + 1, parts: [ev.receiverText ?? 'array'], prefix: '', ...(safe ? { safe } : {}) } }
  }
  const keep = TAG.insecureRandom | TAG.weakHash | TAG.sharedTemp | TAG.unpredictable
  if (q === 'os.tmpdir' || q === 'tmpdir') return { tags: TAG.sharedTemp }
  // `axios.create({...})`, `got.extend()`, `ky.create()`: an instance requests like the library itself.
  if (/^(axios|got|ky)\.(create|extend)$/.test(q)) return { qname: q.split('.')[0]! }
  // Template engine instances render and compile like the module: `new nunjucks.Environment(loader)`, `nunjucks.configure()`, `Handlebars.create()`.
  if (/^(nunjucks\.(Environment|configure)|(handlebars|Handlebars)\.create)$/.test(q)) return { qname: q.split('.')[0]!.toLowerCase() === 'handlebars' ? 'handlebars' : 'nunjucks' }
  // `mkdtemp` makes a fresh private directory: paths inside it are nobody else's. Its name, like a random id, is
  // the program's own prefix and random characters, so no text a client chose travels in it.
  if (/^fs\.(promises\.)?(mkdtemp|mkdtempSync)$|^(fs\/promises|node:fs\/promises)\.mkdtemp$/.test(q)) return { tags: TAG.unpredictable, inert: true }
  // Node opens for reading when no flags are given: writes through this handle or descriptor fail. `fsp` and
  // `fsPromises` are what code calls `fs/promises` (or `fs.promises`), read so when the import is outside the diff.
  if (/^fs\.(promises\.)?(open|openSync)$|^(fsp|fsPromises)\.open$/.test(q) && (args[1] === undefined || /^(r|rs|sr)$/.test(args[1].str ?? ''))) {
    const opened = derive(args, keep)
    return { ...opened, tags: (opened.tags ?? 0) | TAG.readOnlyFile }
  }
  const joined = urlJoined(ev, js)
  if (joined) return joined
  if (/^(crypto\.(randomUUID|randomBytes|randomInt)|randomUUID|randomBytes|uuid\.(v4|v7)|nanoid|nanoid\.nanoid|cuid|cuid2\.createId)$/.test(q)) return { tags: TAG.unpredictable, inert: true }
  // An instance of a class of this file carries what it was made from, as a plain object would.
  return derive(receiver && (!receiver.qname || receiver.qname.startsWith('local.')) ? [receiver, ...args] : args, keep)
}

/** A Blob typed as a document (`new Blob([s.html], { type: 'text/html' })`, SVG, XML): opened, its markup runs in this origin. */
const DOCUMENT_BLOB = /\bnew\s+Blob\s*\([\s\S]*\btype\s*:\s*['"`](text\/html|image\/svg\+xml|application\/xhtml\+xml|text\/xml|application\/xml)/

/** Whether the object URL call names a Blob made here, with something other than constants, as a document. */
function htmlBlob(ev: CallEvent, js: JsPass): boolean {
  const arg = ev.argNodes[0]
  if (!arg) return false
  const made = arg.type === 'identifier' && ev.fn.node ? assignments(js.text(arg), js.text(ev.fn.node)) : [js.text(arg)]
  return made.some((rhs) => DOCUMENT_BLOB.test(rhs) && !/^new\s+Blob\s*\(\s*\[\s*(['"`])[^'"`$]*\1\s*\]/.test(rhs))
}

/**
 * `(c) => ALLOWED.includes(c)`, `(c) => COLUMNS.has(c)`, `(c) => /^\w+$/.test(c)`, `(s) => SKU.test(s)`: a callback that checks
 * its parameter against a fixed set, or a pattern written here or kept in a module constant.
 */
/** A predicate's name that says it accepts only some values (`allowed`, `isValidUrl`, `knownHost`, `isSafeLink`). */
const VALIDATOR_NAME = /allow|valid|known|permit|safe|trust|whitelist/i

function allowListPredicate(fn: SNode, js: JsPass): boolean {
  if (fn.type !== 'arrow_function' && fn.type !== 'function_expression' && fn.type !== 'function') return false
  const params = field(fn, 'parameters') ?? field(fn, 'parameter')
  const param = params?.type === 'identifier' ? js.text(params) : params ? namedChildren(params).map((p) => js.text(p).replace(/[:=][\s\S]*$/, '').trim())[0] : undefined
  const body = field(fn, 'body')
  if (!param || !body) return false
  const text = js.text(body).replace(/^\{\s*return\s+|;?\s*\}$/g, '').trim()
  const escaped = param.replace(/\$/g, '\\$')
  return new RegExp(`^([A-Z][A-Z0-9_]*|[\\w$.]*(allowed|Allowed|ALLOWED|allow|Allow|valid|Valid|known|Known|permitted|Permitted)\\w*)\\.(includes|has)\\(\\s*${escaped}\\s*\\)$|^(\\/.+\\/[a-z]*|[A-Z][A-Z0-9_]*)\\.test\\(\\s*${escaped}\\s*\\)$`).test(text)
}

/** Digest functions that hash their argument in one call: the `md5`/`sha1` packages, crypto-js, WebCrypto's `subtle.digest('SHA-1', …)`. */
const ONE_SHOT_DIGEST = /^(md5|sha1|blueimp-md5|js-md5|js-sha1|crypto-js\/(md5|sha1)|(crypto-js|CryptoJS)\.(MD5|SHA1)|spark-md5\.hash)$/

/** `crypto.hash(algorithm, data)` of node:crypto. */
export const NODE_HASH = /^(node:)?crypto\.hash$/

/** The weak algorithm a one-shot digest call uses (`MD5`, `SHA-1`), or undefined. */
export function weakDigest(ev: CallEvent): string | undefined {
  const q = ev.qname ?? ''
  if (ONE_SHOT_DIGEST.test(q) && !ev.isNew) return /sha/i.test(q) ? 'SHA-1' : 'MD5'
  // Node's one-shot `crypto.hash('sha1', data)` (Node 21.7+): the algorithm first, then the data.
  if (NODE_HASH.test(q) && /^(md5|sha-?1)$/i.test(ev.args[0]?.str ?? '')) return /sha/i.test(ev.args[0]!.str!) ? 'SHA-1' : 'MD5'
  if (ev.receiver && ev.name === 'digest' && /(^|\.)subtle$/.test(ev.receiverText ?? '') && /^sha-?1$/i.test(ev.args[0]?.str ?? ev.args[0]?.fields?.get('name')?.str ?? '')) return 'SHA-1'
  return undefined
}

/** `util.format(fmt, ...values)`: the format's text up to its first placeholder is the constant prefix. */
function formatted(fmt: string, values: Value[], line: number): Value {
  const dynamic = values.filter((v) => !isInert(v))
  const out = derive(values, TAG.insecureRandom | TAG.weakHash)
  if (dynamic.length === 0) return values.length === 0 ? constant(fmt) : out
  const prefix = fmt.split(/%[sdifjoOc]/)[0] ?? ''
  return { ...out, built: { how: '`%` formatting', line, parts: dynamic.slice(0, 3).map((v) => v.taint?.source ?? 'a value'), prefix, safe: partsSafe(dynamic) } }
}

/** `['<h2>', title, '</h2>'].join('')`: built like a concatenation, with the leading constants as its prefix. */
function joinElements(elements: Value[], sep: Value | undefined, line: number): Value {
  const glue = sep === undefined ? ',' : sep.str
  let prefix = ''
  let open = true
  const parts: string[] = []
  const dynamic: Value[] = []
  for (const [i, e] of elements.entries()) {
    if (i > 0 && open) prefix += glue ?? ''
    if (isInert(e)) {
      if (open) prefix += e.str ?? ''
      if (e.str === undefined) open = false
      continue
    }
    if (open) prefix += e.built?.prefix ?? ''
    open = false
    dynamic.push(e)
    parts.push(...(e.built?.parts ?? [e.taint?.source ?? 'an element']))
  }
  const out = derive(elements, TAG.insecureRandom | TAG.weakHash)
  if (dynamic.length === 0) return out
  return { ...out, built: { how: '`.join()`', line, parts: parts.slice(0, 3), prefix, safe: partsSafe(dynamic) } }
}

/**
 * Frameworks whose controllers and services reach the request's Koa context as `this.ctx`: Egg.js (`class extends Controller`
 * from 'egg'), Midway (an injected `ctx: Context`) and ThinkJS (`think.Controller`, whose actions the file names `*Action`).
 */
/** Total.js routes: `ROUTE('GET /path/', action)`, `ROUTE('+POST /api/', …)`. */
export const TOTALJS_ROUTES = /\bROUTE\s*\(\s*['"`][+-]?(GET|POST|PUT|PATCH|DELETE|API)\s/
/** A ThinkJS controller: `think.Controller` (or a base class of the app's own, with `think.` helpers in the file). */
const THINKJS = /\bextends\s+think\.(Controller|Logic)\b|\bthink\.(ROOT_PATH|isEmpty|Controller)\b/
export const THIS_CTX_MODULE = /\b(require\(\s*|from\s+)['"](egg|@midwayjs\/(koa|web|core|decorator))['"]|\bextends\s+think\.(Controller|Logic)\b|\bthink\.ROOT_PATH\b/
const ROUTE_METHODS = /(^|\.)(get|post|put|patch|delete|del|all|use|route|options|head|handle|handler|on|addRoute|register|middleware)$/
const RESPONSE_NAMES = /^(res|response|reply|resp|h|next)$/
const NODE_HTTP_CLIENT = /^(node:)?(http|https|http2)\.(get|request)$/
const HTTP_VERBS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/
const KOA_REQUEST_READ = /\bctx\s*\.\s*(request\s*\.\s*(body|query|files)|query|params|querystring)\b/
const API_GATEWAY_EVENT = /\bevent\s*\.\s*(queryStringParameters|multiValueQueryStringParameters|pathParameters|requestContext|rawQueryString|rawPath)\b/

/** Decides whether a function is a web handler and which of its parameters carry request data. */
export function jsHandlerParams(js: JsPass, node: SNode, name: string, callee: string | undefined, argIndex: number | undefined, exported: boolean, receiver?: Value): { handler: boolean; params: Map<string, Value> } {
  const params = new Map<string, Value>()
  const list = field(node, 'parameters') ?? field(node, 'parameter')
  const ps = list ? (list.type === 'formal_parameters' ? namedChildren(list) : [list]) : []
  const pattern = (p: SNode | undefined): SNode | undefined => (p && (p.type === 'required_parameter' || p.type === 'optional_parameter') ? (field(p, 'pattern') ?? namedChildren(p)[0]) : p)
  const first = pattern(ps[0])
  const second = pattern(ps[1])
  const firstName = first?.type === 'identifier' ? js.text(first) : undefined
  const secondName = second?.type === 'identifier' ? js.text(second) : undefined
  // Electron's main process: `ipcMain.handle('x', (event, ...args) => …)` receives whatever a renderer (a web page) sends.
  if (callee !== undefined && argIndex === 1 && IPC_MAIN.test(callee)) {
    for (const p of ps.slice(1)) {
      const target = pattern(p)
      if (target?.type !== 'identifier' || scalarTyped(js, p)) continue
      const v: Value = { taint: { source: `the renderer's \`${js.text(target)}\``, line: js.rowOf(p) + 1 } }
      if (js.ctx.addedIn(p)) v.added = true
      params.set(js.text(target), v)
    }
    return { handler: false, params }
  }
  // A Slack Bolt listener (`app.command('/x', async ({ command, ack }) => …)`, `app.view('modal', ({ view, body }) => …)`, or a
  // function typed `SlackCommandMiddlewareArgs` handed to one): anyone in the workspace types the command's text, the message,
  // the modal's values; `say`, `respond`, `client` and `ack` are the framework's.
  if (first && (boltListener(js, callee, argIndex) || typedAs(js, ps[0], SLACK_ARGS))) {
    const sent = (name: string): Value => ({ taint: { source: `the Slack \`${name}\``, line: js.rowOf(first) + 1, event: true }, ...(js.ctx.addedIn(first) ? { added: true } : {}) })
    // `context.matches` holds the groups of the pattern `app.message(/…/)` matched in the message.
    const slack = new Map<string, Value>([...SLACK_PAYLOAD].map((name) => [name, sent(name)] as [string, Value]).concat([['context', { fields: new Map([['matches', sent('context.matches')]]) }]]))
    if (first.type === 'identifier') params.set(js.text(first), { fields: slack })
    else if (first.type === 'object_pattern') {
      for (const p of namedChildren(first)) {
        const key = p.type === 'pair_pattern' ? field(p, 'key') : p.type === 'object_assignment_pattern' ? field(p, 'left') : p
        const target = p.type === 'pair_pattern' ? field(p, 'value') : key
        const got = key ? slack.get(js.text(key)) : undefined
        if (got && target && /^(shorthand_property_identifier_pattern|identifier)$/.test(target.type)) params.set(js.text(target), got)
      }
    }
    return { handler: false, params }
  }
  // discord.js: a message or an interaction (`client.on(Events.MessageCreate, (message) => …)`, a handler typed
  // `ChatInputCommandInteraction`) carries what a member of any server the bot joined typed: `message.content`,
  // `interaction.options.getString('q')`. Its ids are Discord's snowflakes.
  if (first?.type === 'identifier' && mentions(js, 'discord.js') && fileHas(js.ctx, DISCORD_MODULE) && (discordListener(js, node, callee, argIndex) || typedAs(js, ps[0], DISCORD_TYPE))) {
    params.set(js.text(first), { taint: { source: `the Discord \`${js.text(first)}\``, line: js.rowOf(first) + 1, event: true }, ...(js.ctx.addedIn(first) ? { added: true } : {}) })
    return { handler: false, params }
  }
  // A Telegram bot (grammY, Telegraf): an update handler (`bot.command('dig', (ctx) => …)`, `bot.on('message:text', …)`,
  // `bot.hears(/…/, …)`, `bot.use(…)`, or a function typed `Context`/`CommandContext<…>` handed to one) gets a context whose
  // message text, command argument (`ctx.match`), callback data and inline query anyone who finds the bot can send. The
  // chat, user and message ids in it are Telegram's.
  if (first && telegramHandler(js, ps[0], first, callee, argIndex)) {
    params.set(js.text(first), { taint: { source: `the Telegram update \`${js.text(first)}\``, line: js.rowOf(first) + 1, event: true }, ...(js.ctx.addedIn(first) ? { added: true } : {}) })
    return { handler: false, params }
  }
  // A browser extension's message listener (`chrome.runtime.onMessage.addListener((message, sender) => …)`, `onMessageExternal`,
  // a port's `onMessage`): in the background, a popup or a side panel, messages come from content scripts, which run in whatever
  // page is open and send what it holds, or from other extensions and sites. A listener that checks `sender.id`/`origin`/`url`
  // knows who wrote the message, and a content script's own listener hears the extension.
  if (first && callee !== undefined && argIndex === 0 && EXTENSION_MESSAGES.test(callee) && !CONTENT_SCRIPT.test(js.ctx.path) && !senderChecked(js, node, second)) {
    taintEveryParam(js, ps.slice(0, 1), pattern, params, 'the extension message')
    return { handler: false, params }
  }
  // A socket's event handler (socket.io's `socket.on('attach', (payload, ack) => …)`, ws's `ws.on('message', (data) => …)`): what the peer sent.
  if (callee !== undefined && argIndex === 1 && /(^|\.)(on|once|addListener|prependListener)$/.test(callee) && socketEvent(js, node)) {
    taintEveryParam(js, ps, pattern, params, "the socket's")
    return { handler: false, params }
  }
  // A model's tool (`tool({ inputSchema, execute: async ({ command }) => … })`, an MCP server's `server.tool(name, schema, (args) => …)`):
  // the model picks the arguments, and whoever writes the prompt, or a page the model reads, steers the model.
  if (modelTool(js, node, callee)) {
    taintEveryParam(js, ps, pattern, params, "the model's")
    return { handler: false, params }
  }
  // A Meteor method (`Meteor.methods({ 'posts.update'(postId, changes) { … } })`): any client calls it over DDP with
  // arguments of its choosing, objects included (EJSON), unless `check()` pins their types first.
  if (meteorMethod(node, (n) => js.text(n))) {
    taintEveryParam(js, ps, pattern, params, "the method caller's")
    for (const v of params.values()) if (v.taint) v.taint.object = true
    return { handler: false, params }
  }
  // A LoopBack 3 remote method (`Order.byStatus = async function (status) {…}` with `Order.remoteMethod('byStatus', { accepts })`):
  // the REST connector calls it with the arguments the client sent, bar the `req`/`res`/`options` it injects and the callback.
  const remote = loopbackRemoteMethod(js, node)
  if (remote) {
    for (const p of ps) {
      const target = pattern(p)
      if (target?.type !== 'identifier' || /^(req|res|request|response|options|ctx|context|cb|callback|next|done)$/.test(js.text(target))) continue
      params.set(js.text(target), { taint: { source: `the remote method's \`${js.text(target)}\``, line: js.rowOf(p) + 1 }, ...(js.ctx.addedIn(p) ? { added: true } : {}) })
    }
    return { handler: false, params }
  }
  // An Actionhero action's `run(data)`: `data.params` holds the inputs the client sent (query string, form body or socket
  // message, as the route delivers them); `connection` and `response` are the framework's.
  if (first && actionheroRun(js, node, name)) {
    if (first.type === 'object_pattern') destructured(js, first, params, /^params$/)
    else if (first.type === 'identifier') params.set(js.text(first), { fields: new Map([['params', { taint: { source: `the action's \`${js.text(first)}.params\``, line: js.rowOf(first) + 1 }, ...(js.ctx.addedIn(first) ? { added: true } : {}) }]]) })
    return { handler: false, params }
  }
  if (first && keystoneInputHook(node, (n) => js.text(n))) {
    if (first.type === 'object_pattern') destructured(js, first, params, /^inputData$/)
    else if (first.type === 'identifier') params.set(js.text(first), { fields: new Map([['inputData', { taint: { source: `the mutation's \`${js.text(first)}.inputData\``, line: js.rowOf(first) + 1 }, ...(js.ctx.addedIn(first) ? { added: true } : {}) }]]) })
    return { handler: false, params }
  }
  // A Feathers service method (`class Invoices { async create(data, params) … }`, `app.use('/x', { async find(params) … })`):
  // the transport hands it the client's body as `data`, the URL's id as `id` and the query string as `params.query`;
  // the rest of `params` (`user`, `provider`, `authentication`) is the server's.
  const feathers = feathersService(js, node, name)
  if (feathers) {
    const positions = feathers === 'create' || feathers === 'custom' ? ['data', 'params'] : feathers === 'update' ? ['id', 'data', 'params'] : feathers === 'find' ? ['params'] : ['id', 'params']
    positions.forEach((role, i) => {
      const target = pattern(ps[i])
      if (target?.type !== 'identifier') return
      const v: Value = { taint: { source: `the service call's \`${role === 'params' ? `${js.text(target)}.query` : js.text(target)}\``, line: js.rowOf(target) + 1, ...(role === 'data' ? { object: true } : {}) } }
      if (js.ctx.addedIn(target)) v.added = true
      params.set(js.text(target), role === 'params' ? { fields: new Map([['query', v]]) } : v)
    })
    return { handler: false, params }
  }
  // A queue consumer's messages were enqueued by request handlers: a Worker's `queue(batch)`, a BullMQ `new Worker(name, (job) => …)`,
  // and amqplib's `channel.consume(queue, (msg) => …)`, whose `msg.content` is what any publisher to the queue wrote.
  const amqpConsumer = callee !== undefined && argIndex === 1 && /(^|\.)consume$/.test(callee) && fileHas(js.ctx, AMQP_MODULE)
  if (first?.type === 'identifier' && (workerQueue(js, node, name) || amqpConsumer || (callee !== undefined && argIndex === 1 && /^(bullmq\.)?Worker$/.test(callee)))) {
    const v: Value = { taint: { source: `the queued \`${js.text(first)}\``, line: js.rowOf(first) + 1 } }
    if (js.ctx.addedIn(first)) v.added = true
    params.set(js.text(first), v)
    return { handler: false, params }
  }
  // Agenda's `agenda.define('export', [options,] async (job) => …)`: `job.attrs.data` is what `agenda.now()`/`schedule()`
  // was handed, which request handlers fill from the form they received, objects included.
  if (first?.type === 'identifier' && callee !== undefined && argIndex !== undefined && argIndex > 0 && /(^|\.)define$/.test(callee) && fileHas(js.ctx, AGENDA_MODULE)) {
    params.set(js.text(first), { taint: { source: `the queued \`${js.text(first)}.attrs.data\``, line: js.rowOf(first) + 1, object: true }, ...(js.ctx.addedIn(first) ? { added: true } : {}) })
    return { handler: false, params }
  }
  // kafkajs's `consumer.run({ eachMessage: async ({ message }) => …, eachBatch: async ({ batch }) => … })`: a record's value
  // and headers are whatever any producer to the topic wrote (JSON, so objects too); `topic`, `partition` and the offsets are the broker's.
  const kafkaHome = first && fileHas(js.ctx, KAFKAJS_MODULE) ? pairHome(node, (n) => js.text(n)) : undefined
  if (first && kafkaHome && /^(eachMessage|eachBatch)$/.test(kafkaHome.key) && /(^|\.)run$/.test(kafkaHome.maker)) {
    const role = kafkaHome.key === 'eachMessage' ? 'message' : 'batch'
    const v: Value = { taint: { source: `the consumed \`${role}\``, line: js.rowOf(first) + 1, object: true }, ...(js.ctx.addedIn(first) ? { added: true } : {}) }
    if (first.type === 'identifier') params.set(js.text(first), { fields: new Map([[role, v]]) })
    else if (first.type === 'object_pattern') {
      for (const p of namedChildren(first)) {
        const key = p.type === 'pair_pattern' ? field(p, 'key') : p.type === 'object_assignment_pattern' ? field(p, 'left') : p
        const target = p.type === 'pair_pattern' ? field(p, 'value') : key
        if (key && target && js.text(key) === role && /^(shorthand_property_identifier_pattern|identifier)$/.test(target.type)) params.set(js.text(target), v)
      }
    }
    return { handler: false, params }
  }
  // A NATS message (`function onRefund(msg: Msg)` in a file using the `nats` client): its `data` and headers are what any
  // client allowed to publish on the subject sent.
  if (first?.type === 'identifier' && fileHas(js.ctx, NATS_MODULE) && typedAs(js, ps[0], /^(Msg|JsMsg)$/)) {
    params.set(js.text(first), { fields: new Map([['data', { taint: { source: `the NATS \`${js.text(first)}.data\``, line: js.rowOf(first) + 1, object: true }, ...(js.ctx.addedIn(first) ? { added: true } : {}) }], ['headers', { taint: { source: `the NATS \`${js.text(first)}.headers\``, line: js.rowOf(first) + 1 } }]]) })
    return { handler: false, params }
  }
  // Node's own client (`https.get(options, (upstream) => …)`, `http.request(url, (res) => …)`) calls back with the response
  // another server sent, not a request to this one, however route-like its `get` reads.
  const routeArg = callee !== undefined && argIndex !== undefined && ROUTE_METHODS.test(callee) && argIndex > 0 && !NODE_HTTP_CLIENT.test(callee)
  const listener = callee !== undefined && /addEventListener$/.test(callee)
  // `createPayment(request: CreatePaymentRequest)` on a service: a message type declared here, not the HTTP request.
  const reqRes = firstName !== undefined && /^(req|request)$/.test(firstName) && (secondName === undefined || RESPONSE_NAMES.test(secondName)) && !serviceMethod(js, node) && !localMessageType(js, typeText(js, ps[0]))
  const nextRoute = exported && HTTP_VERBS.test(name)
  // Koa middleware (`app.use(async (ctx, next) => …)`) and Cloudflare Pages Functions (`export const onRequestGet = (context) => …`).
  const koaUse = callee !== undefined && argIndex === 0 && /(^|\.)use$/.test(callee) && firstName !== undefined && /^(ctx|context)$/.test(firstName)
  // A Koa-style controller action however it is wired (Strapi's `createCoreController(…, () => ({ async find(ctx) {…} }))`,
  // a routes table naming `controller.create`): it takes the request's context and reads the request from it.
  const koaController = firstName === 'ctx' && secondName === undefined && KOA_REQUEST_READ.test(js.text(node))
  const pagesFunction = exported && /^onRequest(Get|Post|Put|Patch|Delete|Head|Options)?$/.test(name)
  // SvelteKit's `load({ url, params, request })` in a route's `+page.server.ts`/`+layout.ts`: the event of the page's request.
  const svelteLoad = first?.type === 'object_pattern' && SVELTEKIT_ROUTE.test(js.ctx.path) && ((exported && name === 'load') || svelteAction(node, (n) => js.text(n)))
  // An AWS Lambda handler is exported under whatever name the function's config maps (`handler: src/thumbs.resize`): the
  // conventional names, or an `event` whose API Gateway fields the function reads.
  const lambda = (exported && firstName === 'event' && (/^(handler|lambdaHandler)$/.test(name) || API_GATEWAY_EVENT.test(js.text(node)))) || (firstName !== undefined && HTTP_LAMBDA_TYPE.test(declaredType(js, node)))
  // Next.js's `getServerSideProps(context)` runs per request: its `query` and `params` are the URL's.
  const serverProps = exported && name === 'getServerSideProps' && first !== undefined
  // Azure Functions v4 (`app.http('x', { handler })` with `async (request: HttpRequest, context: InvocationContext) => …`); Angular's
  // `HttpRequest` is a request the browser sends, so the name counts only beside the Azure import.
  const typedRequest = (typedAs(js, ps[0], REQUEST_TYPE) || (typedAs(js, ps[0], /^HttpRequest$/) && fileHas(js.ctx, AZURE_FUNCTIONS))) && !(first?.type === 'identifier' && /^Context$/.test(typeText(js, ps[0])) && !/^(c|ctx|context)$/.test(js.text(first)))
  // An AdonisJS controller action (`async show({ params, request, response }) {…}` in `app/Controllers/Http/`, v4 and v5 written
  // in JavaScript with no `HttpContext` type to say so): the router hands it the request's context.
  const adonisAction = node.type === 'method_definition' && first?.type === 'object_pattern' && ADONIS_CONTROLLER.test(js.ctx.path) && patternNames(js, first).some((n) => /^(request|response|params)$/.test(n))
  // A Total.js 4 action (`ROUTE('GET /documents/', download)` with `function download($) {…}`): `$` is the request's controller,
  // whose `query`, `params`, `body` and `files` are what the client sent.
  const totalAction = firstName === '$' && fileHas(js.ctx, TOTALJS_ROUTES)
  // An Egg.js or Midway controller method reading `this.ctx`, and a ThinkJS `*Action`: the router calls it for a request.
  const thisCtxAction = node.type === 'method_definition' && fileHas(js.ctx, THIS_CTX_MODULE) && (/Action$/.test(name) || /\bthis\.ctx\b|\{[^{}]*\bctx\b[^{}]*\}\s*=\s*this\b/.test(js.text(node)))
  const handler = routeArg || reqRes || nextRoute || lambda || serverProps || typedRequest || koaUse || koaController || pagesFunction || svelteLoad || adonisAction || thisCtxAction || totalAction || (exported && name === 'default' && firstName === 'req')
  if (listener && firstName) params.set(firstName, { tags: TAG.messageEvent })
  // `function onMessage(event: MessageEvent)`: a message handler however it is registered.
  for (const p of ps) {
    const target = pattern(p)
    if (target?.type === 'identifier' && typedAs(js, p, /^MessageEvent$/)) params.set(js.text(target), { tags: TAG.messageEvent })
  }
  // A server action's or form handler's `FormData` is what the client submitted.
  for (const p of ps) {
    const target = pattern(p)
    if (target?.type === 'identifier' && typedAs(js, p, /^FormData$/)) params.set(js.text(target), { tags: TAG.request })
  }
  // Angular's route observables (`this.route.queryParams.subscribe((p) => …)`, `route.paramMap.subscribe((m) => m.get('id'))`) emit the browser URL's values.
  if (callee !== undefined && argIndex === 0 && /(^|\.)subscribe$/.test(callee) && first?.type === 'identifier' && node.parent?.parent?.type === 'call_expression') {
    const observable = /(^|\.)\w*(route|Route)\.(queryParams|params|queryParamMap|paramMap|fragment)\.subscribe$/.exec(js.text(field(node.parent.parent, 'function') ?? node))
    if (observable) {
      const v: Value = { taint: { source: `the route's \`${observable[3]}\``, line: js.rowOf(first) + 1, dom: true } }
      if (js.ctx.addedIn(first)) v.added = true
      params.set(js.text(first), v)
      return { handler: false, params }
    }
  }
  // formidable's and multiparty's `form.parse(req, (err, fields, files) => …)`: everything after the error is what the client uploaded.
  if (callee !== undefined && argIndex !== undefined && argIndex > 0 && /(^|\.)(parse|parseAsync)$/.test(callee) && parsesRequest(js, node)) {
    for (const p of ps.slice(1)) {
      const target = pattern(p)
      if (target?.type !== 'identifier') continue
      const v: Value = { taint: { source: `the uploaded \`${js.text(target)}\``, line: js.rowOf(p) + 1 } }
      if (js.ctx.addedIn(p)) v.added = true
      params.set(js.text(target), v)
    }
    if (params.size > 0) return { handler: false, params }
  }
  // busboy's `bb.on('file', (name, stream, info) => …)` and `bb.on('field', (name, value, info) => …)`: the field names, values,
  // file names and MIME types are the multipart body's, as the client wrote them (busboy 0.x passes `filename` and `mimetype`
  // as parameters of their own). The file stream itself is only bytes to store.
  if (callee !== undefined && argIndex === 1 && /(^|\.)(on|once)$/.test(callee) && mentions(js, 'busboy') && fileHas(js.ctx, BUSBOY_MODULE)) {
    const event = node.parent ? namedChildren(node.parent)[0] : undefined
    const kind = event?.type === 'string' ? js.text(event).slice(1, -1) : ''
    if (kind === 'file' || kind === 'field') {
      taintEveryParam(js, kind === 'file' ? [ps[0], ...ps.slice(2)].filter((p): p is SNode => p !== undefined) : ps, pattern, params, 'the multipart')
      return { handler: false, params }
    }
  }
  // SvelteKit's server hooks (`handle`, `handleError`, `handleFetch`, typed `Handle` when composed with `sequence()`): `event` is the request's event.
  if (!handler && first?.type === 'object_pattern' && svelteHook(js, node, name, exported)) {
    for (const p of namedChildren(first)) {
      const key = p.type === 'pair_pattern' ? field(p, 'key') : p.type === 'object_assignment_pattern' ? field(p, 'left') : p
      const target = p.type === 'pair_pattern' ? field(p, 'value') : key
      if (key && target && js.text(key) === 'event' && /^(shorthand_property_identifier_pattern|identifier)$/.test(target.type)) params.set(js.text(target), { tags: TAG.request })
    }
    return { handler: true, params }
  }
  // Nitro/Nuxt/h3 handlers: `defineEventHandler(async (event) => …)` gets the request as `event`.
  if (!handler && callee !== undefined && argIndex === 0 && H3_HANDLER.test(callee) && first?.type === 'identifier') {
    params.set(js.text(first), { tags: TAG.request })
    return { handler: true, params }
  }
  const home = pairHome(node, (n) => js.text(n))
  // An Astro action (`defineAction({ input: z.object(…), handler: async (input, context) => … })`): the client calls it
  // with the input of its choosing, parsed by the `input` schema when there is one.
  if (!handler && home?.key === 'handler' && /(^|\.)defineAction$/.test(home.maker) && first) {
    const schema = receiver?.fields?.get('input')
    const sent: Value = { taint: { source: `the action's input \`${js.text(first)}\``, line: js.rowOf(first) + 1 }, ...(js.ctx.addedIn(first) ? { added: true } : {}) }
    const parsed = schema ? validatedBy(schema, sent) : sent
    if (first.type === 'identifier') params.set(js.text(first), parsed)
    else if (first.type === 'object_pattern') for (const n of patternNames(js, first)) params.set(n, parsed.fields?.get(n) ?? parsed)
    return { handler: true, params }
  }
  // Encore.ts: `api({ expose: true, method, path }, async (params) => …)` decodes every field of its request type from what the
  // caller sent (path segments, `Query<>` fields, headers, the JSON body).
  if (!handler && callee !== undefined && argIndex === 1 && /^(encore\.dev\/api\.)?api$/.test(callee) && first && fileHas(js.ctx, ENCORE_IMPORT)) {
    taintEveryParam(js, ps.slice(0, 1), pattern, params, "the API call's")
    return { handler: true, params }
  }
  // ts-rest: each handler of `s.router(contract, { getPost: async ({ params, query, body, headers }) => … })` gets the request's parts.
  if (!handler && home && /(^|\.)router$/.test(home.maker) && first?.type === 'object_pattern' && fileHas(js.ctx, TS_REST_IMPORT)) {
    destructured(js, first, params, /^(params|query|body|headers)$/)
    return { handler: true, params }
  }
  // A RedwoodJS service (`export const post: QueryResolvers['post'] = ({ id }) => …` under `api/src/services/`): Redwood maps the
  // GraphQL field of the same name to it and passes the client's arguments as its first parameter.
  if (!handler && first && redwoodService(js, node)) {
    taintEveryParam(js, ps.slice(0, 1), pattern, params, 'the GraphQL argument')
    return { handler: false, params }
  }
  // A Firebase callable function (`onCall(async (request) => … request.data …)`, 1st gen `functions.https.onCall((data, context) => …)`):
  // any signed-in or anonymous client calls it with data of its choosing, objects included.
  if (callee !== undefined && /(^|\.)onCall$/.test(callee) && first) {
    const sent: Value = { taint: { source: `the callable's \`${js.text(first)}${/(^|\.)https\.onCall$/.test(callee) ? '' : '.data'}\``, line: js.rowOf(first) + 1, object: true }, ...(js.ctx.addedIn(first) ? { added: true } : {}) }
    if (/(^|\.)https\.onCall$/.test(callee) && first.type === 'identifier') params.set(js.text(first), sent)
    else if (first.type === 'identifier') params.set(js.text(first), { fields: new Map([['data', sent], ['rawRequest', { tags: TAG.request }]]) })
    else if (first.type === 'object_pattern') destructured(js, first, params, /^data$/)
    return { handler: true, params }
  }
  // TanStack Start's `createServerFn().validator(schema).handler(({ data }) => …)`: an RPC endpoint the client calls with `data`.
  if (!handler && receiver?.qname === SERVER_FN && argIndex === 0 && callee !== undefined && /(^|\.)handler$/.test(callee) && first) {
    if (first.type === 'object_pattern') destructured(js, first, params, /^data$/)
    else if (first.type === 'identifier') params.set(js.text(first), { fields: new Map([['data', { taint: { source: `the server function's \`${js.text(first)}.data\``, line: js.rowOf(first) + 1 } }]]) })
    for (const [key, value] of params) params.set(key, trpcInput(value, receiver))
    return { handler: true, params }
  }
  // Qwik City: a `routeLoader$`'s request event; a `routeAction$`/`globalAction$`'s submitted form, then its request event;
  // every argument of a `server$` function, which the browser calls.
  if (!handler && callee !== undefined && argIndex === 0 && QWIK_ENTRY.test(callee) && first) {
    const kind = QWIK_ENTRY.exec(callee)![2]
    if (kind === 'server$') taintEveryParam(js, ps, pattern, params, "the server function's")
    else {
      const event = kind === 'routeLoader$' ? first : second
      if (kind !== 'routeLoader$') taintEveryParam(js, ps.slice(0, 1), pattern, params, 'the submitted')
      if (event?.type === 'object_pattern') destructured(js, event, params, undefined)
      else if (event?.type === 'identifier') params.set(js.text(event), { tags: TAG.request })
    }
    return { handler: true, params }
  }
  // A GraphQL resolver (`Query: { product: (parent, args, ctx) => … }`), or a field's `resolve` next to its `args` (graphql-js,
  // Nexus, Pothos's `t.field({ args, resolve: (parent, args) => … })`, `t.prismaField` passing its query first): the
  // arguments parameter is what the client sent.
  const argsParam = !handler ? (graphqlResolver(node, (n) => js.text(n)) ? ps[1] : fieldResolverArgs(home, ps, (n) => js.text(n))) : undefined
  if (argsParam) {
    const args = pattern(argsParam)
    const v = (source: string): Value => ({ taint: { source, line: js.rowOf(argsParam) + 1 }, ...(js.ctx.addedIn(argsParam) ? { added: true } : {}) })
    // An argument typed as an object (`filter: Record<string, unknown>`, `patch: Partial<Product>`) is a JSON scalar or input
    // object the client writes whole, keys and operators included (`{"$ne": null}`); a `String` argument is text.
    const objects = argsParam === ps[1] && graphqlResolver(node, (n) => js.text(n)) ? graphqlObjectArgs(argsParam, (n) => js.text(n), js.ctx.text) : declaredObjectArgs(home!, (n) => js.text(n))
    const arg = (name: string, source: string): Value => {
      const value = v(source)
      if (objects.has(name)) value.taint!.object = true
      return value
    }
    const scalars = argsParam !== ps[1] || !graphqlResolver(node, (n) => js.text(n)) ? declaredScalarArgs(home!, (n) => js.text(n)) : new Set<string>()
    if (args?.type === 'identifier') {
      const whole = v(`the GraphQL arguments \`${js.text(args)}\``)
      if (objects.size > 0 || scalars.size > 0) whole.fields = new Map([...[...objects].map((name): [string, Value] => [name, arg(name, `the GraphQL argument \`${js.text(args)}.${name}\``)]), ...[...scalars].map((name): [string, Value] => [name, { inert: true }])])
      params.set(js.text(args), whole)
    }
    for (const name of args?.type === 'object_pattern' ? patternNames(js, args) : []) params.set(name, scalars.has(name) ? { inert: true } : arg(name, `the GraphQL argument \`${name}\``))
    if (params.size > 0) return { handler: true, params }
  }
  // A tRPC procedure's resolver (`.mutation(({ input }) => …)`) gets what the client sent as `input`.
  if (!handler && callee !== undefined && argIndex === 0 && /(^|\.)(query|mutation|subscription)$/.test(callee) && first?.type === 'object_pattern') {
    destructured(js, first, params, /^input$/)
    for (const [key, value] of params) params.set(key, trpcInput(value, receiver))
    if (params.size > 0) return { handler: true, params }
  }
  if (!handler && nestParams(js, ps, params)) return { handler: true, params }
  if (!handler && serviceMethod(js, node)) {
    // A NestJS provider's public method is called by controllers with what the client sent.
    for (const p of ps) {
      const target = pattern(p)
      if (target?.type !== 'identifier' || /^(number|boolean|Date|bigint)$/.test(typeText(js, p)) || literalUnion(js, p)) continue
      const v: Value = { taint: { source: `the caller's \`${js.text(target)}\``, line: js.rowOf(p) + 1 } }
      // `deliver(hook: Webhook)` in a file whose `register()` ran `assertPublicUrl(input.url)` before saving: the stored `url` was checked.
      if (recordTyped(js, p)) v.fields = new Map(checkedFields(js).map((f) => [f, { ...v, safe: SAFE.all }]))
      // `list(query: UserSearch)` with `interface UserSearch` here: the controller's `@Query()` object, checked by nothing at run time.
      if (holdsObjects(js, p, false)) v.taint!.object = true
      if (js.ctx.addedIn(p)) v.added = true
      params.set(js.text(target), v)
    }
    return { handler: false, params }
  }
  if (!handler && ((exported && (fileHas(js.ctx, USE_SERVER) || unseenActionsModule(js.ctx.path, /^[ \t]*\r?\n/.test(js.ctx.text), field(node, 'parameters'), (n) => js.text(n)))) || opensWithUseServer(js, node))) {
    // A server action: any client can call it with arguments of its choosing, whatever the parameters' types say.
    for (const p of ps) {
      const target = pattern(p)
      if (target?.type !== 'identifier' || params.has(js.text(target)) || scalarTyped(js, p)) continue
      const v: Value = { taint: { source: `the server action's \`${js.text(target)}\``, line: js.rowOf(p) + 1 } }
      if (js.ctx.addedIn(p)) v.added = true
      params.set(js.text(target), v)
    }
    return { handler: true, params }
  }
  if (!handler) {
    // A page component's `{ searchParams }` (Next.js) are the URL's.
    if (exported && first?.type === 'object_pattern') destructured(js, first, params, /^(searchParams|params)$/)
    return { handler: false, params }
  }
  if (first?.type === 'identifier') params.set(js.text(first), { tags: TAG.request })
  else if (first?.type === 'object_pattern') destructured(js, first, params, undefined)
  if (second?.type === 'object_pattern' && nextRoute) destructured(js, second, params, /^(params|searchParams)$/)
  return { handler: true, params }
}

/** The Slack Bolt listener arguments that carry what a workspace member sent (`payload` is the one of the listener's kind). */
const SLACK_PAYLOAD = ['command', 'message', 'body', 'payload', 'action', 'view', 'shortcut', 'event', 'options']
const SLACK_ARGS = /\bSlack(Command|Action|View|Shortcut|Event|Options)MiddlewareArgs\b|\bAllMiddlewareArgs\b.*\bSlack\w+MiddlewareArgs\b/
const BOLT_MODULE = /\bfrom\s+['"]@slack\/bolt['"]|\brequire\(\s*['"]@slack\/bolt['"]\s*\)/
const BOLT_LISTENER = /(^|\.)(command|message|action|view|shortcut|event|options)$/

/** `app.command('/x', handler)` and the other Bolt listener kinds, in a file that imports Bolt: the handler is the last argument. */
function boltListener(js: JsPass, callee: string | undefined, argIndex: number | undefined): boolean {
  return callee !== undefined && argIndex !== undefined && argIndex > 0 && BOLT_LISTENER.test(callee) && fileHas(js.ctx, BOLT_MODULE)
}

/** Words each file was looked up for: the checks that ask are made for every function the pass reads. */
const MENTIONS = new WeakMap<object, Map<string, boolean>>()

/** The file's text holds `word`, looked up once per file (a scan of the whole text per function is quadratic in big files). */
function mentions(js: JsPass, word: string): boolean {
  let seen = MENTIONS.get(js.ctx)
  if (!seen) MENTIONS.set(js.ctx, (seen = new Map()))
  let found = seen.get(word)
  if (found === undefined) seen.set(word, (found = js.ctx.text.includes(word)))
  return found
}

const DISCORD_MODULE = /\bfrom\s+['"]discord\.js['"]|\brequire\(\s*['"]discord\.js['"]\s*\)/
const DISCORD_TYPE = /^(Message|ChatInputCommandInteraction|CommandInteraction|ModalSubmitInteraction|ButtonInteraction|StringSelectMenuInteraction|AutocompleteInteraction|Interaction|MessageContextMenuCommandInteraction)(<[^>]*>)?$/
const DISCORD_EVENT = /^(Events\.(MessageCreate|MessageUpdate|InteractionCreate)|['"](messageCreate|messageUpdate|interactionCreate)['"])$/

/** `client.on(Events.MessageCreate, (message) => …)`: a listener for what members send, not the client's own events. */
function discordListener(js: JsPass, node: SNode, callee: string | undefined, argIndex: number | undefined): boolean {
  if (callee === undefined || argIndex !== 1 || !/(^|\.)(on|once)$/.test(callee) || node.parent?.type !== 'arguments') return false
  const event = namedChildren(node.parent)[0]
  return !!event && DISCORD_EVENT.test(js.text(event))
}

const TELEGRAM_MODULE = /\b(from|import)\s*\(?\s*['"][^'"]*\b(grammy|telegraf)\b[^'"]*['"]|\brequire\(\s*['"](grammy|telegraf)['"]\s*\)/
const TELEGRAM_LISTENER = /(^|\.)(command|on|hears|action|callbackQuery|inlineQuery|chosenInlineResult|reaction|start|help|settings|use|entity|mention|hashtag|url|email|phone|textLink|gameQuery)$/
const TELEGRAM_CONTEXT = /^(Context|\w+Context|(Command|Hears|CallbackQuery|InlineQuery|ChatTypeContext|Narrowed)\w*<.*>|Filter<.*>|NarrowedContext<.*>)$/

/** A handler of a grammY or Telegraf bot's updates, in a file importing either: its first parameter is the update's context. */
function telegramHandler(js: JsPass, param: SNode | undefined, first: SNode, callee: string | undefined, argIndex: number | undefined): boolean {
  if (first.type !== 'identifier' || !(mentions(js, 'grammy') || mentions(js, 'telegraf')) || !TELEGRAM_MODULE.test(js.ctx.text)) return false
  if (typedAs(js, param, TELEGRAM_CONTEXT)) return true
  // `process.on('exit', (code) => …)` in the same file is no update: the context goes by its usual names.
  return callee !== undefined && argIndex !== undefined && TELEGRAM_LISTENER.test(callee) && !/^process\./.test(callee) && /^(ctx|context)$/.test(js.text(first))
}

const EXTENSION_MESSAGES = /^(chrome|browser)\.runtime\.(onMessage|onMessageExternal)\.addListener$|(^|\.)\w*[pP]ort\.onMessage\.addListener$/
/** A content script, by the names extensions give them: it hears its own extension's background, not a page. */
const CONTENT_SCRIPT = /(^|\/)content[-_]?scripts?\/|(^|\/)content([-_.]\w+)?\.[jt]sx?$/i
/** `if (sender.id !== EXTENSION_ID) return`, `if (!ALLOWED.includes(sender.origin)) return`: the listener knows who wrote the message. */
function senderChecked(js: JsPass, fn: SNode, sender: SNode | undefined): boolean {
  if (sender?.type !== 'identifier') return false
  const name = js.text(sender).replace(/\$/g, '\\$')
  const read = `${name}\\??\\.(id|origin|url)\\b`
  return new RegExp(`(===|!==|==|!=)\\s*${read}|${read}\\s*(===|!==|==|!=)|\\.(includes|has|startsWith)\\(\\s*${read}`).test(js.text(fn))
}

/** A regex literal made only of letters, digits, `\w`/`\d`/`\s`, word-character classes, groups and quantifiers. */
const WORD_PATTERN = /^\/(?:[A-Za-z0-9_ ]|\\[wdsb]|\[(?:[A-Za-z0-9_]|-(?!\])|\\[wds])+\]|\((?:\?:)?|\)|[+*?|^$]|\{\d+(?:,\d*)?\})+\/[a-z]*$/
const GITHUB_CONTENT = /(^|\.)(octokit|github|client|gh)(\.rest)?\.(pulls|issues)\.(get|list|listForRepo|listComments|getComment|listReviewComments|listReviews)$/
const VSCODE_MODULE = /\bfrom\s+['"]vscode['"]|\brequire\(\s*['"]vscode['"]\s*\)/

const QWIK_ENTRY = /(^|\.)(routeLoader\$|routeAction\$|globalAction\$|server\$)$/
/** What `createServerFn()` makes, with its validator's schema once `.validator(schema)` gives one. */
const SERVER_FN = 'tanstack:serverFn'

/** A module of server actions: `'use server'` is its first statement (after comments). */
const USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use server['"]/

/** A function whose body opens with `'use server'`: an inline server action. */
function opensWithUseServer(js: JsPass, node: SNode): boolean {
  const body = field(node, 'body')
  const first = body?.type === 'statement_block' ? namedChildren(body)[0] : undefined
  return first?.type === 'expression_statement' && /^['"]use server['"];?$/.test(js.text(first))
}

/** The call a callback is passed to has the request object itself as its first argument (`form.parse(req, cb)`). */
function parsesRequest(js: JsPass, callback: SNode): boolean {
  const args = callback.parent?.type === 'arguments' ? callback.parent : undefined
  const first = args ? namedChildren(args)[0] : undefined
  return first !== undefined && first !== callback && /^(req|request|ctx\.req|event\.node\.req)$/.test(js.text(first))
}

/** Where AdonisJS keeps its HTTP controllers: `app/Controllers/Http/` (v4, v5), `app/controllers/` (v6). */
const ADONIS_CONTROLLER = /(^|\/)app\/(Controllers\/Http|controllers)\/[^/]+\.[cm]?[jt]s$/

const SVELTEKIT_ROUTE = /(^|\/)\+(page|layout)(\.server)?\.[jt]s$/

/** A SvelteKit form action: a function of the route's exported `actions` object (`export const actions = { default: async ({ request, url }) => … }`). */
function svelteAction(node: SNode, text: (n: SNode) => string): boolean {
  const holder = node.type === 'method_definition' ? node.parent : node.parent?.type === 'pair' ? node.parent.parent : undefined
  let decl = holder?.type === 'object' ? holder.parent : undefined
  while (decl && /^(satisfies_expression|as_expression|parenthesized_expression)$/.test(decl.type)) decl = decl.parent
  const id = decl?.type === 'variable_declarator' ? field(decl, 'name') : undefined
  return !!id && text(id) === 'actions' && decl?.parent?.parent?.type === 'export_statement'
}
const SVELTEKIT_HOOKS_FILE = /(^|\/)hooks(\.server)?\.[jt]s$/
const SVELTEKIT_HOOK_TYPE = /^(Handle|HandleServerError|HandleFetch)$/

/** A SvelteKit server hook: declared with the kit's hook type, or exported under a hook's name from the hooks file. */
export function svelteHook(js: JsPass, node: SNode, name: string, exported: boolean): boolean {
  return SVELTEKIT_HOOK_TYPE.test(declaredType(js, node)) || (exported && /^(handle|handleError|handleFetch)$/.test(name) && SVELTEKIT_HOOKS_FILE.test(js.ctx.path))
}
const IPC_MAIN = /(^|\.)ipcMain\.(handle|handleOnce|on|once)$/
const H3_HANDLER = /(^|\.)(defineEventHandler|eventHandler|defineCachedEventHandler|defineWebSocketHandler)$/
const MULTIPART_PARSE = /^(parse|parseAsync)$/
const EFFECT_READER = /^@effect\/platform(\/HttpServerRequest|\/HttpRouter)?\.(HttpServerRequest\.)?(schemaBodyJson|schemaBodyUrlParams|schemaBodyForm|schemaBodyFormJson|schemaSearchParams|schemaHeaders|schemaCookies)$|^@effect\/platform(\/HttpRouter)?\.(HttpRouter\.)?(schemaParams|schemaPathParams|schemaJson|schemaNoBody)$/
/** lodash's helpers that draw from Math.random: `random`, `sampleSize` and `shuffle`, from the package or its per-method modules. */
const LODASH_PRNG = /^(lodash|_|lodash-es)\.(random|sampleSize|shuffle)$|^lodash\/(random|sampleSize|shuffle)$/
/** Id generators that are not a CSPRNG: nanoid's `non-secure` build and shortid (`shortid.generate()`, or the package called itself). */
const PREDICTABLE_ID = /^(nanoid\/non-secure\.nanoid|shortid|shortid\.generate|shortid\.default(\.generate)?)$/

const H3_READER = /(^|\.)(getQuery|getValidatedQuery|readBody|readValidatedBody|readRawBody|readFormData|readMultipartFormData|getRouterParam|getRouterParams|getValidatedRouterParams|getHeader|getHeaders|getRequestHeader|getRequestHeaders|getCookie|parseCookies|getRequestURL)$/

/**
 * The base of `new URL(path, base)` is this request's own URL or origin (`req.url`, `request.nextUrl`, `c.req.url`), the
 * page's own address in the browser (`location.href`, `document.baseURI`), or not request data at all.
 */
const OWN_REQUEST_URL = /^(req|request|c\.req|ctx\.request|event\.request|context\.request)\.url$/

function ownBase(ev: CallEvent, js: JsPass): boolean {
  const base = ev.argNodes[1]
  return !base || !ev.args[1]?.taint || /^(req|request|c\.req|ctx\.request|ctx|event\.request|context\.request)\.(url|nextUrl|origin|href)$|\.(nextUrl|origin)$|^((window|self|document)\.)?location(\.href)?$|^document\.(baseURI|URL)$/.test(js.text(base))
}

/** `aws-lambda`'s handler types for functions behind API Gateway, an ALB or a function URL: their event is the HTTP request. */
const HTTP_LAMBDA_TYPE = /^(APIGatewayProxyHandler(V2)?|APIGatewayProxyWith\w+Handler|ALBHandler|LambdaFunctionURLHandler|Handler<\s*(APIGatewayProxyEvent|ALBEvent|LambdaFunctionURLEvent))/

/** The type a function is declared with when assigned: `export const getOrder: APIGatewayProxyHandlerV2 = async (event) => …`. */
function declaredType(js: JsPass, node: SNode): string {
  const decl = node.parent?.type === 'variable_declarator' ? node.parent : undefined
  const type = decl ? field(decl, 'type') : undefined
  return type ? js.text(type).replace(/^:\s*/, '').trim() : ''
}

/** Parameter types that are the incoming request (`req: Request<{ id: string }>`, Hono's `c: Context`). */
const REQUEST_TYPE = /^((express|Express|koa|Koa|fastify|hono)\.)?(Request|NextRequest|NextApiRequest|FastifyRequest|IncomingMessage|HonoRequest|Context|ParameterizedContext|APIGatewayProxyEvent|APIGatewayProxyEventV2|ALBEvent|LambdaFunctionURLEvent|HttpContext)$/

function typeText(js: JsPass, p: SNode | undefined): string {
  const t = p && (p.type === 'required_parameter' || p.type === 'optional_parameter') ? field(p, 'type') : undefined
  return t ? js.text(t).replace(/^:\s*/, '').replace(/<[\s\S]*$/, '').trim() : ''
}

/**
 * A parameter typed as a union of string literals (`sort: 'name' | 'createdAt'`): the compiler makes every caller
 * narrow its value to one of them first. Only for code called from code; a framework injecting request
 * data (`@Query() sort: 'a' | 'b'`) checks nothing.
 */
export function literalUnion(js: JsPass, p: SNode | undefined): boolean {
  const t = p && (p.type === 'required_parameter' || p.type === 'optional_parameter') ? field(p, 'type') : undefined
  return !!t && /^:?\s*('[^'\\]*'|"[^"\\]*")(\s*\|\s*('[^'\\]*'|"[^"\\]*"))*\s*$/.test(js.text(t))
}

/** A parameter declared as a number, boolean, date or bigint holds no text an injection could carry. */
export function scalarTyped(js: JsPass, p: SNode | undefined): boolean {
  return typedAs(js, p, /^(number|boolean|bigint|Date)$/)
}

function typedAs(js: JsPass, p: SNode | undefined, type: RegExp): boolean {
  const t = typeText(js, p)
  return t !== '' && type.test(t)
}

/** Calls that define a model's tool: the AI SDK's and OpenAI Agents' `tool()`, LangChain's `tool()` and `DynamicStructuredTool`, MCP's `server.tool()`/`registerTool()`. */
const TOOL_CALL = /(^|\.)(tool|createTool|dynamicTool|defineTool|registerTool|DynamicStructuredTool|DynamicTool)$/
/** The keys of a tool definition that declare what the model passes. */
const TOOL_SCHEMA_KEY = /^['"]?(parameters|inputSchema|input_schema|schema|argsSchema)['"]?$/

/** A function the model calls with arguments of its choosing: a tool's `execute`/`func`, or the handler a tool-defining call is given. */
function modelTool(js: JsPass, fn: SNode, callee: string | undefined): boolean {
  if (callee !== undefined) return TOOL_CALL.test(callee)
  if (dispatchedTool(js, fn)) return true
  const pair = fn.parent?.type === 'pair' ? fn.parent : undefined
  const key = pair ? field(pair, 'key') : undefined
  if (!pair || !key || !/^(execute|func)$/.test(js.text(key))) return false
  const object = pair.parent
  if (object?.type !== 'object') return false
  const call = object.parent?.type === 'arguments' ? object.parent.parent : undefined
  const maker = call && (call.type === 'call_expression' ? field(call, 'function') : call.type === 'new_expression' ? field(call, 'constructor') : undefined)
  if (maker && TOOL_CALL.test(js.text(maker))) return true
  // The AI SDK's older form, a tool written inline in `tools: { search: { parameters, execute } }`.
  return namedChildren(object).some((p) => p.type === 'pair' && TOOL_SCHEMA_KEY.test(js.text(field(p, 'key') ?? p)))
}

/** Where a model's reply names the tools it calls: OpenAI's `tool_calls`/`function_call`, Anthropic's `tool_use` blocks, Gemini's `functionCalls`. */
const MODEL_TOOL_CALL = /\b(tool_calls|tool_call|function_call|tool_use|toolCalls|functionCalls?)\b/

/**
 * A method of an object of handlers that the code picks by the name in a model's tool call and calls with the
 * model's arguments (`const tools = { async run_report({ sql }) {…} }` … `tools[call.function.name](args)`): the
 * object's name indexed by a computed key and called, in a file that reads a model's tool calls.
 */
function dispatchedTool(js: JsPass, fn: SNode): boolean {
  const holder = fn.type === 'method_definition' ? fn : fn.parent?.type === 'pair' && field(fn.parent, 'value') === fn ? fn.parent : undefined
  const object = holder?.parent
  const decl = object?.type === 'object' ? object.parent : undefined
  const name = decl?.type === 'variable_declarator' ? field(decl, 'name') : undefined
  if (!name || name.type !== 'identifier' || !fileHas(js.ctx, MODEL_TOOL_CALL)) return false
  const escaped = js.text(name).replace(/\$/g, '\\$')
  return new RegExp(`(?<![\\w$.])${escaped}\\s*\\[[^\\]\\n]+\\]\\s*\\(`).test(js.ctx.text)
}

/** What a socket is usually called, on the server (`io.on('connection', (socket) => …)`, `wss.on('connection', (ws) => …)`) and in a client. */
const SOCKET_NAME = /^(socket|ws|websocket|webSocket|client|conn|connection|peer|sock)$/
/** Events a socket raises about itself, with the server's own objects (a close code, an error), not a peer's message. */
const SOCKET_LIFECYCLE = /^(connect|connection|connect_error|disconnect|disconnecting|close|error|open|end|ping|pong|upgrade|drain|timeout|listening|headers|unexpected-response|reconnect\w*)$/

/** `socket.on('event', handler)`: a socket by name, and an event named by a string that is not one of its lifecycle events. */
function socketEvent(js: JsPass, handler: SNode): boolean {
  const call = handler.parent?.type === 'arguments' ? handler.parent.parent : undefined
  const fn = call?.type === 'call_expression' ? field(call, 'function') : undefined
  const obj = fn?.type === 'member_expression' ? field(fn, 'object') : undefined
  const event = handler.parent ? namedChildren(handler.parent)[0] : undefined
  if (!obj || event?.type !== 'string') return false
  const receiver = js.text(obj).split('.').pop() ?? ''
  // A socket.io client's events are what the application's own server pushed to the page.
  return SOCKET_NAME.test(receiver) && !SOCKET_LIFECYCLE.test(js.text(event).slice(1, -1)) && !fileHas(js.ctx, SOCKET_CLIENT)
}

/** A module that imports the socket.io client (the browser side of the connection). */
const SOCKET_CLIENT = /\bfrom\s+['"]socket\.io-client['"]|require\(\s*['"]socket\.io-client['"]\s*\)/

/** The file uses busboy, whose parser emits each multipart part as a `file` or `field` event. */
const BUSBOY_MODULE = /\bfrom\s+['"](@fastify\/busboy|busboy)['"]|\brequire\(\s*['"](@fastify\/busboy|busboy)['"]\s*\)/

/** The file uses a RabbitMQ client whose `consume(queue, onMessage)` hands each message to the callback. */
const AZURE_FUNCTIONS = /\bfrom\s+['"]@azure\/functions['"]|\brequire\(\s*['"]@azure\/functions['"]\s*\)/
const AGENDA_MODULE = /\bfrom\s+['"](agenda|@hokify\/agenda)['"]|\brequire\(\s*['"](agenda|@hokify\/agenda)['"]\s*\)/
const KAFKAJS_MODULE = /\bfrom\s+['"]kafkajs['"]|\brequire\(\s*['"]kafkajs['"]\s*\)/
const NATS_MODULE = /\bfrom\s+['"](nats|@nats-io\/[\w-]+)['"]|\brequire\(\s*['"]nats['"]\s*\)/
const AMQP_MODULE = /\bfrom\s+['"](amqplib|amqplib\/callback_api|amqp-connection-manager)['"]|\brequire\(\s*['"](amqplib|amqplib\/callback_api|amqp-connection-manager)['"]\s*\)/

/** The `queue(batch, env)` method of a Worker's default export. */
function workerQueue(js: JsPass, node: SNode, name: string): boolean {
  return name === 'queue' && node.type === 'method_definition' && node.parent?.type === 'object' && node.parent.parent?.type === 'export_statement' && /^export\s+default\b/.test(js.text(node.parent.parent))
}

/** A type declared in this file as a plain record (`interface ReviewRequest { diff: string }`), extending no request type. */
function localMessageType(js: JsPass, type: string): boolean {
  if (!/^[A-Z][\w$]*$/.test(type) || REQUEST_TYPE.test(type)) return false
  const decl = new RegExp(`\\b(interface\\s+${type}\\b[^{]*\\{|type\\s+${type}\\s*=[^;\\n]*)`).exec(js.ctx.text)?.[0]
  return decl !== undefined && !/\b(Request|Context|IncomingMessage)\b/.test(decl.replace(new RegExp(`\\b${type}\\b`), ''))
}

/** Where ORM records are declared: TypeORM/MikroORM `*.entity` files, `entities/` and `models/` folders, Prisma's generated client. */
const RECORD_MODULE = /(\.entity|\.model|\/entities|\/entity|\/models?)(\.[jt]s)?$|^@prisma\/client$|^\.prisma\/client$/

/**
 * A parameter typed as a persisted record (`hook: Webhook` from `./webhook.entity`, a Prisma model, a class this file
 * declares `@Entity()`): a row the caller loaded, whose fields are what was written, and as safe as the checks made then.
 */
function recordTyped(js: JsPass, p: SNode): boolean {
  const type = typeText(js, p)
  if (!/^[A-Z][\w$]*$/.test(type)) return false
  const from = new RegExp(`import\\s+(?:type\\s+)?\\{[^}]*\\b${type}\\b[^}]*\\}\\s*from\\s*['"]([^'"]+)['"]`).exec(js.ctx.text)?.[1]
  if (from !== undefined) return RECORD_MODULE.test(from)
  return new RegExp(`@Entity\\([^)]*\\)\\s*(?:export\\s+)?class\\s+${type}\\b`).test(js.ctx.text)
}

/** A guard or validator called on a property (`assertPublicUrl(input.url)`, `if (!isSafeHost(dto.callbackUrl))`): the property's name. */
const FIELD_CHECK = /\b(?:assert|validate|ensure|verify|check|guard|is)\w*(?:Safe|Allowed|Allowlist|Whitelist|Valid|Public|Known|Permitted|Trusted|Url|URL|Uri|Host|Path)\w*\(\s*(?:await\s+)?[\w$]+(?:\??\.[\w$]+)*\??\.([\w$]+)\s*[,)]/g

/** The record fields this file checks with a guard or validator somewhere, where it takes them in before storing them. */
function checkedFields(js: JsPass): string[] {
  return [...new Set([...js.ctx.text.matchAll(FIELD_CHECK)].map((x) => x[1]!))]
}

/** A public method of a class decorated `@Injectable()` (a NestJS service or repository). */
function serviceMethod(js: JsPass, node: SNode): boolean {
  if (node.type !== 'method_definition' || node.children.some((c) => c.type === 'accessibility_modifier' && /private|protected/.test(js.text(c)))) return false
  const name = field(node, 'name')
  if (!name || /^(constructor|on\w+|ngOn\w+)$/.test(js.text(name))) return false
  const cls = node.parent?.parent
  if (!cls || !/^(class_declaration|abstract_class_declaration)$/.test(cls.type)) return false
  const decorators = [...cls.children, ...(cls.parent?.type === 'export_statement' ? cls.parent.children : [])].filter((c) => c.type === 'decorator')
  // Angular services are `@Injectable()` too, but run in the browser: only NestJS providers count.
  return decorators.some((d) => /^@Injectable\b/.test(js.text(d))) && fileHas(js.ctx, NEST_IMPORT)
}

const NEST_IMPORT = /\bfrom\s+['"]@nestjs\/common['"]|require\(\s*['"]@nestjs\/common['"]\s*\)/

/**
 * Controller parameters, a GraphQL resolver's `@Args()` (type-graphql's `@Arg()`) and a WebSocket gateway's `@MessageBody()`: all hold what a client sent.
 * The other decorator-routed frameworks name theirs differently: routing-controllers (`@QueryParam('q')`, `@BodyParam`,
 * `@HeaderParam`, `@CookieParam`), tsoa (`@Path()`, `@Queries()`, `@BodyProp()`, `@Header()`, `@FormField()`), Ts.ED
 * (`@QueryParams('q')`, `@PathParams`, `@BodyParams`, `@HeaderParams`, and their `Raw` forms), inversify-express-utils
 * (`@queryParam('q')`, `@requestParam`, `@requestBody()`, `@requestHeaders`, `@cookies`, `@request()`) and LoopBack 4
 * (`@param.query.string('q')`, `@param.path.string('id')`, `@param.header.string(…)`, `@requestBody()`).
 */
const NEST_SOURCE = /^@(Body|Query|Param|Params|Headers|Cookies|Req|Request|UploadedFile|UploadedFiles|Args|Arg|MessageBody|QueryParams?|BodyParams?|HeaderParams?|CookieParams?|Path|PathParams|Queries|BodyProp|Header|FormField|Raw(Query|Path|Body)Params|queryParam|requestParam|requestBody|requestHeaders|cookies|request|param\.(query|path|header)\.\w+)\b/
/** Decorators that inject the request object itself, not one of its values. */
const REQUEST_OBJECT_DECORATOR = /^(Req|Request|request)$/
/** Decorators that hand over the parsed body or query string whole, which can hold objects (`{"$ne": null}`) whatever the type says. */
const WHOLE_INPUT_DECORATOR = /^(Body|Query|Args|MessageBody|Queries|QueryParams|BodyParams|requestBody)$/

/** NestJS controller parameters: `@Body() dto`, `@Query('q') q`, `@Req() req` carry the request. */
function nestParams(js: JsPass, ps: SNode[], params: Map<string, Value>): boolean {
  let found = false
  for (const p of ps) {
    const decorator = p.children.find((c) => c.type === 'decorator')
    const source = decorator && NEST_SOURCE.exec(js.text(decorator))?.[1]
    const target = source && (field(p, 'pattern') ?? namedChildren(p).find((c) => c.type === 'identifier'))
    if (!source || !target) continue
    // type-graphql's `@Args() { skip, take, cuisine }: RecipePage`: each field the client sent, less those the class pins down.
    if (target.type === 'object_pattern' && /^(Args|Body|Query|Param|Params)$/.test(source)) {
      const checked = dtoChecked(js, typeText(js, p))
      for (const name of patternNames(js, target)) {
        const v: Value = checked.includes(name) ? { inert: true } : { taint: { source: `${js.text(decorator!)} \`${name}\``, line: js.rowOf(p) + 1 }, ...(js.ctx.addedIn(p) ? { added: true } : {}) }
        params.set(name, v)
      }
      found = true
      continue
    }
    if (target.type !== 'identifier') continue
    // `@Param('id', ParseIntPipe) id: number`: the pipe converts or rejects before the handler runs.
    if (scalarTyped(js, p) || /\bParse(Int|Float|Bool|UUID|Enum)Pipe\b/.test(js.text(decorator!))) {
      params.set(js.text(target), { inert: true })
      found = true
      continue
    }
    const v: Value = REQUEST_OBJECT_DECORATOR.test(source) ? { tags: TAG.request } : { taint: { source: js.text(decorator!), line: js.rowOf(p) + 1 } }
    // A body or parsed query string typed by no validated class can hold an object (`{"$ne": null}`) whatever TypeScript says.
    if (v.taint && WHOLE_INPUT_DECORATOR.test(source) && holdsObjects(js, p, true)) v.taint.object = true
    if (js.ctx.addedIn(p) && v.taint) v.added = true
    // `@Body() dto: CreateDto` with `@IsIn([...]) sort` in the DTO: the validation pipe rejects anything else.
    const checked = v.taint ? dtoChecked(js, typeText(js, p)) : []
    if (checked.length > 0) v.fields = new Map(checked.map((name) => [name, { inert: true }]))
    params.set(js.text(target), v)
    found = true
  }
  return found
}

/**
 * Whether a parameter's declared type leaves it free to hold an object at run time: untyped, `any`, an inline
 * object type, or an interface or type alias declared in this file (no class-validator class checks those), and
 * with `primitives` a bare `string` (a framework injects what the client sent; the compiler checked nothing).
 * A class (a DTO validated by its decorators) or a type imported from elsewhere is given the benefit of the doubt.
 */
function holdsObjects(js: JsPass, p: SNode, primitives: boolean): boolean {
  const t = p.type === 'required_parameter' || p.type === 'optional_parameter' ? field(p, 'type') : undefined
  if (!t) return primitives
  const text = js.text(t).replace(/^:\s*/, '').trim()
  if (/^(any|unknown|object)$|^Record\s*</.test(text) || text.startsWith('{')) return true
  if (primitives && /^string(\[\])?$/.test(text)) return true
  return /^[A-Z][\w$]*$/.test(text) && new RegExp(`\\b(interface\\s+${text}\\b|type\\s+${text}\\s*=)`).test(js.ctx.text)
}

/** class-validator decorators that admit no free text: a member, a number, a UUID, a date, a pattern. */
const DTO_CHECK = /@(IsIn|IsEnum|IsInt|IsNumber|IsNumberString|IsUUID|IsBoolean|IsBooleanString|IsDate|IsDateString|IsISO8601|IsPositive|IsNegative|Matches|IsAlphanumeric|IsAlpha|IsMongoId|IsHexadecimal)\b/

/** Properties of a DTO class written in this file that a class-validator decorator pins down. */
function dtoChecked(js: JsPass, type: string): string[] {
  if (!/^[A-Z][\w$]*$/.test(type)) return []
  const text = js.ctx.text
  const start = new RegExp(`\\bclass\\s+${type}\\b[^{]*\\{`).exec(text)
  if (!start) return []
  const end = text.indexOf('\n}', start.index)
  const body = text.slice(start.index + start[0].length, end < 0 ? undefined : end)
  const out: string[] = []
  // Each property with the decorators written above it (or before it on its line).
  const prop = /((?:\s*@[\w$]+\([^)]*\))+)\s*(?:readonly\s+)?([\w$]+)[?!]?\s*:/g
  for (let m = prop.exec(body); m; m = prop.exec(body)) if (DTO_CHECK.test(m[1]!)) out.push(m[2]!)
  return out
}

const FEATHERS_IMPORT = /(require\(\s*|from\s+)['"](@feathersjs\/[\w-]+|feathers-[\w-]+)['"]/
const FEATHERS_METHOD = /^(find|get|create|update|patch|remove)$/

/**
 * The class or object is a service: a class extending an adapter's service (`extends KnexService`) or named as one
 * (`InvoiceService`), or registered (`app.use('/invoices', new Invoices(…))`), or any class of a generated
 * `services/…/x.class.js` file; an object handed to `app.use(path, {…})`.
 * A file importing `@feathersjs/errors` for a helper class's `get(key)` is no service.
 */
function registeredService(js: JsPass, holder: SNode): boolean {
  if (holder.type === 'object') {
    const call = holder.parent?.type === 'arguments' ? holder.parent.parent : undefined
    return call?.type === 'call_expression' && /(^|\.)use$/.test(js.text(field(call, 'function') ?? call))
  }
  // The generator's layout: each service's class in `src/services/<name>/<name>.class.js`, registered from another file.
  if (/(^|\/)services\/.*\.class\.[cm]?[jt]s$/.test(js.ctx.path)) return true
  const cls = holder.parent
  const name = cls ? field(cls, 'name') : undefined
  const heritage = cls?.children.find((c) => c.type === 'class_heritage')
  if (heritage && /Service\b|Adapter\b/.test(js.text(heritage))) return true
  if (!name) return false
  const n = js.text(name)
  return /Service$/.test(n) || new RegExp(String.raw`\.use\(\s*[^,]+,\s*new\s+${n}\b`).test(js.ctx.text)
}

/**
 * A Feathers service method, by the shape Feathers calls it with: a method of a class or object in a file that imports
 * Feathers, named for a service method (or a class method taking `(data, params)`, as custom methods do). Gives the
 * shape of its arguments: `find(params)`, `get`/`remove(id, params)`, `create(data, params)`, `update`/`patch(id, data, params)`.
 */
function feathersService(js: JsPass, node: SNode, name: string): 'find' | 'get' | 'create' | 'update' | 'custom' | undefined {
  if (node.type !== 'method_definition' || !fileHas(js.ctx, FEATHERS_IMPORT)) return undefined
  const holder = node.parent
  if (holder?.type !== 'class_body' && holder?.type !== 'object') return undefined
  if (!registeredService(js, holder)) return undefined
  const list = field(node, 'parameters')
  const names = list ? namedChildren(list).map((p) => js.text(p)) : []
  if (FEATHERS_METHOD.test(name)) {
    if (name === 'find') return names.length <= 1 ? 'find' : undefined
    if (name === 'create') return 'create'
    if (name === 'update' || name === 'patch') return names.length >= 2 ? 'update' : undefined
    return 'get'
  }
  return holder.type === 'class_body' && names.length === 2 && names[0] === 'data' && /^params\b/.test(names[1] ?? '') ? 'custom' : undefined
}

/** Every parameter (destructured fields named one by one) as data from `whose` (`the socket's \`payload\``), but for scalar-typed ones. */
/** The function assigned to `Model.name` (or `Model.prototype.name`) that the file exposes with `Model.remoteMethod('name', …)`. */
function loopbackRemoteMethod(js: JsPass, node: SNode): boolean {
  const assign = node.parent
  if (assign?.type !== 'assignment_expression' || field(assign, 'right') !== node) return false
  const target = /^([\w$]+)\.(prototype\.)?([\w$]+)$/.exec(js.text(field(assign, 'left') ?? assign))
  if (!target || !mentions(js, '.remoteMethod(')) return false
  const model = target[1]!.replace(/\$/g, '\\$')
  return new RegExp(`\\b${model}\\.remoteMethod\\(\\s*['"\`]${target[2] ?? ''}${target[3]!.replace(/\$/g, '\\$')}['"\`]`).test(js.ctx.text)
}

const ENCORE_IMPORT = /from\s+['"]encore\.dev\/api['"]/
const TS_REST_IMPORT = /from\s+['"]@ts-rest\/[\w-]+['"]/
const REDWOOD_SERVICE_FILE = /(^|\/)api\/src\/services\/(?!.*\.(test|spec|scenarios)\.[jt]s$).+\.[jt]s$/

/** A function exported by name from a RedwoodJS service file (`export const posts = …`, `export async function post(…)`). */
function redwoodService(js: JsPass, node: SNode): boolean {
  if (!REDWOOD_SERVICE_FILE.test(js.ctx.path)) return false
  const holder = node.type === 'function_declaration' ? node : node.parent?.type === 'variable_declarator' ? node.parent.parent : undefined
  return holder?.parent?.type === 'export_statement'
}

const ACTIONHERO_IMPORT = /(require\(\s*|from\s+)['"]actionhero['"]/

/** `run` of a class extending Actionhero's `Action` (`class Export extends Action { async run({ params }) {…} }`). */
function actionheroRun(js: JsPass, node: SNode, name: string): boolean {
  if (name !== 'run' || node.type !== 'method_definition' || node.parent?.type !== 'class_body') return false
  const heritage = node.parent.parent?.children.find((c) => c.type === 'class_heritage')
  if (!heritage || !/\bextends\s+(\w+\.)?Action\b/.test(js.text(heritage))) return false
  // The import, or where a hunk leaves it out, the action's declared `inputs`.
  return fileHas(js.ctx, ACTIONHERO_IMPORT) || /\bthis\.inputs\s*=|^\s*inputs\s*[=:]/m.test(js.text(node.parent))
}

function taintEveryParam(js: JsPass, ps: SNode[], pattern: (p: SNode | undefined) => SNode | undefined, params: Map<string, Value>, whose: string): void {
  for (const p of ps) {
    const target = pattern(p)
    if (!target || scalarTyped(js, p)) continue
    const names = target.type === 'identifier' ? [js.text(target)] : target.type === 'object_pattern' ? patternNames(js, target) : []
    for (const name of names) params.set(name, { taint: { source: `${whose} \`${name}\``, line: js.rowOf(p) + 1 }, ...(js.ctx.addedIn(p) ? { added: true } : {}) })
  }
}

/** The names an object pattern binds (`{ name, data: bytes = '' }` binds `name` and `bytes`). */
function patternNames(js: JsPass, pattern: SNode): string[] {
  const out: string[] = []
  for (const p of namedChildren(pattern)) {
    const target = p.type === 'pair_pattern' ? field(p, 'value') : p.type === 'object_assignment_pattern' ? field(p, 'left') : p
    if (target && (target.type === 'identifier' || target.type === 'shorthand_property_identifier_pattern')) out.push(js.text(target))
  }
  return out
}

function destructured(js: JsPass, pattern: SNode, params: Map<string, Value>, only: RegExp | undefined): void {
  for (const p of namedChildren(pattern)) {
    const key = p.type === 'pair_pattern' ? field(p, 'key') : p.type === 'object_assignment_pattern' ? field(p, 'left') : p
    const target = p.type === 'pair_pattern' ? field(p, 'value') : p.type === 'object_assignment_pattern' ? field(p, 'left') : p
    if (!key || !target || target.type !== 'shorthand_property_identifier_pattern' && target.type !== 'identifier') continue
    const prop = js.text(key)
    if (only ? !only.test(prop) : !JS_REQUEST_PROPS.has(prop)) continue
    const v: Value = { taint: { source: `the request's \`${prop}\``, line: js.rowOf(p) + 1 } }
    if (js.ctx.addedIn(pattern)) v.added = true
    params.set(js.text(target), v)
  }
}

export { isInert }

/** URL joiners: Ghost's and other projects' `urlJoin`, `joinURL`, and the `url-join` and `proper-url-join` packages. */
const URL_JOIN_NAME = /^(url_?join|join_?url)$/i
const URL_JOIN_MODULE = /^(url-join|proper-url-join)(\.default)?$/

/**
 * `urlJoin(urlFor('admin'), '#', rest)`, `urlJoin(config.docsUrl, 'topics', topic)`: a joiner keeps its parts in order with a
 * slash between them, so the request data in a later part lands after the parts the code wrote. The constant text of those
 * parts is kept as the text before the taint, for the redirect sink to see a `#` or `?` (only the fragment or query is the
 * client's) or a fixed path segment (only a path under it is). Parts from the request first leave the host to the client.
 */
function urlJoined(ev: CallEvent, js: JsPass): Value | undefined {
  if (ev.args.length < 2 || !(URL_JOIN_NAME.test(ev.name) || URL_JOIN_MODULE.test(ev.qname ?? ''))) return undefined
  const first = ev.args.findIndex((a) => a.taint !== undefined)
  if (first <= 0) return undefined
  const out = derive(ev.args, TAG.insecureRandom | TAG.weakHash | TAG.sharedTemp | TAG.unpredictable)
  const parts = ev.argNodes.filter((_, i) => !ev.args[i]!.constant).map((n) => js.text(n))
  const beforeTaint = `${ev.args.slice(0, first).map((a) => a.str ?? '').join('/')}/`
  return { ...out, built: { how: 'string concatenation', line: js.rowOf(ev.node) + 1, parts, prefix: ev.args[0]!.str ?? '', beforeTaint } }
}
