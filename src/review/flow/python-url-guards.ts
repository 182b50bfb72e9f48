/**
 * Python's URL checks judged by what they pin (flow/url-checks.ts): a substring test
 * (`"example.com" in url`), a prefix or suffix test and a `re` match that do not pin the host
 * vouch for nothing about where the URL points, and say so in the finding at the sink. A suffix
 * with a leading dot (`host.endswith(".example.com")`) keeps the host in the domain.
 */
import type { SNode } from '../syntax/tree'
import { snippet } from '../source/text'
import { prefixes } from './python-prefix-guard'
import { field, namedChildren } from './text'
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
