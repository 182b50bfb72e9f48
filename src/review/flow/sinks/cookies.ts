/**
 * Session and auth cookies set without `HttpOnly`. Express `res.cookie`, Fastify `setCookie`,
 * Hono `setCookie(c, …)`, Next.js `cookies().set`, a raw `Set-Cookie` header, and Flask/Django/
 * Starlette `set_cookie` all leave `HttpOnly` off unless asked, so a session cookie set with no
 * options (or options that never mention it) can be read by any script an XSS slips in.
 * The line rule still reports flags written as `false`; this one reports the flag left out.
 * Quiet for cookies whose name and value do not look like credentials, for CSRF cookies (read
 * by scripts on purpose), for deletions (empty value, `maxAge: 0`), and for options built
 * elsewhere (`{ ...cookieOptions }`, `**opts`), where the flag may well be set.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent, RuleFinding, StoreEvent } from '../events'
import type { Value } from '../value'
import { identifierWords } from '../../source'
import { field, namedChildren, rootOf } from '../text'
import { callText, fileMatches, finding, type MatchContext, scoped } from './common'

const RULE = 'crypto/insecure-cookie'
/** `auth` but not `author`: a cookie remembering who wrote a comment (`last_author`) proves nothing. */
const SENSITIVE_NAME = /sess|(^|[^a-z])sid([^a-z]|$)|auth(?!or)|jwt|token|remember|refresh|access|login|credential|identity|^id$/i
const CSRF = /csrf|xsrf/i
/**
 * Last words that say a cookie describes the sign-in rather than proving it: `last_login_email`,
 * `auth_provider`, `login_redirect`, `session_expires_at` hold display data or routing, not a credential.
 */
const DESCRIPTIVE_LAST_WORDS = new Set(['email', 'mail', 'name', 'username', 'time', 'date', 'at', 'ts', 'hint', 'method', 'provider', 'redirect', 'next', 'return', 'url', 'path', 'page', 'count', 'attempts', 'expires', 'expiry', 'theme', 'lang', 'locale', 'tz'])

/** Whether a cookie's name describes the sign-in (`last_login_email`, `auth_hint`) rather than carries it. */
export function describesSignIn(name: string): boolean {
  const words = identifierWords(name)
  return words.length >= 2 && DESCRIPTIVE_LAST_WORDS.has(words.at(-1)!)
}

/** Profile fields that say who signed in (`profile.login`, `user.email`, `account.displayName`) rather than prove it. */
const PROFILE_FIELD_WORDS = new Set([...DESCRIPTIVE_LAST_WORDS, 'login', 'username', 'handle', 'nickname', 'avatar'])

/** A value read from a profile field: `res.cookie('gh_login', profile.login)` keeps a user name, whatever the cookie is called. */
function profileField(expression: string): boolean {
  const field = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*\??\.([A-Za-z_$][\w$]*)$/.exec(expression.trim())?.[1]
  return field !== undefined && PROFILE_FIELD_WORDS.has(identifierWords(field).at(-1) ?? '')
}

/** A cookie name that says it carries a session or credential. */
function credentialName(name: string): boolean {
  return SENSITIVE_NAME.test(name) && !describesSignIn(name)
}

/** SvelteKit's `cookies` (a load or action argument, or `event.cookies`) sets `HttpOnly` and `Secure` unless told otherwise. */
const SVELTEKIT_FILE = /(?:^|\/)(?:\+(?:page|layout)\.server|\+server|hooks\.server)\.[jt]s$/

/** Falcon sets `Secure` and `HttpOnly` by default. */
const FALCON_IMPORT = /^\s*(?:import\s+falcon\b|from\s+falcon\b)/m
const SANIC_IMPORT = /^\s*(import\s+sanic\b|from\s+sanic\b)/m
const SENSITIVE_VALUE = /session|sid\b|token|jwt|auth(?!or)|credential/i
const DEV_PATH = /(^|\/)(dev|local|demo|example)s?[\w-]*\.(js|ts|mjs|cjs|py)$/i
// Asked on every call event of a file: the answer for the file being analysed is kept.
let devPath: { path: string; dev: boolean } | undefined
function isDevPath(path: string): boolean {
  if (devPath?.path !== path) devPath = { path, dev: DEV_PATH.test(path) }
  return devPath.dev
}
const FIX_JS = 'Set `httpOnly: true` (and `secure: true`, `sameSite: "lax"`) on session and auth cookies; expose what the front end needs through an API response instead.'
const FIX_PY = 'Pass `httponly=True, secure=True, samesite="Lax"` to `set_cookie` for session and auth cookies.'

interface CookieCall {
  name: Value | undefined
  value: Value | undefined
  valueIndex: number
  options: number | undefined
  /** Koa's `ctx.cookies.set` makes cookies HttpOnly unless told otherwise. */
  httpOnlyByDefault?: boolean
}

/** Whether `receiver` names an instance of the `cookies` package made in this file (`const jar = new Cookies(req, res, { keys })`). */
function cookiesJar(receiver: string, at: SNode, m: MatchContext): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(receiver)) return false
  const text = m.text(rootOf(at))
  if (!/require\(\s*['"]cookies['"]\s*\)|from\s+['"]cookies['"]/.test(text)) return false
  return new RegExp(`\\b${receiver.replace(/\$/g, '\\$')}\\s*=\\s*new\\s+Cookies\\s*\\(`).test(text)
}

/** Where a JS cookie setter keeps its name, value and options. */
function jsCookieCall(ev: CallEvent, m: MatchContext): CookieCall | undefined {
  const q = ev.qname ?? ''
  // Hono: `setCookie(c, name, value, opts)`.
  if (/^hono\/cookie\.(setCookie|setSignedCookie)$/.test(q) || (!ev.receiver && ev.name === 'setCookie' && ev.args.length >= 3)) return { name: ev.args[1], value: ev.args[2], valueIndex: 2, options: ev.name === 'setSignedCookie' ? 4 : 3 }
  // The `cookie` package builds the header text itself: `cookie.serialize(name, value, opts)`.
  if (/^cookie\.serialize$/.test(q)) return { name: ev.args[0], value: ev.args[1], valueIndex: 1, options: 2 }
  if (!ev.receiver) return undefined
  const receiver = ev.receiverText ?? ''
  // Express `res.cookie`, Fastify `reply.setCookie`, Next.js `cookies().set` / `response.cookies.set`.
  if ((ev.name === 'cookie' && /^(res|response|resp|reply)$/.test(receiver)) || (ev.name === 'setCookie' && /^(reply|res|response)$/.test(receiver))) return { name: ev.args[0], value: ev.args[1], valueIndex: 1, options: 2 }
  if (ev.name === 'set' && /^(ctx|context)\.cookies$/.test(receiver)) return { name: ev.args[0], value: ev.args[1], valueIndex: 1, options: 2, httpOnlyByDefault: true }
  // The `cookies` package Koa is built on, used directly (`const jar = new Cookies(req, res)`): HttpOnly by default too.
  if (ev.name === 'set' && cookiesJar(receiver, ev.stmt, m)) return { name: ev.args[0], value: ev.args[1], valueIndex: 1, options: 2, httpOnlyByDefault: true }
  if (ev.name === 'set' && /^(event\.)?cookies$/.test(receiver) && SVELTEKIT_FILE.test(m.path)) return { name: ev.args[0], value: ev.args[1], valueIndex: 1, options: 2, httpOnlyByDefault: true }
  // Next.js: `const store = await cookies(); store.set(…)` as well as `cookies().set(…)`.
  if (ev.name === 'set' && (/^cookies\(\)$|(^|\.)cookies$/.test(receiver) || ev.receiver.qname === 'next/headers.cookies()') && !/^(ctx|context)\.cookies$/.test(receiver)) {
    // The object form, `cookies().set({ name, value, httpOnly })`, carries its options in the same object.
    const fields = ev.argNodes[0]?.type === 'object' ? ev.args[0]?.fields : undefined
    if (fields) return fields.has('name') ? { name: fields.get('name'), value: fields.get('value'), valueIndex: 0, options: 0 } : undefined
    return { name: ev.args[0], value: ev.args[1], valueIndex: 1, options: 2 }
  }
  return undefined
}

/** A clock reading (`Date.now()`, `time.time()`): a marker such as "download finished", which no one can use to sign in. */
function isClock(expression: string | undefined): boolean {
  return expression !== undefined && /^\s*(?:Date\.now\(\)|new Date\(\)(?:\.\w+\(\))?|(?:int\()?time\.time\(\)\)?|Math\.floor\(Date\.now\(\)\s*\/\s*1000\))\s*$/.test(expression)
}

/** Characters of a credential few enough to show, not to sign in with (`token.slice(-6)` as a hint of which session it is). */
const MAX_FRAGMENT = 8

/** `token.slice(-6)`, `key.substring(0, 4)`, `id.substr(2, 6)`: a fixed handful of a value's characters, or undefined. */
function fragmentLength(expression: string): number | undefined {
  const call = /\.(slice|substring|substr)\(\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?\)\s*$/.exec(expression.trim())
  if (!call) return undefined
  const [a, b] = [Number(call[2]), call[3] === undefined ? undefined : Number(call[3])]
  if (call[1] === 'substr') return b
  if (b === undefined) return a < 0 ? -a : undefined
  return a >= 0 && b >= a ? b - a : undefined
}

function sensitive(call: CookieCall, ev: CallEvent, m: MatchContext): boolean {
  const name = call.name?.str
  if (name !== undefined && CSRF.test(name)) return false
  const valueNode = ev.argNodes[call.valueIndex]
  if (valueNode && (isClock(m.text(valueNode)) || profileField(m.text(valueNode)))) return false
  const fragment = valueNode ? fragmentLength(m.text(valueNode)) : undefined
  if (fragment !== undefined && fragment <= MAX_FRAGMENT) return false
  if (name !== undefined && credentialName(name)) return true
  // A name the call does not spell out (`this.name`, a setting): the value says what the cookie carries (`sessionId`),
  // unless the name's text or the value is a CSRF token's, which scripts read on purpose.
  if (valueNode === undefined || !SENSITIVE_VALUE.test(m.text(valueNode))) return false
  if (name !== undefined) return true
  const nameNode = ev.argNodes[call.valueIndex - 1]
  return nameNode !== undefined && !CSRF.test(m.text(nameNode)) && !CSRF.test(m.text(valueNode))
}

/** An empty value or a zero/past lifetime: the call deletes the cookie. */
function deletes(value: Value | undefined, ev: CallEvent, m: MatchContext, ...ages: string[]): boolean {
  if (value?.constant && value.str === '') return true
  return ages.some((k) => {
    const node = ev.kwNodes.get(k)
    return node !== undefined && /^(0|-\d+|new Date\(0\)|datetime\.min)$/.test(m.text(node).trim())
  })
}

export const javascriptInsecureCookie = scoped({ kinds: ['call', 'store'], needles: ['ookie', 'OOKIE', 'session', 'Session', 'SESSION'] }, (ev, m) => {
  if (m.isTest || isDevPath(m.path)) return undefined
  if (ev.kind === 'store') return scriptCookie(ev, m)
  if (ev.kind !== 'call') return undefined
  // js-cookie's `Cookies.set('access_token', token)`: a cookie set from script, which no flag can hide from script.
  if (ev.name === 'set' && (ev.qname === 'js-cookie.set' || ev.receiverText === 'Cookies')) {
    const name = ev.args[0]?.str
    const secure = ev.argNodes[2]?.type === 'object' ? flagOf(ev, 'secure', m) : undefined
    if (name === undefined || CSRF.test(name) || !credentialName(name) || (secure !== undefined && secure !== 'false') || ev.argNodes[2]?.type === 'identifier') return undefined
    if (deletes(ev.args[1], ev, m, 'expires')) return undefined
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` keeps the \`${name}\` credential in a cookie set from script, without \`secure: true\`: any injected script can read it, and it also travels over plain HTTP`, SCRIPT_COOKIE_FIX, [], 'minor')
  }
  // A raw header: `res.setHeader('Set-Cookie', `sid=${id}; Path=/`)`.
  if (ev.receiver && /^(setHeader|set|header|append)$/.test(ev.name) && /^set-cookie$/i.test(ev.args[0]?.str ?? '')) {
    const node = ev.argNodes[1]
    // `res.setHeader('Set-Cookie', [session, theme])`: each entry is a cookie of its own.
    const entries: Array<[Value | undefined, SNode]> =
      node?.type === 'array' ? node.children.filter((c) => c.named).map((c, i) => [ev.args[1]?.elements?.[i], c]) : node ? [[ev.args[1], node]] : []
    for (const [v, entry] of entries) {
      const problem = headerCookie(v, entry, m)
      if (problem) return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` sets the \`${problem.name}\` cookie without ${problem.missing}`, 'Add `; HttpOnly; Secure; SameSite=Lax` to the header, or set it with `res.cookie(name, value, { httpOnly: true, secure: true })`.', [], 'minor')
    }
    return undefined
  }
  // A response built with its headers written out: `new Response(body, { headers: { 'Set-Cookie': `sid=${id}; Path=/` } })`,
  // `NextResponse.json(data, { headers })`, or a helper of the app passing them on.
  for (let i = 0; i < ev.argNodes.length; i++) {
    const headers = ev.argNodes[i]!.type === 'object' ? pairNamed(ev.argNodes[i]!, /^headers$/, m) : undefined
    const cookie = headers && field(headers, 'value')?.type === 'object' ? pairNamed(field(headers, 'value')!, /^set-cookie$/i, m) : undefined
    const value = cookie && field(cookie, 'value')
    if (!cookie || !value) continue
    const key = m.text(field(cookie, 'key') ?? cookie).replace(/^['"]|['"]$/g, '')
    const problem = headerCookie(ev.args[i]?.fields?.get('headers')?.fields?.get(key), value, m)
    if (problem) return { ...finding(RULE, ev, m, `\`${callText(ev.node, m)}\` answers with a \`Set-Cookie\` header for the \`${problem.name}\` cookie without ${problem.missing}`, 'Add `; HttpOnly; Secure; SameSite=Lax` to the header.', [], 'minor'), startRow: m.row(cookie), endRow: m.row(cookie) }
  }
  const session = sessionCookie(ev, m)
  if (session) return session
  const call = jsCookieCall(ev, m)
  const nameNode = call ? ev.argNodes[call.valueIndex - 1] : undefined
  // `res.cookie(this.name, …)`: a name kept elsewhere is named by its text.
  const cookieName = call?.name?.str ?? (nameNode && call?.valueIndex ? m.text(nameNode).trim() : undefined)
  if (!call || cookieName === undefined || !sensitive(call, ev, m)) return undefined
  const optsNode = call.options === undefined ? undefined : ev.argNodes[call.options]
  const opts = call.options === undefined ? undefined : ev.args[call.options]
  if (optsNode) {
    // The object the options were written as: in the call, the one the class keeps on the instance (`this.options`), or a
    // constant of this file the call names (`const AUTH_COOKIE = { httpOnly: false, … }`).
    const written = optsNode.type === 'object' ? optsNode : ev.kwObject ?? (optsNode.type === 'identifier' ? constObject(optsNode, m) : undefined)
    // Options defined elsewhere, or spread in, may set the flag.
    if (!written && !opts?.fields) return undefined
    if (written && /\.\.\./.test(m.text(written))) return undefined
    if (!written && opts?.fields?.has('httpOnly')) return undefined
    if (deletes(call.value, ev, m, 'maxAge', 'expires')) return undefined
    const flag = (key: string): string | undefined => (written === undefined ? undefined : written === optsNode || written === ev.kwObject ? flagOf(ev, key, m) : objectFlag(written, key, m))
    const httpOnly = flag('httpOnly')
    // Where HttpOnly is the default, only a flag turned off on purpose is wrong: `httpOnly: false`, or `secure: false`.
    if (call.httpOnlyByDefault && httpOnly !== 'false') {
      if (flag('secure') !== 'false') return undefined
      return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` sets the \`${cookieName}\` cookie with \`secure: false\`: it also travels over plain HTTP, where it can be sniffed and replayed`, FIX_JS, [], 'minor')
    }
    if (httpOnly === 'false') return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` sets the \`${cookieName}\` cookie with \`httpOnly: false\`: any script injected into the page can read it and take over the session`, FIX_JS, [], 'minor')
    if (httpOnly !== undefined) {
      // The author chose the flags and left `secure` out (or off): the cookie also goes out over plain HTTP.
      const secure = flag('secure')
      if (secure !== undefined && secure !== 'false') return undefined
      return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` sets the \`${cookieName}\` cookie without \`secure: true\`: it also travels over plain HTTP, where it can be sniffed and replayed`, FIX_JS, [], 'minor')
    }
  }
  if (deletes(call.value, ev, m, 'maxAge', 'expires') || call.httpOnlyByDefault) return undefined
  return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` sets the \`${cookieName}\` cookie without \`httpOnly\` (off by default here): any script injected into the page can read it and take over the session`, FIX_JS, [], 'minor')
})

const SCRIPT_COOKIE_FIX = 'Have the server set the credential as an `HttpOnly; Secure; SameSite=Lax` cookie; a token the front end must hold belongs in memory, not in a cookie scripts can read.'

/** `document.cookie = \`auth_token=${token}; path=/\``: a credential cookie written by script, without `Secure`. */
function scriptCookie(ev: StoreEvent, m: MatchContext): RuleFinding | undefined {
  if (ev.key !== 'cookie' || ev.objectText !== 'document') return undefined
  const written = m.text(ev.valueNode)
  const text = ev.value.str ?? ev.value.built?.prefix
  const name = text === undefined ? undefined : /^\s*([^=;\s]+)=/.exec(text)?.[1]
  if (!name || CSRF.test(name) || !credentialName(name) || /;\s*secure\b/i.test(written) || /=\s*;|max-age=0\b|expires=Thu, 01 Jan 1970/i.test(written)) return undefined
  return finding(RULE, ev, m, `\`document.cookie\` keeps the \`${name}\` credential in a cookie scripts can read, without \`Secure\`: any injected script can take it, and it also travels over plain HTTP`, SCRIPT_COOKIE_FIX, [], 'minor')
}

/** A `Set-Cookie` header value for a credential cookie that lacks `HttpOnly` or `Secure`: the cookie's name and what it lacks. */
function headerCookie(v: Value | undefined, node: SNode, m: MatchContext): { name: string; missing: string } | undefined {
  const written = m.text(node)
  // A template or concatenation over values of the server's own (`refresh_token=${randomBytes(48)…}; Path=/`) builds no
  // tracked text, but opens with the cookie's name as written.
  const text = v?.str ?? v?.built?.prefix ?? (/^(template_string|binary_expression)$/.test(node.type) ? /^[`'"]([^`'"$]*)/.exec(written)?.[1] : undefined)
  const httpOnly = /httponly/i.test(written)
  if (!v || text === undefined || (httpOnly && /;\s*secure\b/i.test(written))) return undefined
  const name = /^\s*([^=;\s]+)=/.exec(text)?.[1]
  if (!name || CSRF.test(name) || !(credentialName(name) || SENSITIVE_VALUE.test(written))) return undefined
  if (isClock(/^[`'"]\s*[^=;\s]+=\$\{([^}]*)\}\s*(?:;|[`'"])/.exec(written)?.[1])) return undefined
  if (v.constant && /=\s*;|max-age=0\b/i.test(text)) return undefined
  return { name, missing: httpOnly ? '`Secure`: it also travels over plain HTTP, where it can be sniffed and replayed' : '`HttpOnly`: any script injected into the page can read it and take over the session' }
}

/** The object literal a top-level `const NAME = { … }` of this file holds, for a call that passes `NAME` as its options. */
function constObject(id: SNode, m: MatchContext): SNode | undefined {
  const name = m.text(id)
  for (const stmt of namedChildren(rootOf(id))) {
    const decl = stmt.type === 'export_statement' ? field(stmt, 'declaration') : stmt
    if (decl?.type !== 'lexical_declaration' || !/^const\b/.test(m.text(decl))) continue
    for (const d of namedChildren(decl)) {
      const value = d.type === 'variable_declarator' && m.text(field(d, 'name') ?? d) === name ? field(d, 'value') : undefined
      if (value) return value.type === 'object' ? value : undefined
    }
  }
  return undefined
}

/** The `key: value` pair of an object literal whose key (quotes aside) matches `key`. */
function pairNamed(object: SNode, key: RegExp, m: MatchContext): SNode | undefined {
  return namedChildren(object).find((p) => p.type === 'pair' && key.test(m.text(field(p, 'key') ?? p).replace(/^['"]|['"]$/g, '')))
}

/** The text of the `key` property written in an object literal, or undefined when it is left out. */
function objectFlag(object: SNode, key: string, m: MatchContext): string | undefined {
  for (const p of namedChildren(object)) {
    if (p.type === 'pair' && m.text(field(p, 'key') ?? p).replace(/^['"]|['"]$/g, '') === key) return m.text(field(p, 'value') ?? p).trim()
  }
  return undefined
}

/** The text of a flag in the call's trailing options object (`false`, `true`, an expression), or undefined when it is left out. */
function flagOf(ev: CallEvent, key: string, m: MatchContext): string | undefined {
  const node = ev.kwNodes.get(key)
  return node ? m.text(node).trim() : undefined
}

/**
 * Session middleware: express-session's `cookie: { … }` written without `secure` (its default is
 * off), and `httpOnly: false` in express-session, cookie-session or koa-session options (`session({ key, httpOnly }, app)`). The finding sits on
 * the option that is wrong, inside the often long middleware call.
 */
function sessionCookie(ev: CallEvent, m: MatchContext): RuleFinding | undefined {
  const q = sessionModule(ev)
  if (!q) return undefined
  const cookie = q === 'express-session' ? ev.kwNodes.get('cookie') : undefined
  const options = q === 'express-session' ? ev.kwargs.get('cookie') : undefined
  const at = (node: SNode, f: RuleFinding): RuleFinding => ({ ...f, startRow: m.row(node), endRow: m.row(node) })
  const flag = (key: string): SNode | undefined => {
    if (q !== 'express-session') return ev.kwNodes.get(key)
    if (cookie?.type !== 'object') return undefined
    const pair = cookie.children.find((c) => c.type === 'pair' && m.text(c).replace(/^['"]|['"]?\s*:[\s\S]*$/g, '') === key)
    return pair ? pair.children[pair.children.length - 1] : undefined
  }
  const httpOnly = flag('httpOnly')
  if (httpOnly && m.text(httpOnly) === 'false') return at(httpOnly, finding(RULE, ev, m, `\`${q}\` sets the session cookie with \`httpOnly: false\`: any script injected into the page can read it and take over the session`, FIX_JS, [], 'minor'))
  const secure = flag('secure')
  // cookie-session sends its cookie over HTTPS only when asked, and koa-session over HTTPS when the request came over it: `secure: false` turns that off on purpose.
  if (q !== 'express-session' && secure && m.text(secure) === 'false') return at(secure, finding(RULE, ev, m, `\`${q}\` sets the session cookie with \`secure: false\`: the session travels over plain HTTP, where it can be sniffed and replayed`, "Set `secure: true` (behind a proxy, also `app.set('trust proxy', 1)`).", [], 'minor'))
  if (!cookie || cookie.type !== 'object' || /\.\.\./.test(m.text(cookie)) || !options) return undefined
  if (secure && m.text(secure) !== 'false') return undefined
  // `secure: false` written out is the option that is wrong; a missing one is the `cookie` object's omission.
  return at(secure ?? cookie, finding(RULE, ev, m, `\`${q}\` configures the session cookie without \`secure: true\` (off by default): the session id travels over plain HTTP, where it can be sniffed and replayed`, "Set `cookie: { secure: true, httpOnly: true, sameSite: 'lax' }` (behind a proxy, also `app.set('trust proxy', 1)`).", [], 'minor'))
}

/** The session middleware a call makes, also in a hunk whose `require` is out of sight: `session({ secret, resave })` has express-session's options. */
function sessionModule(ev: CallEvent): 'express-session' | 'cookie-session' | 'koa-session' | undefined {
  const q = ev.qname ?? ''
  if (q === 'express-session' || q === 'cookie-session' || q === 'koa-session') return q
  if (ev.receiver || q !== ev.name) return undefined
  if (/^session$/i.test(q) && ev.kwNodes.has('secret') && ['resave', 'saveUninitialized', 'cookie', 'store'].some((k) => ev.kwNodes.has(k))) return 'express-session'
  if (/^cookieSession$/i.test(q) && (ev.kwNodes.has('keys') || ev.kwNodes.has('secret'))) return 'cookie-session'
  return undefined
}

export const pythonInsecureCookie = scoped({ kinds: ['call', 'store'], needles: ['_cookie', 'cookies', 'Set-Cookie', 'set-cookie'] }, (ev, m) => {
  if (ev.kind === 'store') return m.isTest || isDevPath(m.path) ? undefined : (pythonHeaderCookie(ev, m) ?? cookieJarEntry(ev, m))
  // `resp.headers.add("Set-Cookie", …)`, and the response's own header setters: Falcon's `resp.set_header`/`append_header`, Tornado's `self.add_header`.
  if (ev.kind === 'call' && !m.isTest && !isDevPath(m.path) && ev.receiver && ((/^(add|append|set|setdefault|add_header)$/.test(ev.name) && /(^|\.)headers$/.test(ev.receiverText ?? '')) || /^(set_header|append_header|add_header)$/.test(ev.name))) {
    return pythonHeaderCookie(ev, m)
  }
  // Sanic's `resp.add_cookie(name, value)` (22.12+) sets `Secure` by default and leaves `HttpOnly` off unless asked.
  if (ev.kind === 'call' && !m.isTest && !isDevPath(m.path) && ev.receiver && ev.name === 'add_cookie' && fileMatches(ev.node, m, SANIC_IMPORT)) {
    const name = ev.args[0]?.str
    const valueNode = ev.argNodes[1]
    if (name === undefined || CSRF.test(name) || ev.argNodes.some((n) => /splat/.test(n.type))) return undefined
    if (!credentialName(name) && !(valueNode && SENSITIVE_VALUE.test(m.text(valueNode)))) return undefined
    if (deletes(ev.args[1], ev, m, 'max_age', 'expires')) return undefined
    const httpOnly = ev.kwNodes.get('httponly')
    if (httpOnly && m.text(httpOnly) !== 'False') return undefined
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` sets the \`${name}\` cookie without \`httponly=True\` (Sanic leaves it off by default): any script injected into the page can read it and take over the session`, 'Pass `httponly=True` to `add_cookie` for session and auth cookies (Sanic already defaults to `secure=True`, `samesite="Lax"`).', [], 'minor')
  }
  // Django's `set_signed_cookie` and Tornado's `set_secure_cookie` sign the value; the flags are the same keywords as `set_cookie`'s.
  if (ev.kind !== 'call' || m.isTest || isDevPath(m.path) || !ev.receiver || !/^set_(?:signed_|secure_)?cookie$/.test(ev.name)) return undefined
  if (ev.argNodes.some((n) => /splat/.test(n.type)) || fileMatches(ev.node, m, FALCON_IMPORT)) return undefined
  const name = ev.args[0] ?? ev.kwargs.get('key')
  const value = ev.args[1] ?? ev.kwargs.get('value')
  const valueNode = ev.argNodes[1] ?? ev.kwNodes.get('value')
  if (name?.str === undefined || CSRF.test(name.str)) return undefined
  if (valueNode && profileField(m.text(valueNode))) return undefined
  if (!credentialName(name.str) && !(valueNode && SENSITIVE_VALUE.test(m.text(valueNode)))) return undefined
  if (deletes(value, ev, m, 'max_age', 'expires')) return undefined
  if (ev.kwargs.has('httponly')) {
    // As in JS: the author chose the flags and left `secure` out (or off), so the cookie also goes out over plain HTTP.
    const secure = ev.kwNodes.get('secure')
    const httpOnly = ev.kwNodes.get('httponly')
    if (!httpOnly || (secure && m.text(secure) !== 'False')) return undefined
    // `httponly=False` on a secure cookie is a choice to let the page's script read it; without `secure` as well, the credential is open both ways.
    if (m.text(httpOnly) === 'False') {
      return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` sets the \`${name.str}\` cookie with \`httponly=False\` and without \`secure=True\`: script injected into the page can read it, and it also travels over plain HTTP`, FIX_PY, [], 'minor')
    }
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` sets the \`${name.str}\` cookie without \`secure=True\`: it also travels over plain HTTP, where it can be sniffed and replayed`, FIX_PY, [], 'minor')
  }
  return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` sets the \`${name.str}\` cookie without \`httponly=True\` (off by default): any script injected into the page can read it and take over the session`, FIX_PY, [], 'minor')
})

/**
 * A raw `Set-Cookie` header written by Python code: `resp.headers["Set-Cookie"] = f"sso_token={t}; Path=/"`,
 * `resp.headers.add("Set-Cookie", …)`. The same test as JS's raw header: a credential cookie without
 * `HttpOnly`, or with it and without `Secure`.
 */
function pythonHeaderCookie(ev: CallEvent | StoreEvent, m: MatchContext): RuleFinding | undefined {
  const [header, v, node] = ev.kind === 'store' ? [ev.key, ev.value, ev.valueNode] : [ev.args[0]?.str, ev.args[1], ev.argNodes[1]]
  if (ev.kind === 'store' && !/(^|\.)headers$/.test(ev.objectText)) return undefined
  if (!header || !/^set-cookie$/i.test(header) || !node) return undefined
  const problem = headerCookie(v, node, m) ?? morselHeader(node, ev, m)
  if (!problem) return undefined
  const what = ev.kind === 'store' ? `\`${ev.objectText}["${header}"] = …\`` : `\`${callText(ev.node, m)}\``
  return finding(RULE, ev, m, `${what} sets the \`${problem.name}\` cookie without ${problem.missing}`, 'Add `; HttpOnly; Secure; SameSite=Lax` to the header, or use `response.set_cookie(name, value, httponly=True, secure=True, samesite="Lax")`.', [], 'minor')
}

/**
 * A morsel of the standard library's cookie jar written out as the header:
 * `jar = SimpleCookie(); jar["session"] = sid; resp.append_header("Set-Cookie", jar["session"].OutputString())`.
 * A morsel carries `HttpOnly` and `Secure` only when the code sets them on it (`jar["session"]["httponly"] = True`),
 * which it does in the function that fills the jar.
 */
function morselHeader(node: SNode, ev: CallEvent | StoreEvent, m: MatchContext): { name: string; missing: string } | undefined {
  const ref = /^(\w+)\[\s*["']([^"']+)["']\s*\]\.(?:OutputString|output)\(/.exec(m.text(node).trim())
  if (!ref) return undefined
  const [, jar, name] = ref as unknown as [string, string, string]
  if (CSRF.test(name) || !credentialName(name)) return undefined
  let scope: SNode | undefined = ev.stmt
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent
  const body = scope ? m.text(scope) : ''
  if (!new RegExp(`\\b${jar}\\s*=\\s*(?:[\\w.]+\\.)?SimpleCookie\\(`).test(body)) return undefined
  const flag = (key: string) => new RegExp(`\\b${jar}\\[\\s*["']${name.replace(/[^\w-]/g, '')}["']\\s*\\]\\[\\s*["']${key}["']\\s*\\]\\s*=\\s*(?!False\\b|["']{2})`, 'i').test(body)
  if (!flag('httponly')) return { name, missing: '`HttpOnly`: any script injected into the page can read it and take over the session' }
  if (!flag('secure')) return { name, missing: '`Secure`: it also travels over plain HTTP, where it can be sniffed and replayed' }
  return undefined
}

/**
 * Sanic's and http.cookies' mapping form, `resp.cookies["session"] = token`: the morsel is sent
 * without `HttpOnly` unless a later `resp.cookies["session"]["httponly"] = True` asks for it.
 */
function cookieJarEntry(ev: StoreEvent, m: MatchContext): RuleFinding | undefined {
  if (!/(^|\.)cookies$/.test(ev.objectText) || ev.node.type !== 'subscript' || CSRF.test(ev.key) || !credentialName(ev.key)) return undefined
  if (ev.value.constant && ev.value.str === '') return undefined
  const block = ev.stmt.parent
  const after = block ? m.text({ ...block, start: ev.stmt.end }) : ''
  const flag = new RegExp(`\\[\\s*["']${ev.key.replace(/[^\w-]/g, '')}["']\\s*\\]\\s*\\[\\s*["']httponly["']\\s*\\]\\s*=\\s*True`, 'i')
  if (flag.test(after)) return undefined
  return finding(RULE, ev, m, `\`${ev.objectText}["${ev.key}"] = …\` sets the \`${ev.key}\` cookie without \`HttpOnly\`: any script injected into the page can read it and take over the session`, 'Set its flags too: `resp.cookies[name]["httponly"] = True` and `["secure"] = True` (or `resp.add_cookie(name, value, httponly=True, secure=True)`).', [], 'minor')
}
