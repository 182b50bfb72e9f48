/** Small helpers over plain syntax nodes shared by the language passes. */
import type { SNode } from '../syntax/tree'

export function field(node: SNode | undefined, name: string): SNode | undefined {
  if (!node) return undefined
  for (const c of node.children) if (c.field === name) return c
  return undefined
}

export function fields(node: SNode | undefined, name: string): SNode[] {
  return node ? node.children.filter((c) => c.field === name) : []
}

export function namedChildren(node: SNode): SNode[] {
  return node.children.filter((c) => c.named && c.type !== 'comment')
}

/** The file's root node, the one `node` sits in. */
export function rootOf(node: SNode): SNode {
  let root = node
  while (root.parent) root = root.parent
  return root
}

/** `x as any`, `x!`, `(x)`, `x satisfies T`: the expression the type syntax wraps. */
export function unwrapped(node: SNode): SNode {
  let n = node
  while (/^(as_expression|non_null_expression|parenthesized_expression|satisfies_expression)$/.test(n.type) && namedChildren(n)[0]) n = namedChildren(n)[0]!
  return n
}

/**
 * A settings literal with an `http://` written somewhere in it: a Python dict, list, tuple or call,
 * a JS/TS object, array or call such as `z.object(…)`. Its endpoints are read from the syntax.
 */
export function writesUrlIn(node: SNode | undefined, text: (n: SNode) => string): boolean {
  return node !== undefined && /^(dictionary|list|tuple|call|object|array|call_expression|satisfies_expression|as_expression)$/.test(node.type) && text(node).includes('http://')
}

/** A function written as an object's property (`{ handler: (input) => … }`, `{ resolve(parent, args) {…} }`): its key, the object, and the call the object is handed to. */
export interface PairHome {
  key: string
  object: SNode
  maker: string
}

export function pairHome(fn: SNode, text: (n: SNode) => string): PairHome | undefined {
  const holder = fn.type === 'method_definition' ? fn : fn.parent?.type === 'pair' ? fn.parent : undefined
  const keyNode = holder ? field(holder, fn.type === 'method_definition' ? 'name' : 'key') : undefined
  const object = holder?.parent
  if (!keyNode || object?.type !== 'object') return undefined
  const call = object.parent?.type === 'arguments' ? object.parent.parent : undefined
  const maker = call?.type === 'call_expression' ? field(call, 'function') : call?.type === 'new_expression' ? field(call, 'constructor') : undefined
  return { key: text(keyNode).replace(/^['"]|['"]$/g, ''), object, maker: maker ? text(maker) : '' }
}

/** A field's `resolve` written next to its `args` declaration: the parameter that receives those arguments. */
export function fieldResolverArgs(home: PairHome | undefined, ps: readonly SNode[], text: (n: SNode) => string): SNode | undefined {
  if (!home || !/^(resolve|subscribe)$/.test(home.key)) return undefined
  if (!namedChildren(home.object).some((p) => p.type === 'pair' && /^['"]?args['"]?$/.test(text(field(p, 'key') ?? p)))) return undefined
  // Pothos's Prisma and Drizzle plugins hand the resolver the query to spread first: `(query, parent, args, ctx, info)`.
  return ps[/(^|\.)(prisma|drizzle)\w*(Field|Connection)$/.test(home.maker) ? 2 : 1]
}

/** The `key: declaration` pairs of a field's `args` object (`args: { id: t.arg.id(), input: t.arg({ type: 'JSON' }) }`). */
function declaredArgPairs(home: PairHome, text: (n: SNode) => string): Array<{ name: string; pair: SNode; declaration: SNode }> {
  const args = namedChildren(home.object).find((p) => p.type === 'pair' && /^['"]?args['"]?$/.test(text(field(p, 'key') ?? p)))
  const declared = args ? field(args, 'value') : undefined
  const out: Array<{ name: string; pair: SNode; declaration: SNode }> = []
  for (const p of declared?.type === 'object' ? namedChildren(declared) : []) {
    const key = p.type === 'pair' ? field(p, 'key') : undefined
    const value = p.type === 'pair' ? field(p, 'value') : undefined
    if (key && value) out.push({ name: text(key).replace(/^['"]|['"]$/g, ''), pair: p, declaration: value })
  }
  return out
}

/** The arguments a field's `args` declares as a JSON scalar or an input object (`input: t.arg({ type: 'JSON' })`, `{ type: UpdateTicketInput }`): written whole by the client. */
export function declaredObjectArgs(home: PairHome, text: (n: SNode) => string): Set<string> {
  const objects = declaredArgPairs(home, text).filter(({ pair }) => /\btype\s*:\s*(['"]JSON['"]|GraphQLJSON(Object)?\b|[\w$.]*Input\b)/.test(text(pair)))
  return new Set(objects.map((a) => a.name))
}

/**
 * The arguments a field's `args` declares as numbers or booleans (Pothos's `t.arg.int()`, `t.arg({ type: 'Float' })`,
 * graphql-js's `{ type: new GraphQLNonNull(GraphQLInt) }`, Nexus's `intArg()`): GraphQL rejects any other value before
 * the resolver runs. An `ID` is text.
 */
export function declaredScalarArgs(home: PairHome, text: (n: SNode) => string): Set<string> {
  const scalars = declaredArgPairs(home, text).filter(({ declaration }) => {
    const v = text(declaration)
    return /^[\w$.]*\.arg\.(int|float|boolean)\s*\(|^(intArg|floatArg|booleanArg)\s*\(/.test(v) || /\btype\s*:\s*(['"](Int|Float|Boolean)['"]|(new\s+GraphQLNonNull\s*\(\s*)?GraphQL(Int|Float|Boolean)\b)/.test(v)
  })
  return new Set(scalars.map((a) => a.name))
}

/** A function written as a field of a GraphQL resolver map's `Query`, `Mutation` or `Subscription` object. */
export function graphqlResolver(node: SNode, text: (n: SNode) => string): boolean {
  const holder = node.type === 'method_definition' ? node.parent : node.parent?.type === 'pair' ? node.parent.parent : undefined
  const owner = holder?.type === 'object' ? holder.parent : undefined
  const key = owner?.type === 'pair' ? field(owner, 'key') : undefined
  return !!key && /^['"]?(Query|Mutation|Subscription)['"]?$/.test(text(key))
}

/**
 * The arguments a resolver's `args: { filter: Record<string, unknown>; sku: string }` annotation types as objects (a record,
 * `Partial<T>`, `any`, an object type, an interface or type alias of the file): a JSON scalar or input object the client
 * writes whole. The parameter's type is kept as text, split here at its top-level `;`/`,`.
 */
export function graphqlObjectArgs(p: SNode, text: (n: SNode) => string, fileText: string): Set<string> {
  const out = new Set<string>()
  const annotation = field(p, 'type')
  const typed = annotation ? text(annotation).replace(/^:\s*/, '').trim() : ''
  if (!typed.startsWith('{') || !typed.endsWith('}')) return out
  const members: string[] = []
  let depth = 0
  let current = ''
  for (const ch of typed.slice(1, -1)) {
    if ('{<(['.includes(ch)) depth++
    if ('}>)]'.includes(ch)) depth--
    if (depth === 0 && (ch === ';' || ch === ',' || ch === '\n')) {
      members.push(current)
      current = ''
    } else current += ch
  }
  members.push(current)
  for (const member of members) {
    const m = /^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*:\s*([\s\S]+?)\s*$/.exec(member)
    if (!m) continue
    const type = m[2]!
    if (/^(any|unknown|object)$|^(Record|Partial|Filter|Omit|Pick)\s*</.test(type) || type.startsWith('{') || (/^[A-Z][\w$]*$/.test(type) && new RegExp(`\\b(interface\\s+${type}\\b|type\\s+${type}\\s*=)`).test(fileText))) out.add(m[1]!)
  }
  return out
}

/** A method of the object given to `Meteor.methods({ … })`, written as a method or as a function-valued property. */
export function meteorMethod(fn: SNode, text: (n: SNode) => string): boolean {
  const holder = fn.type === 'method_definition' ? fn : fn.parent?.type === 'pair' && field(fn.parent, 'value') === fn ? fn.parent : undefined
  const object = holder?.parent
  const call = object?.type === 'object' && object.parent?.type === 'arguments' ? object.parent.parent : undefined
  const callee = call?.type === 'call_expression' ? field(call, 'function') : undefined
  return !!callee && /^Meteor\.methods$/.test(text(callee))
}

/**
 * A Keystone list or field hook that sees a mutation's input (`hooks: { resolveInput: async ({ inputData }) => … }`,
 * `validateInput`, `beforeOperation`): `inputData` is the GraphQL input as the client sent it.
 */
export function keystoneInputHook(fn: SNode, text: (n: SNode) => string): boolean {
  const holder = fn.type === 'method_definition' ? fn : fn.parent?.type === 'pair' && field(fn.parent, 'value') === fn ? fn.parent : undefined
  const key = holder ? field(holder, holder.type === 'pair' ? 'key' : 'name') : undefined
  if (!key || !/^(resolveInput|validateInput|beforeOperation)$/.test(text(key))) return false
  const hooks = holder?.parent?.type === 'object' ? holder.parent.parent : undefined
  const hooksKey = hooks?.type === 'pair' ? field(hooks, 'key') : undefined
  return !!hooksKey && text(hooksKey) === 'hooks'
}

/** A Next.js server-actions file by its name: `app/settings/actions.ts`, `lib/actions/billing.ts`, `user.actions.ts`. */
const ACTIONS_PATH = /(^|\/)(actions?|server-actions?)(\/[^/]+)?\.[cm]?[jt]sx?$|\.actions?\.[cm]?[jt]sx?$/

/**
 * A function of a server-actions module whose `'use server'` line the diff leaves out: the file is named for actions,
 * its first line is outside every hunk (the review sees it blank), and the function takes a form's `FormData`, as the
 * actions a `<form action={…}>` calls do. A file shown from its first line says for itself whether it is one.
 */
export function unseenActionsModule(path: string, firstLineBlank: boolean, params: SNode | undefined, textOf: (n: SNode) => string): boolean {
  if (!firstLineBlank || !params || !ACTIONS_PATH.test(path)) return false
  return namedChildren(params).some((p) => /:\s*FormData\s*$/.test(textOf(p)))
}

/** The name of a Python parameter node, plain or typed or defaulted (`name`, `name: str`, `name="x"`); undefined for a splat without one. */
export function parameterName(p: SNode): SNode | undefined {
  return p.type === 'identifier' ? p : (field(p, 'name') ?? namedChildren(p).find((c) => c.type === 'identifier'))
}
