/**
 * Parameters of a file's own functions that every call in the file fills with a literal
 * (`attr('href', url)`, `attr('title', title)`): inside the function they hold one of those
 * literals, so markup, SQL or a command built from them is the program's own text. Only a new
 * file counts, so every caller is in view, and only a function neither exported nor handed
 * anywhere else (`items.map(attr)`), which only its calls here can reach.
 */
import type { SNode } from '../syntax/tree'
import { literalOnlyArguments } from './literal-call-sites'
import { field, namedChildren } from './text'

export interface LocalJsFunction {
  name: string
  /** Plain identifier parameters in order; a destructured or rest parameter ends the list. */
  params: string[]
}

/** A literal, an array of literals, or an ALL_CAPS constant name. */
function literal(node: SNode, text: (n: SNode) => string): boolean {
  switch (node.type) {
    case 'string':
    case 'number':
    case 'true':
    case 'false':
    case 'null':
      return true
    case 'template_string':
      return !namedChildren(node).some((c) => c.type === 'template_substitution')
    case 'identifier':
      return /^[A-Z][A-Z0-9_]+$/.test(text(node))
    case 'array':
      return namedChildren(node).every((c) => literal(c, text))
    case 'parenthesized_expression':
      return namedChildren(node).length === 1 && literal(namedChildren(node)[0]!, text)
    default:
      return false
  }
}

/** The file's top-level functions that are not exported, with their plain parameters. */
export function localJsFunctions(root: SNode, text: (n: SNode) => string): Map<string, LocalJsFunction & { node: SNode }> {
  const out = new Map<string, LocalJsFunction & { node: SNode }>()
  const add = (name: SNode | undefined, fn: SNode | undefined): void => {
    if (name?.type !== 'identifier' || !fn) return
    const list = field(fn, 'parameters') ?? field(fn, 'parameter')
    const params: string[] = []
    for (const p of list ? (list.type === 'formal_parameters' ? namedChildren(list) : [list]) : []) {
      const target = p.type === 'required_parameter' || p.type === 'optional_parameter' ? (field(p, 'pattern') ?? namedChildren(p)[0]) : p
      if (target?.type !== 'identifier' || p.type === 'optional_parameter') break
      params.push(text(target))
    }
    if (params.length > 0) out.set(text(name), { name: text(name), params, node: fn })
  }
  for (const c of namedChildren(root)) {
    if (c.type === 'function_declaration') add(field(c, 'name'), c)
    else if (c.type === 'lexical_declaration' || c.type === 'variable_declaration') {
      for (const d of namedChildren(c)) {
        const value = d.type === 'variable_declarator' ? field(d, 'value') : undefined
        if (value && /^(arrow_function|function_expression|function)$/.test(value.type)) add(field(d, 'name'), value)
      }
    }
  }
  return out
}

/** For each of `fns` the file calls only by name, the parameters every call fills with a literal. */
export function literalOnlyJsParams(root: SNode, text: (n: SNode) => string, fns: ReadonlyMap<string, LocalJsFunction & { node: SNode }>): Map<string, Set<string>> {
  if (fns.size === 0) return new Map()
  return literalOnlyArguments(root, {
    callOf(node) {
      const callee = node.type === 'call_expression' ? field(node, 'function') : undefined
      const fn = callee?.type === 'identifier' ? fns.get(text(callee)) : undefined
      if (!callee || !fn) return undefined
      const args = namedChildren(field(node, 'arguments') ?? node)
      const given = new Map<string, SNode>()
      fn.params.forEach((p, i) => {
        if (args[i]) given.set(p, args[i]!)
      })
      return { callee, name: fn.name, params: fn.params, given, opaque: args.some((a) => a.type === 'spread_element') }
    },
    referenceTo(node) {
      // Anything but its own declaration hands the function on (a callback, an export list, a property).
      if (node.type === 'shorthand_property_identifier' && fns.has(text(node))) return text(node)
      if (node.type !== 'identifier' || !fns.has(text(node))) return undefined
      const parent = node.parent
      const declared = parent && (parent.type === 'function_declaration' || parent.type === 'variable_declarator') && field(parent, 'name')?.start === node.start
      return declared ? undefined : text(node)
    },
    literal: (node) => literal(node, text),
  })
}
