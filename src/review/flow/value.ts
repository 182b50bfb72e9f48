/**
 * The abstract values the def-use pass tracks for each expression: what is proven constant,
 * what came from a request, what was assembled by string formatting, what names a module or
 * function, and which sanitizers it went through. Joins are conservative: a value is constant
 * only if every branch made it constant, tainted if any branch tainted it.
 */

import type { WeakUrlCheck } from './url-checks'

/** Where a request-controlled value was read, for messages ("`name` (from `request.args.get("f")`, line 3)"). */
export interface Taint {
  source: string
  line: number
  /** Read in the browser (`location.hash`), not from a server request. */
  dom?: boolean
  /** Can hold an object whatever its source's name says (a NestJS `@Body()` typed by an interface, not a validated class). */
  object?: boolean
  /** A link a record's owner saved for the server to call (`hook.webhook_url`): theirs to point anywhere, yet the site's own to link to. */
  storedUrl?: boolean
  /** A check the value passed that looks like it confines a URL to a host and does not (`"example.com" in url`). */
  check?: WeakUrlCheck
  /**
   * An event a platform delivered (a GitHub webhook payload, a Slack command, a Discord message): its people wrote the text
   * in it, but the ids, numbers and hashes the platform assigned (`pull_request.number`, `user_id`, `guildId`) are not theirs.
   */
  event?: boolean
  /**
   * Converted to a string (`String(x)`, `str(x)`): whatever the source could hold, this is text now, so it cannot carry an
   * object such as `{"$ne": null}` into a query filter, however far it travels from the conversion.
   */
  text?: boolean
  /** Lines (1-based) of calls the change added that handed the value to a helper of the file: where a finding at a sink the change left alone belongs. */
  handedAt?: number[]
  /** Read in another file of the changeset and handed to this one's function there (`app/views.py line 24`); `line` is then the function's. */
  via?: string
  /**
   * The call in another file of the changeset that handed it here, when the change added that call: where a finding at
   * a sink of this file the change left alone belongs (as `handedAt` is for a helper of the same file).
   */
  handedFrom?: { path: string; line: number }
}

/** A string built by formatting with non-constant parts. */
export interface Built {
  how: 'an f-string' | 'string concatenation' | '`%` formatting' | '`.format()`' | 'a template literal' | '`.join()`'
  line: number
  /** Names (or short snippets) of the non-constant parts. */
  parts: string[]
  /** Constant text before the first non-constant part (to tell a fixed URL host from a free one). */
  prefix: string
  /** `SAFE` kinds every non-constant part was sanitised for (`f"ls {shlex.quote(x)}"`). */
  safe?: number
  /** Built piecewise (`sql += ...`, `clauses.push(...)`): the injection is where the piece is added. */
  appended?: boolean
  /**
   * Whether a non-constant part sits where SQL takes a value (after `=`, `LIKE`, `IN (`, a quote…)
   * rather than an identifier or keyword (`FROM ${table}`, `SAVEPOINT ${name}`), which no driver
   * can bind. Unknown (undefined) counts as a value.
   */
  valueSlot?: boolean
  /** Constant text after the last non-constant part, when known. */
  tail?: string
  /**
   * Constant text written before the first part that carries request data (all of it when none does): a `?` or `#` in it
   * puts that data in the query or the fragment of a URL whose host the parts before it decide.
   */
  beforeTaint?: string
}

/**
 * The constant text before a part ends where SQL expects a value (or an expression holding
 * values). Identifier and keyword positions (`FROM`, `INTO`, `SAVEPOINT`, `ORDER BY`, `RETURNING`,
 * the start of the text) do not match.
 */
export function sqlValueSlot(before: string): boolean {
  return /(?:[=<>%(,'"]|\b(?:like|ilike|in|values|limit|offset|between|and|or|not|is|then|else|when|case|set|where|having|on)\b)\s*$/i.test(before)
}

/** A non-constant part lands on a SQL value: the text before it says so, or it is itself SQL built with values (unknown counts). */
export function partInValueSlot(part: Value, before: string): boolean {
  return (part.built !== undefined && part.built.valueSlot !== false) || sqlValueSlot(before)
}

/** Sink classes a sanitizer makes a value safe for. */
export const SAFE = {
  sql: 1,
  shell: 2,
  path: 4,
  html: 8,
  url: 16,
  code: 32,
  all: 63,
  /**
   * Authenticated by a MAC check (`hmac.compare_digest(hmac.new(KEY, data, sha256).digest(), sig)`): whoever holds the
   * key made it, so it may be deserialized. Not part of `all`: a signed webhook's text is still a third party's words.
   */
  signed: 64,
  /**
   * No line break left to start a forged log record: `.replace("\n", " ")`, `repr()`/`%r`/`!r`, `json.dumps`,
   * `JSON.stringify`, URL encoding. Not part of `all`: the other sinks do not care about line breaks.
   */
  log: 128,
  /**
   * Equal to the key of a record a lookup found (`findOneOrFail(id)`, or `findOne({ where: { email } })` whose miss
   * returns or throws): a key the system already holds, so no line break the client chose and not the client's word
   * about who it is. Not part of `all`: the record it names may still be anybody's, and its key may hold any text.
   */
  found: 256,
  /**
   * Spells arithmetic only: a full-match check against a pattern of digits, operators and spaces
   * (`/^[\d\s+\-*\/().]+$/`) leaves no name to call or read, even spliced into code. Not part of `all`, and only a
   * pattern read whole grants it, so a check of unknown strength never clears code that runs.
   */
  arithmetic: 512,
  /**
   * Escaped for an LDAP search filter (`ldapEscape.filter\`(uid=${user})\``, `escape_filter_chars(user)`): no `*`, `(`, `)`
   * or `\\` left to rewrite a filter. Not part of `all`: the text is still the client's anywhere else.
   */
  ldap: 1024,
} as const
export type SafeKind = keyof typeof SAFE

/** Facts about a value that rules ask for. */
export const TAG = {
  /** The framework's request object (`request`, `req`, `ctx`): its attributes are sources. */
  request: 1,
  /** A digest made with MD5 or SHA-1. */
  weakHash: 2,
  /** Output of a non-cryptographic PRNG (`random.random()`, `Math.random()`). */
  insecureRandom: 4,
  /** A file object opened for reading only. */
  readOnlyFile: 8,
  /** A DOM/jQuery/Express object whose writes render HTML. */
  response: 16,
  /** A `message` event: its `.data` comes from another origin. */
  messageEvent: 32,
  /** A query builder whose `where`/`orderBy` take SQL text (TypeORM `createQueryBuilder()`), through its chain. */
  sqlBuilder: 64,
  /** A path in the shared temp directory (`os.tmpdir()`, `tempfile.gettempdir()`, `/tmp/…`). */
  sharedTemp: 128,
  /** Made from a CSPRNG (`crypto.randomUUID()`, `secrets.token_hex()`, `uuid4()`): a name nobody can guess. */
  unpredictable: 256,
  /** A client-side router's current route (`useRoute()`, `this.$route`): its `query`/`params`/`hash` are the URL's. */
  browserRoute: 512,
} as const

export interface Value {
  /** Proven constant (a literal, or built only from constants). */
  constant?: boolean
  /** Not constant, but unable to carry attacker text: a number, a length, a sanitised value. */
  inert?: boolean
  /** The string when it is a known constant. */
  str?: string
  /** Qualified name when the value is a module, class or function reference (`yaml.load`). */
  qname?: string
  taint?: Taint
  built?: Built
  /**
   * Constant text a concatenation wrote after parts that are neither constant nor the request's (`config.get('relative_path') + '/user/'`),
   * which makes no built string of its own: the text before any request data joined to it later (Built.beforeTaint).
   */
  lead?: string
  tags?: number
  /** Bitmask of `SAFE` kinds. */
  safe?: number
  /** Some step of this value's flow happened on a line the change added. */
  added?: boolean
  /** For weak hashes and PRNG output: the line that produced it. */
  madeAt?: number
  /** What produced a weak hash or PRNG value (`hashlib.md5`, `Math.random`), or the template engine that rendered markup (`ejs.render`). */
  madeBy?: string
  /** HTML a template engine or Markdown renderer produced from this value (`ejs.render(x)`, `marked.parse(x)`). */
  markup?: boolean
  /** Array literal elements, in order (for `.join()` and `messages[0]`). */
  elements?: Value[]
  /** Object literal fields, for option bags (`{ shell: true }`). */
  fields?: Map<string, Value>
  /** What an object literal's spreads (`{ owner, ...req.body.where }`) hold, joined: keys nobody wrote in the code. */
  spread?: Value
  /**
   * Every entry's key or position is known from the code: a keyed store (a JS `Map`, a Python
   * `ConfigParser`) whose `fields` hold all its entries, or a JS array whose `elements` are exactly
   * its items in order (no spread, no reordering since), so a read by key or index returns one.
   */
  keyed?: boolean
}

export const UNKNOWN: Value = Object.freeze({}) as Value

export function constant(str?: string): Value {
  return str === undefined ? { constant: true } : { constant: true, str }
}

export function isTainted(v: Value | undefined, kind?: SafeKind): boolean {
  if (!v?.taint) return false
  return kind === undefined || !(((v.safe ?? 0) & SAFE[kind]) !== 0)
}

export function hasTag(v: Value | undefined, tag: number): boolean {
  return ((v?.tags ?? 0) & tag) !== 0
}

/**
 * One of two values (`a or b`, `a || b`, `a ?? b`, `c ? a : b`). The formatted text of one side says nothing of the
 * other: `request.form.get("back") or f"/page/{slug}"` may be the client's whole URL, not a path under `/page/`, so a
 * side carrying request data that was not formatted takes the other side's formatting away.
 */
export function either(a: Value | undefined, b: Value | undefined): Value {
  const out = join(a, b)
  if (!out.built || !a || !b) return out
  if ((a.taint && !a.built) || (b.taint && !b.built)) {
    const { built: _built, ...rest } = out
    return rest
  }
  return out
}

/**
 * A class named with its TLS variant's name made plain (`http.client.HTTPSConnection` and `HTTPConnection`, `smtplib.SMTP_SSL`
 * and `SMTP`): code that picks one by the URL's scheme (`cls = HTTPSConnection if https else HTTPConnection`) calls the same API.
 */
function plainOrTls(qname: string): string {
  return qname.replace(/HTTPS(?=Connection)/, 'HTTP').replace(/_(SSL|TLS)$/, '')
}

/** Joins values that meet at a branch merge or in one expression (both may flow on). */
export function join(a: Value | undefined, b: Value | undefined): Value {
  if (!a || a === b) return b ?? UNKNOWN
  if (!b) return a
  const out: Value = {}
  if (a.constant && b.constant) out.constant = true
  else if ((a.constant || a.inert) && (b.constant || b.inert)) out.inert = true
  if (a.str !== undefined && a.str === b.str) out.str = a.str
  if (a.qname !== undefined && (a.qname === b.qname || (b.qname !== undefined && plainOrTls(a.qname) === plainOrTls(b.qname)))) out.qname = a.qname
  // The unconverted side speaks for the pair: a string conversion on one branch does not convert the other.
  const taint = a.taint?.text && b.taint && !b.taint.text ? b.taint : (a.taint ?? b.taint)
  if (taint) out.taint = taint
  const built = a.built ?? b.built
  if (built) out.built = built
  const tags = (a.tags ?? 0) | (b.tags ?? 0)
  if (tags) out.tags = tags
  // Safe only where every tainted input was made safe.
  const safe = a.taint && b.taint ? (a.safe ?? 0) & (b.safe ?? 0) : a.taint ? (a.safe ?? 0) : b.taint ? (b.safe ?? 0) : isInert(a) ? (b.safe ?? 0) : isInert(b) ? (a.safe ?? 0) : (a.safe ?? 0) & (b.safe ?? 0)
  if (safe) out.safe = safe
  if (a.added || b.added) out.added = true
  const madeAt = a.madeAt ?? b.madeAt
  if (madeAt !== undefined) out.madeAt = madeAt
  const madeBy = a.madeBy ?? b.madeBy
  if (madeBy !== undefined) out.madeBy = madeBy
  // An object grown field by field in one branch (`if (q.status) filter.status = q.status`) keeps every field either branch gave it.
  if (a.fields && b.fields) {
    const fields = new Map(a.fields)
    for (const [key, value] of b.fields) fields.set(key, fields.has(key) ? join(fields.get(key), value) : value)
    out.fields = fields
    if (a.keyed && b.keyed) out.keyed = true
  }
  // An array grown by `push` in one branch (`if (extra) messages.push({ role: 'developer', content: extra })`) keeps every
  // element either branch gave it: the other branch's elements are the first of its own.
  if (a.elements && b.elements) {
    const [short, long] = a.elements.length <= b.elements.length ? [a.elements, b.elements] : [b.elements, a.elements]
    if (short.every((e, i) => e === long[i])) out.elements = long
  }
  return out
}

/** Everything an expression built from `parts` inherits (taint, tags, flow on added lines); never constant. */
export function derive(parts: readonly (Value | undefined)[], keepTags = 0): Value {
  // Gathered in locals and written once: the pass derives a value for most expressions, and an
  // object grown and shrunk field by field (a `delete` most of all) is slow to read everywhere after.
  let taint: Taint | undefined
  let safe = 0
  let added = false
  let tags = 0
  let made = false
  let madeAt: number | undefined
  let madeBy: string | undefined
  let allConstant = parts.length > 0
  let allInert = parts.length > 0
  for (const p of parts) {
    if (!p) {
      allConstant = false
      allInert = false
      continue
    }
    if (!p.constant) allConstant = false
    if (!p.constant && !p.inert) allInert = false
    if (p.taint && (!taint || (safe & ~(p.safe ?? 0)) !== 0)) {
      safe = taint ? safe & (p.safe ?? 0) : (p.safe ?? 0)
      taint = p.taint
    }
    if (p.added) added = true
    const kept = (p.tags ?? 0) & keepTags
    if (kept) tags |= kept
    if (p.madeAt !== undefined && kept) {
      made = true
      madeAt = p.madeAt
      madeBy = p.madeBy
    }
  }
  const out: Value = {}
  if (taint) {
    out.taint = taint
    if (safe !== 0) out.safe = safe
  }
  if (added) out.added = true
  if (tags) out.tags = tags
  if (made) {
    out.madeAt = madeAt
    out.madeBy = madeBy
  }
  if (allConstant) out.constant = true
  else if (allInert) out.inert = true
  return out
}

/** The request data a value carries across a boundary (a helper's parameter or return, an instance attribute): its taint, what sanitised it, whether the change added it. */
export function carriedTaint(v: Value): Value {
  return { taint: v.taint, ...(v.safe ? { safe: v.safe } : {}), ...(v.added ? { added: true } : {}) }
}

/** What a string conversion of `v` gives (`String(x)`, `str(x)`): the same text, sanitisers and tags, but no longer an object. */
export function asText(v: Value): Value {
  if (!v.taint || v.built) return v
  const { fields: _fields, elements: _elements, spread: _spread, keyed: _keyed, qname: _qname, ...rest } = v
  return { ...rest, taint: { ...v.taint, text: true } }
}

export function withSafe(v: Value, kinds: number): Value {
  if (!v.taint && !v.built) return v
  return { ...v, safe: (v.safe ?? 0) | kinds }
}

export function clean(): Value {
  return {}
}

/** Cannot carry attacker-chosen text: a constant, a number, or something a sanitiser produced. */
export function isInert(v: Value | undefined): boolean {
  return !!v && (v.constant === true || v.inert === true)
}

/** The sanitiser kinds that hold for every part (a part that is neither safe nor constant spoils them all). */
export function partsSafe(parts: readonly Value[]): number {
  // The code's own text around the parts is its own: text built of arithmetic parts holds no name the client chose, and
  // a filter whose every value is LDAP-escaped has no `*`, `(` or `)` of the client's.
  let safe: number = SAFE.all | SAFE.arithmetic | SAFE.ldap
  for (const p of parts) if (!isInert(p)) safe &= (p.safe ?? 0) | (p.built?.safe ?? 0)
  return safe
}

/** A constant `http://` URL: bindings of it are reported (by name) so the cleartext-HTTP table can judge them. */
export function namesEndpoint(v: Value): boolean {
  return v.constant === true && typeof v.str === 'string' && /^http:\/\//i.test(v.str)
}
