/**
 * Known keys of a dict and known positions of a list, kept through the calls that change them.
 * `opts["first"]` after `opts["second"] = param` is still the first value, and `items[0]` after
 * `items.pop(0)` is what was second; any change the pass cannot follow exactly (`opts.update(x)`,
 * `items.sort()`) forgets the keys or positions, so reads fall back to the whole container.
 */
import type { SNode } from '../syntax/tree'
import type { Value } from './value'

/** A dict's known keys after `update`/`setdefault`; undefined when they are no longer known. */
export function updatedFields(method: string, fields: ReadonlyMap<string, Value>, args: readonly Value[], argNodes: readonly SNode[], kwargs: ReadonlyMap<string, Value> = new Map()): Map<string, Value> | undefined {
  if (method === 'update') {
    const [arg] = args
    const node = argNodes[0]
    // Keywords name their keys (`opts.update(note=x)`); a positional `**` splat does not.
    if (args.length === 0) return kwargs.size > 0 && !argNodes.some((n) => /splat/.test(n.type)) ? new Map([...fields, ...kwargs]) : undefined
    // Only a literal dict without `**` splats says every key it writes.
    if (args.length !== 1 || !arg?.fields || node?.type !== 'dictionary' || node.children.some((c) => c.named && c.type !== 'pair' && c.type !== 'comment')) return undefined
    return new Map([...fields, ...arg.fields, ...kwargs])
  }
  if (method === 'setdefault') {
    const key = args[0]?.str
    if (key === undefined) return undefined
    return fields.has(key) ? new Map(fields) : new Map(fields).set(key, args[1] ?? { constant: true })
  }
  // `add`, `append` and the like are not dict methods: the keys stay as they were.
  return new Map(fields)
}

/** The container after `pop`/`remove`/`clear`/`sort`…: known positions shifted, or forgotten. */
export function shrunk(method: string, container: Value, args: readonly Value[], argNodes: readonly SNode[], text: (n: SNode) => string): Value {
  const { elements, fields, ...rest } = container
  const out: Value = rest
  if (elements) {
    const kept = shrunkElements(method, elements, argNodes, text)
    if (kept) out.elements = kept
  }
  if (fields) {
    const key = args[0]?.str
    if (method === 'clear') out.fields = new Map()
    else if (method === 'pop' && key !== undefined) {
      const left = new Map(fields)
      left.delete(key)
      out.fields = left
    }
  }
  return out
}

function shrunkElements(method: string, elements: readonly Value[], argNodes: readonly SNode[], text: (n: SNode) => string): Value[] | undefined {
  if (method === 'clear') return []
  if (method === 'popleft') return elements.slice(1)
  if (method !== 'pop') return undefined
  if (argNodes.length === 0) return elements.slice(0, -1)
  const raw = argNodes.length === 1 ? text(argNodes[0]!) : ''
  if (!/^-?\d+$/.test(raw)) return undefined
  const at = Number(raw) < 0 ? elements.length + Number(raw) : Number(raw)
  if (at < 0 || at >= elements.length) return undefined
  return [...elements.slice(0, at), ...elements.slice(at + 1)]
}
