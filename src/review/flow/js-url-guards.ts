/**
 * JavaScript's URL checks judged by what they pin (flow/url-checks.ts): `url.includes('example.com')`,
 * `url.indexOf(…) !== -1`, `url.startsWith('https://example.com')` with no `/` after the host,
 * `host.endsWith('example.com')` and a hostname regex with an unescaped `.`, no start anchor or
 * nothing ending the host vouch for nothing about where the URL points, and say so in the finding
 * at the sink. `hostname.endsWith('.example.com')` keeps the host in the domain.
 */
import type { SNode } from '../syntax/tree'
import { snippet } from '../source/text'
import { field, namedChildren, rootOf } from './text'
import { hostPatternShortfall, prefixShortfall, substringShortfall, suffixPinsHost, suffixShortfall, type WeakUrlCheck } from './url-checks'

type Text = (n: SNode) => string
type Lookup = (name: string) => string | undefined

/** The text of a string literal, or of a name bound to one. */
function literal(n: SNode | undefined, text: Text, lookup: Lookup): string | undefined {
  if (!n) return undefined
  if (n.type === 'identifier') return lookup(text(n))
  if (n.type === 'string') return text(n).slice(1, -1)
  if (n.type === 'template_string' && !n.children.some((c) => c.type === 'template_substitution')) return text(n).slice(1, -1)
  return undefined
}

/** The pattern of a regex literal (`/^https:\/\/a\.example/`). */
function regexPattern(n: SNode | undefined, text: Text): string | undefined {
  return n?.type === 'regex' ? text(n).replace(/^\/|\/[a-z]*$/g, '') : undefined
}

/** A check in a condition that looks like it confines a URL to a host and does not, with the expression it is about. */
export function weakJsUrlCheck(n: SNode, text: Text, lookup: Lookup, row: (n: SNode) => number): { about: SNode; weak: WeakUrlCheck } | undefined {
  if (n.type !== 'call_expression') return undefined
  const callee = field(n, 'function')
  // `isSafeRedirect(next)`, a helper of this module: what its returns check is what the call checks.
  const first = namedChildren(field(n, 'arguments') ?? n)[0]
  if (callee?.type === 'identifier' && first) {
    const inner = jsHelperReturns(text(callee), n, text).map((r) => findWeak(r, text, lookup, row)).find((w) => w !== undefined)
    return inner ? { about: first, weak: { check: snippet(text(n), 60), line: row(n) + 1, why: `\`${text(callee)}()\` only checks \`${inner.weak.check}\` (line ${inner.weak.line}): ${inner.weak.why}` } } : undefined
  }
  if (callee?.type !== 'member_expression') return undefined
  const name = text(field(callee, 'property') ?? callee)
  const object = field(callee, 'object')
  const arg = namedChildren(field(n, 'arguments') ?? n)[0]
  let why: string | undefined
  let about: SNode | undefined = object
  if (name === 'includes' || name === 'indexOf') {
    const needle = literal(arg, text, lookup)
    why = needle === undefined ? undefined : substringShortfall(needle)
  } else if (name === 'startsWith' || name === 'endsWith') {
    const written = literal(arg, text, lookup)
    why = written === undefined ? undefined : name === 'startsWith' ? prefixShortfall(written) : suffixShortfall(written)
  } else if (name === 'test') {
    const pattern = regexPattern(object, text)
    why = pattern === undefined ? undefined : hostPatternShortfall(pattern)
    about = arg
  } else if (name === 'match') {
    const pattern = regexPattern(arg, text)
    why = pattern === undefined ? undefined : hostPatternShortfall(pattern)
  }
  return why && about ? { about, weak: { check: snippet(text(n), 60), line: row(n) + 1, why } } : undefined
}

/** `url.hostname.endsWith('.example.com')`: the receiver, whose host the check keeps in the domain. */
export function jsHostSuffixChecked(n: SNode, text: Text, lookup: Lookup): SNode | undefined {
  if (n.type !== 'call_expression') return undefined
  const callee = field(n, 'function')
  if (callee?.type !== 'member_expression' || text(field(callee, 'property') ?? callee) !== 'endsWith') return undefined
  const suffix = literal(namedChildren(field(n, 'arguments') ?? n)[0], text, lookup)
  return suffix !== undefined && suffixPinsHost(suffix) ? field(callee, 'object') : undefined
}

const FUNCTION_NODES = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'class_declaration'])

/** The returned expressions of a top-level function named `name` (a declaration, or a `const` bound to a function), not of functions nested in it. */
export function jsHelperReturns(name: string, at: SNode, text: Text): SNode[] {
  let fn: SNode | undefined
  for (const c of namedChildren(rootOf(at))) {
    const d = c.type === 'export_statement' ? (field(c, 'declaration') ?? c) : c
    if (d.type === 'function_declaration' && text(field(d, 'name') ?? d) === name) fn = d
    if (d.type === 'lexical_declaration' || d.type === 'variable_declaration') {
      for (const v of namedChildren(d)) if (v.type === 'variable_declarator' && text(field(v, 'name') ?? v) === name && /^(arrow_function|function_expression|function)$/.test(field(v, 'value')?.type ?? '')) fn = field(v, 'value')
    }
    if (fn) break
  }
  const body = fn ? field(fn, 'body') : undefined
  if (!body) return []
  if (body.type !== 'statement_block') return [body]
  const out: SNode[] = []
  const visit = (n: SNode): void => {
    if (FUNCTION_NODES.has(n.type)) return
    if (n.type === 'return_statement') {
      const value = namedChildren(n)[0]
      if (value) out.push(value)
      return
    }
    for (const c of n.children) if (c.named) visit(c)
  }
  visit(body)
  return out
}

/**
 * Whether `name` is a top-level helper of the file whose returns make no weak URL check (`allowed(u)` returning
 * `url.protocol === 'https:' && HOSTS.has(url.hostname)`): handed by name to `.filter(allowed)`, it vouches as its call would.
 */
export function soundHelper(name: string, at: SNode, text: Text, row: (n: SNode) => number): boolean {
  const returns = jsHelperReturns(name, at, text)
  const lookup: Lookup = (id) => moduleString(id, at, text)
  return returns.length > 0 && returns.every((r) => findWeak(r, text, lookup, row) === undefined)
}

/** The text of a top-level `const NAME = '…'` of the file (`const BASE = 'https://example.com'`), for checks that name it. */
function moduleString(name: string, at: SNode, text: Text): string | undefined {
  for (const c of namedChildren(rootOf(at))) {
    const d = c.type === 'export_statement' ? (field(c, 'declaration') ?? c) : c
    if (d.type !== 'lexical_declaration') continue
    for (const v of namedChildren(d)) {
      const value = field(v, 'value')
      if (v.type === 'variable_declarator' && text(field(v, 'name') ?? v) === name && value?.type === 'string') return text(value).slice(1, -1)
    }
  }
  return undefined
}

/** The first weak URL check in an expression (a helper's return), helpers not followed further. */
function findWeak(n: SNode, text: Text, lookup: Lookup, row: (n: SNode) => number): { about: SNode; weak: WeakUrlCheck } | undefined {
  if (n.type !== 'call_expression' || field(n, 'function')?.type !== 'identifier') {
    const found = weakJsUrlCheck(n, text, lookup, row)
    if (found) return found
  }
  for (const c of n.children) {
    const found = c.named && !FUNCTION_NODES.has(c.type) ? findWeak(c, text, lookup, row) : undefined
    if (found) return found
  }
  return undefined
}
