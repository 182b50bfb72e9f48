/**
 * Python's sources and the effect of calls on values: which request attributes carry client
 * data, which calls sanitise (and for what), which produce weak digests or PRNG output, and
 * which function parameters a web framework fills from the URL.
 */
import type { SNode } from '../syntax/tree'
import type { CallEvent } from './events'
import { fileHas, type PassContext } from './pass'
import type { PythonEvaluator } from './python'
import { FETCHED_FROM, FETCHED_RESPONSE, JINJA_REQUEST_ENV, JINJA_REQUEST_LOADER, PREPARED_REQUEST, xmlParserObject } from './sinks/parsers'
import { queriedModel, queryResult, RECORD, RECORDS } from './python-stored-fields'
import { field, namedChildren, parameterName } from './text'
import { asText, constant, derive, hasTag, isInert, partsSafe, SAFE, TAG, withSafe, type Value } from './value'

/** A psycopg `sql` composition made only of quoted parts and constant SQL text. */
export const PSYCOPG_COMPOSED = 'psycopg.sql.<composed>'

/** Attributes of Flask/Django/Starlette/aiohttp/Tornado request objects that hold client data. */
export const PY_REQUEST_ATTRS = new Set([
  'args', 'form', 'values', 'json', 'data', 'files', 'cookies', 'headers', 'GET', 'POST', 'FILES', 'COOKIES', 'META',
  'body', 'query_params', 'path_params', 'query_string', 'path', 'full_path', 'url', 'base_url', 'environ', 'stream',
  'get_json', 'get_data', 'query', 'match_info', 'rel_url', 'post', 'arguments', 'body_arguments', 'query_arguments', 'uri',
  'params', 'content', 'text', 'host', 'referrer', 'view_args', 'matchdict', 'json_body', 'media', 'bounded_stream', 'forwarded_host', 'forms',
  // Azure Functions' `func.HttpRequest`: the route's `{name}` segments and the raw body.
  'route_params', 'get_body',
  // web2py's (and py4web's) `request.vars`, `get_vars`, `post_vars`: the query string and form; Emmett's awaited `body_params`.
  'vars', 'get_vars', 'post_vars', 'body_params',
  // AWS Chalice's `app.current_request`: the path's `{name}` segments and the body as sent.
  'uri_params', 'raw_body',
  // AWS Lambda Powertools' `app.current_event`: the API Gateway / ALB event's query string, path segments and body.
  'query_string_parameters', 'multi_value_query_string_parameters', 'path_parameters', 'decoded_body',
])

/**
 * Request-object methods that return client data (`request.get_json()`, `await request.form()`); Masonite's
 * `request.input("status")`, `request.param("id")` (a route segment) and `request.all()`.
 */
const REQUEST_METHODS = new Set(['get_json', 'get_data', 'json', 'form', 'body', 'post', 'text', 'read', 'stream', 'values', 'get_param', 'get_param_as_list', 'get_media', 'get_header', 'get_cookie_values', 'get_body', 'input', 'param', 'all',
  // Lambda Powertools' event (`app.current_event.get_query_string_value(name="sort")`).
  'get_query_string_value', 'get_multi_value_query_string_values', 'get_header_value',
  // A WebSocket's messages (Starlette/FastAPI `receive_text()`, `iter_json()`; Litestar `receive_data()`).
  'receive_text', 'receive_json', 'receive_bytes', 'iter_text', 'iter_json', 'iter_bytes', 'receive_data'])
/** Tornado/webapp handler methods on `self` that read client data. */
/** A module that reads mail: the standard library's parsers and mailboxes, or a parser package. */
const IMPORTS_EMAIL = /^\s*(import|from)\s+(email|imaplib|poplib|mailbox|mailparser|imapclient|imap_tools|aiosmtpd)\b/m
const SELF_SOURCES = new Set(['get_argument', 'get_arguments', 'get_query_argument', 'get_query_arguments', 'get_body_argument', 'get_body_arguments', 'get_cookie'])

/** Lookups keyed by request data return stored records, not the request's text. */
const LOOKUP = /^(find\w*|get_object_or_404|get_or_404|first_or_404|fetch\w*|query|select\w*|load\w*|lookup|first|one|one_or_none|all|count|exists|scalar\w*|findUnique\w*|findFirst\w*|findMany|findById|findOne|get|get_or_none|get_by_id)$/
/** lxml's compiled XPath classes: calling one on a document evaluates it there. */
const COMPILED_XPATH = /^lxml\.etree\.(XPath|ETXPath)$/
/** Running a statement (`cursor.execute(sql, params)`, `Post.objects.raw(sql, [term])`) gives result rows. */
const STATEMENT_RUN = /^(execute|executemany|exec_driver_sql|execute_sql|raw)$/
/**
 * Functions named for looking records up by the text they are given: `search_…`, `find_…`, or a record by its key
 * (`node_by_name(name)`, `get_user_by_email(email)`), which returns what is stored under it.
 */
const SEARCH_CALL = /^_?(search|find|lookup|retrieve)(_\w+)?$|^_?[a-z]\w*_by_(id|pk|name|slug|key|email|username|code|uuid|host|hostname|label|title|sku|handle)$/
const NUMERIC = new Set(['int', 'float', 'bool', 'len', 'abs', 'round', 'ord', 'hash', 'id', 'isinstance', 'issubclass', 'callable', 'hasattr', 'min', 'max', 'sum', 'uuid.UUID', 'UUID', 'datetime.fromisoformat', 'Decimal', 'decimal.Decimal', 'ipaddress.ip_address'])
/** Date and time parsers: what they return is a date, whatever text they were given (or they raise). */
const PARSED_TIME = /^(datetime\.)?(date|datetime|time)\.(fromisoformat|strptime|fromtimestamp|fromordinal)$|^(dateutil\.parser\.(isoparse|parse)|isoparse)$|^(pendulum|arrow)\.(parse|get)$/
const INERT_METHODS = /^(startswith|endswith|isdigit|isalnum|isalpha|isnumeric|isdecimal|isidentifier|isspace|islower|isupper|count|find|rfind|index|rindex|exists|is_file|is_dir|__len__)$/

/** Decoders named like lookups (`json.loads`, `yaml.safe_load`): they return the text they are given, parsed, not a stored record. */
const DECODER = /^(json|simplejson|orjson|ujson|rapidjson|yaml|tomllib|tomli|toml|msgpack|xmltodict|ast)\.(loads?|safe_load|parse|unpackb|literal_eval)$/
/** HTTP calls whose response keeps its name (`FETCHED_RESPONSE`); a URL from the request already taints the response. */
const HTTP_FETCH = /^(requests|httpx)\.(get|post|put|patch|request)$|^(urllib\.request|urllib2)\.urlopen$/
const HTTP_CLIENT_FETCH = /^(get|post|put|patch|request|urlopen)$/
const HTTP_CLIENT_CLASS = /^(requests\.(Session|session)|requests\.sessions\.Session|httpx\.(Client|AsyncClient)|aiohttp\.ClientSession|urllib3\.(PoolManager|ProxyManager|HTTPConnectionPool|HTTPSConnectionPool|connection_from_url)|tornado\.httpclient\.(AsyncHTTPClient|HTTPClient))$/

/** A URL formatted under a written host (`f"https://api.example.com/{x}"`), a site path, or a base the deployment sets (`f"{API_BASE}/{x}"`). */
function fixedHost(v: Value): boolean {
  const prefix = v.built?.prefix ?? ''
  if (/^(https?:)?\/\/[^/{]+\//i.test(prefix) || /^\/[^/\\]/.test(prefix)) return true
  const first = v.built?.parts[0] ?? ''
  return prefix === '' && (v.built?.parts.length ?? 0) > 1 && /^([a-z_]\w*\.)*[A-Z][A-Z0-9_]*$|settings\.|config\.|os\.(environ|getenv)/.test(first)
}

/** Encoders whose output is hex digits or URL-safe Base64 whatever the input. */
const ENCODED_ONLY = /^(binascii\.(hexlify|b2a_hex)|base64\.(urlsafe_b64encode|b16encode|b32encode|b32hexencode))$/
const BASE64_ENCODE = /^base64\.(b64encode|standard_b64encode)$/

/** Sanitisers by qualified name or bare name: what they make safe. */
const SANITIZERS: Array<[RegExp, number]> = [
  [/(^|\.)secure_filename$/, SAFE.path | SAFE.shell | SAFE.html],
  [/^(os\.path\.)?basename$|^posixpath\.basename$/, SAFE.path],
  [/(^|\.)safe_join$/, SAFE.path],
  // Django's `get_valid_filename` keeps letters, digits, `-`, `_` and `.` (and rejects `..`); a slug keeps letters, digits and `-`.
  [/^(django\.utils\.text\.)?get_valid_filename$|^(django\.utils\.text\.|slugify\.)?slugify$/, SAFE.path | SAFE.shell | SAFE.html],
  [/^(html\.escape|cgi\.escape|markupsafe\.escape|flask\.escape|escape|jinja2\.escape|django\.utils\.html\.escape|bleach\.clean|conditional_escape|escape_html|xml\.sax\.saxutils\.escape|format_html|format_html_join|django\.utils\.html\.format_html_join|tornado\.escape\.xhtml_escape|xhtml_escape|bottle\.html_escape|html_escape|web\.websafe|web\.net\.websafe|websafe)$/, SAFE.html],
  // HTML sanitisers keep an allow-list of tags; `strip_tags` and `quoteattr` leave no markup to run.
  [/^(nh3\.clean|bleach\.linkify|lxml\.html\.clean\.clean_html|clean_html|sanitize_html|html_sanitizer\.\w+|django\.utils\.html\.strip_tags|strip_tags|markupsafe\.Markup\.escape|Markup\.escape|markupsafe\.escape_silent|xml\.sax\.saxutils\.quoteattr|quoteattr|django\.utils\.html\.escapejs|escapejs)$/, SAFE.html],
  [/^(shlex\.quote|pipes\.quote|quote_shell|shlex\.join)$/, SAFE.shell],
  [/^(urllib\.parse\.quote|urllib\.parse\.quote_plus|quote_plus|urlencode|urllib\.parse\.urlencode|tornado\.escape\.url_escape|url_escape)$/, SAFE.html | SAFE.shell | SAFE.log],
  // Emmett's `url("post", slug)` and web2py's `URL("region", args=[…])` build a path of the application's own, as `url_for` does.
  [/(^|\.)url_for$|(^|\.)reverse$|^emmett\.url$|^(gluon(\.html)?\.)?URL$/, SAFE.all],
  // A type looked up in the library's table by a file name's extension: `text/csv`, never the client's text.
  [/^mimetypes\.guess_type$/, SAFE.all],
  [/^(psycopg2?\.sql\.(Identifier|Literal)|sql\.Identifier|sql\.Literal|quote_ident|escape_string|conn\.escape|pymysql\.converters\.escape_string|connection\.escape)$/, SAFE.sql],
  // Identifier quoting for the connection's dialect (Django's `connection.ops.quote_name`, SQLAlchemy's `preparer.quote`): a name, never SQL of its own.
  [/(^|\.)ops\.quote_name$|(^|\.)(identifier_preparer|preparer)\.quote(_identifier)?$/, SAFE.sql],
  [/^ast\.literal_eval$/, SAFE.code],
  // python-ldap's and ldap3's filter escaping: no `*`, `(`, `)` or `\\` of the value's own is left in the filter.
  [/^(ldap\.filter\.|ldap3\.utils\.conv\.)?(escape_filter_chars|filter_format)$/, SAFE.ldap],
  // A template renders its variables escaped; a template written from request data is reported as template injection.
  [/^(flask\.render_template|render_template|flask\.render_template_string|render_template_string|django\.shortcuts\.render|django\.template\.loader\.render_to_string|render_to_string)$/, SAFE.html],
]
/** Any sanitizer above in one test: most calls are none of them. */
const ANY_SANITIZER = new RegExp(SANITIZERS.map(([pattern]) => `(?:${pattern.source})`).join('|'))
const NO_SANITIZERS: typeof SANITIZERS = []

/** str methods whose result is the receiver's text or pieces of it. */
const TEXT_METHODS = /^(split|rsplit|partition|rpartition|splitlines|strip|lstrip|rstrip|lower|upper|casefold|replace|removeprefix|removesuffix|encode|decode)$/

/** Whether `name` is one of the parameters of the function `fnNode`. */
function isParameter(fnNode: SNode | undefined, name: string, text: (n: SNode) => string): boolean {
  const list = fnNode ? field(fnNode, 'parameters') : undefined
  for (const p of list ? namedChildren(list) : []) {
    const id = parameterName(p)
    if (id && text(id) === name) return true
  }
  return false
}

export const AIRFLOW_SQL_HOOK = /^airflow\.(providers\.[\w.]+|hooks\.[\w.]+)\.(Postgres|MySql|Mssql|Oracle|Sqlite|Snowflake|Redshift\w*|BigQuery|Trino|Presto|Hive\w*|Vertica|Exasol|Jdbc|Odbc|Databricks\w*|DbApi)Hook$/

const STREAMLIT_CHOICE = /^streamlit\.(sidebar\.)?(selectbox|radio|select_slider|segmented_control|pills)$/
const STREAMLIT_INPUT = /^streamlit\.(sidebar\.)?(text_input|text_area|chat_input|file_uploader|camera_input|experimental_get_query_params)$/

const WEBPY_INPUT = /^web\.(input|data|cookies)$/

const TYPED_AT_TERMINAL: Value = Object.freeze({ safe: SAFE.sql })

/** Characters that matter to a path, a shell, SQL or markup; what a class keeps decides which of them survive. */
const PATH_CHARS = ['.', '/', '\\']
const OTHER_CHARS = ['"', "'", '`', ';', '|', '&', '$', '<', '>', '(', ')', '{', '}', '\\', ' ', '\n', '%', '*', '?', '#', ':', '=', '+', ',', '!', '[', ']', '@']

/**
 * The SAFE kinds left by replacing every character outside a class (`[^a-z0-9-]+` with `"-"`): none of `.`, `/` or `\`
 * left makes a name no path can climb with; only letters, digits, `-` and `_` left is inert text for any sink.
 */
function replacedOutside(pattern: string | undefined, replacement: string | undefined): number {
  const m = pattern === undefined ? undefined : /^\[\^((?:\\.|[^\]\\])+)\][+*]?$/.exec(pattern)
  if (!m || replacement === undefined) return 0
  let keeps: RegExp
  try {
    keeps = new RegExp(`^[${m[1]}]*$`)
  } catch {
    return 0
  }
  if (!keeps.test(replacement)) return 0
  if (PATH_CHARS.some((c) => keeps.test(c))) return 0
  return OTHER_CHARS.some((c) => keeps.test(c)) ? SAFE.path : SAFE.all
}

export function pythonCallResult(ev: CallEvent, py: PythonEvaluator): Value {
  const { qname, name, receiver, args } = ev
  const q = qname ?? name
  if (receiver && hasTag(receiver, TAG.request) && REQUEST_METHODS.has(name)) return py.source(ev.node, ev.stmt)
  // `hashlib.sha256(f"{user.pk}:{email}:{time.time()}".encode())`: a digest of the clock and what the account shows is
  // no secret, however strong the algorithm; anyone who knows roughly when it was made can make it again. (An MD5 or
  // SHA-1 digest used as a token is the weak-hash rules' already.)
  const clock = /^hashlib\.\w+$/.test(q) && ev.argNodes[0] && !weakHashOf(ev) ? clockDigest(py.textOf(ev.argNodes[0])) : undefined
  if (clock) return { ...derive(args), tags: TAG.insecureRandom, madeAt: py.rowOf(ev.node) + 1, madeBy: `${q} of ${clock}` }
  // `str(body.get("email"))`: text from here on, wherever it is handed (a dict built here and read by key in a helper).
  if (!receiver && q === 'str' && args.length === 1 && ev.kwargs.size === 0 && args[0]?.taint) return asText(args[0])
  // What the person at the terminal types (`input("expression: ")`) is the operator's, as the command line is: no
  // client's, so SQL built from it is theirs to break; yet no constant made of the prompt either, so eval and the
  // shell still see an unchecked value.
  if (!receiver && (q === 'input' || q === 'raw_input')) return TYPED_AT_TERMINAL
  // `input("table: ").strip()`: trimmed or recased, it is still what the operator typed.
  if (receiver === TYPED_AT_TERMINAL && TEXT_METHODS.test(name) && args.every((a) => a.constant)) return TYPED_AT_TERMINAL
  const clientFetch = HTTP_CLIENT_FETCH.test(name) && /^[\w.]+\(\)$/.test(receiver?.qname ?? '') && HTTP_CLIENT_CLASS.test(receiver!.qname!.slice(0, -2))
  if ((HTTP_FETCH.test(q) || clientFetch) && ![...args, ...ev.kwargs.values()].some((a) => a.taint)) return { qname: FETCHED_RESPONSE }
  // `requests.get(url)` of a URL the client chose: the page is whatever the server at that URL sends, the client's own
  // included, so its body is as untrusted as the request (a URL on a host the code fixed answers with that host's data).
  // So is a client object's (`async with httpx.AsyncClient() as client: await client.get(url)`); `request(method, url)` takes it second.
  const urlAt = clientFetch && name === 'request' ? 1 : 0
  if (clientFetch && args[urlAt]?.taint && !args[urlAt].inert && ((args[urlAt].safe ?? 0) & SAFE.url) === 0 && !fixedHost(args[urlAt]) && ev.argNodes[urlAt]) {
    return { taint: { source: `${FETCHED_FROM}\`${py.textOf(ev.argNodes[urlAt]!).slice(0, 40)}\``, line: py.rowOf(ev.node) + 1 }, ...(py.addedIn(ev.stmt) ? { added: true } : {}) }
  }
  if (HTTP_FETCH.test(q) && args[0]?.taint && !args[0].inert && ((args[0].safe ?? 0) & SAFE.url) === 0 && !fixedHost(args[0])) {
    return { taint: { source: `${FETCHED_FROM}\`${py.textOf(ev.argNodes[0]!).slice(0, 40)}\``, line: py.rowOf(ev.node) + 1 }, ...(py.addedIn(ev.stmt) ? { added: true } : {}) }
  }
  // `resp.read()`, aiohttp's `await resp.text()`: the body of a fetched response.
  if (receiver?.qname === FETCHED_RESPONSE && /^(read|text)$/.test(name)) return { qname: `${FETCHED_RESPONSE}.content` }
  if (ev.receiverText === 'self' && SELF_SOURCES.has(name)) return py.source(ev.node, ev.stmt)
  // `sftp.listdir_attr(remote_dir)`, `ftp.nlst()`: the names the other server gives its files (`../../etc/cron.d/x` included).
  if (receiver && /^(listdir|listdir_attr|listdir_iter|nlst|mlsd)$/.test(name) && /(^|[._])s?ftp(_?client|_?conn)?$/i.test(ev.receiverText ?? '')) return py.source(ev.node, ev.stmt)
  // `part.get_filename()` of a parsed email: the attachment's name as the sender wrote it in Content-Disposition.
  if (receiver && name === 'get_filename' && args.length === 0 && py.moduleMatches(IMPORTS_EMAIL)) return py.source(ev.node, ev.stmt)
  // `hashlib.sha256(body).hexdigest()`: hex digits, whatever went in, so no markup, quote or path comes through; what
  // made the digest (a weak hash, kept for the weak-hash rules) stays known.
  if (receiver && name === 'hexdigest' && args.length === 0) {
    return { inert: true, ...(receiver.tags ? { tags: receiver.tags } : {}), ...(receiver.madeAt !== undefined ? { madeAt: receiver.madeAt, madeBy: receiver.madeBy } : {}) }
  }
  // Hex and URL-safe Base64 encodings spell any input in `[0-9a-f]` or `[A-Za-z0-9_=-]`; plain Base64 adds `+` and `/`,
  // which can start an absolute path but carry no markup, quote or shell syntax.
  if (ENCODED_ONLY.test(q)) return { inert: true }
  // `re.sub(r"[^a-z0-9-]+", "-", name)`: every character outside the class is replaced, so only the class is left.
  if (q === 're.sub' && args[2]?.taint) {
    const kept = replacedOutside(args[0]?.str, args[1]?.str)
    if (kept) return { ...derive([args[2]], ~0), safe: (args[2].safe ?? 0) | kept }
  }
  if (BASE64_ENCODE.test(q) && args[0]?.taint) return { ...derive(args, ~0), safe: (args[0].safe ?? 0) | SAFE.html | SAFE.sql | SAFE.shell }
  // `signer.unsign(cookie)` (Django's `Signer`/`TimestampSigner`, itsdangerous's): returns the value only when its
  // signature checks out, so the key's holder made it, as after an `hmac.compare_digest` check.
  if (receiver && (name === 'unsign' || name === 'unsign_object') && args[0]?.taint) return { ...derive(args, ~0), safe: (args[0].safe ?? 0) | SAFE.signed }
  // A Streamlit app is served to whoever opens it: the text a visitor types, the file they upload and the page's query
  // string are theirs (`st.text_input("Avatar URL")`, `st.sidebar.file_uploader(...)`). A slider, a number input and a
  // select box return a number or one of the code's own options, so they stay plain.
  if (STREAMLIT_INPUT.test(q)) return py.source(ev.node, ev.stmt)
  // web.py reads the request through module functions: `web.input()` (query and form fields), `web.data()` (the raw body), `web.cookies()`.
  if (WEBPY_INPUT.test(q)) return py.source(ev.node, ev.stmt)
  // `st.selectbox("Table", TABLES)`: the choice is one of the options the code listed, so a constant list gives a constant.
  if (STREAMLIT_CHOICE.test(q) && (args[1] ?? ev.kwargs.get('options'))?.constant) return constant()
  // `current_app.config.get("UPLOAD_DIR")`: deployment configuration, set by the operator.
  if (/^(flask\.)?(current_app|app)\.config\.get$/.test(q)) return { inert: true }
  // An argparse parser reads the command line (the operator's options, read back as `args.name`); Flask-RESTful's
  // `reqparse.RequestParser` of the same shape reads the request.
  if (/^argparse\.ArgumentParser$/.test(q)) return { qname: 'argparse.ArgumentParser()' }
  if (/^(flask_restful\.)?reqparse\.RequestParser$/.test(q)) return { qname: 'flask_restful.reqparse.RequestParser()' }
  if (receiver?.qname === 'argparse.ArgumentParser()' && /^parse_(known_)?args$/.test(name)) return name === 'parse_args' ? { qname: 'argparse.Namespace' } : { inert: true }
  if (receiver?.qname === 'flask_restful.reqparse.RequestParser()' && name === 'parse_args') return py.source(ev.node, ev.stmt)
  // `request.args.get("page", type=int)`: Flask converts the value (or falls back to the default), so no text comes through.
  if (receiver?.taint && (name === 'get' || name === 'getlist') && /^(int|float|bool)$/.test(ev.kwNodes.get('type') ? py.textOf(ev.kwNodes.get('type')!) : '')) return { inert: true }
  // A received SQS message's `MessageId`, `ReceiptHandle` and checksums are set by SQS, not by the producer.
  if (receiver && name === 'get' && args[0]?.str !== undefined && queueMetadata(receiver, args[0].str)) return { inert: true }
  // `request.META.get("REMOTE_ADDR")`: the peer address, see peerAddress.
  if (receiver?.taint && name === 'get' && args[0]?.str !== undefined && peerAddress(ev.receiverText ?? '', args[0].str)) return { inert: true }
  // `event.get("channel")` on a payload whose keys are known one by one reads as `event["channel"]` does.
  if (receiver?.taint && !receiver.keyed && name === 'get' && args[0]?.str !== undefined && receiver.fields?.has(args[0].str)) return receiver.fields.get(args[0].str)!
  if (receiver?.taint && (name === 'get' || name === 'getlist' || name === 'getall' || name === 'get_all')) {
    // `request.args.get("f")` reads better in messages than `request.args`.
    const v = derive([receiver, ...args], ~0)
    return receiver.taint.line === py.rowOf(ev.node) + 1 ? { ...v, taint: { ...receiver.taint, source: py.textOf(ev.node).replace(/\s+/g, ' ').slice(0, 50) } } : v
  }
  // `SORTS.get(key, SORTS["newest"])`: a constant table yields one of its own values, an allow-list.
  if (receiver?.constant && !receiver.taint && name === 'get' && (args.length < 2 || isInert(args[1]))) return args.length < 2 || args[1]!.constant ? constant() : { inert: true }
  // SQLAlchemy's `session.get(Job, job_id)` (`db.session.get`, `db_session.get`): one record of the model named first.
  if (receiver && name === 'get' && /(^|[._])session$/i.test(ev.receiverText ?? '') && ev.argNodes[0]?.type === 'identifier' && /^[A-Z][a-z]\w*$/.test(py.textOf(ev.argNodes[0]))) {
    return { qname: `${RECORD}${py.textOf(ev.argNodes[0])}` }
  }
  // `X.query.get_or_404(pk)`, `X.objects.filter(...).first()`: a record of model X, whose saved fields are known by name.
  const model = receiver && !receiver.taint ? queriedModel(receiver) : undefined
  const record = model ? queryResult(model, name) : undefined
  if (record) return record
  if (FLASK_SQLA_BUILDER.test(q) && args.length > 0 && args.every((a) => a.str === undefined && !a.built && !a.taint)) return { qname: 'sqlalchemy.<statement>' }
  if (receiver && !receiver.taint && !receiver.constant && !hasTag(receiver, TAG.request) && LOOKUP.test(name) && !DECODER.test(q)) return {}
  // An XPath evaluated over a document the server holds (`tree.xpath("//user[@name=$n]", n=name)`, a compiled
  // `etree.XPath(...)` called on it) returns that document's nodes and text, not the variables it was given; the
  // expression itself is judged where it is written (the xpath-injection rules).
  if (COMPILED_XPATH.test(q)) return { ...derive([...args, ...ev.kwargs.values()]), qname: `${q}()` }
  if (receiver && name === 'xpath' && !receiver.taint && !hasTag(receiver, TAG.request)) return {}
  if (!receiver && COMPILED_XPATH.test(q.slice(0, -2)) && q.endsWith('()') && args[0] && !args[0].taint && !hasTag(args[0], TAG.request)) return {}
  // What a statement returns is rows, whatever its bound parameters held (`db.execute(text("… :c"), {"c": code}).first().target`).
  if (receiver && !hasTag(receiver, TAG.request) && STATEMENT_RUN.test(name)) return {}
  // An Airflow database hook's `get_records(sql, parameters=(…))`, `get_first`, `get_pandas_df`: the rows, as with `execute`.
  if (receiver && /^(get_records|get_first|get_pandas_df|get_df)$/.test(name) && /^airflow\.[\w.]+Hook\(\)$/.test(receiver.qname ?? '')) return {}
  // `search_articles(question)`, `find_similar(text)`: a search by the client's words returns stored records, not the words.
  if (!receiver && SEARCH_CALL.test(name) && !/^(re|regex|fnmatch|glob)\./.test(q)) return {}
  // An archive opened from request data (an upload's stream, a client's path) stays known as one for `extractall`.
  if (/^(zipfile\.ZipFile|tarfile\.open|tarfile\.TarFile|tarfile\.TarFile\.open)$/.test(q)) return { ...derive([...args, ...ev.kwargs.values()]), qname: `${q}()` }
  // The member names of an archive the client sent are the client's text (`../../app/settings.py` included).
  if (receiver?.taint && /^(zipfile\.ZipFile|tarfile\.open|tarfile\.TarFile|tarfile\.TarFile\.open)\(\)$/.test(receiver.qname ?? '') && /^(namelist|infolist|getnames|getmembers|getinfo|getmember)$/.test(name)) return derive([receiver])
  // A LangChain model object (`llm = ChatOpenAI(...)`) keeps its class, so `llm.invoke(prompt)` is known for a model call.
  if (/^langchain[\w.]*\.(Chat\w+|OpenAI|AzureOpenAI|Ollama|Anthropic|VertexAI|Bedrock\w*|HuggingFace\w*)$/.test(q)) return { qname: `${q}()` }
  // A LangChain chat prompt keeps the variables its system messages fill in, for the `invoke` that fills them.
  const prompt = promptTemplateObject(q, args)
  if (prompt) return { qname: prompt }
  // A Jinja sandbox keeps its class, so templates it compiles from user text are known to be sandboxed.
  if (/^jinja2\.sandbox\.(Sandboxed|ImmutableSandboxed)Environment$/.test(q)) return { qname: `${q}()` }
  // A Mako lookup keeps its class, so `lookup.put_string(uri, text)` on it is known to compile `text`.
  if (q === 'mako.lookup.TemplateLookup') return { qname: `${q}()` }
  // `requests.Request("HEAD", url)`, `.prepare()` of one, httpx's `client.build_request("GET", url)`: the URL, to be sent later.
  if (/^requests\.(models\.)?Request$/.test(q) || (receiver && name === 'build_request' && /^httpx\.[\w.]+\(\)$/.test(receiver.qname ?? ''))) {
    const url = ev.kwargs.get('url') ?? args[1]
    return url?.taint ? { ...url, qname: PREPARED_REQUEST } : {}
  }
  if (receiver?.qname === PREPARED_REQUEST && name === 'prepare') return receiver
  // Tornado's `HTTPRequest(url, ...)`, handed to `AsyncHTTPClient().fetch(req)`.
  if (q === 'tornado.httpclient.HTTPRequest') {
    const url = ev.kwargs.get('url') ?? args[0]
    return url?.taint ? { ...url, qname: PREPARED_REQUEST } : {}
  }
  // `DictLoader({"body.html": draft["body"]})`: template source handed to an environment by name. An environment
  // built on it (`Environment(loader=…)`, `env.overlay(loader=…)`) compiles that source in `get_template(name)`.
  if (/^jinja2\.(loaders\.)?DictLoader$/.test(q) && args[0]?.taint) return { ...derive([args[0]]), qname: JINJA_REQUEST_LOADER }
  // `ChoiceLoader([DictLoader({...: text}), PackageLoader(...)])`, `PrefixLoader({"user": DictLoader(...)})`: a loader that
  // asks the request's loader for a name serves its source.
  if (/^jinja2\.(loaders\.)?(ChoiceLoader|PrefixLoader)$/.test(q)) {
    const inner = [...(args[0]?.elements ?? []), ...(args[0]?.fields?.values() ?? [])].find((l) => l.qname === JINJA_REQUEST_LOADER && l.taint)
    if (inner) return inner
  }
  const loader = ev.kwargs.get('loader')
  if (loader?.qname === JINJA_REQUEST_LOADER && loader.taint && (/^jinja2\.(environment\.)?Environment$/.test(q) || (receiver && name === 'overlay'))) {
    return { qname: JINJA_REQUEST_ENV, taint: loader.taint, ...(loader.added ? { added: true } : {}) }
  }
  // An XML parser object keeps whether it expands external entities (and whether the change wrote it), for the parse calls it is handed to.
  const xmlParser = xmlParserObject(q, ev.kwNodes.get('resolve_entities'), (n) => py.textOf(n))
  if (xmlParser) return py.addedIn(ev.stmt) ? { qname: xmlParser, added: true } : { qname: xmlParser }
  // An Airflow database hook keeps its class, so `hook.run(sql)` and `hook.get_records(sql)` on it are known for SQL.
  if (AIRFLOW_SQL_HOOK.test(q)) return { qname: `${q}()` }
  // A fabric connection keeps its class, so `conn.run(cmd)` and `conn.sudo(cmd)` on it are known for a remote shell.
  if (/^fabric\.([\w.]*\.)?(Connection|SerialGroup|ThreadingGroup)$/.test(q)) return { qname: `${q}()` }
  // PonyORM's `Database()`: its `select`/`get`/`exists` take SQL text.
  if (/^pony\.orm(\.core)?\.Database$/.test(q)) return { qname: 'pony.orm.Database()' }
  // ruamel.yaml's `YAML(typ="unsafe")` builds arbitrary Python objects from tags; its other types build plain data.
  if (/^ruamel\.yaml(\.main)?\.YAML$/.test(q)) return { qname: ev.kwargs.get('typ')?.str === 'unsafe' ? 'ruamel.yaml.YAML(unsafe)' : 'ruamel.yaml.YAML()' }
  // An HTTP client object keeps where it came from, so `http.request("GET", url)` on it is known for a client call.
  if (HTTP_CLIENT_CLASS.test(q)) return { qname: `${q}()` }
  // `shlex.split(f"ffmpeg -i {path}")`, `cmd.split()`: the words keep the text they were split from (its first word names the program).
  // `("nginx " + unit).split(" ")[0]`: the words wholly inside the constant text before the first dynamic part are that text.
  if (name === 'split' && receiver?.built && !receiver.constant && args[0]?.str && ev.kwargs.size === 0 && args.length === 1) {
    const words = receiver.built.prefix.split(args[0].str).slice(0, -1)
    if (words.length > 0) return { ...derive([receiver]), built: receiver.built, elements: [...words.map((w) => constant(w)), derive([receiver])] }
  }
  const split = q === 'shlex.split' ? args[0] : name === 'split' && receiver && !receiver.qname ? receiver : undefined
  if (split?.built && !split.constant) return { ...derive([split]), built: split.built }
  const builder = sqlBuilder(q, receiver, name)
  if (builder) return builder
  // psycopg's `sql.SQL("… {}").format(sql.Identifier(x))` composes quoted parts: never raw text.
  // `sql.SQL(text)` is raw SQL, so only constant text composes safely; `.format()` quotes what it is given unless that is raw `sql.SQL` too.
  const composed = (v: Value): boolean => v.qname === PSYCOPG_COMPOSED || !!v.constant || isInert(v) || ((v.safe ?? 0) & SAFE.sql) !== 0
  if (/^psycopg2?\.sql\.(SQL|Composed)$/.test(q) && args.every((a) => a.constant)) return { qname: PSYCOPG_COMPOSED, inert: true }
  // `sql.Identifier(name)`, `sql.Literal(value)`: quoted parts whatever they are given, and only ever composed into SQL.
  if (/^psycopg2?\.sql\.(Identifier|Literal|Placeholder)$/.test(q)) return { qname: PSYCOPG_COMPOSED, inert: true }
  if (receiver?.qname === PSYCOPG_COMPOSED && /^(format|join)$/.test(name) && [...args, ...ev.kwargs.values()].every(composed)) return { qname: PSYCOPG_COMPOSED, inert: true }
  if (!receiver && /^(get_object_or_404|get_list_or_404)$/.test(name)) {
    const modelName = ev.argNodes[0]?.type === 'identifier' ? py.textOf(ev.argNodes[0]) : ''
    return /^[A-Z]\w*$/.test(modelName) ? { qname: `${name === 'get_object_or_404' ? RECORD : RECORDS}${modelName}` } : {}
  }
  // `os.path.splitext(name)`: the extension holds no separator (`splitext("a.b/../c")` is `("a.b/../c", "")`).
  if (/^(os\.path|posixpath)\.splitext$/.test(q) && args[0]) {
    const whole = derive(args, ~0)
    return { ...whole, elements: [whole, withSafe(whole, SAFE.path)] }
  }
  if (NUMERIC.has(q) || (NUMERIC.has(name) && !receiver) || PARSED_TIME.test(q)) {
    // `int(random.random() * 1e6)` is a number, but still the PRNG's output.
    const prng = args.find((a) => hasTag(a, TAG.insecureRandom))
    if (prng) return { inert: true, tags: TAG.insecureRandom, madeAt: prng.madeAt!, madeBy: prng.madeBy! }
    return args.every((a) => a.constant) ? constant() : { inert: true }
  }
  for (const [pattern, kinds] of ANY_SANITIZER.test(q) || (!receiver && ANY_SANITIZER.test(name)) ? SANITIZERS : NO_SANITIZERS) {
    // Safe even when nothing here is known to be tainted: `f"convert {shlex.quote(str(src))}"` is quoted whatever `src` holds.
    if (pattern.test(q) || (!receiver && pattern.test(name))) {
      const v = withSafe(derive(args), kinds)
      return v.constant || v.inert ? v : { ...v, safe: (v.safe ?? 0) | kinds }
    }
  }
  // Twisted's `FilePath.child(name)` raises `InsecurePath` for a name with a separator or `..`, and `preauthChild(path)` for
  // one that leaves the folder: what comes back is a path inside it.
  if (receiver && /^(child|preauthChild)$/.test(name) && ev.receiverText && twistedFilePath(ev.receiverText, py)) return withSafe(derive(args), SAFE.path)
  if (receiver && !receiver.qname && (name === 'render' || name === 'render_async') && !hasTag(receiver, TAG.request)) return withSafe(derive([receiver, ...args, ...ev.kwargs.values()]), SAFE.html)
  // `repr(x)`, `json.dumps(x)`: line breaks come out escaped, so the text cannot start a forged log record.
  if (/^(repr|json\.dumps)$/.test(q) && args.length > 0) return withSafe(derive(args), SAFE.log)
  // `x.encode("unicode_escape")`: line breaks and control characters come out escaped (a backslash and `n`), on one line.
  if (receiver && name === 'encode' && /^unicode[_-]escape$/.test(args[0]?.str ?? ev.kwargs.get('encoding')?.str ?? '')) return withSafe(derive([receiver]), SAFE.log)
  // `x.replace("\n", " ")`: the line breaks taken out.
  if (receiver && name === 'replace' && args[0]?.str !== undefined && /[\r\n]|\\[rn]/.test(args[0].str)) return withSafe(derive([receiver]), SAFE.log)
  // `Path(name).name` handled by attribute access; `x.replace('"', '""')` escapes SQL identifiers.
  if (receiver && name === 'replace' && args[0]?.str !== undefined && /^['"`]$/.test(args[0].str) && args[1]?.str?.length === 2) return withSafe(derive([receiver]), SAFE.sql)
  if (receiver && INERT_METHODS.test(name)) return { inert: true }
  const weak = weakHashOf(ev)
  if (weak) return { ...derive(args), tags: TAG.weakHash, madeAt: py.rowOf(ev.node) + 1, madeBy: weak }
  // `random.Random()` is a generator object: what its methods return is PRNG output too.
  // `uuid.uuid1()` is the clock and the MAC address: as guessable as a PRNG for a token.
  if (/^(random\.(random|randint|randrange|choice|choices|getrandbits|sample|uniform|shuffle|Random)|numpy\.random\.\w+|uuid\.uuid1)$/.test(q)) {
    return { tags: TAG.insecureRandom, madeAt: py.rowOf(ev.node) + 1, madeBy: q, inert: false }
  }
  // Django's `storage.save(name, content)` (`default_storage`, `storages["media"]`, a backend kept on a field) answers with the
  // name the content was stored under, which the storage makes from the name it was given: the uploaded bytes are not in it.
  if (receiver && name === 'save' && args.length >= 1 && STORAGE_RECEIVER.test(ev.receiverText ?? '')) return derive([ev.kwargs.get('name') ?? args[0]!], TAG.unpredictable)
  // `gzip.open(path)`, like `open(path)`, reads unless a mode says otherwise.
  if (name === 'open' && ((!receiver && (q === 'open' || q === 'io.open' || q === 'codecs.open')) || /^(io|codecs|gzip|bz2|lzma)\.open$/.test(q))) {
    const mode = ev.kwargs.get('mode') ?? args[1]
    const readOnly = !mode || (mode.str !== undefined && !/[wax+]/.test(mode.str))
    return { ...derive(args), ...(readOnly ? { tags: TAG.readOnlyFile } : {}) }
  }
  // `path.open("r")`: pathlib (and storage backends) open for reading unless told otherwise; the mode comes first.
  if (name === 'open' && receiver && !receiver.qname && !hasTag(receiver, TAG.request)) {
    const mode = ev.kwargs.get('mode') ?? args[0]
    const readOnly = !mode || (mode.str !== undefined && !/[wax+]/.test(mode.str))
    if (readOnly && (!mode || /^r[bt]?$/.test(mode.str ?? ''))) return { ...derive([receiver, ...args]), tags: TAG.readOnlyFile }
  }
  if (receiver && (name === 'format' || name === 'format_map') && receiver.str !== undefined) {
    // Only the arguments the template names are formatted in: `"{1}".format(param, "friend")` is the constant.
    const named = name === 'format' && !ev.argNodes.some((n) => /splat/.test(n.type)) ? formatFields(receiver.str, args.length) : undefined
    const used = (key: number | string): boolean => !named || named.has(key)
    const filled = [...args.filter((a, i) => used(i)), ...[...ev.kwargs].filter(([k]) => used(k)).map(([, v]) => v)]
    const dynamic = filled.filter((a) => !isInert(a))
    if (dynamic.length === 0) return receiver.constant && filled.every((a) => a.constant) ? constant() : { inert: true }
    const parts = [...ev.argNodes, ...ev.kwNodes.values()].map((n) => py.textOf(n)).filter((t, i) => {
      const key = i < args.length ? i : [...ev.kwargs.keys()][i - args.length]!
      return used(key) && !isInert([...args, ...ev.kwargs.values()][i])
    })
    // What each field was escaped for holds for the text built of them, as for `%` and f-strings (`'<a href="{v}">{v}</a>'.format(v=escape(url))`).
    return { ...derive(dynamic, TAG.insecureRandom | TAG.weakHash), built: { how: '`.format()`', line: py.rowOf(ev.node) + 1, parts, prefix: receiver.str.split('{')[0] ?? '', safe: partsSafe(dynamic) } }
  }
  if (receiver && name === 'join' && receiver.str !== undefined && args[0] && !isInert(args[0])) {
    return { ...derive(args, TAG.insecureRandom | TAG.weakHash), built: args[0].built ?? { how: '`.join()`', line: py.rowOf(ev.node) + 1, parts: [py.textOf(ev.argNodes[0]!)], prefix: '' } }
  }
  if (receiver?.constant && args.every((a) => a.constant)) return constant()
  // `rng.choices(...)` on a `random.Random()`: the output is made here, where a reviewer looks.
  if (receiver?.madeBy === 'random.Random' && hasTag(receiver, TAG.insecureRandom)) return { tags: TAG.insecureRandom, madeAt: py.rowOf(ev.node) + 1, madeBy: `random.Random().${name}`, inert: false }
  // `Path("/tmp/app.lock")` is still that path: its text is kept for checks on where it points.
  if (/^(pathlib\.)?(Path|PurePath|PosixPath)$/.test(q) && args.length === 1 && args[0]!.str !== undefined && ev.kwargs.size === 0) return { ...derive(args, TAG.sharedTemp | TAG.unpredictable), str: args[0]!.str }
  // `f"<p>{note}</p>".encode()`: the same text as bytes, markup and all (twisted.web and raw WSGI answer with bytes).
  if (receiver?.built && (name === 'encode' || name === 'decode') && args.every((a) => a.constant)) return { ...derive([receiver], TAG.insecureRandom | TAG.weakHash), built: receiver.built }
  // Anything else passes its inputs' taint on: `os.path.join(BASE, name)`, `name.strip()`, `str(x)`.
  const keep = TAG.insecureRandom | TAG.weakHash | TAG.readOnlyFile | TAG.sharedTemp | TAG.unpredictable
  // `token.rpartition(".")`, `header.split(" ")`: a text method on one of the function's parameters (read, like any name the
  // function does not bind, under its own name) returns pieces of the caller's text, not a constant made of the separator.
  if (receiver?.qname !== undefined && receiver.qname === ev.receiverText && TEXT_METHODS.test(name) && isParameter(ev.fn.node, receiver.qname, (n) => py.textOf(n))) return derive(args.filter((a) => !a.constant), keep)
  // `conn.recv(4096)`, `queue.get(timeout=5)`: any other method of an object the caller passed in answers with what that
  // object holds, which no constant argument fixes (`self` and `cls` are the code's own objects, read elsewhere).
  if (receiver?.qname !== undefined && receiver.qname === ev.receiverText && !/^(self|cls)$/.test(receiver.qname) && isParameter(ev.fn.node, receiver.qname, (n) => py.textOf(n))) {
    return derive([...args, ...ev.kwargs.values()].filter((a) => !a.constant), keep)
  }
  if (/^tempfile\.(gettempdir|gettempdirb)$/.test(q)) return { tags: TAG.sharedTemp }
  if (/^tempfile\.(mkdtemp|TemporaryDirectory)$|^(uuid\.uuid4|secrets\.token_\w+|os\.urandom)$/.test(q)) return { tags: TAG.unpredictable }
  const passed = derive(receiver && !receiver.qname ? [receiver, ...args, ...ev.kwargs.values()] : [...args, ...ev.kwargs.values()], keep)
  return linkToEndpoint(ev) ? withSafe(passed, SAFE.url) : passed
}

/**
 * `request.META["REMOTE_ADDR"]`, `environ["REMOTE_ADDR"]`: the address of the connection's peer, which the WSGI server
 * writes into the environment from the socket, not a header the client sends; an IP address holds no line break, quote
 * or markup. (`HTTP_X_FORWARDED_FOR` and the other `HTTP_*` keys are the client's headers and stay its text.)
 */
export function peerAddress(mappingText: string, key: string): boolean {
  return key === 'REMOTE_ADDR' && /(^|\.)(META|environ)$/.test(mappingText)
}

/** A Django storage backend: `storage`, `default_storage`, `self.storage`, `storages["attachments"]`. */
const STORAGE_RECEIVER = /(^|\.)(\w+_)?storage$|(^|\.)storages\[[^\]]+\]$/

/** Keywords that say where a link points rather than what it carries. */
const LOCATION_KEYWORD = /^(url|uri|href|location|host|hostname|netloc|domain|scheme|origin|base|base_url|endpoint|target|to|dest|destination)$/

/**
 * `make_login_url(login_view, next_url=request.url)`, `url_for_security("verify", next=request.url)`: a helper given
 * the code's own endpoint first and the request's values only as keywords builds a link to that endpoint, with the
 * values as its parameters. Where it points is the code's choice, as with `url_for`. (An HTTP method first names no
 * endpoint: the URL comes after it.)
 */
/** `name` is a Twisted `FilePath`: made with `FilePath(...)` where the module binds it, or another path's `.child(...)`. */
function twistedFilePath(name: string, py: PythonEvaluator): boolean {
  if (!/^[A-Za-z_][\w.]*$/.test(name) || !py.moduleMatches(/^\s*from\s+twisted\.python\.filepath\s+import\b|^\s*import\s+twisted\.python\.filepath\b/m)) return false
  const escaped = name.replace(/\./g, '\\.')
  return py.moduleMatches(new RegExp(`^\\s*${escaped}\\s*(?::[^=\\n]+)?=\\s*(?:[\\w.]+\\.)?FilePath\\(|^\\s*${escaped}\\s*=\\s*[\\w.]+\\.(?:child|preauthChild|parent)\\(`, 'm'))
}

function linkToEndpoint(ev: CallEvent): boolean {
  const [first, ...rest] = ev.args
  if (!first || first.taint || /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i.test(first.str ?? '') || ev.receiver?.taint || rest.some((a) => a.taint)) return false
  let carried = false
  for (const [key, value] of ev.kwargs) {
    if (!value.taint) continue
    if (LOCATION_KEYWORD.test(key)) return false
    carried = true
  }
  return carried
}

/**
 * SQLAlchemy's expression constructors (`select`, `column`, `and_`) and the methods chained on
 * them build statements with bound parameters: request data in them is not SQL text. `text()`
 * and `literal_column()` are the exceptions, and stay with the SQL sink.
 */
const SQLA_BUILDER = /^sqlalchemy(\.(sql|orm|future))?(\.expression)?\.(select|insert|update|delete|column|table|and_|or_|not_|asc|desc|func\.\w+|bindparam|literal|tuple_|case|cast|exists|union|union_all|null|true|false|join|outerjoin|distinct)$/
const SQLA_CHAIN = /^(where|filter|filter_by|order_by|group_by|having|limit|offset|join|outerjoin|values|returning|select_from|with_only_columns|options|params|correlate|distinct|label|desc|asc|in_|like|ilike|contains|startswith|endswith|between|is_|isnot|not_in|subquery|cte|scalar_subquery)$/

/**
 * Flask-SQLAlchemy's extension object re-exports the constructors: `db.select(User)`, `db.update(Order)`. Only
 * when they are given models or columns, not text: web.py's `db.select("users", where=...)` takes SQL fragments.
 */
const FLASK_SQLA_BUILDER = /(^|\.)db\.(select|insert|update|delete|and_|or_|not_|exists|union|union_all)$/

function sqlBuilder(q: string, receiver: Value | undefined, name: string): Value | undefined {
  if (SQLA_BUILDER.test(q)) return { qname: 'sqlalchemy.<statement>' }
  if (receiver?.qname === 'sqlalchemy.<statement>' && SQLA_CHAIN.test(name)) return { qname: 'sqlalchemy.<statement>' }
  return undefined
}

/** A clock reading in a digest's input: `time.time()`, `datetime.now()`, Django's `timezone.now()`. */
const CLOCK_READ = /\btime\.time(?:_ns)?\(\s*\)|\bdatetime\.(?:now|utcnow)\(|\btimezone\.now\(\s*\)/
/** Input that no one outside can know: a key, a salt or pepper, or bytes from the CSPRNG. */
const UNKNOWN_INPUT = /secret|key|salt|pepper|urandom|token_|secrets\.|uuid4|randbits|random/i

/** The clock a digest's input is made of, when nothing else in it is secret or random. */
function clockDigest(input: string): string | undefined {
  const clock = CLOCK_READ.exec(input)?.[0]
  return clock && !UNKNOWN_INPUT.test(input) ? clock.replace(/\($/, '()') : undefined
}

function weakHashOf(ev: CallEvent): string | undefined {
  const q = ev.qname ?? ev.name
  const m = /^(?:hashlib\.)?(md5|sha1)$/i.exec(q) ?? /^Crypto\.Hash\.(MD5|SHA1?)\.new$/.exec(q)
  if (m && (q.startsWith('hashlib.') || q.startsWith('Crypto.'))) return `${m[1]!.toUpperCase()}`
  const algorithm = ev.args[0] ?? ev.kwargs.get('name')
  if (q === 'hashlib.new' && algorithm?.str && /^(md5|sha1|sha-1)$/i.test(algorithm.str)) return algorithm.str.toUpperCase().replace('-', '')
  return undefined
}

const SCALAR_TYPE = /^(Optional\[)?(int|float|bool|UUID|uuid\.UUID|datetime|datetime\.datetime|date|datetime\.date|Decimal|PositiveInt|NonNegativeInt)\]?(\|None)?$/
/**
 * hug converts a parameter by its annotation before the function runs, and answers 400 to what does not convert:
 * `days: hug.types.number` is an int, `hug.types.one_of(("asc", "desc"))` one of the listed words.
 */
const HUG_CONVERTED = /^hug\.types\.(number|float_number|decimal|boolean|smart_boolean|uuid|in_range|greater_than|less_than|one_of|mapping)\b/
/** FastAPI's request-parameter markers, in an annotation or a default. */
const FASTAPI_PARAM = /\b(Header|Query|Cookie|Body|Form)\s*\(/
const FROM_FASTAPI = /\bfrom\s+fastapi\b/
const NOT_ROUTE_PARAM = /^(self|cls|request|req|db|session|background_tasks|response|current_user|user|settings|args|kwargs)$/
const NOT_CLIENT_TYPE = /Depends|Security|\bRequest\b|HttpRequest|WSGIRequest|Session|BackgroundTasks|\b(JSON|ORJSON|UJSON|HTML|PlainText|Streaming|File|Redirect)?Response\b|WebSocket|\bint\b|\bfloat\b|\bbool\b|UUID|datetime|date\b|EmailStr|Literal\[|Enum|conint|PositiveInt/

/** A module-level alias (`SortField = Annotated[str, Query(pattern=...)]`, `type Kind = Literal[...]`) stands for what it names. */
function aliasedType(typeText: string, source: string): string {
  if (!/^[A-Z]\w*$/.test(typeText)) return typeText
  const def = new RegExp(`^(?:type\\s+)?${typeText}\\s*(?::\\s*(?:typing\\.)?TypeAlias\\s*)?=\\s*((?:Annotated|typing\\.Annotated|Literal|typing\\.Literal)\\[.*)$`, 'm').exec(source)
  return def ? def[1]! : typeText
}

/**
 * A FastAPI/pydantic parameter validated against an anchored pattern with no wildcard
 * (`pattern="^(asc|desc)$"`, `regex=r"^[a-z_]+$"`): only names the pattern lists get through.
 */
function fastapiConstrained(text: string): boolean {
  const m = /\b(?:Query|Path|Header|Cookie|Form|Field)\([^)]*?\b(?:pattern|regex)\s*=\s*r?(["'])(.*?)\1/.exec(text)
  if (!m) return false
  const pattern = m[2]!
  return /^\^/.test(pattern) && /\$$/.test(pattern) && !/(?<!\\)\.|\\[SWD]|\[\^/.test(pattern)
}

/** A class of this file found by name in the source text: its bases, and the non-blank, non-comment lines of its body. */
function classBody(className: string, source: string): { bases: string; lines: string[] } | undefined {
  const head = new RegExp(`^([ \\t]*)class[ \\t]+${className}[ \\t]*\\(([^)]*)\\)[ \\t]*:[ \\t]*$`, 'm').exec(source)
  if (!head) return undefined
  const indent = head[1]!.length
  const lines: string[] = []
  for (const line of source.slice(head.index + head[0].length + 1).split('\n')) {
    if (line.trim() === '' || /^\s*#/.test(line)) continue
    if (line.length - line.trimStart().length <= indent) break
    lines.push(line)
  }
  return { bases: head[2]!, lines }
}

/**
 * The fields of a pydantic model defined in the file whose annotation lets no text through
 * (`language: Literal["en", "de"]`, `count: int`, `Field(pattern="^(asc|desc)$")`): pydantic
 * rejects the body otherwise, so they read as inert wherever the model's other fields are request data.
 */
function checkedModelFields(typeText: string, source: string): Map<string, Value> | undefined {
  const body = classBody(typeText, source)
  if (!body || !/Model|Schema|Base/.test(body.bases)) return undefined
  const out = new Map<string, Value>()
  for (const line of body.lines) {
    const m = /^\s+(\w+)\s*:\s*([^=#]+?)\s*(?:=\s*([^#]*))?(?:#.*)?$/.exec(line)
    if (!m) continue
    const annotation = aliasedType(m[2]!.trim(), source).replace(/\s/g, '')
    if (SCALAR_TYPE.test(annotation) || /^(Optional\[)?(typing\.)?Literal\[/.test(annotation) || fastapiConstrained(`${m[2]} ${m[3] ?? ''}`)) out.set(m[1]!, { inert: true })
  }
  return out.size > 0 ? out : undefined
}

/** Django form and DRF serializer fields whose cleaned value is a number, flag, date, UUID, one of listed choices or a stored record. */
const CHECKED_FORM_FIELD = /^(Integer|Float|Decimal|Boolean|NullBoolean|Date|DateTime|Time|Duration|UUID|(Typed)?(Multiple)?Choice|Model(Multiple)?Choice|PrimaryKeyRelated)Field$/

/**
 * What a Django form or DRF serializer class of this file lets through its cleaned data: the fields
 * declared with a type that admits no free text (`year = serializers.IntegerField()`,
 * `order = forms.ChoiceField(choices=…)`). `is_valid()` refuses anything else, so those keys of
 * `cleaned_data`/`validated_data` read as inert; every other key keeps the request's text.
 */
export function checkedFormFields(className: string, source: string): Map<string, Value> | undefined {
  const body = classBody(className, source)
  if (!body || !/Serializer\b|\bForm\b|forms\./.test(body.bases)) return undefined
  const out = new Map<string, Value>()
  for (const line of body.lines) {
    const m = /^\s+(\w+)\s*=\s*(?:\w+\.)?(\w+Field)\(/.exec(line)
    if (m && CHECKED_FORM_FIELD.test(m[2]!)) out.set(m[1]!, { inert: true })
  }
  return out.size > 0 ? out : undefined
}

/** marshmallow fields whose loaded value is a number, flag, date, UUID or enum member. */
const CHECKED_SCHEMA_FIELD = /^(Integer|Int|Float|Decimal|Number|Boolean|Bool|Date|DateTime|NaiveDateTime|AwareDateTime|Time|TimeDelta|UUID|Enum)$/

/**
 * What a marshmallow schema class of this file lets through `load()`: the fields declared with a type that admits no
 * free text (`category_id = fields.Integer(required=True)`) or a string checked against a list
 * (`fields.String(validate=validate.OneOf(SORTS))`). `load()` raises `ValidationError` otherwise, so those keys of the
 * loaded dict read as inert; every other key keeps the request's text.
 */
export function checkedSchemaFields(className: string, source: string): Map<string, Value> | undefined {
  const body = classBody(className, source)
  if (!body || !/\bSchema\b/.test(body.bases) || !/^\s*(from|import)\s+(marshmallow|flask_marshmallow|flask_smorest)\b/m.test(source)) return undefined
  const out = new Map<string, Value>()
  for (const line of body.lines) {
    const m = /^\s+(\w+)\s*=\s*(?:\w+\.)*(\w+)\((.*)$/.exec(line)
    if (!m) continue
    if (CHECKED_SCHEMA_FIELD.test(m[2]!) || (/^(String|Str)$/.test(m[2]!) && /\bvalidate\s*=\s*\[?\s*(?:\w+\.)?OneOf\(/.test(m[3]!))) out.set(m[1]!, { inert: true })
  }
  return out.size > 0 ? out : undefined
}

/** Parameters a framework fills from the request, and whether the function is a web handler. */
export function pythonRouteParams(def: SNode, decorators: string[], ctx: PassContext, topLevel: boolean): { handler: boolean; params: Map<string, Value> } {
  const params = new Map<string, Value>()
  // Litestar (and Starlite) route with bare `@get("/path/{name:str}")` decorators, and fill parameters as FastAPI does.
  const litestar = decorators.find((d) => /^@(get|post|put|patch|delete|route|websocket)\s*\(/.test(d))
  const route = decorators.find((d) => /\.(route|get|post|put|patch|delete|api_route|websocket|view)\s*\(/.test(d) || /@(api_view|require_(GET|POST|http_methods)|csrf_exempt|login_required)\b/.test(d)) ?? litestar
  const list = field(def, 'parameters')
  const flaskPath = route ? /\(\s*[rf]?["']([^"']*)["']/.exec(route)?.[1] : undefined
  const flaskVars = new Map<string, string>()
  for (const m of (flaskPath ?? '').matchAll(/<(?:(\w+):)?(\w+)>/g)) flaskVars.set(m[2]!, m[1] ?? 'string')
  const fastapi = route !== undefined && (/\.(get|post|put|patch|delete|api_route|websocket)\s*\(/.test(route) || route === litestar) && flaskVars.size === 0
  const django = topLevel && /(^|\/)views?(\/|\.py$)|(^|\/)api\.py$/.test(ctx.path)
  // Flask's `@app.errorhandler(404)` and FastAPI's `@app.exception_handler(Exc)` answer a request too: what they return is the response.
  const errorHandler = decorators.some((d) => /\.(errorhandler|app_errorhandler|exception_handler)\s*\(/.test(d))
  let handler = route !== undefined || errorHandler
  const names = list ? namedChildren(list) : []
  names.forEach((p, i) => {
    const nameNode = parameterName(p)
    if (!nameNode) return
    const name = ctx.text.slice(nameNode.start, nameNode.end)
    const type = field(p, 'type')
    const typeText = aliasedType(type ? ctx.text.slice(type.start, type.end) : '', ctx.text)
    const dflt = field(p, 'value')
    const defaultText = dflt ? ctx.text.slice(dflt.start, dflt.end) : ''
    // `Query(pattern="^(created|title)$")`: the framework answers 422 to anything the anchored pattern does not spell out.
    if (fastapiConstrained(`${typeText} ${defaultText}`)) {
      params.set(name, { inert: true })
      return
    }
    // A number, flag, UUID or date by annotation (checked by FastAPI and pydantic, trusted by reviewers) carries no text.
    // `Literal["date", "title"]` (and constrained ints): the framework rejects anything outside the list.
    if (SCALAR_TYPE.test(typeText.replace(/\s/g, '')) || /^(Optional\[)?(typing\.)?Literal\[/.test(typeText.replace(/\s/g, '')) || HUG_CONVERTED.test(typeText)) {
      params.set(name, { inert: true })
      return
    }
    // `req: ReviewRequest` in a FastAPI route is a body model, not the request object its name suggests.
    const bodyModel = fastapi && /^[A-Z]\w*$/.test(typeText) && !/^(Request|HttpRequest|WSGIRequest|HTTPConnection|WebSocket)$/.test(typeText)
    // A FastAPI/Starlette/Litestar `websocket: WebSocket` is the connection a client opened: its query string, headers and
    // every message it sends (`await websocket.receive_text()`) are the client's, as a request's are.
    if (((name === 'request' || name === 'req') && !bodyModel) || /\b(Http)?Request\b|WSGIRequest/.test(typeText) || /^((fastapi|starlette\.websockets|litestar)\.)?WebSocket$/.test(typeText)) {
      params.set(name, { tags: TAG.request })
      if (i === 0 && django) handler = true
      return
    }
    const source = (label: string): Value => {
      const v: Value = { taint: { source: label, line: ctx.rowOf(nameNode.start) + 1 } }
      if (ctx.addedIn(def)) v.added = true
      return v
    }
    if (flaskVars.has(name)) {
      // `<int:year>` converts before the view runs (a 404 otherwise): a number, never text to quote.
      params.set(name, /^(int|float|uuid)$/.test(flaskVars.get(name)!) ? { inert: true } : source(`the route parameter \`${name}\``))
      return
    }
    // A dependency's `x_token: Annotated[str, Header()]` (or `= Query(None)`): FastAPI fills it from the request wherever the dependency is used.
    if (!fastapi && FASTAPI_PARAM.test(`${typeText} ${defaultText}`) && !NOT_CLIENT_TYPE.test(typeText) && fileHas(ctx, FROM_FASTAPI)) {
      params.set(name, source(`the request parameter \`${name}\``))
      return
    }
    if (fastapi && (!NOT_ROUTE_PARAM.test(name) || (bodyModel && /^req(uest)?$/.test(name))) && !NOT_CLIENT_TYPE.test(`${typeText} ${defaultText}`)) {
      const body = source(`the request parameter \`${name}\``)
      const checked = bodyModel ? checkedModelFields(typeText, ctx.text) : undefined
      params.set(name, checked ? { ...body, fields: checked } : body)
      return
    }
    if (django && i > 0 && names[0] && /request/.test(ctx.text.slice(names[0].start, names[0].end)) && !NOT_ROUTE_PARAM.test(name) && !/\bint\b/.test(typeText)) {
      params.set(name, source(`the URL parameter \`${name}\``))
    }
  })
  return { handler, params }
}

/** What a LangChain prompt with variables in its system messages stands for: `langchain.ChatPromptTemplate(system:persona,tone)`. */
export const SYSTEM_PROMPT_OBJECT = 'langchain.ChatPromptTemplate(system:'

/** The variables a system or developer message template names (`"You are {persona}."`); `{{` is a literal brace. */
function templateVariables(text: string): string[] {
  return [...text.replace(/\{\{|\}\}/g, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
}

/**
 * `ChatPromptTemplate.from_messages([("system", "You are {persona}."), ("human", "{q}")])` and
 * `SystemMessagePromptTemplate.from_template("…{tone}…")`: the variables the system text fills in.
 */
function promptTemplateObject(q: string, args: Value[]): string | undefined {
  let vars: string[] = []
  if (/(^|\.)SystemMessagePromptTemplate\.from_template$/.test(q) && args[0]?.str !== undefined) vars = templateVariables(args[0].str)
  else if (/(^|\.)ChatPromptTemplate\.from_messages$/.test(q)) {
    for (const e of args[0]?.elements ?? []) {
      const [kind, text] = e.elements ?? []
      if (kind?.str !== undefined && /^(system|developer)$/.test(kind.str) && text?.str !== undefined) vars.push(...templateVariables(text.str))
      if (e.qname?.startsWith(SYSTEM_PROMPT_OBJECT)) vars.push(...e.qname.slice(SYSTEM_PROMPT_OBJECT.length, -1).split(','))
    }
  } else return undefined
  return vars.length > 0 ? `${SYSTEM_PROMPT_OBJECT}${[...new Set(vars)].join(',')})` : undefined
}

/** The variables a prompt object (or a chain that starts with one: `prompt | llm`) fills into its system messages. */
export function systemPromptVariables(v: Value | undefined): string[] {
  const q = v?.qname
  return q?.startsWith(SYSTEM_PROMPT_OBJECT) ? q.slice(SYSTEM_PROMPT_OBJECT.length, -1).split(',') : []
}

/**
 * The arguments a `str.format` template names: positions (`{0}`, or `{}` counted in order) and
 * keywords (`{name}`, `{user.name}`, `{row[0]}` by their first name). Undefined when it cannot tell.
 */
function formatFields(template: string, positional: number): Set<number | string> | undefined {
  const out = new Set<number | string>()
  let auto = 0
  for (const m of template.replace(/\{\{|\}\}/g, '').matchAll(/\{([^{}]*)\}/g)) {
    const root = /^[^.[!:]*/.exec(m[1]!)![0]
    // A nested field in the spec (`{0:{width}}`) is not read here.
    if (/[{}]/.test(m[1]!)) return undefined
    if (root === '') out.add(auto++)
    else if (/^\d+$/.test(root)) out.add(Number(root))
    else if (/^[A-Za-z_]\w*$/.test(root)) out.add(root)
    else return undefined
  }
  return [...out].some((k) => typeof k === 'number' && k >= positional) ? undefined : out
}

/** What SQS itself sets on a received message (its id, receipt handle, checksums), not what the producer wrote. */
export function queueMetadata(v: Value, key: string): boolean {
  // The source keeps its name, or the text of the read when `.get("Messages")` was on the same line.
  return /^the received SQS messages$|\breceive_message\(/.test(v.taint?.source ?? '') && /^(MessageId|ReceiptHandle|MD5OfBody|MD5OfMessageAttributes)$/.test(key)
}
