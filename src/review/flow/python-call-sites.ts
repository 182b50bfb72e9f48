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
import { field, namedChildren, parameterName } from './text'

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
      return /^[A-Z][A-Z0-9_]+$/.test(text(node)) || loopOverLiterals(node, text)
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
 * `cmd` in `[probe(cmd) for cmd in ["gcc -dumpversion", "ld -v"]]`, or in `for cmd in commands:` with `commands` a list of
 * literals in the same function: the loop hands the call one literal after another, so every call it makes gets one.
 * The loop's name must not be assigned again inside the loop, nor its list added to.
 */
function loopOverLiterals(node: SNode, text: (n: SNode) => string): boolean {
  const name = text(node)
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition') return false
    const clauses = n.type === 'for_statement' ? [n] : /comprehension$|^generator_expression$/.test(n.type) ? namedChildren(n).filter((c) => c.type === 'for_in_clause') : []
    for (const clause of clauses) {
      const left = field(clause, 'left')
      const right = field(clause, 'right')
      if (left?.type !== 'identifier' || text(left) !== name || !right) continue
      if (node.start >= right.start && node.end <= right.end) return false
      if (n.type === 'for_statement' && assigns(field(n, 'body'), name, text)) return false
      return literal(right, text) || (right.type === 'identifier' && literalList(right, text))
    }
  }
  return false
}

/** `name` is a local list of literals: every assignment to it in its scope is one, and nothing adds to it. */
function literalList(ref: SNode, text: (n: SNode) => string): boolean {
  const name = text(ref)
  let scope: SNode = ref
  while (scope.parent && scope.type !== 'function_definition') scope = scope.parent
  let bound = false
  let ok = true
  const visit = (n: SNode): void => {
    if (!ok) return
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const left = field(n, 'left')
      if (left?.type === 'identifier' && text(left) === name) {
        const right = field(n, 'right')
        if (n.type === 'augmented_assignment' || !right || !/^(list|tuple|set)$/.test(right.type) || !literal(right, text)) ok = false
        else bound = true
      }
    } else if (n.type === 'call') {
      const fn = field(n, 'function')
      if (fn?.type === 'attribute' && text(field(fn, 'object') ?? fn) === name) ok = false
    }
    for (const c of namedChildren(n)) visit(c)
  }
  visit(scope)
  return ok && bound
}

/** Whether `name` is assigned anywhere inside `body`. */
function assigns(body: SNode | undefined, name: string, text: (n: SNode) => string): boolean {
  if (!body) return false
  if ((body.type === 'assignment' || body.type === 'augmented_assignment') && text(field(body, 'left') ?? body) === name) return true
  return namedChildren(body).some((c) => assigns(c, name, text))
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

/**
 * Module-level functions of a new file whose every caller is in view: the file calls each one by name (at least once)
 * and never hands it elsewhere, and each call sits in a web handler, at module level, or in a function that passes
 * nothing of its own parameters on. The analysis follows what those calls hand the function (request data from a
 * handler is fed to it and read again), so its parameters need no guess about what callers out of view might pass.
 * A call in a queue consumer handing on part of the message it was given stays a guess: that caller is not a handler.
 */
export function callersInView(root: SNode, source: string, fns: readonly LocalFunction[], handler: (def: SNode) => boolean | undefined, wholeFileNew: boolean): Set<string> {
  if (!wholeFileNew || fns.length === 0) return new Set()
  const text = (n: SNode): string => source.slice(n.start, n.end)
  const wanted = new Set(fns.filter((f) => f.params.length > 0).map((f) => f.name))
  const called = new Set<string>()
  const blocked = new Set<string>()
  const visit = (node: SNode): void => {
    const callee = node.type === 'call' ? field(node, 'function') : undefined
    if (callee?.type === 'identifier' && wanted.has(text(callee))) {
      const name = text(callee)
      called.add(name)
      if (!callerInView(node, text, handler)) blocked.add(name)
      for (const c of namedChildren(node)) if (c !== callee) visit(c)
      return
    }
    if (node.type === 'identifier' && wanted.has(text(node))) {
      const parent = node.parent
      const defined = parent && (parent.type === 'function_definition' || parent.type === 'class_definition') && field(parent, 'name')?.start === node.start
      if (!defined) blocked.add(text(node))
    }
    for (const c of namedChildren(node)) visit(c)
  }
  visit(root)
  return new Set([...called].filter((name) => !blocked.has(name)))
}

function callerInView(call: SNode, text: (n: SNode) => string, handler: (def: SNode) => boolean | undefined): boolean {
  let def: SNode | undefined
  for (let n = call.parent; n && !def; n = n.parent) {
    if (n.type === 'lambda' || n.type === 'class_definition') return false
    if (n.type === 'function_definition') def = n
  }
  if (!def) return true
  const isHandler = handler(def)
  if (isHandler === undefined) return false
  if (isHandler) return true
  const params = new Set(namedChildren(field(def, 'parameters') ?? def).map((p) => parameterName(p)).filter((p): p is SNode => !!p).map(text))
  const mentions = (n: SNode): boolean => (n.type === 'identifier' && params.has(text(n))) || namedChildren(n).some(mentions)
  return !mentions(field(call, 'arguments') ?? call)
}
