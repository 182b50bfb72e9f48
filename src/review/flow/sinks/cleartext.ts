/**
 * Cleartext HTTP to remote APIs: an `http://` URL written in the code and handed to an HTTP
 * client, used as a client's base URL, or kept under a name that says it is an endpoint. The
 * finding sits where the literal is written (the constant, not every call that uses it).
 * Loopback and private addresses, single-label names and hosts in private-use zones (`.local`,
 * `.internal`, `.lan`, `.home.arpa`, and Kubernetes' `<service>.<namespace>.svc`, which resolves only inside the cluster), and URIs that are identifiers rather than endpoints (XML
 * namespaces, schema ids), stay quiet; test files are skipped. A name under a public domain stays
 * reportable whatever its labels say (`billing.internal.acme.com`): the name puts the host on no
 * private network, and such traffic often crosses one network to reach another.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent, FlowEvent } from '../events'
import { field, namedChildren, rootOf } from '../text'
import type { Value } from '../value'
import { identifierWords } from '../../source/text'
import { anyCase, atOrigin, callText, fileMatches, finding, type MatchContext, scoped } from './common'

const HTTP_URL = /^http:\/\/(\[[^\]]*\]|[^/:?#\s]+)/i
const LOCAL_HOST = /^(localhost|0\.0\.0\.0|\[::1?\]|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|[\w.-]+\.(local|localhost|internal|test|invalid|lan|home\.arpa|svc)|[\w-]+)$/i
/** Hosts whose `http://` URIs name things (namespaces, schemas, DTDs) and are never fetched. */
const IDENTIFIER_HOSTS = /(^|\.)(w3\.org|json-schema\.org|xmlsoap\.org|schemas\.microsoft\.com|schemas\.openxmlformats\.org|purl\.org|xmlns\.com|ns\.adobe\.com|opengis\.net|schemas\.android\.com|apache\.org|java\.sun\.com|xml\.org|docbook\.org|relaxng\.org|example)$/i
/** Links meant for people, not for a client to call: `DOCS_URL`, `CARRIER_DOCS_URL`, `partnerHomepageLink`, `termsUrl`. */
const HUMAN_LINK_WORDS = new Set(['doc', 'docs', 'documentation', 'help', 'homepage', 'website', 'site', 'license', 'repo', 'repository', 'issues', 'changelog', 'support', 'terms', 'privacy', 'tos', 'faq', 'blog'])
const HUMAN_LINK = {
  test(name: string): boolean {
    const words = identifierWords(name)
    if (words.length < 2 || !/^(url|uri|link)s?$/.test(words.at(-1)!)) return false
    const before = words.at(-2)!
    return HUMAN_LINK_WORDS.has(before) || (before === 'page' && words.at(-3) === 'home')
  },
}
/** Names of values that are endpoints: `API_BASE`, `PAYMENT_GATEWAY_URL`, `billingEndpoint`, `PDF_SERVICE`. */
const ENDPOINT_NAME = /(url|uri|endpoint|base|api|gateway|webhook|host|server|service|upstream|backend|target|collector)s?$|^(api|base|endpoint)/i

/** RFC 2606's reserved `.example` names: sample text when merely written, a stand-in for a real host when code requests it. */
const RESERVED_EXAMPLE = /(^|\.)example$/i

/**
 * The remote host of a cleartext URL that is worth a finding, or undefined. `fetched`: the URL is
 * what an HTTP client requests, so a reserved `.example` host counts as the endpoint it stands for.
 */
export function cleartextHost(url: string | undefined, fetched = false): string | undefined {
  if (!url) return undefined
  const host = HTTP_URL.exec(url)?.[1]
  if (!host || LOCAL_HOST.test(host)) return undefined
  if (IDENTIFIER_HOSTS.test(host) && !(fetched && RESERVED_EXAMPLE.test(host))) return undefined
  // A schema or namespace id (`…/schema#`, `…/ns/…`) is an identifier, whatever the host.
  if (/#$|\/(schema|ns|namespace|xmlns|dtd)(\/|#|$)|\.(xsd|dtd)$/i.test(url)) return undefined
  return host
}

/** The URL text an argument carries: a constant string, or the fixed start of a formatted one. */
function urlText(v: Value | undefined): string | undefined {
  return v?.str ?? v?.built?.prefix
}

/** Whether the argument node itself is a literal (the URL is written in the call, not passed in by name). */
function writtenHere(ev: CallEvent, index: number, m: MatchContext, scheme = true): boolean {
  const node = ev.argNodes[index]
  // The scheme itself is written here: `f"{API_BASE}/orders"` is reported where `API_BASE` is defined. Host-only arguments (`FTP("ftp.acme.com")`) have none.
  return !!node && /^(string|template_string|concatenated_string|binary_expression|binary_operator)$/.test(node.type) && (scheme ? /^[frbuFRBU]{0,2}["'`]\s*(https?|wss?):/i : /^[frbuFRBU]{0,2}["'`]/).test(m.text(node))
}

function report(ruleId: string, ev: FlowEvent, m: MatchContext, what: string, host: string, suggestion: string) {
  return finding(ruleId, ev, m, `${what} talks to \`${host}\` over plain HTTP: requests, credentials and responses cross the network unencrypted and can be read or altered in transit`, suggestion, [], 'major')
}

const PY_CLIENT = /^(requests|httpx)\.(get|post|put|patch|delete|head|options|request|stream)$|^(urllib\.request\.urlopen|urllib2\.urlopen|urlopen|urllib\.request\.Request|aiohttp\.request)$/
const PY_BASE_URL = /^(httpx\.(Client|AsyncClient)|aiohttp\.ClientSession)$/
/** Clients handed the endpoint's URL first: XML-RPC, SOAP (zeep fetches the WSDL too), WebSocket clients (`ws://`). */
const PY_URL_CLIENT = /^(xmlrpc\.client\.ServerProxy|xmlrpclib\.ServerProxy|zeep\.Client|suds\.client\.Client|websocket\.create_connection|websocket\.WebSocketApp|websockets\.connect|websockets\.client\.connect)$/
const PY_CLIENT_METHOD = /^(get|post|put|patch|delete|head|options|request|urlopen|stream|ws_connect)$/
const PY_CLIENT_OBJECT = /^(requests|httpx|aiohttp|urllib3)\./
/** An environment variable's name, and the readers that take a default (`os.getenv`, django-environ's `env`/`env.str`/`env.url`, decouple's `config`). */
const ENV_VARIABLE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/
const ENV_READER = /^(getenv|get|env|str|url|config)$|\.getenv$/
/** pydantic's and attrs' field with a written default: `Field(default="http://…")`, `Field("http://…")`. */
const PY_FIELD_DEFAULT = /^[^=]*=\s*(?:pydantic\.)?(?:Field|field|attr\.ib|attrs\.field)\(\s*(?:default\s*=\s*)?["'](http:\/\/[^"'\s]+)["']/
const PY_FIX = 'Use `https://` for the endpoint (and keep TLS verification on); read the base URL from configuration so each environment sets its own.'

/**
 * Every Python finding is a URL read by cleartextHost (`http` in any case, `http.client` and `httplib` included) or a
 * host it is handed with the scheme swapped (`ws:`) or added: smtplib, ftplib, telnetlib, gRPC's insecure_channel.
 */
const PY_CLEARTEXT_NEEDLES = [...anyCase('http'), ...anyCase('ws:'), 'smtplib', 'ftplib', 'telnetlib', 'insecure_channel']

export const pythonCleartextHttp = scoped({ kinds: ['call', 'bind', 'store'], needles: PY_CLEARTEXT_NEEDLES }, (ev, m) => {
  if (m.isTest) return undefined
  // `self.base_url = "http://…"` in a client's constructor: the endpoint every method of the client calls.
  if (ev.kind === 'store') {
    if (!ENDPOINT_NAME.test(ev.key) || HUMAN_LINK.test(ev.key)) return undefined
    // `def __init__(self, base_url="http://…"): self.base_url = base_url`: the written default is the endpoint of every caller that passes none.
    const param = ev.fn.name === '__init__' ? /^(\w+)(?:\.(?:rstrip|strip|lower)\([^()]*\))?$/.exec(m.text(ev.valueNode))?.[1] : undefined
    const dflt = param ? parameterDefault(ev.fn.node, param, m) : undefined
    if (dflt) {
      const host = cleartextHost(dflt.url)
      return host ? atOrigin(report('python/cleartext-http', ev, m, `The default of \`${param}\``, host, PY_FIX), dflt.line) : undefined
    }
    // `self.base_url = f"http://{host}/v1"` with `host="vault.payments.acme.net"` as the parameter's default: the scheme is
    // written here, the host is the default every caller that passes none talks to.
    const built = ev.value.built
    const hostParam = built && /^http:\/\/$/i.test(built.prefix) && /^[fF]["']/.test(m.text(ev.valueNode)) ? /^\w+$/.exec(built.parts[0]?.trim() ?? '')?.[0] : undefined
    const hostDefault = hostParam ? hostParameterDefault(ev.fn.node, hostParam, m) : undefined
    if (hostDefault) {
      const host = cleartextHost(`http://${hostDefault}`)
      return host ? report('python/cleartext-http', ev, m, `\`${ev.objectText}.${ev.key}\``, host, PY_FIX) : undefined
    }
    if (!ev.value.constant || !/^[rRuU]?["']/.test(m.text(ev.valueNode))) return undefined
    const host = cleartextHost(ev.value.str)
    return host ? report('python/cleartext-http', ev, m, `\`${ev.objectText}.${ev.key}\``, host, PY_FIX) : undefined
  }
  if (ev.kind === 'call') {
    const q = ev.qname ?? ''
    if (PY_CLIENT.test(q)) {
      const index = q.endsWith('.request') && !q.startsWith('urllib') ? 1 : 0
      const host = writtenHere(ev, index, m) ? cleartextHost(urlText(ev.kwargs.get('url') ?? ev.args[index])) : undefined
      return host ? report('python/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, PY_FIX) : undefined
    }
    // A client object (`requests.Session()`, `httpx.Client()`, `aiohttp.ClientSession()`, `urllib3.PoolManager()`) used with a literal URL.
    if (ev.receiver && PY_CLIENT_METHOD.test(ev.name) && PY_CLIENT_OBJECT.test(ev.receiver.qname ?? '')) {
      const index = /^[A-Z]+$/.test(ev.args[0]?.str ?? '') ? 1 : 0
      const host = writtenHere(ev, index, m) ? cleartextHost(urlText(ev.args[index])) : undefined
      return host ? report('python/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, PY_FIX) : undefined
    }
    if (PY_URL_CLIENT.test(q)) {
      const url = urlText(ev.kwargs.get('url') ?? ev.kwargs.get('wsdl') ?? ev.kwargs.get('uri') ?? ev.args[0])?.replace(/^ws:/i, 'http:')
      const kw = ev.kwNodes.get('url') ?? ev.kwNodes.get('wsdl') ?? ev.kwNodes.get('uri')
      const host = (kw ? /^["']/.test(m.text(kw)) : writtenHere(ev, 0, m)) ? cleartextHost(url) : undefined
      return host ? report('python/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, PY_FIX) : undefined
    }
    // `http.client.HTTPConnection("api.partner.com")`: the plain-HTTP connection class (its TLS twin is `HTTPSConnection`).
    if (/^(http\.client|httplib)\.HTTPConnection$/.test(q) && writtenHere(ev, 0, m, false)) {
      const host = cleartextHost(`http://${ev.args[0]?.str ?? ''}`)
      return host ? report('python/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, 'Use `http.client.HTTPSConnection` (with the default SSL context), or an HTTPS URL with `requests`/`httpx`.') : undefined
    }
    // `smtplib.SMTP("smtp.partner.com")` with no `starttls()` in the function: the login and every message go out in clear.
    if (/^smtplib\.SMTP$/.test(q) && writtenHere(ev, 0, m, false) && !/\.starttls\s*\(/.test(m.text(ev.fn.node ?? ev.stmt))) {
      const host = ev.args[0]?.str
      const remote = host && cleartextHost(`http://${host}`)
      return remote ? finding('python/cleartext-http', ev, m, `\`${callText(ev.node, m)}\` talks to \`${remote}\` without TLS (no \`starttls()\` follows): the login and every message cross the network in clear`, 'Call `smtp.starttls(context=ssl.create_default_context())` before logging in, or use `smtplib.SMTP_SSL(host, 465)`.', [], 'major') : undefined
    }
    // `smtp.login(user, password)` on a plain SMTP or FTP connection to a host the code reads from configuration, never upgraded
    // with `starttls()`: the password crosses the network in clear. A host written here is reported where the connection is made.
    if (ev.receiver && ev.name === 'login' && ev.receiverText && /^\w+$/.test(ev.receiverText) && ev.fn.node) {
      const body = m.text(ev.fn.node)
      const name = ev.receiverText
      const made = new RegExp(`\\b${name}\\s*=\\s*(?:smtplib\\.|ftplib\\.)?(SMTP|FTP)\\(([^),]*)|(?:smtplib\\.|ftplib\\.)?(SMTP|FTP)\\(([^),]*)[^\\n]*\\bas\\s+${name}\\b`).exec(body)
      const kind = made?.[1] ?? made?.[3]
      const hostText = (made?.[2] ?? made?.[4] ?? '').trim()
      const imported = kind && new RegExp(`^\\s*(import\\s+${kind === 'SMTP' ? 'smtplib' : 'ftplib'}\\b|from\\s+${kind === 'SMTP' ? 'smtplib' : 'ftplib'}\\s+import\\b)`, 'm').test(m.text(rootOf(ev.node)))
      if (kind && imported && hostText && !/^[rbuf]?["']/.test(hostText) && !/localhost|127\.0\.0\.1/i.test(hostText) && !(kind === 'SMTP' && /\.starttls\s*\(/.test(body))) {
        return finding('python/cleartext-http', ev, m, `\`${callText(ev.node, m)}\` sends the password over a plain ${kind} connection to \`${hostText}\`${kind === 'SMTP' ? ' with no `starttls()` first' : ''}: it crosses the network in clear`, kind === 'SMTP' ? 'Call `smtp.starttls(context=ssl.create_default_context())` before `login()`, or connect with `smtplib.SMTP_SSL(host, 465)`.' : 'Use `ftplib.FTP_TLS` (and call `prot_p()`), or SFTP (`paramiko`).', [], 'major')
      }
    }
    // FTP and Telnet send the login and the data in clear; their TLS variants (`FTP_TLS`) do not.
    if (/^(ftplib\.FTP|telnetlib\.Telnet)$/.test(q) && writtenHere(ev, 0, m, false)) {
      const host = ev.args[0]?.str
      const remote = host && cleartextHost(`http://${host}`)
      return remote ? finding('python/cleartext-http', ev, m, `\`${callText(ev.node, m)}\` connects to \`${remote}\` without encryption: the login and every file or command cross the network in clear`, q.startsWith('ftplib') ? 'Use `ftplib.FTP_TLS` (and call `prot_p()`), or SFTP (`paramiko`).' : 'Use SSH (`paramiko`, `asyncssh`) instead of Telnet.', [], 'major') : undefined
    }
    // `os.getenv("PARTNER_URL", "http://…")`, `env("SMS_URL", default="http://…")`: the written default is the endpoint wherever the variable is unset.
    const variable = ev.args[0]?.str
    if (variable && ENV_VARIABLE.test(variable) && ENDPOINT_NAME.test(variable) && ENV_READER.test(ev.name || q)) {
      const kw = ev.kwNodes.get('default')
      const written = kw ? /^["']/.test(m.text(kw)) : /^os\.(getenv|environ\.get)$|^getenv$/.test(q) && writtenHere(ev, 1, m)
      const host = written ? cleartextHost(urlText(kw ? ev.kwargs.get('default') : ev.args[1])) : undefined
      if (host) return report('python/cleartext-http', ev, m, `The default of \`${variable}\``, host, PY_FIX)
    }
    // `grpc.insecure_channel("billing.partner.com:50051")`: gRPC without TLS to a remote host.
    if (/^grpc(\.aio)?\.insecure_channel$/.test(q) && writtenHere(ev, 0, m, false)) {
      const host = cleartextHost(`http://${ev.args[0]?.str ?? ''}`)
      return host ? finding('python/cleartext-http', ev, m, `\`${callText(ev.node, m)}\` opens a gRPC channel to \`${host}\` without TLS: every call and its metadata (tokens included) cross the network in clear`, 'Use `grpc.secure_channel(target, grpc.ssl_channel_credentials())`.', [], 'major') : undefined
    }
    if (PY_BASE_URL.test(q)) {
      const node = ev.kwNodes.get('base_url')
      const host = node && /^["']/.test(m.text(node)) ? cleartextHost(urlText(ev.kwargs.get('base_url'))) : undefined
      return host ? report('python/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, PY_FIX) : undefined
    }
    return undefined
  }
  if (ev.kind === 'bind' && ENDPOINT_NAME.test(ev.name) && !HUMAN_LINK.test(ev.name) && ev.value.constant && !classLink(ev.name, ev.stmt, m) && !copiedEndpoint(m.text(ev.stmt))) {
    const host = cleartextHost(ev.value.str)
    if (host) return report('python/cleartext-http', ev, m, `\`${ev.name}\``, host, PY_FIX)
  }
  // A settings model's field whose default is the endpoint: `api_url: str = Field(default="http://…")`.
  if (ev.kind === 'bind' && ENDPOINT_NAME.test(ev.name) && !HUMAN_LINK.test(ev.name) && ev.value.str === undefined) {
    const written = PY_FIELD_DEFAULT.exec(m.text(ev.stmt))?.[1]
    const host = written ? cleartextHost(written) : undefined
    if (host) return report('python/cleartext-http', ev, m, `The default of \`${ev.name}\``, host, PY_FIX)
  }
  // `INTEGRATIONS = {"kyc": {"base_url": "http://…"}}`: a settings dict's endpoint, reported on the line it is written.
  if (ev.kind === 'bind' && fileMatches(ev.stmt, m, HTTP_IN_FILE) && m.text(ev.stmt).includes('http://')) {
    const fields = writtenEndpoint(ev.stmt, m, ev.name)
    if (fields.length > 0) return fields.map((field) => atOrigin(report('python/cleartext-http', ev, m, `\`${ev.name}.${field.path}\``, field.host, PY_FIX), field.row + 1))
  }
  return undefined
})

/**
 * `url = self.url`, `target = API_BASE`: a copy of another name that is itself named for an endpoint, which is reported
 * where its URL is written. The flaw is that one line's; the copy would report it again.
 */
const COPY_OF_ENDPOINT = /^[\w.]+\s*(?::[^=]*)?=\s*(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)\s*$/
function copiedEndpoint(stmt: string): boolean {
  const source = COPY_OF_ENDPOINT.exec(stmt.trim())?.[1]
  return source !== undefined && ENDPOINT_NAME.test(source) && !HUMAN_LINK.test(source)
}

/** The plain string a parameter of `fnNode` called `name` defaults to, with the line it is written on. */
function parameterDefault(fnNode: SNode | undefined, name: string, m: MatchContext): { url: string; line: number } | undefined {
  const list = fnNode ? field(fnNode, 'parameters') : undefined
  for (const p of list ? namedChildren(list) : []) {
    if (!/default_parameter$/.test(p.type) || m.text(field(p, 'name') ?? p) !== name) continue
    const value = field(p, 'value')
    const literal = value?.type === 'string' ? /^[rRuU]?(["'])(http:\/\/[^"'\s{}]+)\1$/.exec(m.text(value)) : undefined
    return literal ? { url: literal[2]!, line: m.row(value!) + 1 } : undefined
  }
  return undefined
}

/** The host name a parameter defaults to (`host="vault.payments.acme.net"`), or undefined. */
function hostParameterDefault(fnNode: SNode | undefined, name: string, m: MatchContext): string | undefined {
  const list = fnNode ? field(fnNode, 'parameters') : undefined
  for (const p of list ? namedChildren(list) : []) {
    if (!/default_parameter$/.test(p.type) || m.text(field(p, 'name') ?? p) !== name) continue
    const value = field(p, 'value')
    return value?.type === 'string' ? /^[rRuU]?(["'])([a-z0-9][\w.-]*\.[a-z]{2,}(?::\d+)?)\1$/i.exec(m.text(value))?.[2] : undefined
  }
  return undefined
}

/**
 * `url = 'http://coffeescript.org'` in a class body that never reads `self.url`: a plugin's or a
 * model's homepage (Pygments lexers, package metadata), described rather than fetched. An endpoint
 * is named for what it serves (`API_URL`, `base_url`), or read by the class's own methods.
 */
function classLink(name: string, stmt: SNode, m: MatchContext): boolean {
  if (!/^(url|uri|link|href)$/.test(name) || stmt.parent?.type !== 'block' || stmt.parent.parent?.type !== 'class_definition') return false
  return !new RegExp(`\\b(self|cls)\\.${name}\\b`).test(m.text(stmt.parent))
}

const JS_CLIENT = /^(fetch|node-fetch|cross-fetch|request|request\.(get|post|put|patch|del|delete)|request-promise(-native)?|axios|axios\.(get|post|put|patch|delete|head|options|request)|got|got\.(get|post|put|patch|delete|head)|superagent\.(get|post|put|patch|delete)|needle|needle\.(get|post)|http\.(get|request)|undici\.(request|fetch)|ky|ky\.(get|post|put|patch|delete))$/
const JS_BASE_URL = /^(axios\.create|got\.extend|ky\.create|ky\.extend)$/
/** Node's plain-HTTP module called with an options object (`http.request({ host, path })`). */
const JS_HTTP_OPTIONS = /^(node:)?http\.(get|request)$/
const JS_FIX = 'Use `https://` for the endpoint; read the base URL from configuration (`process.env.API_URL`) so each environment sets its own.'

/**
 * The host of a URL an HTTP client requests through a constant called `name`, when the constant's
 * own binding is quiet: an endpoint-named constant with a remote host is already its own finding.
 */
function fetchedOnly(name: string, url: string | undefined): string | undefined {
  if (HUMAN_LINK.test(name) || (ENDPOINT_NAME.test(name) && cleartextHost(url))) return undefined
  return cleartextHost(url, true)
}

/** The name a URL expression starts with: `` `${BASE}/x` `` or `BASE + '/x'`. */
function leadingName(node: SNode): SNode | undefined {
  if (node.type === 'binary_expression') return leadingName(node.children[0]!)
  if (node.type === 'identifier') return node
  if (node.type !== 'template_string') return undefined
  const first = node.children.find((c) => c.type !== '`')
  const inner = first?.type === 'template_substitution' ? first.children.find((c) => c.named) : undefined
  return inner?.type === 'identifier' ? inner : undefined
}

/** The row of a module-level `const NAME = '…'` (exported or not) in the file `node` sits in. */
function constantRow(node: SNode, name: string, m: MatchContext): number | undefined {
  const root = rootOf(node)
  for (const top of root.children) {
    const decl = top.type === 'export_statement' ? top.children.find((c) => /^(lexical|variable)_declaration$/.test(c.type)) : top
    if (!decl || !/^(lexical|variable)_declaration$/.test(decl.type)) continue
    for (const d of decl.children) {
      const id = d.type === 'variable_declarator' ? d.children.find((c) => c.field === 'name') : undefined
      const value = d.children.find((c) => c.field === 'value')
      if (id && m.text(id) === name && value && /^(string|template_string)$/.test(value.type)) return m.row(d)
    }
  }
  return undefined
}

const PROCESS_ENV = /process\.env/

/**
 * `process.env.LEDGER_URL ?? 'http://ledger.acme.com/api'` (or `||`) under `nodes`: the written default of an endpoint-named
 * variable is the endpoint wherever the variable is unset, as `os.getenv("X_URL", "http://…")` is in Python.
 */
function envDefault(nodes: readonly (SNode | undefined)[], m: MatchContext): { variable: string; host: string; row: number } | undefined {
  const visit = (n: SNode): ReturnType<typeof envDefault> => {
    if (n.type === 'binary_expression' && n.children.length === 3) {
      const [left, op, right] = n.children as [SNode, SNode, SNode]
      const variable = /^process\.env\.([A-Z][A-Z0-9_]*)$|^process\.env\[['"]([A-Z][A-Z0-9_]*)['"]\]$/.exec(m.text(left))
      const name = variable?.[1] ?? variable?.[2]
      const url = right.type === 'string' ? m.text(right).slice(1, -1) : undefined
      const host = name && /^(\?\?|\|\|)$/.test(m.text(op)) && ENV_VARIABLE.test(name) && ENDPOINT_NAME.test(name) && !HUMAN_LINK.test(name) ? cleartextHost(url) : undefined
      if (host) return { variable: name!, host, row: m.row(right) }
    }
    if (/^(arrow_function|function_expression|function_declaration|class_body)$/.test(n.type)) return undefined
    for (const c of n.children) {
      const found = c.named ? visit(c) : undefined
      if (found) return found
    }
    return undefined
  }
  for (const n of nodes) {
    // Only `process.env.X ?? 'http://…'` is looked for: a file that never names `process.env` needs no walk under every call.
    if (n && !fileMatches(n, m, PROCESS_ENV)) return undefined
    const found = n && visit(n)
    if (found) return found
  }
  return undefined
}

/**
 * Every JS finding is a URL read by cleartextHost (an `http://` written in any case: the word `http` in the file) or one
 * it is handed after a scheme is swapped or added: `ws://` for a WebSocket, an MQTT client (the `mqtt` module's name),
 * gRPC's `credentials.createInsecure()`; Node's `http.request({ host })` names the `http` module.
 */
const JS_CLEARTEXT_NEEDLES = [...anyCase('http'), ...anyCase('ws:'), 'mqtt', 'createInsecure']

export const javascriptCleartextHttp = scoped({ kinds: ['call', 'bind', 'store'], needles: JS_CLEARTEXT_NEEDLES }, (ev, m) => {
  if (m.isTest) return undefined
  const fallback = envDefault(ev.kind === 'call' ? ev.argNodes : ev.kind === 'bind' ? [ev.stmt] : [], m)
  if (fallback) return atOrigin(report('js/cleartext-http', ev, m, `The default of \`${fallback.variable}\``, fallback.host, JS_FIX), fallback.row + 1)
  if (ev.kind === 'call') {
    const q = ev.qname ?? ''
    // Node's `http.request({ host: 'api.partner.com', path })`: the plain-HTTP module, described by an options object.
    if (JS_HTTP_OPTIONS.test(q) && ev.argNodes[0]?.type === 'object') {
      const fields = ev.args[0]?.fields
      const named = fields?.get('host') ?? fields?.get('hostname')
      const protocol = fields?.get('protocol')?.str
      const host = named?.constant && named.str !== undefined && (protocol === undefined || protocol === 'http:') ? cleartextHost(`http://${named.str}`) : undefined
      if (host) return report('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, 'Use `https.request` (TLS) for remote services; read the host from configuration.')
    }
    if (JS_CLIENT.test(q)) {
      // `axios({ method: 'post', url: 'http://…' })`: the request described by one options object.
      const urlNode = ev.argNodes[0]?.type === 'object' ? ev.kwNodes.get('url') : undefined
      const host = writtenHere(ev, 0, m) ? cleartextHost(urlText(ev.args[0])) : urlNode && /^["'`]/.test(m.text(urlNode)) ? cleartextHost(urlText(ev.kwargs.get('url'))) : undefined
      if (host) return report('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, JS_FIX)
      // `const legacyFeed = 'http://…'` … `fetch(legacyFeed)`: a name the endpoint table does not know, reported where the URL is written.
      const arg = ev.argNodes[0]
      const named = arg?.type === 'identifier' && ev.args[0]?.constant && ev.args[0].madeAt !== undefined ? fetchedOnly(m.text(arg), ev.args[0].str) : undefined
      if (named) return atOrigin(report('js/cleartext-http', ev, m, `\`${m.text(arg!)}\` (fetched by \`${callText(ev.node, m)}\`)`, named, JS_FIX), ev.args[0]!.madeAt)
      // `fetch(\`${TRACKING_BASE}?code=…\`)`: a base URL constant of this file, reported where it is written.
      const lead = arg && leadingName(arg)
      const base = lead && fetchedOnly(m.text(lead), urlText(ev.args[0]))
      const row = base ? constantRow(ev.stmt, m.text(lead), m) : undefined
      return base && row !== undefined ? atOrigin(report('js/cleartext-http', ev, m, `\`${m.text(lead)}\` (fetched by \`${callText(ev.node, m)}\`)`, base, JS_FIX), row + 1) : undefined
    }
    // `mqtt.connect('mqtt://broker.partner.com')`: MQTT without TLS (`mqtts://`, `wss://` are the encrypted forms).
    if (/^(mqtt|async-mqtt)\.connect(Async)?$/.test(q) && writtenHere(ev, 0, m, false)) {
      const url = urlText(ev.args[0])
      const host = url && /^(mqtt|ws|tcp):\/\//i.test(url) ? cleartextHost(url.replace(/^[a-z]+:/i, 'http:')) : undefined
      if (host) return finding('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\` connects to \`${host}\` without TLS: credentials and every message cross the network in clear`, 'Use `mqtts://` (or `wss://`) with the broker\'s TLS port.', [], 'major')
    }
    if (JS_BASE_URL.test(q)) {
      for (const key of ['baseURL', 'prefixUrl', 'prefixURL']) {
        const node = ev.kwNodes.get(key)
        const host = node && /^["'`]/.test(m.text(node)) ? cleartextHost(urlText(ev.kwargs.get(key))) : undefined
        if (host) return report('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, JS_FIX)
      }
      // `axios.create(settings.loyaltyApi)`: options kept in a settings object, reported where its URL is written.
      const options = ev.argNodes[0]?.type === 'object' ? undefined : ev.args[0]?.fields
      const kept = options && ['baseURL', 'prefixUrl', 'prefixURL'].map((key) => options.get(key)).find((v) => v?.constant && v.madeAt !== undefined && cleartextHost(v.str))
      return kept ? atOrigin(report('js/cleartext-http', ev, m, `The base URL of \`${callText(ev.node, m)}\``, cleartextHost(kept.str)!, JS_FIX), kept.madeAt) : undefined
    }
    // Browser requests: `xhr.open('POST', 'http://…')`, jQuery's `$.getJSON(url)` and `$.ajax({ url })`, `new EventSource(url)`, `navigator.sendBeacon(url)`.
    const index = ev.receiver && ev.name === 'open' && /^(GET|POST|PUT|PATCH|DELETE|HEAD)$/i.test(ev.args[0]?.str ?? '') ? 1 : /^(\$|jQuery)\.(get|post|getJSON|getScript|load)$/.test(q) || (ev.isNew && q === 'EventSource') || q === 'navigator.sendBeacon' ? 0 : undefined
    if (index !== undefined || /^(\$|jQuery)\.ajax$/.test(q)) {
      const written = index === undefined ? ev.kwNodes.get('url') : ev.argNodes[index]
      const host = written && /^["'`]/.test(m.text(written)) ? cleartextHost(urlText(index === undefined ? ev.kwargs.get('url') : ev.args[index])) : undefined
      return host ? report('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, JS_FIX) : undefined
    }
    // `new WebSocket('ws://…')`, socket.io's `io('http://…')`: a socket to a remote host without TLS.
    if ((ev.isNew && /^(WebSocket|ws|ws\.WebSocket|isomorphic-ws|reconnecting-websocket|ReconnectingWebSocket)$/.test(q || ev.name)) || /^socket\.io-client(\.io|\.connect)?$/.test(q)) {
      const host = writtenHere(ev, 0, m) ? cleartextHost(urlText(ev.args[0])?.replace(/^ws:/i, 'http:')) : undefined
      return host ? report('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, 'Use `wss://` (or `https://` for socket.io); read the URL from configuration so each environment sets its own.') : undefined
    }
    // `new BillingClient('billing.partner.com:50051', grpc.credentials.createInsecure())`: a gRPC client without TLS.
    if (ev.isNew && ev.argNodes.some((a) => /^(grpc\.)?credentials\.createInsecure\(\s*\)$/.test(m.text(a))) && writtenHere(ev, 0, m, false)) {
      const host = cleartextHost(`http://${ev.args[0]?.str ?? ''}`)
      return host ? finding('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\` talks gRPC to \`${host}\` without TLS: every call and its metadata (tokens included) cross the network in clear`, 'Use `grpc.credentials.createSsl()` for remote services.', [], 'major') : undefined
    }
    // `new URL(path, 'http://api.partner.com')`: the base every request built from it goes to; `new URL(\`http://…/${id}\`)`: the endpoint itself.
    if (ev.isNew && ev.name === 'URL' && (writtenHere(ev, 1, m) || (ev.args.length === 1 && writtenHere(ev, 0, m)))) {
      const host = cleartextHost(urlText(ev.args[ev.args.length === 1 ? 0 : 1]))
      return host ? report('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, JS_FIX) : undefined
    }
    // `new BillingClient('http://…')`, `new ApolloClient({ uri: 'http://…' })`: an API client constructed with its base URL.
    if (ev.isNew && /(Client|Api|API|Sdk|SDK|Service)$/.test(ev.name) && writtenHere(ev, 0, m)) {
      const host = cleartextHost(urlText(ev.args[0]))
      return host ? report('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, JS_FIX) : undefined
    }
    if (ev.isNew && /(Client|Api|API|Sdk|SDK|Service|Link)$/.test(ev.name) && ev.argNodes[0]?.type === 'object') {
      const key = ['uri', 'url', 'baseURL', 'baseUrl', 'endpoint', 'host'].find((k) => ev.kwNodes.get(k) && /^["'`]/.test(m.text(ev.kwNodes.get(k)!)))
      const host = key ? cleartextHost(urlText(ev.kwargs.get(key))) : undefined
      return host ? report('js/cleartext-http', ev, m, `\`${callText(ev.node, m)}\``, host, JS_FIX) : undefined
    }
    return undefined
  }
  // `this.baseUrl = 'http://…'` in a client's constructor: the endpoint every method of the client calls, as `self.base_url` is in Python.
  if (ev.kind === 'store' && ENDPOINT_NAME.test(ev.key) && !HUMAN_LINK.test(ev.key) && ev.value.constant && ev.valueNode.type === 'string') {
    const host = cleartextHost(ev.value.str)
    if (host) return report('js/cleartext-http', ev, m, `\`${ev.objectText}.${ev.key}\``, host, JS_FIX)
  }
  if (ev.kind === 'bind' && ENDPOINT_NAME.test(ev.name) && !HUMAN_LINK.test(ev.name) && ev.value.constant) {
    // A constant list or object (`upstreams = [{ … }]`) has no string of its own: its fields are read below.
    const host = cleartextHost(ev.value.str)
    if (host) return report('js/cleartext-http', ev, m, `\`${ev.name}\``, host, JS_FIX)
  }
  // `const config = { shipping: { apiUrl: 'http://…' } }`: a settings object's endpoint field, reported on the field's line.
  if (ev.kind === 'bind' && ev.value.fields) {
    const field = endpointField(ev.value.fields, ev.name, 0)
    if (field) return atOrigin(report('js/cleartext-http', ev, m, `\`${field.path}\``, field.host, JS_FIX), field.madeAt)
  }
  // The same written into a list of sections (`[{ name, baseUrl: 'http://…' }]`) or `module.exports = { … }`.
  if ((ev.kind === 'bind' || ev.kind === 'store') && fileMatches(ev.stmt, m, HTTP_IN_FILE) && m.text(ev.stmt).includes('http://')) {
    const name = ev.kind === 'bind' ? ev.name : `${ev.objectText}.${ev.key}`
    const fields = writtenEndpoint(ev.stmt, m, ev.kind === 'bind' ? ev.name : ev.key)
    if (fields.length > 0) return fields.map((field) => atOrigin(report('js/cleartext-http', ev, m, `\`${name}.${field.path}\``, field.host, JS_FIX), field.row + 1))
  }
  return undefined
})

/**
 * Sections of settings whose every string is an endpoint, whatever its own key:
 * `"endpoints": {"returns": "http://…"}`, `webhooks: ['http://…']`.
 */
const ENDPOINT_SECTION = /^(endpoints?|urls|uris|services|webhooks|upstreams|backends|apis|callbacks)$/i
/** A settings variable named for a set of endpoints: `WEBHOOK_TARGETS`, `PARTNER_ENDPOINTS`, `serviceUrls`. */
const SECTION_NAME = /(?:^|[_.]|[a-z])(?:ENDPOINTS|URLS|URIS|WEBHOOKS|UPSTREAMS|BACKENDS|TARGETS|HOOKS|Endpoints|Urls|Uris|Webhooks|Upstreams|Backends|Targets|Hooks|endpoints|urls|uris|webhooks|upstreams|backends|targets|hooks)$/
const SETTINGS_NODE = /^(dictionary|object|list|array|tuple|expression_statement|assignment|assignment_expression|lexical_declaration|variable_declaration|variable_declarator|export_statement|pair|parenthesized_expression|satisfies_expression|as_expression)$/
/** Environment schemas whose fields carry defaults: zod's `z.object`, t3's `createEnv`. */
const SCHEMA_CALL = /(^|\.)(object|strictObject)$|^(createEnv|defineConfig)$/
/** An environment lookup: `process.env.X`, `import.meta.env.X`, `os.environ.get("X")`, `os.getenv("X")`, `env("X")`. */
const ENV_LOOKUP = /^(?:process\.env|import\.meta\.env)(?:\.[\w$]+|\[[^\]]+\])$|^(?:os\.environ\.get|os\.getenv|env)\([^()]*\)$/
/** webpack's `new DefinePlugin({ 'process.env.API_URL': JSON.stringify('http://…') })`: values compiled into the bundle. */
const BUILD_DEFINE = /(^|\.)DefinePlugin$/
/** A file with no `http://` in it has no cleartext settings to walk. */
const HTTP_IN_FILE = /http:\/\//
/** How many nodes of one statement the settings walk reads: a settings literal is small, a data table is not worth it. */
const SETTINGS_WALK_BUDGET = 600

/** The text of a written string literal (no interpolation), or of the fallback in a schema's `.default('…')`. */
function writtenString(node: SNode, m: MatchContext): string | undefined {
  if (node.type === 'string' || (node.type === 'template_string' && !node.children.some((c) => c.type === 'template_substitution'))) {
    const text = m.text(node)
    return /^[rRuUbB]?["'`]/.test(text) && !/^[fF]/.test(text) ? text.replace(/^[rRuUbB]?(["'`]{1,3})([\s\S]*)\1$/, '$2') : undefined
  }
  // `process.env.API_URL || 'http://…'`, `os.environ.get("API_URL") or "http://…"`: the fallback is the endpoint
  // wherever the variable is unset, production included.
  if (node.type === 'binary_expression' || node.type === 'boolean_operator') {
    const left = node.children.find((c) => c.field === 'left')
    const right = node.children.find((c) => c.field === 'right')
    const op = node.children.find((c) => !c.named && /^(\|\||\?\?|or)$/.test(c.type))
    return op && left && right && ENV_LOOKUP.test(m.text(left)) ? writtenString(right, m) : undefined
  }
  if (node.type !== 'call_expression') return undefined
  const callee = m.text(node.children.find((c) => c.field === 'function') ?? node)
  const first = node.children.find((c) => c.field === 'arguments')?.children.find((c) => c.named)
  if (!first) return undefined
  // `JSON.stringify('http://…')`: how bundlers' `define` options are written; the literal is the value compiled in.
  if (callee === 'JSON.stringify') return first.type === 'string' || first.type === 'template_string' ? writtenString(first, m) : undefined
  // zod's `z.string().url().default('http://…')`: the schema's default is the endpoint when the variable is unset.
  if (/\.default$/.test(callee)) return first.type !== 'call_expression' ? writtenString(first, m) : undefined
  return undefined
}

/**
 * The remote cleartext URLs written into a settings literal: under an endpoint-named key at any of
 * the first three levels (`{"kyc": {"base_url": "http://…"}}`, `[{ name, baseUrl: 'http://…' }]`),
 * or anywhere in an endpoint section; each with its key path, host and the row it is written on.
 * Every URL the change adds is its own finding (each endpoint is fixed on its own line); when the
 * change adds a URL to a literal that already held one, the older one is not this change's to fix.
 * A statement with none added reports its first.
 */
function writtenEndpoint(root: SNode, m: MatchContext, name = ''): Array<{ path: string; host: string; row: number }> {
  let first: { path: string; host: string; row: number } | undefined
  const added: Array<{ path: string; host: string; row: number }> = []
  for (const found of writtenEndpoints(root, m, SECTION_NAME.test(name) && !/doc|help|link|home|site|page/i.test(name))) {
    if (m.added(found.node) && !added.some((a) => a.row === found.row)) added.push(found)
    first ??= found
  }
  return added.length > 0 ? added.sort((a, b) => a.row - b.row) : first ? [first] : []
}

function* writtenEndpoints(root: SNode, m: MatchContext, section: boolean): Generator<{ path: string; host: string; row: number; node: SNode }> {
  const stack: Array<{ node: SNode; keys: string[]; section: boolean; proxy?: boolean }> = [{ node: root, keys: [], section }]
  let budget = SETTINGS_WALK_BUDGET
  while (stack.length > 0 && budget-- > 0) {
    const { node, keys, section, proxy } = stack.pop()!
    if (node.type === 'pair') {
      const keyNode = node.children.find((c) => c.field === 'key')
      const valueNode = node.children.find((c) => c.field === 'value')
      if (!keyNode || !valueNode) continue
      const key = m.text(keyNode).replace(/^[rRuUbB]?["'`]|["'`]$/g, '')
      const path = [...keys, key]
      if (path.length > MAX_SETTINGS_DEPTH) continue
      const url = (section || (proxy && key === 'destination') || (ENDPOINT_NAME.test(key) && !HUMAN_LINK.test(key))) && writtenString(valueNode, m)
      const host = url ? cleartextHost(url) : undefined
      if (host) {
        yield { path: path.join('.'), host, row: m.row(valueNode), node: valueNode }
        continue
      }
      stack.push({ node: valueNode, keys: path, section: ENDPOINT_SECTION.test(key), proxy })
      continue
    }
    // Next.js `async rewrites() { return [{ source, destination: 'http://…' }] }`: the server proxies each
    // matching request to its destination (unlike `redirects()`, whose destination the browser is sent to).
    if (node.type === 'method_definition' && m.text(node.children.find((c) => c.field === 'name') ?? node) === 'rewrites') {
      const body = node.children.find((c) => c.field === 'body')
      if (body) stack.push({ node: body, keys: [...keys, 'rewrites'], section: false, proxy: true })
      continue
    }
    if (section && /^(list|array|tuple)$/.test(node.parent?.type ?? '')) {
      const url = writtenString(node, m)
      const host = url ? cleartextHost(url) : undefined
      if (host) {
        yield { path: keys.join('.'), host, row: m.row(node), node }
        continue
      }
    }
    // Sections and the lists that hold them, and schemas (`z.object({ … })`); other calls' arguments are a client's business, not settings.
    // `plugins: [ … ].filter(Boolean)`: a list with the switched-off entries dropped.
    const filtered = node.type === 'call_expression' ? node.children.find((c) => c.field === 'function') : undefined
    if (filtered?.type === 'member_expression' && m.text(filtered.children.find((c) => c.field === 'property') ?? filtered) === 'filter') {
      const list = filtered.children.find((c) => c.field === 'object')
      if (list?.type === 'array') stack.push({ node: list, keys, section, proxy })
      continue
    }
    const schema =
      (node.type === 'call_expression' && SCHEMA_CALL.test(m.text(node.children.find((c) => c.field === 'function') ?? node))) ||
      (node.type === 'new_expression' && BUILD_DEFINE.test(m.text(node.children.find((c) => c.field === 'constructor') ?? node)))
    if (!schema && node.type !== 'arguments' && !SETTINGS_NODE.test(node.type) && !(proxy && /^(statement_block|return_statement)$/.test(node.type)) && node !== root) continue
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!
      // A section named by the variable itself (`WEBHOOK_TARGETS = {…}`) holds until its first key, and
      // a section named by a key (`"endpoints": {"returns": "http://…"}`) holds for its own entries.
      if (child.named) stack.push({ node: child, keys, section: section && (/^(list|array|tuple|dictionary|object)$/.test(node.type) || keys.length === 0), proxy })
    }
  }
}

/** Settings nest a section per service (`config.shipping.apiUrl`); deeper than this is data, not configuration. */
const MAX_SETTINGS_DEPTH = 3

/** The first endpoint-named field holding a written cleartext URL, searched through nested sections. */
function endpointField(fields: ReadonlyMap<string, Value>, path: string, depth: number): { path: string; host: string; madeAt: number } | undefined {
  for (const [key, v] of fields) {
    const host = ENDPOINT_NAME.test(key) && !HUMAN_LINK.test(key) && v.constant && v.madeAt !== undefined ? cleartextHost(v.str) : undefined
    if (host) return { path: `${path}.${key}`, host, madeAt: v.madeAt! }
    if (v.fields && depth + 1 < MAX_SETTINGS_DEPTH) {
      const nested = endpointField(v.fields, `${path}.${key}`, depth + 1)
      if (nested) return nested
    }
  }
  return undefined
}
