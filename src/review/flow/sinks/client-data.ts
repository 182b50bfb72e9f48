/**
 * Request data as the client sent it, read from the syntax around a sink. Injection rules ask
 * whether a value carries request text; the session and model-binding rules ask a narrower
 * question the taint alone cannot answer: is this the client's own value (perhaps converted,
 * compared or defaulted), or the client's own mapping (a body, a form, a sub-object of one, a copy
 * or spread of it), rather than something the server looked up or validated with it? A record
 * fetched by a client-sent id, a schema's output or a picked set of fields is the server's.
 *
 * Names are followed to what they were assigned, destructured or iterated from in the enclosing
 * functions (the file, at module level); a decorated NestJS parameter (`@Body()`, `@Query('q')`)
 * and a Python parameter typed as a plain mapping in a handler are the request's.
 */
import type { SNode } from '../../syntax/tree'
import { field, namedChildren } from '../text'
import type { MatchContext } from './common'

export type Shape = 'value' | 'mapping'

/** Request objects, and the members of them that hold what the client sent. */
const PY_REQUEST = /^(request|req)$/
const PY_DATA = new Set(['args', 'form', 'json', 'data', 'values', 'GET', 'POST', 'body', 'query_params', 'path_params', 'media', 'json_body', 'params', 'matchdict', 'files', 'cookies', 'COOKIES', 'headers', 'META', 'query', 'get_json', 'get_data', 'forms', 'match_info'])
const JS_REQUEST = /^(req|request|ctx|context|c)$/
const JS_DATA = new Set(['body', 'query', 'params', 'headers', 'cookies', 'json', 'formData', 'parseBody', 'querystring', 'signedCookies', 'files', 'file'])
/** Readers that take the request (h3/Nitro): `readBody(event)`, `getQuery(event)`. */
const JS_READERS = /^(readBody|readValidatedBody|getQuery|getRouterParams?|useBody|useQuery)$/

/** Conversions that keep the client's value (or mapping) what it was. */
const PY_KEEP_FN = { value: /^(int|str|float|bool|Decimal|list|tuple|dict|json\.loads|ujson\.loads|orjson\.loads)$/, mapping: /^(dict|json\.loads|ujson\.loads|orjson\.loads|copy\.copy|copy\.deepcopy|deepcopy|OrderedDict)$/ }
const JS_KEEP_FN = { value: /^(String|Number|Boolean|BigInt|parseInt|parseFloat|Number\.parseInt|Number\.parseFloat|JSON\.parse|Array\.from|decodeURIComponent)$/, mapping: /^(JSON\.parse|structuredClone|Object\.assign|_\.clone|_\.cloneDeep|cloneDeep|Object\.fromEntries)$/ }
/** Methods whose result is still the client's value or mapping. */
const KEEP_METHOD = {
  value: /^(get|getlist|getAll|dict|to_dict|copy|items|values|keys|lower|upper|strip|lstrip|rstrip|title|casefold|split|toLowerCase|toUpperCase|trim|trimStart|trimEnd|toString|valueOf|slice|substring|json|get_json|get_data|formData|parseBody|entries|normalize|at)$/,
  mapping: /^(get|dict|to_dict|copy|items|keys|json|get_json|parseBody|toObject|toJSON|entries)$/,
}
/** Builtins that are not records, whatever a value of theirs is given. */
const CHAIN_NODES = new Set(['attribute', 'member_expression', 'subscript', 'subscript_expression', 'call', 'call_expression', 'await', 'await_expression', 'parenthesized_expression', 'non_null_expression', 'as_expression', 'satisfies_expression', 'type_assertion'])
const FUNCTION_NODE = /^(function_declaration|function_definition|function_expression|function|arrow_function|method_definition|generator_function(_declaration)?|lambda)$/

interface Walk {
  m: MatchContext
  python: boolean
  /** The sink's function is a web handler (its untyped parameters are the request's). */
  handler: boolean
  seen: Set<string>
}

export function walk(m: MatchContext, python: boolean, handler: boolean): Walk {
  return { m, python, handler, seen: new Set() }
}

/** The client's own value, or (for `mapping`) a mapping whose keys the client chose. */
export function fromClient(node: SNode | undefined, shape: Shape, w: Walk, depth = 0): boolean {
  if (!node || depth > 8) return false
  const t = node.type
  if (t === 'parenthesized_expression' || t === 'await' || t === 'await_expression' || t === 'non_null_expression' || t === 'as_expression' || t === 'satisfies_expression' || t === 'type_assertion') {
    const inner = namedChildren(node).find((c) => c.type !== 'type_annotation' && !/type/.test(c.field ?? ''))
    return fromClient(inner, shape, w, depth + 1)
  }
  if (t === 'identifier') return nameFromClient(node, shape, w, depth)
  if (CHAIN_NODES.has(t)) return chainFromClient(node, shape, w, depth)
  if (t === 'dictionary_splat' || t === 'spread_element' || t === 'list_splat') return fromClient(namedChildren(node)[0], 'mapping', w, depth + 1)
  // A literal the code writes: for a mapping only a spread of the client's mapping makes its keys the client's.
  if (t === 'object' || t === 'dictionary') {
    for (const c of namedChildren(node)) {
      if (c.type === 'spread_element' || c.type === 'dictionary_splat') {
        if (fromClient(namedChildren(c)[0], 'mapping', w, depth + 1)) return true
      } else if (shape === 'value') {
        const v = c.type === 'pair' ? field(c, 'value') : c.type === 'shorthand_property_identifier' ? c : undefined
        if (v && (v.type === 'shorthand_property_identifier' ? nameFromClient(v, 'value', w, depth) : fromClient(v, 'value', w, depth + 1))) return true
      }
    }
    return false
  }
  if (shape === 'mapping') return false
  if (t === 'array' || t === 'list' || t === 'tuple' || t === 'set') return namedChildren(node).some((c) => fromClient(c, 'value', w, depth + 1))
  // Compared, combined or defaulted: still decided by what the client sent.
  if (t === 'comparison_operator' || t === 'boolean_operator' || t === 'binary_operator' || t === 'binary_expression' || t === 'not_operator' || t === 'unary_expression') {
    return namedChildren(node).some((c) => fromClient(c, 'value', w, depth + 1))
  }
  if (t === 'conditional_expression' || t === 'ternary_expression') {
    const branches = t === 'ternary_expression' ? [field(node, 'consequence'), field(node, 'alternative')] : namedChildren(node).filter((_, i) => i !== 1)
    return branches.some((b) => fromClient(b, 'value', w, depth + 1))
  }
  if (t === 'string' || t === 'template_string') {
    return node.children.some((c) => (c.type === 'interpolation' || c.type === 'template_substitution') && namedChildren(c).some((e) => fromClient(e, 'value', w, depth + 1)))
  }
  return false
}

/** `a.b[c].d(...)`: what it starts from, and whether each step on the way keeps the client's data. */
function chainFromClient(node: SNode, shape: Shape, w: Walk, depth: number): boolean {
  const steps: Array<{ kind: 'member' | 'index' | 'call'; name?: string; node: SNode }> = []
  let n: SNode | undefined = node
  while (n && CHAIN_NODES.has(n.type)) {
    if (n.type === 'attribute' || n.type === 'member_expression') {
      steps.push({ kind: 'member', name: w.m.text(field(n, w.python ? 'attribute' : 'property') ?? n), node: n })
      n = field(n, 'object')
    } else if (n.type === 'subscript' || n.type === 'subscript_expression') {
      steps.push({ kind: 'index', node: n })
      n = field(n, w.python ? 'value' : 'object')
    } else if (n.type === 'call' || n.type === 'call_expression') {
      const fn = field(n, 'function')
      // `json.loads(…)`, `JSON.parse(…)`, `Number.parseInt(…)`: a module's function, not a method of what it is called on.
      const keep = w.python ? PY_KEEP_FN : JS_KEEP_FN
      if (fn && (keep.value.test(w.m.text(fn)) || keep.mapping.test(w.m.text(fn)))) return steps.every((s) => s.kind !== 'call' || KEEP_METHOD[shape].test(s.name ?? '')) && callFromClient(n, fn, shape, w, depth)
      if (fn && (fn.type === 'attribute' || fn.type === 'member_expression')) {
        steps.push({ kind: 'call', name: w.m.text(field(fn, w.python ? 'attribute' : 'property') ?? fn), node: n })
        n = field(fn, 'object')
        continue
      }
      return callFromClient(n, fn, shape, w, depth)
    } else {
      n = namedChildren(n).find((c) => c.type !== 'type_annotation')
    }
  }
  if (!n) return false
  const path = steps.reverse()
  // `self.request.POST`, `this.req.body`: the request object kept on the instance.
  let at = 0
  let rootName = w.m.text(n)
  if ((n.type === 'this' || rootName === 'self') && path[0]?.kind === 'member' && /^(request|req)$/.test(path[0].name ?? '')) {
    rootName = path[0].name!
    at = 1
  }
  if (n.type === 'identifier' || n.type === 'this' || rootName === 'request' || rootName === 'req') {
    const requestRoot = w.python ? PY_REQUEST.test(rootName) : JS_REQUEST.test(rootName)
    if (requestRoot) {
      // Koa's `ctx.request.body`, Hono's `c.req.json()`.
      while (!w.python && (path[at]?.name === 'request' || path[at]?.name === 'req') && path[at]?.kind === 'member') at++
      const first = path[at]
      if (!first || !(w.python ? PY_DATA : JS_DATA).has(first.name ?? '')) return false
      if (!w.python && rootName === 'ctx' && at === 0 && first.name === 'body') return false
      if (!w.python && rootName === 'c' && at === 0) return false
      return stepsKeep(path.slice(at + 1), shape)
    }
    if (n.type !== 'identifier') return false
    return stepsKeep(path, shape) && nameFromClient(n, shape, w, depth)
  }
  return false
}

function stepsKeep(path: ReadonlyArray<{ kind: string; name?: string }>, shape: Shape): boolean {
  return path.every((s) => s.kind !== 'call' || KEEP_METHOD[shape].test(s.name ?? ''))
}

/** `int(x)`, `String(x)`, `JSON.parse(x)`, `readBody(event)`; any other function's result is its own. */
function callFromClient(call: SNode, fn: SNode | undefined, shape: Shape, w: Walk, depth: number): boolean {
  const name = fn ? w.m.text(fn) : ''
  const args = namedChildren(field(call, 'arguments') ?? call).filter((a) => a.type !== 'keyword_argument' && a.type !== 'comment')
  if (!w.python && JS_READERS.test(name)) return true
  const keep = (w.python ? PY_KEEP_FN : JS_KEEP_FN)[shape]
  if (!keep.test(name)) return false
  // `Object.assign({}, defaults, req.body)`: any source after the target.
  if (name === 'Object.assign') return args.slice(1).some((a) => fromClient(a, shape, w, depth + 1))
  return fromClient(args[0], shape, w, depth + 1)
}

/** A name: any of its assignments (or the iterable it loops over, or the value it was destructured from) is the client's. */
function nameFromClient(node: SNode, shape: Shape, w: Walk, depth: number): boolean {
  const name = w.m.text(node)
  const key = `${name}@${shape}`
  if (w.seen.has(key)) return false
  w.seen.add(key)
  try {
    for (let scope: SNode | undefined = enclosingFunction(node); ; scope = enclosingFunction(scope!)) {
      const root = scope ?? fileRoot(node)
      const param = parameterOf(root, name, w)
      if (param !== undefined) return param === 'mapping' || (param === 'value' && shape === 'value')
      const sources = bindings(root, name, w)
      if (sources.length > 0) return sources.some((s) => fromClient(s.node, s.element ? 'mapping' : shape, w, depth + 1))
      if (!scope) return false
    }
  } finally {
    w.seen.delete(key)
  }
}

function enclosingFunction(node: SNode): SNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (FUNCTION_NODE.test(n.type)) return n
  return undefined
}

function fileRoot(node: SNode): SNode {
  let root = node
  while (root.parent) root = root.parent
  return root
}

/**
 * What a function's parameter of this name holds: NestJS `@Body()` (untyped, or typed as a plain
 * record: a mapping) and `@Body('x')`/`@Query('x')`/`@Param('x')` (a value); a Python handler's
 * parameter typed `dict`/`Any`. `null` when it is a parameter of something else, undefined when not a parameter.
 */
function parameterOf(fn: SNode, name: string, w: Walk): Shape | null | undefined {
  const params = field(fn, 'parameters') ?? (fn.type === 'arrow_function' ? field(fn, 'parameter') : undefined)
  if (!params) return undefined
  const list = params.type === 'identifier' ? [params] : namedChildren(params)
  for (const p of list) {
    const id = p.type === 'identifier' ? p : (field(p, 'pattern') ?? field(p, 'name') ?? namedChildren(p).find((c) => c.type === 'identifier'))
    if (!id || id.type !== 'identifier' || w.m.text(id) !== name) continue
    const type = field(p, 'type')
    const typeText = type ? w.m.text(type).replace(/^:\s*/, '') : ''
    if (w.python) return w.handler && /^(dict|Dict|Mapping|Any|dict\[.*\]|Dict\[.*\])$/.test(typeText) ? 'mapping' : null
    const decorator = p.children.find((c) => c.type === 'decorator')
    const call = decorator ? namedChildren(decorator)[0] : undefined
    const fnName = call?.type === 'call_expression' ? w.m.text(field(call, 'function') ?? call) : ''
    if (!/^(Body|Query|Param|Headers|Req|Request)$/.test(fnName)) return null
    const args = namedChildren(field(call!, 'arguments') ?? call!)
    if (args.length > 0) return 'value'
    if (fnName === 'Req' || fnName === 'Request') return null
    // A DTO class is validated (ValidationPipe); a plain record type, `any` or no type is what was sent.
    return typeText === '' || /^(any|object|unknown|Record<.*>|Partial<.*>|\{.*\})$/s.test(typeText) ? 'mapping' : 'value'
  }
  return undefined
}

interface Binding {
  node: SNode
  /** The name takes the iterable's elements (a `for` loop), not the value itself. */
  element: boolean
}

const BINDINGS = new WeakMap<SNode, Map<string, Binding[]>>()

/**
 * Every expression a name is bound from in `scope` (nested functions included): assignments,
 * declarations, the value a pattern destructures, and (as `for-element`) the iterable a loop
 * takes it from.
 */
function bindings(scope: SNode, name: string, w: Walk): Binding[] {
  let table = BINDINGS.get(scope)
  if (!table) {
    const built = new Map<string, Binding[]>()
    const add = (id: string, value: SNode | undefined, element = false) => {
      if (!value) return
      let list = built.get(id)
      if (!list) built.set(id, (list = []))
      list.push({ node: value, element })
    }
    const names = (target: SNode | undefined, out: string[] = []): string[] => {
      if (!target) return out
      if (target.type === 'identifier' || target.type === 'shorthand_property_identifier_pattern') out.push(w.m.text(target))
      else if (target.type === 'pair_pattern') names(field(target, 'value'), out)
      else if (/pattern|pattern_list|tuple|list|assignment_pattern|object_pattern|array_pattern/.test(target.type)) for (const c of namedChildren(target)) names(c.type === 'assignment_pattern' ? field(c, 'left') : c, out)
      return out
    }
    const visit = (n: SNode) => {
      if (n.type === 'assignment' || n.type === 'assignment_expression' || n.type === 'augmented_assignment') {
        for (const id of names(field(n, 'left'))) add(id, field(n, 'right'))
      } else if (n.type === 'variable_declarator') {
        for (const id of names(field(n, 'name'))) add(id, field(n, 'value'))
      } else if (n.type === 'named_expression') {
        for (const id of names(field(n, 'name'))) add(id, field(n, 'value'))
      } else if (n.type === 'for_statement' || n.type === 'for_in_statement' || n.type === 'for_in_clause') {
        for (const id of names(field(n, 'left'))) add(id, field(n, 'right'), true)
      }
      for (const c of n.children) visit(c)
    }
    visit(scope)
    BINDINGS.set(scope, (table = built))
  }
  return table.get(name) ?? []
}
