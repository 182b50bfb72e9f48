/**
 * Parameters of a module's own functions that every call in the module fills with a literal
 * (`table_counts(conn, ["ledger_entries", "payouts"])`): inside the function they hold one of
 * those literals, so SQL or a command built from them is the program's own text. Only a file
 * whose callers are all in view counts: a new file that is a script (a `__main__` guard, or
 * under scripts/ or a management command) or a private helper (`_name`), and a function that is
 * only ever called by name, never handed elsewhere.
 */
import type { SNode } from '../syntax/tree'
import { literalOnlyArguments } from './literal-call-sites'
import { field, namedChildren } from './text'

const SCRIPT_PATH = /(^|\/)(scripts?|bin|tools)\/|(^|\/)management\/commands\//
const MAIN_GUARD = /^if\s+__name__\s*==\s*["']__main__["']\s*:/m

export interface LocalFunction {
  name: string
  /** Parameter names in order, up to the first `*args`/`**kwargs`. */
  params: string[]
}

/** A literal, a list/tuple/set of literals, or an ALL_CAPS constant name. */
function literal(node: SNode, text: (n: SNode) => string): boolean {
  switch (node.type) {
    case 'string':
      return !namedChildren(node).some((c) => c.type === 'interpolation')
    case 'concatenated_string':
      return namedChildren(node).every((c) => literal(c, text))
    case 'integer':
    case 'float':
    case 'true':
    case 'false':
    case 'none':
      return true
    case 'identifier':
      return /^[A-Z][A-Z0-9_]+$/.test(text(node))
    case 'list':
    case 'tuple':
    case 'set':
      return namedChildren(node).every((c) => literal(c, text))
    case 'parenthesized_expression':
      return namedChildren(node).length === 1 && literal(namedChildren(node)[0]!, text)
    default:
      return false
  }
}

/**
 * For each function in `fns` that the module calls only by name, the parameters every call fills
 * with a literal. `wholeFileNew`: the change adds the whole file, so every caller in it is in view.
 */
export function literalOnlyParams(root: SNode, source: string, path: string, fns: readonly LocalFunction[], wholeFileNew: boolean): Map<string, Set<string>> {
  if (!wholeFileNew || fns.length === 0) return new Map()
  const script = SCRIPT_PATH.test(path) || MAIN_GUARD.test(source)
  const text = (n: SNode): string => source.slice(n.start, n.end)
  const wanted = new Map(fns.filter((f) => f.params.length > 0 && (script || f.name.startsWith('_'))).map((f) => [f.name, f]))
  if (wanted.size === 0) return new Map()
  return literalOnlyArguments(root, {
    callOf(node) {
      const callee = node.type === 'call' ? field(node, 'function') : undefined
      const fn = callee?.type === 'identifier' ? wanted.get(text(callee)) : undefined
      if (!callee || !fn) return undefined
      const given = new Map<string, SNode>()
      let opaque = false
      namedChildren(field(node, 'arguments') ?? node).forEach((a, i) => {
        if (a.type === 'keyword_argument') {
          const key = field(a, 'name')
          const value = field(a, 'value')
          if (key && value) given.set(text(key), value)
        } else if (/splat/.test(a.type)) opaque = true
        else if (fn.params[i] !== undefined) given.set(fn.params[i]!, a)
      })
      return { callee, name: fn.name, params: fn.params, given, opaque }
    },
    referenceTo(node) {
      if (node.type !== 'identifier' || !wanted.has(text(node))) return undefined
      const parent = node.parent
      const defined = parent && (parent.type === 'function_definition' || parent.type === 'class_definition') && field(parent, 'name')?.start === node.start
      return defined ? undefined : text(node)
    },
    literal: (node) => literal(node, text),
  })
}
