/**
 * What the code wrote around a sink's value, for sinks whose sanitisers the def-use pass does not
 * model (an LDAP or regex escaper): the function's text, a name's assignments in it, and whether a
 * value or every assignment of it went through an escaping call.
 */
import type { SNode } from '../../syntax/tree'
import type { FunctionFacts } from '../events'
import { rootOf } from '../text'
import { SAFE } from '../value'
import type { MatchContext } from './common'

/** An event that sits at a node inside a function (a call, a comparison, a store). */
type Located = { fn: FunctionFacts; node: SNode }

/** The enclosing function's text (the file's, at module level), where a part's assignments are read. */
export function scopeText(ev: Located, m: MatchContext): string {
  return ev.fn.node ? m.text(ev.fn.node) : fileText(ev, m)
}

/**
 * The outermost function around the call (the file, at module level): a callback's own text
 * (`(l) => new RegExp(q).test(l)`) does not hold the handler's `const q = escape(…)` above it.
 */
export function outerScopeText(ev: Located, m: MatchContext): string {
  let outer = ev.fn.node
  for (let n = ev.fn.node?.parent; n; n = n.parent) if (FUNCTION_NODE.test(n.type)) outer = n
  return outer ? m.text(outer) : fileText(ev, m)
}
/** A function, method or lambda node, in either grammar. */
export const FUNCTION_NODE = /^(function_declaration|function_definition|function_expression|function|arrow_function|method_definition|generator_function(_declaration)?|lambda)$/

export function fileText(ev: Located, m: MatchContext): string {
  const root = rootOf(ev.node)
  return m.text(root)
}

/**
 * What a name is assigned in `text`: every right-hand side, or none when it is never assigned there.
 * `name=` inside a string on its line is text, not an assignment: an LDAP filter's `(uid={uid})`, a
 * query string's `?id=`.
 */
export function assignments(name: string, text: string): string[] {
  const escaped = name.replace(/[$.]/g, (c) => `\\${c}`)
  const re = new RegExp(`(?:^|[^\\w$.])${escaped}\\s*(?::[^=\\n]+)?=(?![=>])\\s*([^\\n]+)`, 'g')
  return [...text.matchAll(re)].filter((x) => !inString(text, x.index)).map((x) => x[1]!)
}

/** Whether offset `at` lies inside a quoted string that opens earlier on its own line. */
function inString(text: string, at: number): boolean {
  let quote = ''
  for (let i = text.lastIndexOf('\n', at) + 1; i < at; i++) {
    const c = text[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = ''
    } else if (c === '"' || c === "'" || c === '`') quote = c
    else if (c === '#' || (c === '/' && text[i + 1] === '/')) return false
  }
  return quote !== ''
}

/** A part (or the whole argument) made by an escaping call, directly or through a name assigned only from one. */
export function escapedBy(text: string, scope: string, escape: RegExp): boolean {
  const t = text.trim()
  if (escape.test(t)) return true
  if (!/^[\w$]+$/.test(t)) return false
  const rhs = assignments(t, scope)
  return rhs.length > 0 && rhs.every((r) => escape.test(r))
}

/** An allow-list or pattern check let the value through (`if uid not in KNOWN: abort(400)`, `re.fullmatch`): it is vouched for every sink. */
export function vouched(safe: number | undefined): boolean {
  return ((safe ?? 0) & SAFE.all) === SAFE.all
}

/**
 * The text a literal argument is written as: the argument itself, or, for an ALL_CAPS name, the
 * single-token value a module constant binds it to (`LEGACY_ITERATIONS = 1_000`, `const MODE = 0o666`).
 */
export function literalText(node: SNode, m: MatchContext): string {
  const text = m.text(node).trim()
  if (!/^[A-Z_][A-Z0-9_]*$/.test(text)) return text
  const bound = new RegExp(`^(?:export\\s+)?(?:const\\s+)?${text}\\s*(?::[^=\\n]+)?=\\s*([^\\n;#/]+)`, 'm').exec(m.text(rootOf(node)))
  return bound ? bound[1]!.trim() : text
}

/** `const expected = 'sha256=' + crypto.createHmac('sha256', SECRET).update(JSON.stringify(req.body)).digest('hex')`: the name holding a MAC of the body. */
const BODY_MAC = /\b(?:const|let|var)\s+([\w$]+)\s*=[^;\n]*\bcreateHmac\s*\([^;\n]*\.update\(\s*(?:JSON\.stringify\(\s*)?(?:req|request|ctx\.request)\.(?:body|rawBody)\b/g

/** Whether, before the call, the handler compares a MAC it computed over the request body (`!==`, `timingSafeEqual`). */
export function signedBody(ev: { fn: FunctionFacts; stmt: SNode }, m: MatchContext): boolean {
  const fn = ev.fn.node
  if (!fn || !ev.fn.handler) return false
  const before = m.text(fn).slice(0, ev.stmt.start - fn.start)
  for (const x of before.matchAll(BODY_MAC)) {
    const name = x[1]!.replace(/\$/g, '\\$')
    const compared = new RegExp(`[!=]==?\\s*${name}\\b|\\b${name}\\s*[!=]==?|timingSafeEqual\\([^)]*\\b${name}\\b`)
    if (compared.test(before.slice((x.index ?? 0) + x[0].length))) return true
  }
  return false
}
