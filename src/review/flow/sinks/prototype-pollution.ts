/**
 * Prototype pollution (CWE-1321). A key the client chooses reaches `Object.prototype` when it is
 * `__proto__` (or `constructor` then `prototype`) and the code walks into it before writing: every
 * object in the process then inherits the written property (`isAdmin: true`, a template option, a
 * child-process `shell`). Three shapes:
 *
 * - A two-level write whose outer key comes from the request (`prefs[section][key] = value`):
 *   `prefs["__proto__"]` is `Object.prototype`.
 * - Request data given to a path setter (`_.set(obj, req.body.path, v)`, `setWith`, dot-prop,
 *   object-path, set-value) as the path, or to a deep merge (`_.merge`, `_.mergeWith`,
 *   `_.defaultsDeep`, `deepmerge`, `merge-deep`, `$.extend(true, …)`) as a source merged into an
 *   object that outlives the call (a fresh `{}` target is a copy).
 * - A hand-written helper that does the same for any caller: a recursive merge that writes
 *   `target[key]` for every key of its source and recurses into `target[key]`, or a path walker
 *   (`cur = cur[part]` in a loop, then `cur[last] = value`), with no guard on the keys.
 *
 * Guards: keys compared against `__proto__`/`constructor`/`prototype` (or a list holding them), an
 * own-property check on the object walked into, an allow-list check on the key, `Object.create(null)`
 * objects, schema-validated input (Joi, zod, class-validator). Shallow copies (`Object.assign`,
 * spread), `Map` stores and constant keys or paths cannot reach the prototype.
 */
import { fileGate } from '../../needles'
import type { SNode } from '../../syntax/tree'
import type { CallEvent, RuleFinding, StoreEvent } from '../events'
import { field, namedChildren, rootOf, unwrapped } from '../text'
import { isInert, isTainted, type Value } from '../value'
import { callText, describeFlow, finding, type MatchContext, scoped } from './common'
import { assignments, fileText, outerScopeText, vouched } from './written'

const RULE = 'js/prototype-pollution'

/** Path setters: the second argument is a path into the first (`a.b.c`, `['a', 'b']`). */
const PATH_SETTER = /^(lodash(-es)?|lodash\/fp|underscore)\.(set|setWith|update|updateWith|zipObjectDeep)$|^lodash\.(set|setwith)$|^lodash\/(set|setWith|update|updateWith)$|^(dot-prop|dot-prop-immutable|object-path|dottie|nested-property)\.(set|insert|push|ensureExists)$|^(set-value|dset|deep-set|just-safe-set|object-path-set|@strikeentco\/set)$/
/** Deep merges of their later arguments into their first. */
const DEEP_MERGE = /^(lodash(-es)?|underscore)\.(merge|mergeWith|defaultsDeep)$|^lodash\.(merge|mergewith|defaultsdeep)$|^lodash\/(merge|mergeWith|defaultsDeep)$|^(deepmerge|merge-deep|mixin-deep|assign-deep|defaults-deep|deep-extend|merge-options|@fastify\/deepmerge|deepmerge-ts)$|^deepmerge\.all$|^angular\.merge$|^(@hapi\/)?hoek\.merge$|^merge\.recursive$/
/** jQuery and the `extend` package merge deeply when the first argument is `true`. */
const DEEP_FLAG = /^(\$|jQuery|jquery|extend|node\.extend)\.extend$|^(extend|node\.extend)$/

/** A schema that checks the body (`Schema.validate(req.body)`, zod `parse`, class-transformer): its output holds only declared keys. */
const SCHEMA_CALL = /(?<!JSON)\.(safeParse|parse|parseAsync|safeParseAsync|validate|validateSync|validateAsync|cast|attempt)\s*\(|\bplainTo(Instance|Class)\s*\(|\bvalidate\w*\s*\(/

const FIX = {
  path: "Check the path's segments against an allow-list of settable fields (or refuse `__proto__`, `constructor` and `prototype`), or keep the data in a `Map` or an `Object.create(null)` object.",
  merge: 'Validate the input with a schema that allows only known keys before merging it, merge into a fresh object that is then checked, or use a merge that skips `__proto__`, `constructor` and `prototype`.',
  write: "Refuse `__proto__`, `constructor` and `prototype` as keys (or check them against an allow-list), check `Object.hasOwn(obj, key)` before walking into `obj[key]`, or keep such data in a `Map` or `Object.create(null)`.",
}

/** A value chosen by the client (from a server request or the page's URL) that nothing checked against a list. */
function clientChosen(v: Value | undefined): boolean {
  return !!v && isTainted(v) && !isInert(v) && !vouched(v.safe)
}

/** What a name was bound to in `scope`: assignments and destructurings (`const { value } = Schema.validate(body)`). */
function boundTo(name: string, scope: string): string[] {
  const out = assignments(name, scope)
  const escaped = name.replace(/\$/g, '\\$')
  for (const x of scope.matchAll(new RegExp(`\\{[^{}=]*\\b${escaped}\\b[^{}=]*\\}\\s*=\\s*([^\\n]+)`, 'g'))) out.push(x[1]!)
  return out
}

/** The argument was made by a schema check: it holds only the keys the schema declares. */
function schemaChecked(node: SNode | undefined, ev: CallEvent, m: MatchContext): boolean {
  if (!node) return false
  const text = m.text(node)
  if (SCHEMA_CALL.test(text)) return true
  const root = /^[A-Za-z_$][\w$]*/.exec(text)?.[0]
  return root !== undefined && boundTo(root, outerScopeText(ev, m)).some((rhs) => SCHEMA_CALL.test(rhs))
}

/** Receivers the import above a hunk would have resolved (`_.set`, `dotProp.set`, `$.extend`), for hunks that do not show it. */
const CONVENTIONAL: Record<string, string> = { _: 'lodash', lodash: 'lodash', dotProp: 'dot-prop', objectPath: 'object-path', $: '$', jQuery: 'jQuery', angular: 'angular', Hoek: 'hoek', hoek: 'hoek' }
/** lodash functions no one else names so, called bare (`setWith(draft, key, v, Object)`). */
const LODASH_ONLY = /^(setWith|updateWith|mergeWith|defaultsDeep|zipObjectDeep)$/

function qualified(ev: CallEvent): string {
  // An unresolved receiver keeps its own name (`_.set`).
  const q = ev.qname ?? (ev.receiverText !== undefined ? `${ev.receiverText}.${ev.name}` : '')
  const dot = q.indexOf('.')
  const module = dot > 0 ? CONVENTIONAL[q.slice(0, dot)] : undefined
  if (module) return module + q.slice(dot)
  if (!ev.qname && ev.receiverText === undefined && LODASH_ONLY.test(ev.name)) return `lodash.${ev.name}`
  return ev.qname ?? ''
}

function librarySink(ev: CallEvent, m: MatchContext): RuleFinding | undefined {
  const qname = qualified(ev)
  if (PATH_SETTER.test(qname)) {
    const path = ev.args[1]
    if (!clientChosen(path) || schemaChecked(ev.argNodes[1], ev, m)) return undefined
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` writes at a path taken from ${describeFlow(path!, ev.argNodes[1] ? m.text(ev.argNodes[1]) : '', m.row(ev.stmt))}: a path such as \`__proto__.isAdmin\` or \`constructor.prototype.isAdmin\` sets the property on \`Object.prototype\`, and every object in the process inherits it`, FIX.path, [path], 'major')
  }
  const deep = DEEP_MERGE.test(qname) ? 0 : DEEP_FLAG.test(qname) && ev.args[0]?.str === undefined && /^true$/.test(ev.argNodes[0] ? m.text(ev.argNodes[0]) : '') ? 1 : -1
  if (deep < 0) return undefined
  // `deepmerge.all([defaults, body])`: the sources are the array's items.
  const all = qname === 'deepmerge.all'
  const targetNode = all ? namedChildren(ev.argNodes[0] ?? ev.node)[0] : ev.argNodes[deep]
  // A fresh target (`_.merge({}, defaults, body)`) is no shelter: `{}`'s `__proto__` is `Object.prototype` all the same.
  const sources = all ? namedChildren(ev.argNodes[0] ?? ev.node).slice(1) : ev.argNodes.slice(deep + 1)
  const values = all ? (ev.args[0]?.elements ?? []).slice(1) : ev.args.slice(deep + 1)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (!clientChosen(v) || schemaChecked(sources[i], ev, m)) continue
    const target = targetNode ? m.text(targetNode) : 'the target'
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` deep-merges ${describeFlow(v!, sources[i] ? m.text(sources[i]!) : '', m.row(ev.stmt))} into \`${target.slice(0, 40)}\`: a key \`__proto__\` (or \`constructor.prototype\`) in that data makes the merge write into \`Object.prototype\`, and every object in the process inherits what it sets`, FIX.merge, [v], 'major')
  }
  return undefined
}

/** The root name of `a.b[c][d]` (`a`). */
function rootName(node: SNode, m: MatchContext): string | undefined {
  let n: SNode | undefined = node
  while (n && (n.type === 'subscript_expression' || n.type === 'member_expression' || n.type === 'parenthesized_expression' || n.type === 'non_null_expression')) n = field(n, 'object') ?? namedChildren(n)[0]
  return n?.type === 'identifier' ? m.text(n) : undefined
}

/** Text that guards keys: the reserved names themselves, or an own-property check. */
const KEY_GUARD = /__proto__|['"`]constructor['"`]|['"`]prototype['"`]|hasOwnProperty|Object\.hasOwn\b|\bhasOwn\s*\(/

function nestedWrite(ev: StoreEvent, m: MatchContext): RuleFinding | undefined {
  if (!ev.objectKey || !clientChosen(ev.objectKey) || !ev.keyValue || ev.keyValue.constant || ev.keyValue.str !== undefined) return undefined
  const objNode = field(ev.node, 'object')
  if (!objNode) return undefined
  const scope = outerScopeText(ev, m)
  if (KEY_GUARD.test(scope) || keyGuardNamed(scope, m, ev.node)) return undefined
  // `Object.create(null)` has no prototype to reach.
  const root = rootName(objNode, m)
  if (root && assignments(root, fileText(ev, m)).some((rhs) => /Object\.create\(\s*null\s*\)|new Map\b/.test(rhs))) return undefined
  const outer = field(objNode, 'index')
  return finding(RULE, ev, m, `\`${m.text(ev.node).slice(0, 60)}\` is written in the object that ${describeFlow(ev.objectKey, outer ? m.text(outer) : '', m.row(ev.stmt))} chooses: with \`__proto__\` there, the object is \`Object.prototype\`, and the write gives every object in the process that property`, FIX.write, [ev.objectKey, ev.keyValue], 'major')
}

/** A guard through a name the file defines with the reserved keys (`const UNSAFE = ['__proto__', …]` … `UNSAFE.includes(key)`). */
function keyGuardNamed(scope: string, m: MatchContext, node: SNode): boolean {
  for (const name of reservedKeyNames(rootOf(node), m)) {
    if (new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(scope)) return true
  }
  return false
}

const RESERVED_NAMES = new WeakMap<SNode, string[]>()

/**
 * Names declared with a value that spells a reserved key: the value's own text, not the lines after its declaration.
 * A function of the file whose body spells one (`function isUnsafeKey(k) { return k === '__proto__' || … }`) is such
 * a name too, so `keys.some(isUnsafeKey)` guards as `UNSAFE.includes(key)` does.
 */
function reservedKeyNames(root: SNode, m: MatchContext): string[] {
  let names = RESERVED_NAMES.get(root)
  if (names) return names
  names = []
  const visit = (n: SNode): void => {
    if (n.type === 'variable_declarator' || n.type === 'function_declaration') {
      const name = field(n, 'name')
      const value = field(n, n.type === 'function_declaration' ? 'body' : 'value')
      if (name?.type === 'identifier' && value && /__proto__|['"`]constructor['"`]/.test(m.text(value))) names!.push(m.text(name))
    }
    for (const c of n.children) if (c.named) visit(c)
  }
  visit(root)
  RESERVED_NAMES.set(root, names)
  return names
}

export const javascriptPrototypePollution = scoped({ kinds: ['call', 'store'] }, (ev, m) => {
  if (m.isTest) return undefined
  if (ev.kind === 'call') return librarySink(ev, m)
  if (ev.kind === 'store') return nestedWrite(ev, m)
  return undefined
})

// ---------------------------------------------------------------------------------------------
// Hand-written helpers: recursive merges and path walkers, reported whoever calls them.

const FUNCTION = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'function', 'generator_function_declaration'])
const HELPER_GATE = fileGate(['for', 'forEach', 'reduce', 'while'], ['] =', ']=', '] ??=', '] ||='])

/** Whether the file can hold a helper `prototypePollutionHelpers` reports. */
export function helpersMayPollute(file: Parameters<typeof HELPER_GATE>[0], text?: string): boolean {
  return HELPER_GATE(file, text)
}

function functionName(fn: SNode, m: MatchContext): string | undefined {
  const name = field(fn, 'name')
  if (name) return m.text(name)
  const parent = fn.parent
  if (parent?.type === 'variable_declarator' || parent?.type === 'assignment_expression' || parent?.type === 'pair' || parent?.type === 'public_field_definition') {
    const id = field(parent, 'name') ?? field(parent, 'left') ?? field(parent, 'key')
    if (id) return m.text(id).replace(/^.*\./, '')
  }
  return undefined
}

function paramNames(fn: SNode, m: MatchContext): Set<string> {
  const out = new Set<string>()
  const list = field(fn, 'parameters') ?? field(fn, 'parameter')
  if (!list) return out
  const visit = (p: SNode): void => {
    if (p.type === 'identifier') out.add(m.text(p))
    else if (p.type === 'required_parameter' || p.type === 'optional_parameter') {
      const pat = field(p, 'pattern')
      if (pat?.type === 'identifier') out.add(m.text(pat))
    } else if (p.type === 'assignment_pattern') {
      const left = field(p, 'left')
      if (left?.type === 'identifier') out.add(m.text(left))
    } else if (p.type === 'formal_parameters') for (const c of namedChildren(p)) visit(c)
  }
  visit(list)
  return out
}

/** Names bound to the keys of an object a loop walks: `for (k in src)`, `for (const k of Object.keys(src))`, `Object.entries(src).forEach(([k, v]) => …)`. */
function keyNames(body: SNode, m: MatchContext): Set<string> {
  const out = new Set<string>()
  const bindFirst = (pat: SNode | undefined): void => {
    if (!pat) return
    if (pat.type === 'identifier') out.add(m.text(pat))
    else if (pat.type === 'array_pattern') {
      const first = namedChildren(pat)[0]
      if (first?.type === 'identifier') out.add(m.text(first))
    } else for (const c of namedChildren(pat)) if (c.type === 'identifier' || c.type === 'array_pattern') bindFirst(c)
  }
  const visit = (n: SNode): void => {
    if (n.type === 'for_in_statement') {
      const right = field(n, 'right')
      const of = n.children.some((c) => c.type === 'of')
      if (!of || (right && /^(Object\.(keys|entries|getOwnPropertyNames)|Reflect\.ownKeys)\s*\(/.test(m.text(unwrapped(right))))) bindFirst(field(n, 'left'))
    }
    if (n.type === 'call_expression') {
      const callee = field(n, 'function')
      if (callee?.type === 'member_expression' && /^(forEach|map|reduce)$/.test(m.text(field(callee, 'property') ?? callee)) && /^(Object\.(keys|entries|getOwnPropertyNames)|Reflect\.ownKeys)\s*\(/.test(m.text(field(callee, 'object') ?? callee))) {
        const cb = namedChildren(field(n, 'arguments') ?? n)[0]
        const params = cb && FUNCTION.has(cb.type) ? (field(cb, 'parameters') ?? field(cb, 'parameter')) : undefined
        const named = params ? (params.type === 'identifier' ? [params] : namedChildren(params)) : []
        // `reduce((acc, key) => …)`: the key is the second parameter.
        bindFirst(/reduce$/.test(m.text(callee)) ? named[1] : named[0])
      }
    }
    for (const c of n.children) if (c.named) visit(c)
  }
  visit(body)
  return out
}

interface Assignment {
  node: SNode
  left: SNode
  right: SNode
}

function assignmentsIn(body: SNode): Assignment[] {
  const out: Assignment[] = []
  const visit = (n: SNode): void => {
    if (n.type === 'assignment_expression' || n.type === 'augmented_assignment_expression') {
      const left = field(n, 'left')
      const right = field(n, 'right')
      if (left && right) out.push({ node: n, left, right })
    }
    for (const c of n.children) if (c.named) visit(c)
  }
  visit(body)
  return out
}

function statementOf(n: SNode): SNode {
  let s = n
  while (s.parent && !/statement|declaration$/.test(s.type)) s = s.parent
  return s
}

function helperFinding(a: Assignment, m: MatchContext, message: string): RuleFinding {
  const stmt = statementOf(a.node)
  return { ruleId: RULE, startRow: m.row(stmt), endRow: m.rowAt(Math.max(stmt.start, stmt.end - 1)), message, suggestion: FIX.write, values: [], severity: 'major' }
}

/** A write of a value that is no fresh container and no copy of what is already there (`t[k] = t[k] || {}`). */
function leafValue(a: Assignment, m: MatchContext): boolean {
  const right = unwrapped(a.right)
  if (right.type === 'object' || right.type === 'array') return false
  if (right.type === 'call_expression' && /^Object\.create\s*\(/.test(m.text(right))) return false
  return !m.text(right).includes(m.text(a.left))
}

function guarded(fn: SNode, m: MatchContext): boolean {
  const text = m.text(fn)
  return KEY_GUARD.test(text) || keyGuardNamed(text, m, fn)
}

/** Recursive merges and path walkers in `root` that write through keys nobody checked. */
export function prototypePollutionHelpers(root: SNode, m: MatchContext): RuleFinding[] {
  if (m.isTest) return []
  const out: RuleFinding[] = []
  const visit = (n: SNode): void => {
    if (FUNCTION.has(n.type)) check(n, m, out)
    for (const c of n.children) if (c.named) visit(c)
  }
  visit(root)
  return out
}

function check(fn: SNode, m: MatchContext, out: RuleFinding[]): void {
  const body = field(fn, 'body')
  if (!body || body.type !== 'statement_block') return
  const params = paramNames(fn, m)
  if (params.size === 0) return
  const writes = assignmentsIn(body)
  if (writes.length === 0) return
  const name = functionName(fn, m)
  // A recursive merge: `target[key] = source[key]` for every key of the source, recursing into `target[key]`.
  const keys = name ? keyNames(body, m) : new Set<string>()
  if (name && keys.size > 0) {
    const calls = recursiveArgs(body, name, m)
    for (const a of writes) {
      if (a.node.type !== 'assignment_expression' || a.left.type !== 'subscript_expression') continue
      const obj = field(a.left, 'object')
      const index = field(a.left, 'index')
      if (obj?.type !== 'identifier' || index?.type !== 'identifier' || !params.has(m.text(obj)) || !keys.has(m.text(index))) continue
      if (!calls.has(m.text(a.left)) || !leafValue(a, m) || guarded(fn, m)) continue
      out.push(helperFinding(a, m, `\`${name}\` merges every key of its source into \`${m.text(obj)}\` and recurses into \`${m.text(a.left)}\` without refusing \`__proto__\`: merging \`{"__proto__": {"isAdmin": true}}\` (what \`JSON.parse\` makes of a request body) walks into \`Object.prototype\` and writes there, so every object in the process inherits the property`))
      return
    }
  }
  // A path walker: `cur = cur[part]` in a loop, then `cur[last] = value`.
  for (const walk of writes) {
    if (walk.node.type !== 'assignment_expression' || walk.left.type !== 'identifier') continue
    const cur = m.text(walk.left)
    let right = unwrapped(walk.right)
    // `cur = cur[key] = Object.assign({}, cur[key])`: each step puts a copy the code just made at the key and walks into
    // that, never into what the key held, so `__proto__` in the path re-points a copy's prototype and no write reaches
    // `Object.prototype`. (`cur[key] || {}` walks into what the key held, and stays reported.)
    if (right.type === 'assignment_expression' && freshObject(unwrapped(field(right, 'right') ?? right), m)) continue
    if (right.type === 'assignment_expression' || right.type === 'augmented_assignment_expression') right = unwrapped(field(right, 'left') ?? right)
    if (right.type !== 'subscript_expression' || m.text(field(right, 'object') ?? right) !== cur || !insideLoop(walk.node, fn)) continue
    // Walking into `__proto__` of any ordinary object reaches `Object.prototype`, whether the walk starts at an object the
    // caller passed or at a fresh `{}`; one made by `Object.create(null)` has no prototype to walk into.
    const start = startOf(cur, body, params, m)
    if (assignments(start, m.text(body)).some((rhs) => /Object\.create\(\s*null\s*\)/.test(rhs))) continue
    const inputs = inputNames(body, [...params].filter((p) => p !== start), m)
    for (const a of writes) {
      if (a.node.type !== 'assignment_expression' || a.left.type !== 'subscript_expression' || m.text(field(a.left, 'object') ?? a.left) !== cur) continue
      const index = field(a.left, 'index')
      if (!index || index.type === 'string' || index.type === 'number' || !leafValue(a, m) || guarded(fn, m)) continue
      // A setter's shape: it writes a value it was given (`set(obj, path, value)`, an entry of the object it unflattens)
      // at a path it was given; a walker over the code's own paths writes what it computes.
      // The value may be read from what it was given, as a route handler writes `req.body.value` at `req.params.path`.
      const value = readRoot(unwrapped(a.right))
      const walkIndex = field(right, 'index')
      if (value?.type !== 'identifier' || !inputs.has(m.text(value)) || !walkIndex || !mentions(m.text(walkIndex), inputs)) continue
      out.push(helperFinding(a, m, `\`${name ?? 'This function'}\` walks \`${cur}\` down a path with \`${m.text(walk.node).slice(0, 40)}\` and writes \`${m.text(a.left).slice(0, 40)}\` without refusing \`__proto__\`: a path such as \`__proto__.isAdmin\` or \`constructor.prototype.isAdmin\` lands the write on \`Object.prototype\`, and every object in the process inherits it`))
      return
    }
  }
}

/**
 * An object made right here: a literal (`{}`, `{ ...prev }`, `[]`), `new X()`, a call that is given nothing and so can hand
 * back nothing it was shown (`emptyObject()`, `Object.create(null)`), or `Object.assign`/`Object.create` onto one of those.
 */
function freshObject(node: SNode, m: MatchContext): boolean {
  if (node.type === 'object' || node.type === 'array' || node.type === 'new_expression') return true
  if (node.type !== 'call_expression') return false
  const args = namedChildren(field(node, 'arguments') ?? node).filter((a) => a.type !== 'comment')
  const callee = m.text(field(node, 'function') ?? node)
  if (/^Object\.(assign|create)$/.test(callee)) return args[0] !== undefined && (callee === 'Object.create' || freshObject(unwrapped(args[0]), m))
  return args.length === 0
}

/** The texts of arguments the function passes to itself (`deepMerge(target[key], value)`, `target[key] || {}`), unwrapped. */
function recursiveArgs(body: SNode, name: string, m: MatchContext): Set<string> {
  const out = new Set<string>()
  const visit = (n: SNode): void => {
    if (n.type === 'call_expression') {
      const callee = field(n, 'function')
      const called = callee?.type === 'identifier' ? m.text(callee) : callee?.type === 'member_expression' ? m.text(field(callee, 'property') ?? callee) : undefined
      for (const a of called === name ? namedChildren(field(n, 'arguments') ?? n) : []) {
        const arg = unwrapped(a)
        out.add(m.text(arg))
        // `deepAssign(target[key] || {}, val)`: the recursion walks into `target[key]` whenever it exists.
        const left = arg.type === 'binary_expression' && /^(\|\||\?\?)$/.test(m.text(field(arg, 'operator') ?? arg)) ? field(arg, 'left') : undefined
        if (left) out.add(m.text(unwrapped(left)))
      }
    }
    for (const c of n.children) if (c.named) visit(c)
  }
  visit(body)
  return out
}

/** The name a property read starts from (`req` of `req.body.value`), or the node itself when it is no read. */
function readRoot(n: SNode): SNode | undefined {
  let cur: SNode | undefined = n
  while (cur && (cur.type === 'member_expression' || cur.type === 'subscript_expression')) cur = field(cur, 'object')
  return cur
}

function insideLoop(n: SNode, fn: SNode): boolean {
  for (let p = n.parent; p && p !== fn; p = p.parent) if (/^(for_statement|for_in_statement|while_statement|do_statement)$/.test(p.type)) return true
  return false
}

/** Where the walk starts: the parameter itself, or the name its variable is first set from (`let node = out`). */
function startOf(cur: string, body: SNode, params: Set<string>, m: MatchContext): string {
  if (params.has(cur)) return cur
  for (const rhs of assignments(cur, m.text(body))) {
    const first = /^\s*([A-Za-z_$][\w$]*)\s*[;,]?\s*$/.exec(rhs)?.[1]
    if (first !== undefined) return first
  }
  return cur
}

function mentions(text: string, names: Set<string>): boolean {
  return (text.match(/[A-Za-z_$][\w$]*/g) ?? []).some((w) => names.has(w))
}

/**
 * The parameters a function was given and the names made from them a few steps out: `parts = path.split('.')`,
 * `for (const part of parts)`, `for (const [path, value] of Object.entries(flat))`.
 */
function inputNames(body: SNode, params: string[], m: MatchContext): Set<string> {
  const text = m.text(body)
  const known = new Set(params)
  const binding = /(?:const|let|var)\s+(\[[^\]=]*\]|\{[^}=]*\}|[A-Za-z_$][\w$]*)\s*(?::[^=\n]+)?=\s*([^\n;]+)|for\s*\(\s*(?:const|let|var)\s+(\[[^\]]*\]|\{[^}]*\}|[A-Za-z_$][\w$]*)\s+of\s+([^)\n]+)\)/g
  for (let step = 0; step < 3; step++) {
    for (const x of text.matchAll(binding)) {
      const names = x[1] ?? x[3]
      const from = x[2] ?? x[4]
      if (!names || !from || !mentions(from, known)) continue
      for (const n of names.match(/[A-Za-z_$][\w$]*/g) ?? []) known.add(n)
    }
  }
  return known
}
