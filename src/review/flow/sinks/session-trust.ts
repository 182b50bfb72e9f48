/**
 * Request data written into the server-side session (CWE-501, trust boundary violation). What a
 * session holds is read back on later requests as the server's own word: a user id, a role, an
 * `is_admin` or `mfaPassed` flag, a tenant, a price. A value the client sent, stored there as sent
 * (converted, compared or defaulted at most), lets the client write that word itself: post
 * `role=admin` once and every later check of `session["role"]` passes.
 *
 * Quiet: values the server made or looked up (the user id of a record found after a password
 * check, a constant, a random token), request data an allow-list or pattern check let through,
 * the visitor's own display preferences (language, theme, currency, time zone, page size),
 * request-scoped objects (`g`, `ctx.state`, `res.locals`), and reads or clears of the session.
 */
import type { SNode } from '../../syntax/tree'
import type { FlowEvent, RuleFinding, StoreEvent } from '../events'
import { identifierWords } from '../../source/text'
import { field, namedChildren } from '../text'
import { isTainted, SAFE, type Value } from '../value'
import { fileMatches, finding, type MatchContext, scoped } from './common'
import { fromClient, originOf, sessionName, walk } from './client-data'
import { vouched } from './written'

type Lang = 'python' | 'js'

/** The session object: Flask/Quart's `session`, Django's and Starlette's `request.session`; Express/Koa `req.session`, `ctx.session`. */
const PY_SESSION_TEXT = /^(self\.)?(request|req)\.session(\[|\.|$)/
const PY_SESSION_QNAME = /^(flask|quart)\.session(\.|$)/
/** Masonite hands a controller its `session: Session`, whose `session.set("role", …)` keeps the entry. */
const PY_MASONITE = /^\s*(from|import)\s+masonite\b/m
const JS_SESSION_TEXT = /^(this\.)?(req|request|ctx|context)\.session(\.|\[|$)/

/** A bare `session` whose import the hunk does not show (`session["plan"] = …`): nothing else named so takes string keys. */
const PY_BARE_SESSION = /^session(\[|$)/

function isSession(ev: StoreEvent, lang: Lang, m: MatchContext): boolean {
  if (lang === 'python') return PY_SESSION_QNAME.test(ev.objectQname ?? '') || PY_SESSION_TEXT.test(ev.objectText) || (PY_BARE_SESSION.test(ev.objectText) && /^(session(\[.*)?)?$/.test(ev.objectQname ?? ''))
  // `ctx.session = { ...ctx.request.body }` replaces the session itself.
  if (ev.key === 'session' && /^(this\.)?(req|request|ctx|context)$/.test(ev.objectText)) return true
  // TypeScript's non-null assertion (`ctx.session!.role`, `req.session!.userId`) is the same session.
  if (JS_SESSION_TEXT.test(ev.objectText.replace(/!(?=\.|\[|$)/g, ''))) return true
  const obj = ev.node.type === 'member_expression' || ev.node.type === 'subscript_expression' ? field(ev.node, 'object') : undefined
  return obj !== undefined && sessionName(obj, walk(m, false, ev.fn.handler))
}

const FIX: Record<Lang, string> = {
  python: 'Keep in the session only what the server decided: look the value up (the user id of the account that just proved its password, a membership found for this user) or check it against an allow-list before storing it, and read request data from the request each time instead of trusting it later as the server\'s.',
  js: 'Keep in the session only what the server decided: look the value up (the id of the account that just proved its password, a membership found for this user) or check it against an allow-list before storing it, and read request data from the request each time instead of trusting it later as the server\'s.',
}

function report(lang: Lang, ev: FlowEvent, m: MatchContext, where: string, valueText: string, value: Value, keyed = false): RuleFinding {
  const shown = valueText.length > 50 ? `${valueText.slice(0, 47)}...` : valueText
  return finding(
    `${lang}/trust-boundary`,
    ev,
    m,
    `${keyed ? `\`${where}\` stores \`${shown}\` under a session key the client chose` : `\`${where}\` stores \`${shown}\`, request data as the client sent it,`} in the server-side session: later requests read the session as the server's own word (who the user is, their role, what they paid), so the client has just written it for itself`,
    FIX[lang],
    [value],
    'major',
  )
}

/**
 * The stored value is the client's own, and no check vouched for it: the syntax says so, or the
 * taint does where the syntax loses the value (a helper, a container filled key by key).
 */
function clientStored(lang: Lang, ev: FlowEvent, value: Value, node: SNode, m: MatchContext): boolean {
  // The key of a record a lookup found (`findOne({ where: { email } })` and `if (!user) return`) is one the server holds.
  // So is a value whose MAC the handler checked (`timingSafeEqual(sig, createHmac(…).update(uid).digest())`): the key holder made it.
  if (vouched(value.safe) || value.constant || ((value.safe ?? 0) & (SAFE.found | SAFE.signed)) !== 0) return false
  // Not the taint alone: comparisons and conversions (`req.query.admin === 'true'`, `int(request.form["uid"])`) lose it but not
  // the client's choice, and a record looked up with request data keeps it but is the server's.
  const origin = originOf(node, 'value', walk(m, lang === 'python', ev.fn.handler))
  return origin === 'client' || (origin === 'unknown' && isTainted(value) && !value.taint!.dom)
}

/**
 * The visitor's own display preferences (theirs to choose, and nothing later trusts them as the server's word), and the
 * address to return to after signing in, which the redirect that reads it must check (the open-redirect rules' sink).
 */
const PREFERENCE = /^(lng|dark_?mode|page_?size|per_?page|sort|sort_?by|order_?by|view|view_?mode|layout|density|units|next|next_?url|return_?to|return_?url|redirect_?to|redirect_?url|came_?from)$/i
/** `django_language`, `ui_theme`, `preferredLanguage`: a preference named with a prefix. */
const PREFERENCE_WORD = /(^|_)(lang|language|locale|theme|color_?scheme|currency|time_?zone|tz)$/i
const PREFERENCE_CAMEL = /[a-z](Lang|Language|Locale|Theme|ColorScheme|Currency|TimeZone|Timezone)$/

/** A read of the request's `next`-style parameter (`request.args.get("next")`, `request.GET["return_to"]`, `req.query.next`). */
const RETURN_ADDRESS_READ = /^(self\.)?(request|req)\.(args|GET|POST|form|values|query_params|query)(\.get\(\s*|\[\s*|\.)["']?(next|next_url|return_to|return_url|redirect_to|redirect_url|came_from|continue|continue_url)\b/

/**
 * The value is the request's return address, read as sent or handed first to a helper that checks it
 * (`_local_target(request.args.get("next")) or url_for("home")`, `safe_next(request.GET.get("next"))`).
 */
function returnAddress(text: string): boolean {
  return RETURN_ADDRESS_READ.test(text) || RETURN_ADDRESS_READ.test(text.replace(/^[\w.]+\(\s*/, ''))
}

function preference(key: string): boolean {
  return PREFERENCE.test(key) || PREFERENCE_WORD.test(key) || PREFERENCE_CAMEL.test(key)
}

/**
 * What later requests trust a session entry for: who the user is (`user_id`, `accountId`, `sso_email`), what they may do
 * (`role`, `isAdmin`, `mfaPassed`, `teamId`, `tenant`), whom they act as (`actingAs`, `impersonatedUserId`,
 * `onBehalfOf`), and what they pay for or may use (`plan`, `seats`, `discount`,
 * `cart`). A last search, a list's filters or a half-filled form is the visitor's own scratch space, which nothing trusts.
 */
const TRUSTED_WORD = /^(user|users|uid|username|login|account|accounts|customer|member|owner|email|sub|identity|role|roles|admin|staff|superuser|sudo|perm|perms|permission|permissions|privilege|privileges|scope|scopes|group|groups|grant|grants|tenant|org|orgs|organization|organisation|team|workspace|auth|authenticated|authorized|authorised|logged|verified|mfa|otp|sso|impersonate|impersonating|impersonated|impersonation|impersonator|acting|actor|behalf|masquerade|masquerading|plan|tier|subscription|trial|beta|feature|features|flag|flags|price|prices|amount|total|discount|coupon|promo|credit|credits|balance|seat|seats|quota|limit|limits|cart|basket|order|payment|region|level|access|is|can|has|userid|accountid|customerid|orgid|tenantid|teamid|memberid|ownerid|groupid|roleid|isadmin|loggedin)$/
/** The request's whole mapping, whatever keys the client put in it. */
const WHOLE_REQUEST = /^(req|request|ctx\.request|ctx)\.(body|query|params|payload|form|json|args|values|POST|GET|data|query_params)$/

/** A key that names what later requests trust; an id on its own (`session["id"]`) is the signed-in user's, a `postId` is a post's. */
function trustedKey(key: string): boolean {
  const words = identifierWords(key)
  return words.some((w) => TRUSTED_WORD.test(w)) || (words.length === 1 && words[0] === 'id')
}

function trustedEntry(key: string, valueNode: SNode | undefined, m: MatchContext): boolean {
  if (trustedKey(key)) return true
  if (!valueNode) return false
  // `{ ...req.body }`, `{**request.form}` or `{ id: …, role: … }`: the entries it holds decide (a spread of the session's own entry does not).
  if (valueNode.type === 'object' || valueNode.type === 'dictionary') {
    return namedChildren(valueNode).some((entry) => {
      if (/spread_element|dictionary_splat/.test(entry.type)) return WHOLE_REQUEST.test(m.text(entry).replace(/^(\.\.\.|\*\*)|\s+/g, ''))
      const name = field(entry, 'key') ?? (entry.type === 'shorthand_property_identifier' ? entry : undefined)
      return name !== undefined && trustedKey(m.text(name).replace(/^['"]|['"]$/g, ''))
    })
  }
  return WHOLE_REQUEST.test(m.text(valueNode).replace(/\s+/g, ''))
}

function storeMatcher(lang: Lang) {
  return (ev: FlowEvent, m: MatchContext) => {
    if (ev.kind !== 'store' || m.isTest || preference(ev.key) || !isSession(ev, lang, m)) return undefined
    const keyNode = field(ev.node, lang === 'python' ? 'subscript' : 'index')
    // `session[name] = …` with a name the client chose: it picks which of the server's entries it writes.
    if (keyNode && !/^(string|number|integer)$/.test(keyNode.type) && fromClient(keyNode, 'value', walk(m, lang === 'python', ev.fn.handler))) {
      return report(lang, ev, m, `${ev.objectText}[${m.text(keyNode)}]`, m.text(ev.valueNode), ev.value, true)
    }
    // `session["after_login"] = request.args.get("next", "/")`: the address to return to, whatever the key says; the
    // redirect that reads it back is where it must be checked (the open-redirect rules report that).
    if (ev.valueNode && returnAddress(m.text(ev.valueNode))) return undefined
    if (!trustedEntry(ev.key, ev.valueNode, m) || !clientStored(lang, ev, ev.value, ev.valueNode, m)) return undefined
    const where = lang === 'python' ? `${ev.objectText}[${JSON.stringify(ev.key)}]` : ev.key === 'session' ? `${ev.objectText}.session` : `${ev.objectText}.${ev.key}`
    return report(lang, ev, m, where, m.text(ev.valueNode), ev.value)
  }
}

/** AdonisJS hands a controller its `session` in the `HttpContext` (`async switch({ request, session }: HttpContext)`, `ctx.session`). */
const ADONIS = /\bfrom\s+['"]@adonisjs\/|\bHttpContext(Contract)?\b/
function adonisSession(receiver: string, node: SNode, m: MatchContext): boolean {
  return /^((ctx|context)\.)?session$/.test(receiver) && fileMatches(node, m, ADONIS)
}

/**
 * `session.update(request.form)`, `request.session.setdefault("role", …)`; `request.session.set("accountId", …)` (Fastify
 * secure-session), `request.yar.set(…)` (Hapi); Tornado's `self.set_secure_cookie("user", …)`, a cookie the server signs and trusts.
 */
function callMatcher(lang: Lang) {
  return (ev: FlowEvent, m: MatchContext) => {
    if (ev.kind !== 'call' || m.isTest || !ev.receiverText) return undefined
    const w = walk(m, lang === 'python', ev.fn.handler)
    const signedCookie = lang === 'python' && ev.receiverText === 'self' && /^set_(secure|signed)_cookie$/.test(ev.name)
    const receiverNode = field(field(ev.node, 'function'), 'object')
    const session =
      signedCookie ||
      (lang === 'python'
        ? PY_SESSION_QNAME.test(ev.receiver?.qname ?? '') || PY_SESSION_TEXT.test(ev.receiverText) || (ev.receiverText === 'session' && fileMatches(ev.node, m, PY_MASONITE))
        : JS_SESSION_TEXT.test(ev.receiverText.replace(/!(?=\.|\[|$)/g, '')) || /^(request|req)\.yar$/.test(ev.receiverText) || (receiverNode !== undefined && sessionName(receiverNode, w)) || adonisSession(ev.receiverText, ev.node, m))
    if (!session) return undefined
    // AdonisJS keeps an entry with `session.put(key, value)`.
    const put = ev.name === 'put' && lang === 'js' && adonisSession(ev.receiverText, ev.node, m)
    const at = ev.name === 'update' && ev.args.length === 1 ? 0 : (ev.name === 'setdefault' || ev.name === 'set' || put || signedCookie) && ev.args.length >= 2 ? 1 : -1
    if (at < 0) return undefined
    const keyNode = ev.argNodes[0]
    const key = at === 1 && keyNode ? m.text(keyNode).replace(/^['"`]|['"`]$/g, '') : undefined
    if (key !== undefined && preference(key)) return undefined
    const value = ev.args[at]
    const node = ev.argNodes[at]
    if (key !== undefined && !trustedEntry(key, node, m)) return undefined
    if (!value || !node || !clientStored(lang, ev, value, node, m)) return undefined
    return report(lang, ev, m, `${ev.receiverText}.${ev.name}()`, m.text(node), value)
  }
}

export const pythonSessionTrust = scoped({ kinds: ['store'], needles: ['session'] }, storeMatcher('python'))
export const pythonSessionUpdate = scoped({ kinds: ['call'], needles: ['session', 'cookie'] }, callMatcher('python'))
export const javascriptSessionTrust = scoped({ kinds: ['store'], needles: ['session'] }, storeMatcher('js'))
export const javascriptSessionSet = scoped({ kinds: ['call'], needles: ['session', 'yar'] }, callMatcher('js'))
