/**
 * The bookkeeping both languages share for "a parameter every call fills with a literal": walk the file once, note for
 * each call of a wanted function whether each parameter got a literal, and drop any function named anywhere but in a
 * call or its own definition (handed on as a value, exported by name), since callers out of view can then reach it.
 */
import type { SNode } from '../syntax/tree'

/** One call of a wanted function by name: its callee node, and the argument each parameter received. */
export interface CallOf {
  callee: SNode
  name: string
  params: readonly string[]
  given: ReadonlyMap<string, SNode>
  /** A spread or splat hides which argument fills which parameter. */
  opaque: boolean
}

export interface CallSiteReader {
  /** The call `node` makes of a wanted function, if it is one. */
  callOf(node: SNode): CallOf | undefined
  /** The wanted function a name node refers to (not as a callee), unless it is the function's own definition. */
  referenceTo(node: SNode): string | undefined
  literal(node: SNode): boolean
}

/** For each wanted function called only by name, the parameters every call fills with a literal. */
export function literalOnlyArguments(root: SNode, read: CallSiteReader): Map<string, Set<string>> {
  const literalAt = new Map<string, Map<string, boolean>>()
  const callees = new Set<number>()
  const handedOn = new Set<string>()
  const visit = (node: SNode): void => {
    const call = read.callOf(node)
    if (call) {
      callees.add(call.callee.start)
      let seen = literalAt.get(call.name)
      if (!seen) literalAt.set(call.name, (seen = new Map()))
      for (const p of call.params) {
        const arg = call.given.get(p)
        // A parameter left to its default is not vouched for here (the default may be `None`, filled in later).
        seen.set(p, (seen.get(p) ?? true) && !call.opaque && arg !== undefined && read.literal(arg))
      }
    } else if (!callees.has(node.start)) {
      const name = read.referenceTo(node)
      if (name !== undefined) handedOn.add(name)
    }
    for (const c of node.children) visit(c)
  }
  visit(root)
  const out = new Map<string, Set<string>>()
  for (const [name, seen] of literalAt) {
    if (handedOn.has(name)) continue
    const params = new Set([...seen].filter(([, ok]) => ok).map(([p]) => p))
    if (params.size > 0) out.set(name, params)
  }
  return out
}
