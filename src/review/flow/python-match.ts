/**
 * Python's `match`: which names a case pattern captures from the subject (`case {"cmd": cmd}:`),
 * and whether a literal pattern matches a subject fixed in the code (`pick = "ABC"[1]` …
 * `case "B":`), so the pass can run each case as its own branch and drop the ones never taken.
 */
import type { SNode } from '../syntax/tree'
import { staticValue, type Literal } from './static-truth'

/** The identifiers a case pattern binds: bare names, `*rest`/`**rest`, and `… as name`. */
export function capturedNames(pattern: SNode): SNode[] {
  const out: SNode[] = []
  const visit = (n: SNode): void => {
    if (n.type === 'dotted_name') {
      const ids = n.children.filter((c) => c.type === 'identifier')
      // `case Point(…)` names a class, and `case Color.RED` a value: neither captures.
      const isClass = n.parent?.type === 'class_pattern' && n.parent.children.find((c) => c.named) === n
      if (ids.length === 1 && n.children.length === 1 && !isClass) out.push(ids[0]!)
      return
    }
    if (n.type === 'splat_pattern' || n.type === 'as_pattern') {
      const alias = n.children.filter((c) => c.type === 'identifier').pop()
      if (alias) out.push(alias)
    }
    if (n.type === 'keyword_pattern') {
      // `x=0`: the first identifier names the attribute, not a capture.
      for (const c of n.children.slice(1)) visit(c)
      return
    }
    for (const c of n.children) if (c.type !== 'identifier') visit(c)
  }
  visit(pattern)
  return out
}

/** A case that matches whatever the subject is: `case _:` or a bare capture (`case other:`). */
export function irrefutable(patterns: readonly SNode[]): boolean {
  if (patterns.length !== 1) return false
  const only = patterns[0]!.children.filter((c) => c.named || c.type === '_')
  return only.length === 1 && (only[0]!.type === '_' || (only[0]!.type === 'dotted_name' && only[0]!.children.length === 1))
}

/** Whether the case's patterns match `subject` (a literal known from the code); undefined when that depends on more. */
export function patternMatches(patterns: readonly SNode[], subject: Literal, text: (n: SNode) => string): boolean | undefined {
  if (irrefutable(patterns)) return true
  if (patterns.length !== 1) return undefined
  const only = patterns[0]!.children.filter((c) => c.named)
  if (only.length !== 1) return undefined
  const alternatives = only[0]!.type === 'union_pattern' ? only[0]!.children.filter((c) => c.named) : only
  let undecided = false
  for (const alt of alternatives) {
    const v = staticValue(alt, text)
    if (v === undefined) undecided = true
    else if (v === subject) return true
  }
  return undecided ? undefined : false
}
