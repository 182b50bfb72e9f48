/**
 * Statement-shape bugs that need the tree but no data flow: `return`/`break` inside `finally`
 * (it swallows the exception in flight; in JS a `throw` there replaces it) and a loop that
 * mutates the collection it iterates.
 */
import { fileGate } from '../needles'
import type { GrammarName } from '../syntax/runtime'
import type { FileUnderReview } from '../types'
import type { SNode } from '../syntax/tree'
import type { RuleFinding } from './events'
import type { MatchContext } from './sinks/common'
import { field, namedChildren } from './text'
import { awaitedOnRemovedLines } from './rewrites'
import { isScriptPath } from '../rules/hygiene/util'
import { isDevOrTestPath, isTestLikePath } from '../source/paths'

const FUNCTION = new Set(['function_definition', 'lambda', 'class_definition', 'function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function'])
const LOOP = new Set(['for_statement', 'while_statement', 'for_in_statement', 'do_statement'])
const JUMPS = new Set(['return_statement', 'break_statement', 'continue_statement'])
const MUTATORS_PY = /^(append|remove|pop|insert|extend|clear|popitem|add|discard|update|setdefault)$/
const MUTATORS_JS = /^(push|splice|shift|unshift|pop)$/

// What a file must hold for a check below to find anything: `finally` for a jump out of one; a
// loop and a mutating call, `del`, an in-place operator or a key store for a collection changed
// while it is iterated; in JS also a removal, for an array walked by index or by callback while
// it shrinks, and `async` for a blocking call or a dropped promise in async code.
const PY_GATES = [
  fileGate(['finally']),
  fileGate(['for'], ['append', 'remove', 'pop', 'insert', 'extend', 'clear', 'add', 'discard', 'update', 'setdefault', 'del', '|=', '&=', '^=', '-=', '+= [']),
  // a key stored into a mapping (known by its view, annotation or literal)
  fileGate(['for'], ['] =', ']='], ['.items()', '.keys()', 'dict', '= {']),
]
const JS_GATES = [fileGate(['finally']), fileGate(['splice', 'shift']), fileGate(['for'], ['push', 'pop']), fileGate(['async'])]

/** Whether `structureFindings` can find anything in the file (`text`: the whole file, when that is what was parsed). */
export function structureMayFind(file: FileUnderReview, grammar: GrammarName, text?: string): boolean {
  // A removed line that awaited is async code the hunk may show no `async` of (its function's header lies above).
  return (grammar === 'python' ? PY_GATES : JS_GATES).some((gate) => gate(file, text)) || (grammar !== 'python' && removesAwait(file))
}

function removesAwait(file: FileUnderReview): boolean {
  return file.hunks.some((h) => h.lines.some((l) => l.kind === 'del' && l.text.includes('await')))
}

export function structureFindings(root: SNode, grammar: GrammarName, m: MatchContext, file?: FileUnderReview): RuleFinding[] {
  const out: RuleFinding[] = []
  const python = grammar === 'python'
  const prefix = python ? 'python' : 'js'
  // A server's async code shares its thread with every request in flight. Scripts, command-line tools, CI
  // actions, cron jobs, tests and serverless handlers (one event per instance) run one task at a time: a
  // synchronous read there stalls nobody else.
  let asyncNames: AsyncNames | undefined
  const serves = !python && !m.isTest && !isScriptPath(m.path) && !isTestLikePath(m.path) && !isDevOrTestPath(m.path) && SERVER.test(m.text(root))
  // Every node of the file passes here, so its type is compared once (the checks are for distinct types).
  const visit = (node: SNode): void => {
    switch (node.type) {
      case 'finally_clause':
        jumpsInFinally(node, node, false, prefix, m, out)
        break
      case 'for_statement':
        if (python) mutatedWhileIterating(node, field(node, 'right'), MUTATORS_PY, prefix, m, out)
        else splicedInIndexLoop(node, m, out)
        break
      case 'for_in_statement':
        if (!python && node.children.some((c) => c.type === 'of')) mutatedWhileIterating(node, field(node, 'right'), MUTATORS_JS, prefix, m, out)
        break
      case 'expression_statement':
        if (!python) droppedPromise(node, (asyncNames ??= asyncFunctions(root, m, file)), m, out)
        break
      case 'call_expression':
        if (!python) {
          splicedInCallback(node, m, out)
          if (serves) blockingInAsync(node, m, out)
        }
        break
    }
    const children = node.children
    for (let i = 0; i < children.length; i++) if (children[i]!.named) visit(children[i]!)
  }
  visit(root)
  return out
}

function jumpsInFinally(node: SNode, fin: SNode, inLoop: boolean, prefix: string, m: MatchContext, out: RuleFinding[]): void {
  for (const c of node.children) {
    if (!c.named || FUNCTION.has(c.type)) continue
    // Python chains an exception raised in `finally` to the one in flight (`__context__`); JS drops it.
    const thrown = c.type === 'throw_statement' && prefix === 'js'
    if (thrown || (JUMPS.has(c.type) && (c.type === 'return_statement' || !inLoop))) {
      const word = c.type.replace('_statement', '')
      out.push({
        ruleId: `${prefix}/finally-control-flow`,
        startRow: m.row(c),
        endRow: m.rowAt(Math.max(c.start, c.end - 1)),
        message: thrown
          ? '`throw` inside `finally` replaces any exception in flight (and any earlier `return` value): the error from the `try` body is lost'
          : `\`${word}\` inside \`finally\` discards any exception (and any earlier \`return\` value) in flight: errors in the \`try\` body vanish silently`,
        suggestion: thrown ? 'Record or log the cleanup failure instead of throwing from `finally`, or throw after the `try` statement when the body succeeded.' : `Move the \`${word}\` after the \`try\` statement, or keep \`finally\` to cleanup only.`,
        values: [],
        severity: 'major',
      })
      continue
    }
    jumpsInFinally(c, fin, inLoop || LOOP.has(c.type), prefix, m, out)
  }
}

function mutatedWhileIterating(loop: SNode, iterated: SNode | undefined, mutators: RegExp, prefix: string, m: MatchContext, out: RuleFinding[]): void {
  // `for k, v in d.items():` iterates `d` itself (a view, not a copy).
  let view: string | undefined
  if (prefix === 'python' && iterated?.type === 'call' && !namedChildren(field(iterated, 'arguments') ?? iterated).length) {
    const callee = field(iterated, 'function')
    const attr = callee?.type === 'attribute' ? field(callee, 'attribute') : undefined
    if (attr && /^(items|keys|values)$/.test(m.text(attr))) [iterated, view] = [field(callee, 'object'), m.text(attr)]
  }
  // `for (const [i, x] of xs.entries())`: an array's iterator reads the live array, as `for...of` on it does (the
  // mutators are Array's, so a Map's or Set's own `entries()` with `delete` is not matched).
  if (prefix === 'js' && iterated?.type === 'call_expression' && !namedChildren(field(iterated, 'arguments') ?? iterated).length) {
    const callee = field(iterated, 'function')
    const prop = callee?.type === 'member_expression' ? field(callee, 'property') : undefined
    if (prop && /^(entries|keys|values)$/.test(m.text(prop))) iterated = field(callee!, 'object')
  }
  if (!iterated || !['identifier', 'attribute', 'member_expression'].includes(iterated.type)) return
  const target = m.text(iterated)
  const body = field(loop, 'body')
  if (!body) return
  const names = sameCollection(loop, target, m)
  const grows = prefix === 'python' ? growsInPlace(loop, names, view, m) : undefined
  const report = (node: SNode, endRow: number, message: string, suggestion: string): true => {
    out.push({ ruleId: `${prefix}/mutate-while-iterating`, startRow: m.row(node), endRow, message, suggestion, values: [], severity: 'major' })
    return true
  }
  const visit = (node: SNode, siblings: SNode[], index: number): boolean => {
    if (FUNCTION.has(node.type)) return false
    const grown = grows?.(node)
    if (grown && !exitsNext(siblings, index, m)) {
      return report(node, m.rowAt(Math.max(node.start, node.end - 1)), `\`${m.text(node).slice(0, 60)}\` ${grown} \`${target}\` while the loop at line ${m.row(loop) + 1} iterates it (dicts and sets raise \`RuntimeError\`, lists repeat elements)`, `Collect the changes and apply them after the loop, or iterate over a copy: \`for k in list(${target}):\`.`)
    }
    if (node.type === 'call' || node.type === 'call_expression') {
      const callee = field(node, 'function')
      const object = callee && (field(callee, 'object') ?? undefined)
      const name = callee && (field(callee, 'attribute') ?? field(callee, 'property'))
      if (object && name && names.has(m.text(object)) && mutators.test(m.text(name)) && !exitsNext(siblings, index, m)) {
        return report(
          node,
          m.rowAt(Math.max(node.start, node.end - 1)),
          `\`${m.text(callee!)}()\` changes \`${target}\` while the loop at line ${m.row(loop) + 1} iterates it: elements are skipped or visited twice${prefix === 'python' ? ' (dicts and sets raise `RuntimeError`)' : ''}`,
          prefix === 'python' ? `Iterate over a copy (\`for x in list(${target}):\`) or build a new collection (\`${target} = [x for x in ${target} if keep(x)]\`).` : `Iterate over a copy (\`for (const x of [...${target}])\`) or build a new array with \`filter\`.`,
        )
      }
    }
    if (node.type === 'delete_statement' && namedChildren(node).some((t) => t.type === 'subscript' && names.has(m.text(field(t, 'value') ?? t))) && !exitsNext(siblings, index, m)) {
      return report(node, m.row(node), `\`${m.text(node)}\` deletes from \`${target}\` while the loop at line ${m.row(loop) + 1} iterates it (dicts raise \`RuntimeError\`, lists skip elements)`, `Iterate over a copy: \`for k in list(${target}):\`.`)
    }
    const kids = node.children.filter((c) => c.named)
    // Only a block's statements are siblings for the "exits next" check.
    const block = node.type === 'block' || node.type === 'statement_block'
    for (let i = 0; i < kids.length; i++) if (block ? visit(kids[i]!, kids, i) : visit(kids[i]!, siblings, index)) return true
    return false
  }
  const kids = body.children.filter((c) => c.named)
  for (let i = 0; i < kids.length; i++) if (visit(kids[i]!, kids, i)) return
}

/** Statements that bind names: Python `a = b`, JS `const a = b` and `a = b`. */
const BINDINGS = new Set(['assignment', 'variable_declarator', 'assignment_expression'])
const PLAIN_REF = new Set(['identifier', 'attribute', 'member_expression'])

/**
 * The iterated collection and the names bound to that same object in the function around the
 * loop before it starts (`waiting = self.waiting`, `const queue = this.pendingAcks`): a removal
 * through either changes the one list. A name bound anywhere else in the function is no alias,
 * and neither is a collection rebound there: `queue = list(queue)` copies, and the swap
 * `pending = self.pending; self.pending = []` hands the loop the old list while the new one grows.
 */
function sameCollection(loop: SNode, target: string, m: MatchContext): ReadonlySet<string> {
  const names = new Set([target])
  let fn: SNode | undefined = loop.parent
  while (fn && !FUNCTION.has(fn.type)) fn = fn.parent
  if (!fn) return names
  const bound = new Map<string, SNode[]>()
  const walk = (node: SNode): void => {
    if (node !== fn && FUNCTION.has(node.type)) return
    if (BINDINGS.has(node.type)) {
      const left = field(node, 'left') ?? field(node, 'name')
      const lhs = left && (PLAIN_REF.has(left.type) ? [left] : namedChildren(left).filter((c) => PLAIN_REF.has(c.type)))
      for (const l of lhs ?? []) bound.set(m.text(l), [...(bound.get(m.text(l)) ?? []), node])
    }
    for (const c of node.children) if (c.named) walk(c)
  }
  walk(fn)
  // `name = other` once, before the loop: the one object under two names.
  const aliasOf = (name: string): string | undefined => {
    const binds = bound.get(name)
    if (binds?.length !== 1 || binds[0]!.end > loop.start) return undefined
    const left = field(binds[0]!, 'left') ?? field(binds[0]!, 'name')
    const right = field(binds[0]!, 'right') ?? field(binds[0]!, 'value')
    return left?.type === 'identifier' && right && PLAIN_REF.has(right.type) ? m.text(right) : undefined
  }
  const base = aliasOf(target) ?? target
  // The collection itself is bound once at most: a fresh one made in the function, never swapped.
  if ((bound.get(base)?.length ?? 0) > (base === target ? 1 : 0)) return names
  names.add(base)
  for (const name of bound.keys()) if (name !== target && aliasOf(name) === base) names.add(name)
  return names
}

/** Set operators: in place on a set, and a type error on a string or a number, so the target is a collection. */
const SET_UPDATE = /^(\|=|&=|-=|\^=)$/

/**
 * Statements that grow the iterated collection without calling a method: a key stored into the
 * mapping the loop walks (`settings[key.lower()] = v` in `for key, v in settings.items()`), unless
 * it is the loop's own key, which replaces a value in place; and an in-place operator on it
 * (`roots |= more`, `items += [x]`). A mapping is known by its `.items()`/`.keys()` view, or by a
 * `dict` annotation or a dict made in the function.
 */
function growsInPlace(loop: SNode, names: ReadonlySet<string>, view: string | undefined, m: MatchContext): (node: SNode) => string | undefined {
  const left = field(loop, 'left')
  const key = left && (left.type === 'identifier' ? left : namedChildren(left)[0])
  const keyText = view === 'values' || !key ? undefined : m.text(key)
  let mapping: boolean | undefined
  const isMapping = (): boolean => (mapping ??= view === 'items' || view === 'keys' || [...names].some((name) => declaredDict(loop, name, m)))
  return (node) => {
    if (node.type === 'augmented_assignment') {
      const lhs = field(node, 'left')
      const op = node.children.find((c) => !c.named && /=$/.test(m.text(c)))
      const rhs = field(node, 'right')
      if (!lhs || !op || !names.has(m.text(lhs))) return undefined
      if (SET_UPDATE.test(m.text(op)) || (m.text(op) === '+=' && rhs && /^(list|list_comprehension)$/.test(rhs.type))) return 'updates'
      return undefined
    }
    if (node.type !== 'assignment') return undefined
    const lhs = field(node, 'left')
    if (lhs?.type !== 'subscript' || !names.has(m.text(field(lhs, 'value') ?? lhs))) return undefined
    const index = field(lhs, 'subscript')
    if (!index || m.text(index) === keyText || index.type === 'string' || index.type === 'integer' || !isMapping()) return undefined
    return 'adds a key to'
  }
}

/** Whether `name` is a dict in the function around `loop`: `name: dict[...]` or `name = {}` / `dict(...)` / `defaultdict(...)`. */
function declaredDict(loop: SNode, name: string, m: MatchContext): boolean {
  let fn: SNode | undefined = loop
  while (fn && !FUNCTION.has(fn.type)) fn = fn.parent
  if (!fn || !/^[\w.]+$/.test(name)) return false
  const text = m.text(fn)
  const n = name.replace(/\./g, '\\.')
  return new RegExp(`(^|[\\s(,])${n}\\s*:\\s*(dict|Dict|MutableMapping|defaultdict|OrderedDict)\\b|(^|\\s)${n}(\\s*:[^=\\n]+)?\\s*=\\s*(\\{|dict\\(|(collections\\.)?(defaultdict|OrderedDict)\\()`, 'm').test(text)
}

/** Removing shifts the later elements down, so an index loop bounded by `xs.length` skips the next one. */
const SPLICERS = /^(splice|shift)$/

/** `for (let i = 0; i < xs.length; i++) { if (…) xs.splice(i, 1) }`, unless the index steps back (`i--`). */
function splicedInIndexLoop(loop: SNode, m: MatchContext, out: RuleFinding[]): void {
  const cond = field(loop, 'condition')
  const bound = cond && /^\s*(\w+)\s*<=?\s*([\w$.]+)\.length\b/.exec(m.text(cond))
  const body = field(loop, 'body')
  if (!bound || !body) return
  const [, index, target] = bound
  if (new RegExp(`(^|[^\\w$])(${index}\\s*(--|-=)|--\\s*${index}\\b)`).test(m.text(body))) return
  const call = findSplice(body, sameCollection(loop, target!, m), m, LOOP_EXIT)
  if (call) out.push(spliceFinding(call, target!, loop, m))
}

/** `xs.forEach((x, i) => { if (…) xs.splice(i, 1) })`: the callback walks the array it shrinks. */
function splicedInCallback(node: SNode, m: MatchContext, out: RuleFinding[]): void {
  const callee = field(node, 'function')
  const object = callee && field(callee, 'object')
  const method = callee && field(callee, 'property')
  if (!object || !method || !/^(forEach|map|filter|some|every|reduce)$/.test(m.text(method)) || !/^(identifier|member_expression)$/.test(object.type)) return
  const target = m.text(object)
  const fn = field(node, 'arguments')?.children.find((c) => c.type === 'arrow_function' || c.type === 'function_expression' || c.type === 'function')
  const body = fn && field(fn, 'body')
  // `some` stops at the first `true` it is given, `every` at the first `false`: a removal right before that ends the walk.
  const stops = m.text(method) === 'some' ? /^return\s+true\b|^throw\b/ : m.text(method) === 'every' ? /^return\s+false\b|^throw\b/ : /^throw\b/
  const call = body && findSplice(body, new Set([target]), m, stops)
  if (call) out.push(spliceFinding(call, target, node, m))
}

/** Statements that leave a loop. */
const LOOP_EXIT = /^(break|return|raise|throw)\b/

/**
 * The first removal from `target` under `node`, unless the statement right after it ends the walk
 * (`stops`: `xs.splice(i, 1); return true` in a loop, or in a `some` callback). In a `forEach`
 * callback a `return` only ends that call, and the walk goes on.
 */
function findSplice(node: SNode, names: ReadonlySet<string>, m: MatchContext, stops: RegExp): SNode | undefined {
  if (FUNCTION.has(node.type)) return undefined
  if (node.type === 'call_expression') {
    const callee = field(node, 'function')
    const object = callee && field(callee, 'object')
    const name = callee && field(callee, 'property')
    // `xs.splice(k, n, ...replacement)` puts elements back: whether the array shrinks is not known.
    const replaces = (field(node, 'arguments')?.children.filter((c) => c.named).length ?? 0) > 2
    if (object && name && names.has(m.text(object)) && SPLICERS.test(m.text(name)) && !replaces) return node
  }
  const kids = node.children.filter((c) => c.named)
  for (let i = 0; i < kids.length; i++) {
    const found = findSplice(kids[i]!, names, m, stops)
    const next = node.type === 'statement_block' ? kids[i + 1] : undefined
    if (found && !(next && stops.test(m.text(next)))) return found
  }
  return undefined
}

function spliceFinding(call: SNode, target: string, loop: SNode, m: MatchContext): RuleFinding {
  return {
    ruleId: 'js/mutate-while-iterating',
    startRow: m.row(call),
    endRow: m.rowAt(Math.max(call.start, call.end - 1)),
    message: `\`${m.text(field(call, 'function')!)}()\` removes from \`${target}\` while the loop at line ${m.row(loop) + 1} walks it by index: the element after each removed one is skipped`,
    suggestion: `Build a new array (\`${target} = ${target}.filter((x) => keep(x))\`), or walk backwards from the end.`,
    values: [],
    severity: 'major',
  }
}

/** `items.remove(x); break` is the safe idiom: the loop ends before it can skip anything. */
function exitsNext(siblings: SNode[], index: number, m: MatchContext): boolean {
  const next = siblings[index + 1]
  return !!next && LOOP_EXIT.test(m.text(next))
}

/** Code that serves requests: a web framework imported, a server made, or routes and handlers declared. */
const SERVER =
  /\b(?:require\(\s*|from\s+)['"](?:express|koa|@koa\/router|koa-router|fastify|hono|@hono\/[\w-]+|@nestjs\/[\w-]+|next\/server|next|@hapi\/hapi|restify|socket\.io|ws|@trpc\/server|h3|@sveltejs\/kit|@remix-run\/[\w-]+|@adonisjs\/[\w-]+)['"]|\bhttps?\.createServer\s*\(|\b(?:app|router|server|api|routes)\.(?:get|post|put|patch|delete|all|route)\s*\(\s*['"`/]|\bNextApiRequest\b|\bctx\.body\b|@(?:Controller|Injectable)\s*\(|\bHttpContext(?:Contract)?\b/

/** Route registrations whose callback handles a request. */
const ROUTE_METHOD = /^(get|post|put|patch|delete|all|use|head|options|route)$/
const REQUEST_PARAM = /(^|[^\w$.])(req|request|ctx|res|reply)\b/

/**
 * An async function that serves a request: one taking the request or response (`req`, `ctx`,
 * `reply`), a callback given to a route (`app.get('/x', async (c) => …)`), or a method of a NestJS
 * controller or service. Other async code in a server (a job's `run()`, a queue consumer) runs
 * beside the requests but is not what they wait on first.
 */
function handlesRequests(fn: SNode, m: MatchContext): boolean {
  const params = field(fn, 'parameters') ?? field(fn, 'parameter')
  if (params && REQUEST_PARAM.test(m.text(params))) return true
  const call = fn.parent?.type === 'arguments' ? fn.parent.parent : undefined
  const callee = call && field(call, 'function')
  const method = callee?.type === 'member_expression' ? field(callee, 'property') : undefined
  if (method && ROUTE_METHOD.test(m.text(method))) return true
  if (fn.type !== 'method_definition') return false
  const cls = fn.parent?.parent
  const holders = cls ? [cls, ...(cls.parent?.type === 'export_statement' ? [cls.parent] : [])] : []
  return holders.some((h) => h.children.some((c) => c.type === 'decorator' && /^@(Controller|Injectable|Resolver)\b/.test(m.text(c))))
}

/**
 * Node's synchronous file and child-process calls (`fs.readFileSync`, `execFileSync`): they hold
 * the thread until the disk or the child answers, and in an async function that thread is the
 * event loop every other request waits on.
 */
const BLOCKING_JS = /^(?:(?:fs|fse|fsExtra)\.)?(readFileSync|writeFileSync|appendFileSync|readdirSync|copyFileSync)$|^(?:(?:cp|childProcess|child_process)\.)?(execSync|execFileSync|spawnSync)$/

function blockingInAsync(call: SNode, m: MatchContext, out: RuleFinding[]): void {
  const callee = field(call, 'function')
  if (!callee || (callee.type !== 'identifier' && callee.type !== 'member_expression')) return
  const hit = BLOCKING_JS.exec(m.text(callee))
  if (!hit) return
  // The nearest function decides: a synchronous callback inside an async one runs when it is called.
  let fn: SNode | undefined = call.parent
  while (fn && !FUNCTION.has(fn.type)) fn = fn.parent
  if (!fn || !fn.children.some((c) => c.type === 'async') || !handlesRequests(fn, m)) return
  const child = !!hit[2]
  const name = m.text(callee)
  out.push({
    ruleId: 'js/blocking-io-in-async',
    startRow: m.row(call),
    endRow: m.rowAt(Math.max(call.start, call.end - 1)),
    message: `\`${name}()\` in an async function blocks the event loop until ${child ? 'the child process exits' : 'the disk answers'}: every other request on this process waits`,
    suggestion: child
      ? 'Use the callback form through `util.promisify(execFile)` (or `spawn`) and `await` it.'
      : `Use the promise API and \`await\` it: \`await fs.promises.${hit[1]!.replace(/Sync$/, '')}(...)\` (\`node:fs/promises\`), or stream the file.`,
    values: [],
    severity: child ? 'major' : 'minor',
  })
}

interface AsyncNames {
  /** Functions declared async in the file (`async function f`, `const f = async () => …`). */
  functions: ReadonlySet<string>
  /** Methods declared async in a class of the file, called as `this.name()`. */
  methods: ReadonlySet<string>
  /** Rows written in place of a removed line that awaited: async code, though the hunk may not show the function's header. */
  rewritten: ReadonlySet<number>
}

const FN_VALUE = new Set(['arrow_function', 'function_expression', 'function'])

/** The file's async functions and methods; a name also declared without `async` (another class's method) is ambiguous and left out. */
function asyncFunctions(root: SNode, m: MatchContext, file?: FileUnderReview): AsyncNames {
  const functions = new Set<string>()
  const methods = new Set<string>()
  const plainFunctions = new Set<string>()
  const plainMethods = new Set<string>()
  // An async generator returns an iterator, not a promise. One that never awaits runs to its end before the call
  // returns: only its errors are left behind, and the code after the call sees its work done.
  const isAsync = (fn: SNode): boolean => fn.children.some((c) => c.type === 'async') && !fn.children.some((c) => c.type === '*') && /\bawait\b/.test(m.text(field(fn, 'body') ?? fn))
  const walk = (node: SNode): void => {
    switch (node.type) {
      case 'function_declaration': {
        const name = field(node, 'name')
        if (name) (isAsync(node) ? functions : plainFunctions).add(m.text(name))
        break
      }
      case 'generator_function_declaration': {
        const name = field(node, 'name')
        if (name) plainFunctions.add(m.text(name))
        break
      }
      case 'variable_declarator': {
        const name = field(node, 'name')
        const value = field(node, 'value')
        if (name?.type === 'identifier' && value) (FN_VALUE.has(value.type) && isAsync(value) ? functions : plainFunctions).add(m.text(name))
        break
      }
      case 'method_definition': {
        const name = field(node, 'name')
        if (name) (isAsync(node) ? methods : plainMethods).add(m.text(name))
        break
      }
      case 'public_field_definition':
      case 'field_definition': {
        const name = field(node, 'name') ?? field(node, 'property')
        const value = field(node, 'value')
        if (name) (value && FN_VALUE.has(value.type) && isAsync(value) ? methods : plainMethods).add(m.text(name))
        break
      }
    }
    for (const c of node.children) if (c.named) walk(c)
  }
  walk(root)
  // What the removed code awaited returns a promise, though the hunks show no async definition of it; one the change
  // declares plain (the await went because the function stopped being async) is dropped below like any plain name.
  const awaited = file ? awaitedOnRemovedLines(file) : undefined
  for (const n of awaited?.functions ?? []) functions.add(n)
  for (const n of awaited?.methods ?? []) methods.add(n)
  for (const n of plainFunctions) functions.delete(n)
  for (const n of plainMethods) methods.delete(n)
  return { functions, methods, rewritten: awaited?.rows ?? new Set() }
}

/**
 * A call to one of the file's async functions, as a statement of its own inside async code:
 * nothing waits for it, so the code after it runs before it finishes, and its rejection is
 * unhandled. Awaited, returned, stored, chained (`.catch`) or marked `void`, it is not a statement
 * of its own.
 */
/** Prisma's model queries are lazy: a write not awaited (or then'd) is never sent. */
const PRISMA_WRITE = /^(?:this\.)?\w*prisma\w*\.\w+\.(create|createMany|update|updateMany|upsert|delete|deleteMany)$/i
/** Node's promise file API: the write happens later, and its failure is an unhandled rejection. */
const FS_PROMISE_WRITE = /^(?:fs\.promises|fsp|fsPromises)\.(writeFile|appendFile|unlink|rm|rmdir|mkdir|rename|copyFile|cp|truncate|chmod|symlink)$/
/** A TypeORM Repository's writes return promises. */
const REPOSITORY_WRITE = /^(save|insert|update|upsert|delete|remove|softDelete|restore|increment|decrement|clear)$/

/** `this.field` is a TypeORM Repository in the class around `node`: typed `Repository<…>` or injected with `@InjectRepository`. */
function repositoryField(node: SNode, name: string, m: MatchContext): boolean {
  let cls: SNode | undefined = node.parent
  while (cls && cls.type !== 'class_declaration' && cls.type !== 'class') cls = cls.parent
  if (!cls || !/^[\w$]+$/.test(name)) return false
  return new RegExp(`\\b${name}\\s*[?!]?\\s*:\\s*Repository\\s*<|@InjectRepository\\([^)]*\\)\\s*(?:(?:private|public|protected|readonly)\\s+)*${name}\\b`).test(m.text(cls))
}

function droppedPromise(stmt: SNode, names: AsyncNames, m: MatchContext, out: RuleFinding[]): void {
  const call = namedChildren(stmt)[0]
  if (call?.type !== 'call_expression') return
  const callee = field(call, 'function')
  if (!callee) return
  let name: string | undefined
  let lazy = false
  let library = false
  const text = m.text(callee)
  if (callee.type === 'identifier' && names.functions.has(text)) name = text
  else if (callee.type === 'member_expression') {
    const object = field(callee, 'object')
    const prop = field(callee, 'property')
    const holder = object?.type === 'member_expression' && field(object, 'object')?.type === 'this' ? field(object, 'property') : undefined
    if (object?.type === 'this' && prop && names.methods.has(m.text(prop))) name = `this.${m.text(prop)}`
    else if (PRISMA_WRITE.test(text) || FS_PROMISE_WRITE.test(text)) [name, lazy, library] = [text, PRISMA_WRITE.test(text), true]
    else if (holder && prop && REPOSITORY_WRITE.test(m.text(prop)) && repositoryField(stmt, m.text(holder), m)) [name, library] = [text, true]
  }
  if (!name) return
  let fn: SNode | undefined = stmt.parent
  while (fn && !FUNCTION.has(fn.type)) fn = fn.parent
  if (!fn || !(fn.children.some((c) => c.type === 'async') || names.rewritten.has(m.row(call)))) return
  const shown = m.text(call).length > 60 ? `${name}(…)` : m.text(call)
  out.push({
    ruleId: 'js/missing-await',
    startRow: m.row(call),
    endRow: m.rowAt(Math.max(call.start, call.end - 1)),
    message: lazy
      ? `\`${shown}\` is a Prisma query left without \`await\`: Prisma sends a query only when it is awaited or then'd, so this write never happens`
      : `\`${shown}\` ${library ? 'returns a promise nobody waits for' : 'calls an async function without `await`'}: the code after it runs before it finishes, and if it fails the rejection is unhandled`,
    suggestion: `\`await ${shown}\`; to run it in the background on purpose, end it with \`.catch(...)\` (or mark it \`void\`).`,
    values: [],
    severity: 'major',
  })
}
