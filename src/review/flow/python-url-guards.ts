/**
 * Python's URL checks judged by what they pin (flow/url-checks.ts): a substring test
 * (`"example.com" in url`), a prefix or suffix test and a `re` match that do not pin the host
 * vouch for nothing about where the URL points, and say so in the finding at the sink. A suffix
 * with a leading dot (`host.endswith(".example.com")`) keeps the host in the domain.
 */
import type { SNode } from '../syntax/tree'
import { snippet } from '../source/text'
import { prefixes } from './python-prefix-guard'
import { field, namedChildren, rootOf } from './text'
import { hostPatternShortfall, prefixShortfall, substringShortfall, suffixPinsHost, suffixShortfall, type WeakUrlCheck } from './url-checks'

type Text = (n: SNode) => string
type Lookup = (name: string) => string | undefined

/** A check in a condition that looks like it confines a URL to a host and does not, with the expression it is about. */
export function weakUrlCheck(n: SNode, text: Text, lookup: Lookup, row: (n: SNode) => number): { about: SNode; weak: WeakUrlCheck } | undefined {
  const at = (why: string | undefined, about: SNode | undefined) => (why && about ? { about, weak: { check: snippet(text(n), 60), line: row(n) + 1, why } } : undefined)
  if (n.type === 'comparison_operator') {
    const [left, right] = namedChildren(n)
    const op = n.children.find((c) => !c.named)
    if (!left || !right || !op || !/^(in|not in)$/.test(text(op).replace(/\s+/g, ' '))) return undefined
    const needle = left.type === 'string' ? prefixes(left, text, lookup) : undefined
    return at(needle?.length === 1 ? substringShortfall(needle[0]!) : undefined, right)
  }
  if (n.type !== 'call') return undefined
  const callee = field(n, 'function')
  const args = namedChildren(field(n, 'arguments') ?? n)
  const name = callee ? text(callee).split('.').pop()! : ''
  // `is_safe_return_url(target)`, a helper of this module: what its returns check is what the call checks.
  if (callee?.type === 'identifier' && args[0]) {
    const inner = helperReturns(text(callee), n, text).map((r) => findWeak(r, text, lookup, row)).find((w) => w !== undefined)
    return inner ? { about: args[0], weak: { check: snippet(text(n), 60), line: row(n) + 1, why: `\`${text(callee)}()\` only checks \`${inner.weak.check}\` (line ${inner.weak.line}): ${inner.weak.why}` } } : undefined
  }
  if (callee?.type === 'attribute' && /^(startswith|endswith)$/.test(name) && args[0]) {
    const written = prefixes(args[0], text, lookup)
    const judge = name === 'startswith' ? prefixShortfall : suffixShortfall
    const why = written?.map(judge).find((w) => w !== undefined)
    return at(why, field(callee, 'object'))
  }
  // `re.match(r"https?://www.example.com", url)`: `match` and `fullmatch` are anchored at the start, `search` is not.
  if (/^(re|regex)\.(match|search|fullmatch)$/.test(callee ? text(callee) : '') && args[0]?.type === 'string' && args[1]) {
    const pattern = prefixes(args[0], text, lookup)?.[0]
    return at(pattern === undefined ? undefined : hostPatternShortfall(pattern, name !== 'search'), args[1])
  }
  return undefined
}

/** `host.endswith(".example.com")` (or a tuple of such suffixes): the receiver, whose host the check keeps in the domain. */
export function hostSuffixChecked(n: SNode, text: Text, lookup: Lookup): SNode | undefined {
  if (n.type !== 'call') return undefined
  const callee = field(n, 'function')
  if (callee?.type !== 'attribute' || text(field(callee, 'attribute') ?? callee) !== 'endswith') return undefined
  const arg = namedChildren(field(n, 'arguments') ?? n)[0]
  const written = arg ? prefixes(arg, text, lookup) : undefined
  return written && written.length > 0 && written.every(suffixPinsHost) ? field(callee, 'object') : undefined
}

/** The returned expressions of a module-level function named `name` in the file `at` sits in (not those of functions nested in it). */
function helperReturns(name: string, at: SNode, text: Text): SNode[] {
  const def = namedChildren(rootOf(at))
    .map((c) => (c.type === 'decorated_definition' ? field(c, 'definition') : c))
    .find((c) => c?.type === 'function_definition' && text(field(c, 'name') ?? c) === name)
  const body = def ? field(def, 'body') : undefined
  const out: SNode[] = []
  const visit = (n: SNode): void => {
    if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda') return
    if (n.type === 'return_statement') {
      const value = namedChildren(n)[0]
      if (value) out.push(value)
      return
    }
    for (const c of n.children) if (c.named) visit(c)
  }
  if (body) visit(body)
  return out
}

/** The first weak URL check in an expression (a helper's return), helpers not followed further. */
function findWeak(n: SNode, text: Text, lookup: Lookup, row: (n: SNode) => number): { about: SNode; weak: WeakUrlCheck } | undefined {
  if (n.type !== 'call' || field(n, 'function')?.type !== 'identifier') {
    const found = weakUrlCheck(n, text, lookup, row)
    if (found) return found
  }
  for (const c of n.children) {
    const found = c.named ? findWeak(c, text, lookup, row) : undefined
    if (found) return found
  }
  return undefined
}

/**
 * `is_company_domain(url)`, a helper of this module whose every return (but `return False`) compares a parsed host
 * (`host in ALLOWED`, `host == "example.com"`, `host.endswith(".example.com")`): it vouches for where the URL points,
 * whatever its name says.
 */
export function hostCheckingHelper(n: SNode, text: Text, lookup: Lookup): boolean {
  const callee = n.type === 'call' ? field(n, 'function') : undefined
  if (callee?.type !== 'identifier') return false
  const returns = helperReturns(text(callee), n, text).filter((r) => r.type !== 'false')
  const pins = (e: SNode): boolean => {
    if (hostSuffixChecked(e, text, lookup)) return true
    if (e.type === 'comparison_operator') {
      const op = e.children.find((c) => !c.named)
      const left = namedChildren(e)[0]
      if (op && /^(==|in)$/.test(text(op)) && left && /\b(host|hostname|netloc|domain)$/.test(text(left))) return true
    }
    if (e.type === 'boolean_operator' || e.type === 'parenthesized_expression') return namedChildren(e).every(pins)
    return false
  }
  return returns.length > 0 && returns.every(pins)
}

/**
 * `_inside_store(path)`, a helper of this module that resolves the path (`os.path.realpath`, `abspath`,
 * `Path.resolve()`) and whose every return (but `return False`) tests containment in a root
 * (`os.path.commonpath([real, ROOT]) == ROOT`, `real.startswith(ROOT + os.sep)`, `.is_relative_to(ROOT)`): it
 * vouches that the path stays under the root, whatever its name says.
 */
export function pathConfiningHelper(n: SNode, text: Text): boolean {
  const callee = n.type === 'call' ? field(n, 'function') : undefined
  if (callee?.type !== 'identifier') return false
  const returns = helperReturns(text(callee), n, text).filter((r) => r.type !== 'false')
  if (returns.length === 0 || !returns.every((r) => /\bcommonpath\(|\.is_relative_to\(|\.startswith\(/.test(text(r)))) return false
  const def = namedChildren(rootOf(n))
    .map((c) => (c.type === 'decorated_definition' ? field(c, 'definition') : c))
    .find((c) => c?.type === 'function_definition' && text(field(c, 'name') ?? c) === text(callee))
  return !!def && /\b(realpath|abspath)\(|\.resolve\(\s*\)/.test(text(def))
}
