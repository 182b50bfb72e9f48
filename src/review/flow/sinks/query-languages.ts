/**
 * Query languages other than SQL that applications build as text: XPath expressions (CWE-643) and
 * LDAP search filters (CWE-90). A value spliced into either can close its quote or parenthesis
 * and add conditions of its own (`' or '1'='1`, `*)(uid=*`), which turns a lookup of one user
 * or one record into a match on all of them, the classic way around a directory login.
 *
 * Neither language has a sanitiser the def-use pass knows of, so escaping is read here from the
 * text that made each part (`escape_filter_chars(x)`, or a name assigned only from such a call).
 * Request data anywhere in the query is reported; text formatted from the code's own values only
 * where it lands on a compared value (`[@id='…']`, `(uid=…)`), the place a caller's argument goes.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent } from '../events'
import { field } from '../text'
import { isInert, isTainted, SAFE, type Value } from '../value'
import { atPiece, callText, describeFlow, fileMatches, finding, type MatchContext, scoped } from './common'
import { assignments, escapedBy, fileText, scopeText, vouched } from './written'

type Language = 'python' | 'js'

/** Calls that escape a value for an LDAP filter (python-ldap, ldap3, ldap-escape, hand-written helpers). */
const LDAP_ESCAPE = /(^|[^\w$])([\w$]*\.)?(escape_filter_chars|filter_format|escape_filter|escapeFilter|escape_ldap\w*|ldap_escape\w*|ldapEscape\w*|escapeLdap\w*|sanitize_?ldap\w*|sanitizeLdap\w*)\s*[(`]|(^|[^\w$])ldapEscape\.filter\s*`|\bnew\s+(ldap\.)?(Equality|Substring|Presence|Approximate|GreaterThanOrEquals|LessThanOrEquals|Extensible|And|Or|Not)Filter\s*\(/
/** Calls that quote a value as an XPath string literal (no library ships one; projects write `xpath_literal` and the like). */
const XPATH_ESCAPE = /(^|[^\w$])([\w$]*\.)?(xpath_?(literal|quote|escape|string)\w*|(escape|quote)_?xpath\w*|xpathLiteral\w*|xpathEscape\w*|(escape|quote)XPath\w*)\s*\(/i

/** The code's own settings and constants: the operator's text, not a caller's. */
const CONFIG_PART = /^([A-Z][A-Z0-9_]*|(self\.|this\.)?(settings|config|conf|cfg|options|opts)\b.*|(current_)?app\.config\b.*|os\.environ\b.*|os\.getenv\(.*|process\.env\b.*|self\.[A-Z][A-Z0-9_]*|[\w$]+\.[A-Z][A-Z0-9_]*)$/

/** Constant text before a part that compares a value in an XPath predicate or function call (`[@id='`, `contains(title, "`). */
const XPATH_VALUE_SLOT = /\[[^\]]*(=|<|>|\(|,)\s*['"]?\s*$/
/** Calls that escape a value for a distinguished name. */
const LDAP_DN_ESCAPE = /(^|[^\w$])([\w$]*\.)?(escapeDN|escapeDn|escape_dn\w*|escape_rdn\w*|dnEscape\w*|escapeRdn\w*)\s*[(`]|(^|[^\w$])ldapEscape\.dn\s*`|\bnew\s+(ldap\.)?RDN\s*\(/

/** Constant text before a part that is an LDAP assertion value (`(uid=`, `(cn=*`, `(member=uid=`). */
const LDAP_VALUE_SLOT = /[=~<>]=?[^()]*$/
/**
 * An LDAP filter's opening (RFC 4515): `(&(`, `(|(`, `(!(`, `(attr=`, or a bare `(` before a formatted
 * attribute. Filters take no spaces around `=` and no quotes around values, which tells them from other
 * search engines' filter strings (`(genre = "…")`).
 */
const LDAP_FILTER_START = /^\s*\((\s*[&|!]\s*\(|[\w.;-]+[~<>]?=(?!\s*["'])|$)/

/** An object made from the value (`new EqualityFilter({ value: x })`), not text: the library encodes it. */
function constructed(text: string, scope: string): boolean {
  const t = text.trim()
  if (/^new\s/.test(t)) return true
  if (!/^[\w$]+$/.test(t)) return false
  const rhs = assignments(t, scope)
  return rhs.length > 0 && rhs.every((r) => /^new\s/.test(r.trim()))
}

/** Each maker's word as a pattern (a plain literal, which the regex engine finds without trying every position). */
const MAKER_WORDS = new Map<string, RegExp>()

/**
 * A callable bound earlier in the function or file (`evaluator = etree.XPathEvaluator(tree)`), judged by what
 * made it; `word` is a literal every text `made` accepts holds.
 */
function boundTo(ev: CallEvent, m: MatchContext, made: RegExp, word: string): boolean {
  if (ev.receiver || !/^[\w$]+$/.test(ev.name)) return false
  // A file whose text lacks the maker's word binds nothing to one: asked once per file, not by reading every
  // plain call's assignments out of the function and file texts (which made a big module quadratic).
  let literal = MAKER_WORDS.get(word)
  if (!literal) MAKER_WORDS.set(word, (literal = new RegExp(word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'))))
  if (!fileMatches(ev.node, m, literal)) return false
  // Bound in the function, or once for the module (`const select = xpath.useNamespaces(NS)` at the top).
  let rhs = assignments(ev.name, scopeText(ev, m))
  if (rhs.length === 0) rhs = assignments(ev.name, fileText(ev, m))
  return rhs.length > 0 && rhs.every((r) => made.test(r))
}

/**
 * A JS/TS function of the file that is called in it and not exported (`function grantsFor(role)` called by a route's
 * helper): every value its parameters hold comes from calls the analysis reads. Python modules export every function.
 */
function calledHereOnly(ev: CallEvent, m: MatchContext): boolean {
  const fn = ev.fn.node
  if (!fn || /\.py$/.test(m.path) || !/^[A-Za-z_$][\w$]*$/.test(ev.fn.name)) return false
  let decl: SNode | null | undefined = fn
  while (decl && /^(variable_declarator|lexical_declaration|arrow_function|function_expression)$/.test(decl.parent?.type ?? '')) decl = decl.parent
  if (decl?.parent?.type === 'export_statement' || fn.type === 'method_definition') return false
  const name = ev.fn.name.replace(/\$/g, '\\$')
  const text = fileText(ev, m)
  if (new RegExp(`\\bexports\\.${name}\\b|module\\.exports\\b[^\\n]*\\b${name}\\b|export\\s*\\{[^}]*\\b${name}\\b|export\\s+default\\s+${name}\\b`).test(text)) return false
  const own = field(fn, 'name')
  return [...text.matchAll(new RegExp(`(?<![\\w$.])${name}\\s*\\(`, 'g'))].some((c) => c.index !== own?.start)
}

interface Judged {
  v: Value
  /** Request data reached the query. */
  tainted: boolean
}

/**
 * Whether the query text `v` (written as `node`) is dangerous: request data in it that no escaping
 * call made, or text formatted from the code's own non-constant values onto a compared value
 * (`valueSlot`; without one, only request data counts).
 */
function judge(ev: CallEvent, m: MatchContext, v: Value | undefined, node: SNode | undefined, escape: RegExp, valueSlot: RegExp | undefined, escapedBit = 0): Judged | undefined {
  if (!v || isInert(v)) return undefined
  // Escaped where the analysis saw it happen, however far from here (a helper that built the filter with an escaping tag).
  if (escapedBit && ((v.safe ?? 0) & escapedBit) !== 0) return undefined
  const scope = scopeText(ev, m)
  const nodeText = node ? m.text(node) : ''
  if (nodeText && escapedBy(nodeText, scope, escape)) return undefined
  if (v.built) {
    const parts = v.built.parts.filter((p) => !escapedBy(p, scope, escape))
    if (parts.length === 0 || vouched(v.built.safe)) return undefined
    if (isTainted(v) && !vouched(v.safe)) return { v, tainted: true }
    // In a handler the analysis sees where values come from: an untainted part there is the handler's own (a typed route value, a stored row).
    // So it does in a JS helper of the file that the file alone calls: the pass reads it again with what its callers hand it.
    if (!valueSlot || ev.fn.handler || parts.every((p) => CONFIG_PART.test(p.trim())) || calledHereOnly(ev, m)) return undefined
    return valueSlot.test(v.built.prefix) ? { v, tainted: false } : undefined
  }
  // A whole expression from the request; one a call made from it (a filter object, an escaper) is that call's output.
  if (isTainted(v) && !vouched(v.safe) && !constructed(nodeText, scope)) return { v, tainted: true }
  return undefined
}

const XPATH_FIX = {
  python: 'Pass the value as an XPath variable instead of formatting it in: `tree.xpath("//user[@name=$name]", name=name)` (lxml; `etree.XPath("…[@name=$name]")(tree, name=name)` likewise), or check it against an allow-list.',
  js: 'Bind the value as a variable instead of formatting it in: `xpath.parse("//user[@name=$name]").select({ node: doc, variables: { name } })`, fontoxpath\'s variables argument (`evaluateXPathToNodes("//user[@name=$name]", doc, null, { name })`); `document.evaluate` has none, so check the value against an allow-list.',
}
const LDAP_FIX = {
  python: 'Escape every value put into a filter: `ldap.filter.filter_format("(uid=%s)", [user])` or `escape_filter_chars(user)` (python-ldap), `ldap3.utils.conv.escape_filter_chars(user)` (ldap3).',
  js: 'Build the filter from objects (`new EqualityFilter({ attribute: "uid", value: user })` in ldapjs and ldapts), or escape each value with the `ldap-escape` package (its `ldapEscape.filter` template tag).',
}

function xpathFinding(lang: Language, ev: CallEvent, m: MatchContext, j: Judged, argText: string): ReturnType<typeof finding> {
  const how = describeFlow(j.v, argText, m.row(ev.stmt))
  const f = finding(`${lang}/xpath-injection`, ev, m, `\`${callText(ev.node, m)}\` evaluates an XPath expression ${j.v.built ? 'built from' : 'taken from'} ${how}: a quote in the value closes the string and adds conditions of its own (\`' or '1'='1\` selects every node)`, XPATH_FIX[lang], [j.v], j.tainted ? 'critical' : 'major')
  return atPiece(f, j.v, ev.stmt, m)
}

function ldapFinding(lang: Language, ev: CallEvent, m: MatchContext, j: Judged, argText: string): ReturnType<typeof finding> {
  const how = describeFlow(j.v, argText, m.row(ev.stmt))
  const f = finding(`${lang}/ldap-injection`, ev, m, `\`${callText(ev.node, m)}\` searches the directory with an LDAP filter ${j.v.built ? 'built from' : 'taken from'} ${how}: \`*\`, \`(\` or \`)\` in the value rewrites the filter (\`*)(uid=*\` matches every entry)`, LDAP_FIX[lang], [j.v], j.tainted ? 'critical' : 'major')
  return atPiece(f, j.v, ev.stmt, m)
}

function nodeOf(ev: CallEvent, i: number, kw?: string): [Value | undefined, SNode | undefined] {
  if (kw && ev.kwargs.has(kw)) return [ev.kwargs.get(kw), ev.kwNodes.get(kw)]
  return [ev.args[i], ev.argNodes[i]]
}

/** lxml's compiled expressions and evaluators, and elementpath's selectors, by qualified name. */
const PY_XPATH_CLASS = /^(lxml\.etree|etree|lxml\.html)\.(XPath|ETXPath)$/
const PY_ELEMENTPATH = /^elementpath\.(select|iter_select|Selector)$/
/**
 * Scrapers and browser automation query pages they fetched with expressions of their own making
 * (`response.xpath(f"//th[text()='{label}']")`): no client writes into them, so only request data counts there.
 */
const PY_SCRAPER_IMPORT = /^\s*(import|from)\s+(scrapy|parsel|selenium|playwright|pyppeteer|splinter|requests_html|mechanize)\b/m
const SCRAPER_RECEIVER = /(^|\.)(response|resp|selector|sel|page|driver|browser|hxs)$/
/** ElementTree's path methods: their `[@attr='…']` predicates are a small XPath. */
const PY_ELEMENT_PATH_METHOD = /^(find|findall|findtext|iterfind)$/

export const pythonXpathInjection = scoped({ kinds: ['call'], needles: ['xpath', 'XPath', 'elementpath', 'find'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  let target: [Value | undefined, SNode | undefined] | undefined
  let slot = XPATH_VALUE_SLOT
  if (ev.receiver && ev.name === 'xpath') target = nodeOf(ev, 0, '_path')
  else if (PY_XPATH_CLASS.test(q)) target = nodeOf(ev, 0, 'path')
  else if (PY_ELEMENTPATH.test(q)) target = ev.name === 'Selector' ? nodeOf(ev, 0, 'path') : nodeOf(ev, 1, 'path')
  else if (boundTo(ev, m, /^([\w.]+\.)?XPath(Document|Element)?Evaluator\(/, 'Evaluator(')) target = nodeOf(ev, 0, '_path')
  else if (ev.receiver && PY_ELEMENT_PATH_METHOD.test(ev.name) && ev.receiver.str === undefined) {
    // `str.find` and BeautifulSoup's `find` share the names: only a predicate makes the text a path.
    target = nodeOf(ev, 0, 'path')
    slot = /\[[^\]]*=\s*['"]\s*$/
    const v = target[0]
    if (!v?.built || !slot.test(v.built.prefix)) return undefined
  }
  if (!target) return undefined
  const scraper = SCRAPER_RECEIVER.test(ev.receiverText ?? '') || fileMatches(ev.node, m, PY_SCRAPER_IMPORT)
  const j = judge(ev, m, target[0], target[1], XPATH_ESCAPE, scraper ? undefined : slot)
  return j ? xpathFinding('python', ev, m, j, target[1] ? m.text(target[1]) : '') : undefined
})

/** python-ldap's search calls take the filter third; ldap3's `search` and `paged_search` second. */
const PY_LDAP_SEARCH = /^(search|search_s|search_st|search_ext|search_ext_s|paged_search)$/
const PY_LDAP_IMPORT = /^\s*(import|from)\s+(ldap|ldap3|django_auth_ldap|flask_ldap3_login)\b/m
const LDAP_RECEIVER = /ldap/i

export const pythonLdapInjection = scoped({ kinds: ['call'], needles: ['search'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !ev.receiver || !PY_LDAP_SEARCH.test(ev.name)) return undefined
  if (/^re(gex)?\./.test(ev.qname ?? '')) return undefined
  const candidates = ev.kwargs.has('filterstr') ? [nodeOf(ev, -1, 'filterstr')] : ev.kwargs.has('search_filter') ? [nodeOf(ev, -1, 'search_filter')] : ev.name === 'search' ? [nodeOf(ev, 1), nodeOf(ev, 2)] : ev.name === 'paged_search' ? [nodeOf(ev, 1)] : [nodeOf(ev, 2)]
  const ldapish = LDAP_RECEIVER.test(ev.receiverText ?? '') || /^(ldap|ldap3)\b/.test(ev.receiver.qname ?? '') || fileMatches(ev.node, m, PY_LDAP_IMPORT)
  for (const [v, node] of candidates) {
    if (!v) continue
    // Text that opens like a filter is one whatever the receiver; otherwise the call must be a directory's.
    if (!(v.built && LDAP_FILTER_START.test(v.built.prefix)) && !ldapish) continue
    const j = judge(ev, m, v, node, LDAP_ESCAPE, LDAP_VALUE_SLOT, SAFE.ldap)
    if (j && (j.tainted || LDAP_FILTER_START.test(j.v.built?.prefix ?? ''))) return ldapFinding('python', ev, m, j, node ? m.text(node) : '')
  }
  return undefined
})

/** The value node of `key` in an object literal written at the call (`{ filter: … }`, `{ filter }`). */
function propertyNode(obj: SNode | undefined, key: string, m: MatchContext): SNode | undefined {
  if (obj?.type !== 'object') return undefined
  for (const c of obj.children) {
    if (c.type === 'shorthand_property_identifier') {
      if (m.text(c) === key) return c
      continue
    }
    if (c.type !== 'pair') continue
    const k = c.children.find((x) => x.field === 'key')
    if (k && m.text(k).replace(/^['"]|['"]$/g, '') === key) return c.children.find((x) => x.field === 'value')
  }
  return undefined
}

const JS_XPATH_FN = /^(xpath|xpath-ts|xpath\.js)\.(select|select1|evaluate|parse)$/
const JS_FONTOXPATH = /^fontoxpath\.(evaluateXPath\w*|evaluateUpdatingExpression\w*)$/
/** libxmljs (and libxmljs2): a parsed document's or element's `get(xpath)`/`find(xpath)` evaluate the expression. */
const JS_LIBXMLJS_IMPORT = /(require\(\s*|from\s+)['"]libxmljs2?['"]/
const XPATH_START = /^\s*\.?\.?\/|^\s*(ancestor|descendant|child|self|following|preceding|parent)(-or-self)?::/
const JS_LDAP_IMPORT = /(require\(\s*|from\s+)['"](ldapjs|ldapts|activedirectory2?|ldap-authentication|passport-ldapauth)['"]/

export const javascriptXpathInjection = scoped({ kinds: ['call'], needles: ['xpath', 'XPath', 'evaluate', 'libxmljs'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || ev.tagged) return undefined
  const q = ev.qname ?? ''
  const documentEvaluate = ev.receiver !== undefined && ev.name === 'evaluate' && ev.args.length >= 2 && (ev.argNodes.some((n) => /\bXPathResult\b/.test(m.text(n))) || /(^|\.)(document|ownerDocument|\w*[dD]oc|\w*Document)$/.test(ev.receiverText ?? ''))
  // `xpath.useNamespaces({...})` returns a select function bound to the prefixes.
  const boundSelect = boundTo(ev, m, /^xpath\.useNamespaces\(/, 'useNamespaces(')
  // `get`/`find` are everywhere (maps, caches, arrays): only in a libxmljs file, on text that opens as a location path.
  const libxmljs = ev.receiver !== undefined && /^(get|find)$/.test(ev.name) && ev.args.length >= 1 && XPATH_START.test(ev.args[0]?.built?.prefix ?? ev.args[0]?.str ?? '') && fileMatches(ev.node, m, JS_LIBXMLJS_IMPORT)
  if (!JS_XPATH_FN.test(q) && !JS_FONTOXPATH.test(q) && !documentEvaluate && !boundSelect && !libxmljs) return undefined
  // The browser's `document.evaluate` queries the page it runs in: only data from outside it (the URL, a message) counts.
  const j = judge(ev, m, ev.args[0], ev.argNodes[0], XPATH_ESCAPE, documentEvaluate ? undefined : XPATH_VALUE_SLOT)
  return j ? xpathFinding('js', ev, m, j, ev.argNodes[0] ? m.text(ev.argNodes[0]) : '') : undefined
})

export const javascriptLdapInjection = scoped({ kinds: ['call'], needles: ['search', 'parseFilter'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || ev.tagged) return undefined
  const q = ev.qname ?? ''
  let v: Value | undefined
  let node: SNode | undefined
  if (/^(ldapjs|ldapts)\.parseFilter$|^ldapjs\.filters\.parseString$/.test(q)) {
    v = ev.args[0]
    node = ev.argNodes[0]
  } else if (ev.receiver && ev.name === 'search' && ev.args.length >= 2) {
    // ldapjs and ldapts: `search(base, { filter, scope, attributes })`; ldapjs also takes the filter string as the options.
    const opts = ev.args[1]!
    v = opts.fields ? opts.fields.get('filter') : opts.built || (opts.str !== undefined && LDAP_FILTER_START.test(opts.str)) ? opts : undefined
    node = opts.fields ? propertyNode(ev.argNodes[1], 'filter', m) : ev.argNodes[1]
  }
  const ldapish = LDAP_RECEIVER.test(ev.receiverText ?? '') || /^(ldapjs|ldapts)\b/.test(ev.receiver?.qname ?? '') || fileMatches(ev.node, m, JS_LDAP_IMPORT)
  // The base DN is a distinguished name (`cn=${group},ou=groups,…`): a `,` or `=` in the value adds components of its own, and
  // moves the search to another subtree.
  const base = ev.receiver && ev.name === 'search' && ldapish ? ev.args[0] : undefined
  if (base?.built && isTainted(base) && !vouched(base.safe) && /^\s*[\w.-]+=/.test(base.built.prefix) && !(ev.argNodes[0] && escapedBy(m.text(ev.argNodes[0]), scopeText(ev, m), LDAP_DN_ESCAPE))) {
    return finding('js/ldap-injection', ev, m, `\`${callText(ev.node, m)}\` searches under a base DN built from ${describeFlow(base, m.text(ev.argNodes[0]!), m.row(ev.stmt))}: \`,\` or \`=\` in the value adds components of its own and moves the search to another subtree`, 'Escape the value for a DN (`ldapEscape.dn` of the `ldap-escape` package, ldapts `new RDN({ cn: group })`), or look the entry up by a search filter built from objects.', [base], 'critical')
  }
  if (!v) return undefined
  if (!(v.built && LDAP_FILTER_START.test(v.built.prefix)) && !ldapish) return undefined
  const j = judge(ev, m, v, node, LDAP_ESCAPE, LDAP_VALUE_SLOT, SAFE.ldap)
  if (!j || (!j.tainted && !LDAP_FILTER_START.test(j.v.built?.prefix ?? ''))) return undefined
  return ldapFinding('js', ev, m, j, node ? m.text(node) : '')
})

/** A module that talks to Elasticsearch or OpenSearch (the clients and their DSL packages). */
const SEARCH_CLIENT = /^\s*(from|import)\s+(elasticsearch|opensearchpy|elasticsearch_dsl|opensearch_dsl|elasticsearch8|elasticsearch7)\b/m

/** The script text in a request body: `"script": {"source": …}` (or the older `inline`), or `"script": "…"` shorthand. */
function scriptSources(v: Value | undefined, depth = 0): Value[] {
  if (!v || depth > 6) return []
  const out: Value[] = []
  for (const [key, field] of v.fields ?? []) {
    if (key === 'script') {
      const text = field.fields ? field.fields.get('source') ?? field.fields.get('inline') : field
      if (text) out.push(text)
    }
    out.push(...scriptSources(field, depth + 1))
  }
  for (const e of v.elements ?? []) out.push(...scriptSources(e, depth + 1))
  return out
}

/**
 * Elasticsearch/OpenSearch run a request's `script` (Painless) on the cluster: `es.search(query={"script_score":
 * {"script": {"source": f"{formula} * 2"}}})`, `update_by_query(script=…)`. Request data written into the script
 * text is code the client chose; values passed as `params` and a script picked from the code's own table are not.
 */
export const pythonSearchScript = scoped({ kinds: ['call'], needles: ['search', 'update', 'query', 'script', 'msearch', 'count'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || !ev.receiver || !fileMatches(ev.node, m, SEARCH_CLIENT)) return undefined
  // The keywords read as one body (`update_by_query(script={"source": …})`), as does each positional one.
  const bodies: Value[] = [{ fields: ev.kwargs }, ...ev.args]
  const v = bodies.flatMap((b) => scriptSources(b)).find((s) => isTainted(s, 'code') && !isInert(s) && !vouched(s.safe))
  if (!v) return undefined
  return finding(
    'python/code-eval',
    ev,
    m,
    `\`${callText(ev.node, m)}\` sends a script written from ${describeFlow(v, '', m.row(ev.stmt))}: the search cluster compiles and runs it as Painless code, so the client chooses what it computes and reads`,
    'Keep the script text constant and pass the client\'s values in `params` (`{"source": "doc[\'price\'].value * params.w", "params": {"w": weight}}`), or pick the script from a fixed table by name.',
    [v],
    'critical',
  )
})

export const pythonQueryLanguageMatchers = [pythonXpathInjection, pythonLdapInjection, pythonSearchScript]
export const javascriptQueryLanguageMatchers = [javascriptXpathInjection, javascriptLdapInjection]
