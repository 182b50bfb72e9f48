/**
 * Secrets compared with `==` (CWE-208). String and buffer equality stop at the first byte that
 * differs, so the time a check takes tells a client how much of its guess was right: an API key, a
 * webhook signature or a reset token sent over and over is recovered byte by byte. A presented
 * value is checked against a secret with a constant-time compare (`hmac.compare_digest`,
 * `secrets.compare_digest`, `crypto.timingSafeEqual`).
 *
 * Reported: an equality test (`===`, `!==`, `==`, `!=`, Buffer `.equals`) between
 * - a keyed MAC the code computes (`createHmac`, `hmac.new`, kept in a name or formatted into a
 *   prefix such as `sha256=…`) and any value that is not a constant, or
 * - a secret read from configuration, the environment or storage, named for what it is (`API_TOKEN`,
 *   `config.admin.token`, `user.resetToken`, `account.secret_hash`, `change.code`), and request data.
 * Not reported: tests against constants, `null`, types and lengths; ids, roles and other names that
 * hold no secret; two values that both came from the request (a password and its confirmation);
 * library checks (`bcrypt.compare`, `check_password`), which are calls.
 */
import { identifierWords } from '../../source/text'
import type { SNode } from '../../syntax/tree'
import type { CallEvent, CompareEvent } from '../events'
import { field, namedChildren, parameterName, rootOf } from '../text'
import { isTainted, type Value } from '../value'
import { finding, type MatchContext, scoped } from './common'
import { assignments, outerScopeText } from './written'

export type TimingLanguage = 'python' | 'js'

/** Calls that make a keyed MAC: its value is a secret until the client proves it knows it. */
const MAC_CALL = /\bcreateHmac\s*\(|\bhmac\.(new|digest|HMAC)\s*\(|\bHMAC\s*\(|\bsubtle\.sign\s*\(|\bhash_hmac\s*\(/

/**
 * A digest of a secret the deployment holds and the message, the old hand-made MAC (`md5(`${email}:${SALT}`)`,
 * `sha256(SECRET + body)`): its value is as secret as an HMAC's.
 */
const KEYED_DIGEST = /\bcreateHash\s*\([^;\n]*\.update\s*\([^;\n]*(?:process\.env|import\.meta\.env|\benv)\.\w*(?:SECRET|SALT|PEPPER|KEY)\w*|\bhashlib\.\w+\s*\([^;\n]*(?:os\.environ|settings)\W+\w*(?:SECRET|SALT|PEPPER|KEY)\w*/i

/** Unkeyed digests (`createHash`, `hashlib.sha256`, a `hash_token()` helper). */
const HASH_CALL = /\bcreateHash\s*\(|\bhashlib\.\w+\s*\(|\b(md5|sha1|sha224|sha256|sha384|sha512|sha3_\w+|blake2\w*)\s*\(|\bhash\w*\s*\(|\.(hex)?digest\s*\(/i

const SECRET_WORD = /^(secret|secrets|token|password|passwd|pwd|passphrase|signature|sig|hmac|apikey|otp|totp|hotp|credential|credentials)$/
/** `key` is a secret only as an API, signing, admin … key, not a cache or lookup key. */
const KEY_QUALIFIER = /^(api|secret|access|private|signing|sign|internal|admin|auth|master|shared|license|licence|client|webhook|partner|service|hmac|encryption|session|bypass|cron|deploy)$/
/** `code` is a secret as a verification or reset code, not a country, status or error code. */
const CODE_QUALIFIER = /^(verify|verification|reset|otp|confirm|confirmation|auth|authorization|invite|invitation|magic|login|mfa|sms|security|recovery|backup|activation|unlock|pairing|access)$/
/**
 * Owners whose `code` names the thing, not a secret about it: a product's, a country's, a currency's, a coupon's code is
 * printed on it, typed in to look it up, and guessing it byte by byte reveals nothing the catalogue does not.
 */
const CATALOGUE_OWNER = /^(product|item|sku|article|catalog|catalogue|country|language|lang|locale|currency|region|province|city|airport|station|category|department|dept|course|store|shop|warehouse|branch|plan|tier|coupon|promo|promotion|discount|campaign|tax|unit|colour|color|size|variant|status|error|err|exit)s?$/
/** A lookup over a collection (`PROMOS.find((p) => …)`): the callback's parameter is one of its elements. */
const ELEMENT_LOOKUP = /^(find|findLast|findIndex|filter|some|every)$/

/** Whether `owner` (of `owner.code`, read at `node`) names a catalogue entry, or is one element of a collection named so. */
function catalogueOwner(owner: string, node: SNode, m: MatchContext): boolean {
  const named = (text: string) => CATALOGUE_OWNER.test(identifierWords(text).at(-1) ?? '')
  if (named(owner)) return true
  let fn: SNode | undefined = node.parent
  while (fn && fn.type !== 'arrow_function' && fn.type !== 'function_expression') fn = fn.parent
  const params = fn && (field(fn, 'parameters') ?? field(fn, 'parameter'))
  if (!fn || !params || m.text(params).replace(/[()\s]/g, '') !== owner || fn.parent?.type !== 'arguments') return false
  const callee = fn.parent.parent && field(fn.parent.parent, 'function')
  const prop = callee?.type === 'member_expression' ? field(callee, 'property') : undefined
  const collection = callee && field(callee, 'object')
  return !!prop && !!collection && ELEMENT_LOOKUP.test(m.text(prop)) && named(m.text(collection))
}

/** A name ending in one of these holds something about a secret, not the secret (`token_type`, `apiKeyId`, `passwordLength`). */
const NOT_SECRET_TAIL = /^(type|types|count|length|len|id|ids|name|names|expires|expiry|expiration|exp|ttl|url|uri|endpoint|header|prefix|version|kind|format|scope|scopes|at|created|updated|enabled|required|set|present|field|param|algorithm|alg|policy|strength|hint|label|hash|hashed|salt|ref|status|state|changed)$/

/** A name a secret is kept under (`INTERNAL_API_KEY`, `resetToken`, `secret_hash`, `code`). */
export function secretName(name: string): boolean {
  const w = identifierWords(name)
  const last = w[w.length - 1]
  if (last === undefined) return false
  if (NOT_SECRET_TAIL.test(last) && !(last === 'hash' && w.some((x) => SECRET_WORD.test(x)))) return false
  if (w.some((x) => SECRET_WORD.test(x))) return true
  for (let i = 0; i < w.length; i++) {
    if (w[i] === 'key' && i > 0 && KEY_QUALIFIER.test(w[i - 1]!)) return true
  }
  return last === 'code' && (w.length === 1 || CODE_QUALIFIER.test(w[w.length - 2]!))
}

const UNWRAP = new Set(['parenthesized_expression', 'await_expression', 'non_null_expression', 'as_expression', 'satisfies_expression', 'await'])
const LITERAL = /^(string|template_string|number|integer|float|true|false|null|undefined|none|None|concatenated_string)$/

function stringText(node: SNode, m: MatchContext): string | undefined {
  const t = m.text(node)
  return /^[rbuRBU]?(['"`])([^'"`]*)\1$/.exec(t)?.[2]
}

/** The names a compared value is read under: `c.env.ADMIN_TOKEN` → ADMIN_TOKEN, `config["X"]` → X, `f"sha256={digest}"` → digest. */
function namesOf(node: SNode, m: MatchContext, depth = 0): string[] {
  if (depth > 4) return []
  if (UNWRAP.has(node.type)) {
    const inner = namedChildren(node).find((c) => !/type/.test(c.type))
    return inner ? namesOf(inner, m, depth + 1) : []
  }
  switch (node.type) {
    case 'identifier':
      return [m.text(node)]
    case 'member_expression':
    case 'attribute': {
      const prop = field(node, 'property') ?? field(node, 'attribute')
      if (!prop) return []
      // `api_key.key`, `webhook.secret`: the owner names what a generic field holds.
      const owner = field(node, 'object')
      const ownerName = owner ? namesOf(owner, m, depth + 1)[0] : undefined
      if (ownerName === undefined) return [m.text(prop)]
      // `country.code`, `product.code`, `c.code`: a bare `code` field is the owner's kind of code, a secret only when the
      // owner says so (`verification.code`, `otp.code`), while a local named `code` is read as a verification code.
      return m.text(prop) === 'code' ? [`${ownerName}.code`] : [m.text(prop), `${ownerName}.${m.text(prop)}`]
    }
    case 'subscript_expression':
    case 'subscript': {
      const key = field(node, 'index') ?? field(node, 'subscript')
      const s = key ? stringText(key, m) : undefined
      return s !== undefined ? [s] : []
    }
    case 'call_expression':
    case 'call': {
      const callee = field(node, 'function')
      const args = namedChildren(field(node, 'arguments') ?? node).filter((a) => a.type !== 'comment')
      const calleeText = callee ? m.text(callee) : ''
      // `settings.get("X")`, `os.getenv("X")`, `getattr(settings, "X")`, `config.get('x')`: the key names it.
      const key = args.find((a) => stringText(a, m) !== undefined)
      if (key && /(^|\.)(get|getenv|getattr|environ\.get|get_secret|getSecret|require)$/.test(calleeText)) return [stringText(key, m)!]
      // `Buffer.from(sig)`, `String(token)`, `str(token)`, `token.encode()`, `sig.trim()`: the value itself.
      if (/^(Buffer\.from|String|str|bytes|bytearray)$/.test(calleeText) && args[0]) return namesOf(args[0], m, depth + 1)
      const obj = callee && (field(callee, 'object') ?? (callee.type === 'attribute' ? field(callee, 'object') : undefined))
      if (obj && /\.(encode|decode|trim|strip|lower|toLowerCase|toString|hex|upper)$/.test(calleeText)) return namesOf(obj, m, depth + 1)
      return []
    }
    case 'template_string':
    case 'string':
    case 'binary_expression':
    case 'binary_operator':
    case 'interpolation':
    case 'template_substitution': {
      const out: string[] = []
      for (const c of namedChildren(node)) if (!LITERAL.test(c.type) || c.type === 'template_string' || c.type === 'string') out.push(...namesOf(c, m, depth + 1))
      return out
    }
    default:
      return []
  }
}

/** A keyed MAC the code computes: the call is written in the value, or in every assignment of the names it is made of. */
function macMade(node: SNode, m: MatchContext, scope: string): boolean {
  return madeBy(node, m, scope, MAC_CALL) || madeBy(node, m, scope, KEYED_DIGEST)
}

function madeBy(node: SNode, m: MatchContext, scope: string, call: RegExp): boolean {
  const text = m.text(node)
  if (call.test(text)) return true
  // `sig !== (await hmacHex(secret, body))`: the helper called in the comparison itself.
  const inline = text.replace(/^\(\s*/, '').replace(/\s*\)$/, ')')
  if (HELPER_CALL.test(inline.trim()) && (helperReturns(inline, node, m, call) || formattedHelper(inline, node, m, call))) return true
  return localNames(node, m).some((n) => {
    const rhs = assignments(n, scope)
    return rhs.length > 0 && rhs.every((r) => call.test(r) || chain(r, scope, call) || helperReturns(r, node, m, call) || formattedHelper(r, node, m, call))
  })
}

const HELPER_CALL = /^(?:await\s+)?(?:this\.|self\.)?([A-Za-z_$][\w$]*)\s*\(/

/** `expected = signWebhook(payload)` where this file's `signWebhook` returns `createHmac(…)…digest()`: the helper makes the MAC. */
function helperReturns(rhs: string, node: SNode, m: MatchContext, call: RegExp): boolean {
  const name = HELPER_CALL.exec(rhs.trim())?.[1]
  if (!name) return false
  const file = m.text(rootOf(node))
  const def = new RegExp(`(?:\\bfunction\\s*\\*?\\s*${name}\\s*\\(|\\b${name}\\s*=\\s*(?:async\\s*)?(?:function\\b|\\([^)]*\\)\\s*=>|[\\w$]+\\s*=>)|\\bdef\\s+${name}\\s*\\()`).exec(file)
  // Defined out of view (another file, or outside the hunk): a helper named for an HMAC (`hmacHex`, `computeHmac`) makes one.
  if (!def) return call === MAC_CALL && identifierWords(name).includes('hmac')
  // The helper's body: up to the next definition at the file's top level.
  const rest = file.slice(def.index + def[0].length)
  const end = rest.search(/\n(?=[^\s})\]])/)
  const body = end < 0 ? rest : rest.slice(0, end)
  // Each return is the call, or made from a name the call made (`const mac = await crypto.subtle.sign(…)`, then
  // `return [...new Uint8Array(mac)].map(…).join('')`).
  return /\breturn\b/.test(body)
    ? body.split(/\breturn\b/).slice(1).every((r) => {
        const returned = r.split(/\n\s*\n|;|\n(?=\s*(?:return|if|const|let|var)\b)/)[0]!
        return call.test(returned) || chain(returned, body, call)
      })
    : call.test(body)
}

/** `` `sha256=${await hmacHex(secret, body)}` ``: a prefix formatted around a call of this file's helper that makes the value. */
function formattedHelper(rhs: string, node: SNode, m: MatchContext, call: RegExp): boolean {
  const t = rhs.trim()
  if (!/^[`'"]/.test(t)) return false
  const inner = /\$\{\s*((?:await\s+)?[A-Za-z_$][\w$]*\s*\([^`]*\))\s*\}/.exec(t) ?? /^['"][^'"]*['"]\s*\+\s*((?:await\s+)?[A-Za-z_$][\w$]*\s*\(.*\))\s*$/.exec(t)
  return !!inner && helperReturns(inner[1]!, node, m, call)
}

/**
 * A SQLAlchemy column (`Warehouse.code == flt.warehouse`: a model class's lowercase attribute, not a
 * settings class's `Config.API_TOKEN`) builds a query, not a test; so does a comparison passed as an
 * argument (`.where(…)`, `.filter(…)`).
 */
function ormColumn(node: SNode, m: MatchContext): boolean {
  const cmp = node.parent
  if (cmp?.type === 'comparison_operator' && cmp.parent?.type === 'argument_list') return true
  if (node.type !== 'attribute') return false
  const obj = field(node, 'object')
  const attr = field(node, 'attribute')
  return obj?.type === 'identifier' && /^[A-Z]\w*[a-z]/.test(m.text(obj)) && !!attr && /[a-z]/.test(m.text(attr))
}

/** The bare names a value is made of (`digest` in `'sha256=' + digest` or `f"sha256={digest}"`), not properties of objects. */
function localNames(node: SNode, m: MatchContext): string[] {
  if (node.type === 'identifier') return [m.text(node)]
  if (UNWRAP.has(node.type) || /^(template_string|string|binary_expression|binary_operator|interpolation|template_substitution)$/.test(node.type)) return namedChildren(node).flatMap((c) => localNames(c, m))
  return []
}

/** `digest = mac.hexdigest()` where `mac = hmac.new(…)`, or `'sha256=' + digest`: one step through a name made by the call. */
function chain(rhs: string, scope: string, call: RegExp): boolean {
  for (const name of rhs.match(/[A-Za-z_$][\w$]*/g) ?? []) {
    const made = assignments(name, scope)
    if (made.length > 0 && made.every((r) => call.test(r))) return true
  }
  return false
}

function isLiteral(node: SNode): boolean {
  let n = node
  while (UNWRAP.has(n.type) && namedChildren(n)[0]) n = namedChildren(n)[0]!
  return LITERAL.test(n.type) && !(n.type === 'string' && namedChildren(n).some((c) => c.type === 'interpolation')) && !(n.type === 'template_string' && namedChildren(n).some((c) => c.type === 'template_substitution'))
}

/** Request data on the client's side of the test: read from a server request, not a constant, a number or a length. */
function presented(v: Value): boolean {
  return isTainted(v) && !v.taint!.dom && !v.constant && !v.inert
}

interface Side {
  node: SNode
  value: Value
}

/** What makes `secret` a secret against `other`, or undefined when the pair is not a secret check. */
function secretCheck(secret: Side, other: Side, m: MatchContext, scope: () => string): string | undefined {
  if (isLiteral(secret.node) || isLiteral(other.node) || other.value.constant || other.value.inert) return undefined
  if (ormColumn(secret.node, m) || ormColumn(other.node, m)) return undefined
  if (macMade(secret.node, m, scope())) return 'a signature the code computes'
  // `sha256(presented) === user.tokenHash`: the time reveals bytes of a digest the client cannot steer, not of the secret.
  const names = namesOf(secret.node, m)
  // `def is_internal_caller(api_key): return api_key == settings.INTERNAL_API_KEY`: a Python function that takes a
  // credential and checks it against the deployment's is the check its callers rely on, whatever they pass.
  if (presentedParameter(other, secret, names, m)) return `the secret \`${names.find(secretName)}\``
  if (!presented(other.value) || isTainted(secret.value) || madeBy(other.node, m, scope(), HASH_CALL)) return undefined
  // `change.code == request.POST.get("code")`: a record's code checked against a code the client types in is a
  // verification code, where `c.code === req.query.country` is a country's.
  // `product.code !== req.query.code` and `PROMOS.find((p) => p.code === req.body.code)` are a product's and a promotion's.
  const name = names.find(secretName) ?? (namesOf(other.node, m).some((n) => identifierWords(n).at(-1) === 'code') ? names.find((n) => /\.code$/.test(n) && !catalogueOwner(n.slice(0, -5), secret.node, m)) : undefined) ?? configuredNames(secret.node, m, scope).find(credentialKey)
  return name === undefined ? undefined : `the secret \`${name}\``
}

/** A setting read where the deployment keeps it: `settings.X`, `app.config["X"]`, `os.environ["X"]`, `os.getenv("X")`, `config.X`. */
const SETTING_READ = /^(?:django\.conf\.)?(?:settings|config|conf|app\.config|current_app\.config|cfg)\b|^os\.(?:environ|getenv)\b/

/**
 * Python only: `other` is a parameter of the function the comparison sits in, named for a credential (`api_key`,
 * `token`, `signature`), and `secret` is a setting named for one. Comparisons against a record's or another object's
 * field stay with the request-data rule.
 */
function presentedParameter(other: Side, secret: Side, names: readonly string[], m: MatchContext): boolean {
  if (other.node.type !== 'identifier' || other.value.constant || other.value.inert || !secretName(m.text(other.node))) return false
  if (!SETTING_READ.test(m.text(secret.node)) || !names.some(secretName)) return false
  let def = other.node.parent
  while (def && def.type !== 'function_definition') def = def.parent
  if (!def) return false
  const params = namedChildren(field(def, 'parameters') ?? def).map((p) => parameterName(p)).filter((p): p is SNode => !!p)
  return params.some((p) => m.text(p) === m.text(other.node))
}

/** A setting read from the environment or a config service: `process.env.X`, `c.env.X`, `config.getOrThrow<string>('X')`, `os.environ["X"]`. */
const CONFIG_READ = [
  /(?:\bprocess\.env|\bimport\.meta\.env|\benv)\.([A-Za-z_]\w*)/g,
  /\b(?:get|getOrThrow|getenv|get_secret|getSecret)\s*(?:<[^>()]*>)?\(\s*['"]([A-Za-z_][\w.]*)['"]/g,
  /\bos\.environ\s*\[\s*['"](\w+)['"]\s*\]/g,
]

/**
 * The settings a compared value is read from, written in place or in every assignment of the local that holds it
 * (`const expected = this.config.getOrThrow('ORDERS_SYNC_KEY')`).
 */
function configuredNames(node: SNode, m: MatchContext, scope: () => string): string[] {
  const texts = node.type === 'identifier' ? assignments(m.text(node), scope()) : [m.text(node)]
  return texts.flatMap((t) => CONFIG_READ.flatMap((re) => [...t.matchAll(re)].map((x) => x[1]!)))
}

/** `key` is not a credential as the public half of a pair, a site key shown to browsers, or a key that names a place in a store. */
const NOT_CREDENTIAL_KEY = /^(public|publishable|pub|site|partition|sort|cache|storage|primary|foreign|idempotency|translation|i18n|map|maps|row|lookup|prefix|kms)$/

/**
 * A setting the deployment holds under a name ending in `key` (`ORDERS_SYNC_KEY`, `metrics.ingestKey`) is a credential:
 * what configuration keeps as a key is an API or shared key, not a lookup key, unless its name says which other kind.
 */
function credentialKey(name: string): boolean {
  const w = identifierWords(name)
  return w.length > 1 && w.at(-1) === 'key' && !NOT_CREDENTIAL_KEY.test(w.at(-2)!)
}

const FIX: Record<TimingLanguage, string> = {
  python: 'Compare with `hmac.compare_digest(a, b)` (or `secrets.compare_digest`), which takes the same time wherever the values differ.',
  js: 'Compare with `crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))` after checking both have the same length (or compare fixed-length digests of both), which takes the same time wherever the values differ.',
}

function report(lang: TimingLanguage, ev: CompareEvent | CallEvent, m: MatchContext, a: Side, b: Side, how: string) {
  const what = secretCheck(a, b, m, () => outerScopeText(ev, m)) ?? secretCheck(b, a, m, () => outerScopeText(ev, m))
  if (!what) return undefined
  return finding(
    `${lang}/timing-unsafe-comparison`,
    ev,
    m,
    `\`${m.text(a.node).slice(0, 50)}\` and \`${m.text(b.node).slice(0, 50)}\` are compared with ${how}, which stops at the first byte that differs: checking ${what} this way lets a client recover it byte by byte from how long each guess takes`,
    FIX[lang],
    [a.value, b.value],
    'major',
  )
}

function matcher(lang: TimingLanguage) {
  return scoped({ kinds: ['compare', 'call'] }, (ev, m) => {
    if (m.isTest) return undefined
    if (ev.kind === 'compare') return report(lang, ev, m, { node: ev.leftNode, value: ev.left }, { node: ev.rightNode, value: ev.right }, `\`${ev.op}\``)
    // `expected.equals(given)`: Buffer equality is no more constant-time than `===`.
    if (lang === 'js' && ev.kind === 'call' && ev.name === 'equals' && ev.receiver && ev.args.length === 1 && ev.argNodes[0]) {
      const callee = field(ev.node, 'function')
      const obj = callee ? field(callee, 'object') : undefined
      if (obj) return report(lang, ev, m, { node: obj, value: ev.receiver }, { node: ev.argNodes[0], value: ev.args[0]! }, '`.equals()`')
    }
    return undefined
  })
}

export const pythonTimingUnsafeComparison = matcher('python')
export const javascriptTimingUnsafeComparison = matcher('js')
