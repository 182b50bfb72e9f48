/**
 * Conditions decided before the code runs: `if DEBUG:` with `DEBUG = False`, `if (7 * 42) - num > 200`
 * with `num = 106`, `switch (mode)` with `const mode = 'B'`, `x if LEGACY else y`. A branch such a
 * condition never takes assigns nothing the code after it can see, so a request value written
 * only there does not reach a later sink, and a value written only on the branch that is always
 * taken replaces what came before.
 *
 * Only literals, names bound exactly once to a literal, and arithmetic, comparison and boolean
 * operators over them are evaluated; anything else (a call, an attribute, a name written twice,
 * a parameter) leaves the condition undecided, so both branches stay live as before.
 */
import type { SNode } from '../syntax/tree'
import { field, namedChildren } from './text'

export type Literal = number | string | boolean | null

/** A name bound more than once, or bound where its value cannot be read off the code. */
const UNKNOWN_BINDING = Symbol('unknown binding')
/** The expression a name's one binding assigns, evaluated when the name is read. */
type Binding = SNode | typeof UNKNOWN_BINDING

/** How many names one evaluation may follow (`a = 2`, `b = a * 3`, `c = "xyz"[b - 5]`), and a stop for `a = b; b = a`. */
const MAX_DEPTH = 8
let depth = 0

const SCOPE = new Set([
  'module',
  'function_definition',
  'lambda',
  'program',
  'function_declaration',
  'function_expression',
  'function',
  'arrow_function',
  'method_definition',
  'generator_function_declaration',
  'generator_function',
])

/** Nodes whose identifiers all bind names (parameters, destructuring targets, imports, `global`). */
const BINDING_CONTAINER = new Set([
  'parameters',
  'lambda_parameters',
  'formal_parameters',
  'pattern_list',
  'tuple_pattern',
  'list_pattern',
  'list_splat_pattern',
  'dictionary_splat_pattern',
  'object_pattern',
  'array_pattern',
  'global_statement',
  'nonlocal_statement',
  'import_statement',
  'import_from_statement',
  'aliased_import',
  'import_clause',
  'import_specifier',
  'namespace_import',
  'as_pattern_target',
  'case_pattern',
])

/** Evaluates `node` when it is built from literals and single-literal names; `undefined` when it cannot. */
export function staticValue(node: SNode, text: (n: SNode) => string): Literal | undefined {
  switch (node.type) {
    case 'integer':
    case 'float':
    case 'number': {
      const n = Number(text(node).replace(/_/g, ''))
      return Number.isFinite(n) ? n : undefined
    }
    case 'true':
    case 'True':
      return true
    case 'false':
    case 'False':
      return false
    case 'none':
    case 'null':
      return null
    case 'string':
      return plainString(text(node))
    case 'identifier':
      return resolve(node, text)
    case 'subscript':
    case 'subscript_expression': {
      // `"ABC"[1]`: a position in a string fixed in the code.
      const obj = field(node, node.type === 'subscript' ? 'value' : 'object')
      const index = node.type === 'subscript' ? field(node, 'subscript') : field(node, 'index')
      const s = obj ? staticValue(obj, text) : undefined
      const i = index ? staticValue(index, text) : undefined
      if (typeof s !== 'string' || typeof i !== 'number' || !Number.isInteger(i)) return undefined
      const at = i < 0 && node.type === 'subscript' ? s.length + i : i
      return at >= 0 && at < s.length ? s[at]! : undefined
    }
    case 'parenthesized_expression': {
      const inner = namedChildren(node)
      return inner.length === 1 ? staticValue(inner[0]!, text) : undefined
    }
    case 'not_operator': {
      const arg = field(node, 'argument')
      const v = arg ? staticValue(arg, text) : undefined
      return v === undefined ? undefined : !truthy(v)
    }
    case 'unary_operator':
    case 'unary_expression': {
      const op = field(node, 'operator')
      const arg = field(node, 'argument')
      const v = arg ? staticValue(arg, text) : undefined
      if (v === undefined || !op) return undefined
      const o = text(op)
      if (o === '!' || o === 'not') return !truthy(v)
      if (typeof v !== 'number') return undefined
      return o === '-' ? -v : o === '+' ? v : undefined
    }
    case 'boolean_operator':
    case 'binary_expression':
    case 'binary_operator': {
      const op = field(node, 'operator')
      const left = field(node, 'left')
      const right = field(node, 'right')
      if (!op || !left || !right) return undefined
      const o = text(op)
      const l = staticValue(left, text)
      if (l === undefined) return undefined
      // Short-circuit: `False and anything`, `true || anything`.
      if (o === 'and' || o === '&&') return truthy(l) ? staticValue(right, text) : l
      if (o === 'or' || o === '||') return truthy(l) ? l : staticValue(right, text)
      const r = staticValue(right, text)
      if (r === undefined) return undefined
      return compare(o, l, r) ?? arithmetic(o, l, r)
    }
    case 'comparison_operator': {
      // `a < b < c`: operands and operators alternate.
      const parts = node.children.filter((c) => c.named || c.field === 'operators')
      // `x is None`, `k in d`: `compare` decides none of these whatever the operands hold, so they
      // are not resolved (resolving a name reads every binding of its scopes).
      for (let i = 1; i < parts.length; i += 2) if (!COMPARABLE.has(text(parts[i]!))) return undefined
      let result: Literal = true
      for (let i = 1; i + 1 < parts.length; i += 2) {
        const l = staticValue(parts[i - 1]!, text)
        const r = staticValue(parts[i + 1]!, text)
        if (l === undefined || r === undefined) return undefined
        const c = compare(text(parts[i]!), l, r)
        if (c === undefined) return undefined
        result = result && c
      }
      return parts.length >= 3 ? result : undefined
    }
    case 'call_expression':
      return stringMethod(node, text)
    default:
      return undefined
  }
}

/** Pure methods of a JS string whose result the code fixes when the string and the arguments are fixed: `'ABC'.charAt(2)`. */
const STRING_METHODS: Record<string, (s: string, a: Literal[]) => Literal | undefined> = {
  charAt: (s, [i = 0]) => (typeof i === 'number' ? s.charAt(i) : undefined),
  at: (s, [i = 0]) => (typeof i === 'number' ? s.at(i) : undefined),
  substring: (s, [a = 0, b]) => (typeof a === 'number' && (b === undefined || typeof b === 'number') ? s.substring(a, b) : undefined),
  slice: (s, [a = 0, b]) => (typeof a === 'number' && (b === undefined || typeof b === 'number') ? s.slice(a, b) : undefined),
  toUpperCase: (s) => s.toUpperCase(),
  toLowerCase: (s) => s.toLowerCase(),
  trim: (s) => s.trim(),
}

function stringMethod(node: SNode, text: (n: SNode) => string): Literal | undefined {
  const callee = field(node, 'function')
  const args = field(node, 'arguments')
  if (callee?.type !== 'member_expression' || args?.type !== 'arguments') return undefined
  const method = STRING_METHODS[text(field(callee, 'property') ?? callee)]
  const object = field(callee, 'object')
  const s = method && object ? staticValue(object, text) : undefined
  if (typeof s !== 'string') return undefined
  const values: Literal[] = []
  for (const a of namedChildren(args)) {
    const v = staticValue(a, text)
    if (v === undefined) return undefined
    values.push(v)
  }
  return method!(s, values)
}

/** Whether a condition always holds (`true`), never holds (`false`), or depends on the run (`undefined`). */
export function staticTruth(cond: SNode, text: (n: SNode) => string): boolean | undefined {
  const v = staticValue(cond, text)
  return v === undefined ? undefined : truthy(v)
}

export function truthy(v: Literal): boolean {
  return v !== null && v !== false && v !== 0 && v !== '' && !(typeof v === 'number' && Number.isNaN(v))
}

/** The operators `compare` can decide; any other leaves a comparison undecided. */
const COMPARABLE = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>='])

function compare(op: string, l: Literal, r: Literal): boolean | undefined {
  if (op === '==' || op === '===') return l === r
  if (op === '!=' || op === '!==') return l !== r
  if (typeof l !== typeof r || (typeof l !== 'number' && typeof l !== 'string')) return undefined
  const a = l as number | string
  const b = r as number | string
  switch (op) {
    case '<':
      return a < b
    case '<=':
      return a <= b
    case '>':
      return a > b
    case '>=':
      return a >= b
    default:
      return undefined
  }
}

function arithmetic(op: string, l: Literal, r: Literal): Literal | undefined {
  if (typeof l === 'string' && typeof r === 'string') return op === '+' ? l + r : undefined
  if (typeof l !== 'number' || typeof r !== 'number') return undefined
  switch (op) {
    case '+':
      return l + r
    case '-':
      return l - r
    case '*':
      return l * r
    case '/':
      return r === 0 ? undefined : l / r
    case '//':
      return r === 0 ? undefined : Math.floor(l / r)
    case '%':
      return r === 0 ? undefined : l % r
    case '**':
      return l ** r
    default:
      return undefined
  }
}

/** A string literal without interpolation or escapes (`'B'`, `"prod"`); anything else is undecided. */
function plainString(raw: string): string | undefined {
  const m = /^([rRuU]?)(['"`])([^'"`\\$]*)\2$/.exec(raw)
  return m ? m[3] : undefined
}

/** The literal a name holds, when the nearest scope that binds it binds it once, to a literal. */
function resolve(id: SNode, text: (n: SNode) => string): Literal | undefined {
  const name = text(id)
  for (let scope = enclosingScope(id); scope; scope = enclosingScope(scope)) {
    const binding = bindingsOf(scope, text).get(name)
    if (binding === undefined) continue
    if (binding === UNKNOWN_BINDING || depth >= MAX_DEPTH) return undefined
    depth++
    try {
      return staticValue(binding, text)
    } finally {
      depth--
    }
  }
  return undefined
}

function enclosingScope(node: SNode): SNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (SCOPE.has(n.type)) return n
  return undefined
}

const bindingsCache = new WeakMap<SNode, Map<string, Binding>>()

/**
 * Every name bound anywhere under `scope` (nested functions included, so a name reused there
 * counts as a second binding): its literal when that is its one binding.
 */
function bindingsOf(scope: SNode, text: (n: SNode) => string): Map<string, Binding> {
  let out = bindingsCache.get(scope)
  if (out) return out
  out = new Map()
  const bind = (name: string, value: Binding): void => {
    out!.set(name, out!.has(name) ? UNKNOWN_BINDING : value)
  }
  const visit = (n: SNode, inBinding: boolean): void => {
    for (const c of n.children) {
      if (c.type === 'identifier' || c.type === 'shorthand_property_identifier_pattern') {
        const b = inBinding ? UNKNOWN_BINDING : bindingOf(c, n)
        if (b !== undefined) bind(text(c), b)
        continue
      }
      // A catch clause's parameter binds (`catch ({ message })`); its body does not.
      const binds = BINDING_CONTAINER.has(c.type) || (c.field === 'parameter' && n.type === 'catch_clause')
      // A nested scope is summed up on its own (and kept: names resolve from the inside out, so it is asked
      // for next), then adds what walking it here would: each of its names once, a name it binds twice as
      // unknown. Each scope's subtree is walked once, not again for every scope around it.
      if (!inBinding && !binds && SCOPE.has(c.type)) for (const [name, b] of bindingsOf(c, text)) bind(name, b)
      else if (c.children.length > 0) visit(c, inBinding || binds)
    }
  }
  // The scope's own name and parameters are bindings too (a `def` named like the constant shadows it).
  visit(scope, false)
  bindingsCache.set(scope, out)
  return out
}

/** What binding an identifier makes in its parent: the expression it assigns, an unknown value, or none (a read). */
function bindingOf(id: SNode, parent: SNode): Binding | undefined {
  switch (parent.type) {
    case 'assignment':
    case 'variable_declarator': {
      const target = parent.type === 'assignment' ? 'left' : 'name'
      if (id.field !== target) return undefined
      const value = field(parent, parent.type === 'assignment' ? 'right' : 'value')
      // `let x;`, or `x = f()`: a value nobody can read off the code.
      return value && isStatic(value) ? value : UNKNOWN_BINDING
    }
    case 'assignment_expression':
    case 'augmented_assignment':
    case 'augmented_assignment_expression':
      return id.field === 'left' ? UNKNOWN_BINDING : undefined
    case 'named_expression':
      return id.field === 'name' ? UNKNOWN_BINDING : undefined
    case 'update_expression':
      return UNKNOWN_BINDING
    case 'for_statement':
    case 'for_in_statement':
    case 'for_in_clause':
      return id.field === 'left' ? UNKNOWN_BINDING : undefined
    case 'arrow_function':
    case 'catch_clause':
      return id.field === 'parameter' ? UNKNOWN_BINDING : undefined
    case 'function_definition':
    case 'class_definition':
    case 'function_declaration':
    case 'class_declaration':
    case 'generator_function_declaration':
    case 'method_definition':
      return id.field === 'name' ? UNKNOWN_BINDING : undefined
    case 'default_parameter':
    case 'typed_parameter':
    case 'typed_default_parameter':
    case 'required_parameter':
    case 'optional_parameter':
    case 'keyword_argument':
      // Python keyword arguments name the callee's parameter, not a binding here.
      return parent.type === 'keyword_argument' ? undefined : UNKNOWN_BINDING
    case 'with_item':
    case 'except_clause':
    case 'delete_statement':
    case 'assignment_pattern':
      return UNKNOWN_BINDING
    default:
      return undefined
  }
}

/** A right-hand side built only of what `staticValue` reads: literals, names, operators, string positions. */
function isStatic(node: SNode): boolean {
  switch (node.type) {
    case 'integer':
    case 'float':
    case 'number':
    case 'true':
    case 'false':
    case 'none':
    case 'null':
    case 'string':
    case 'identifier':
      return true
    case 'unary_operator':
    case 'unary_expression':
    case 'not_operator':
    case 'parenthesized_expression':
    case 'binary_operator':
    case 'binary_expression':
    case 'boolean_operator':
    case 'comparison_operator':
    case 'subscript':
    case 'subscript_expression':
      return namedChildren(node).every(isStatic)
    default:
      return false
  }
}
