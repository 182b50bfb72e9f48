/**
 * Loads web-tree-sitter and the four grammars once per isolate, then parses synchronously.
 * workerd cannot compile WebAssembly from bytes, so everything arrives as precompiled
 * `WebAssembly.Module`s: the runtime through emscripten's `instantiateWasm` hook, the grammars
 * through `Language.loadSync`. Loading is async; `syntaxRuntime()` is the synchronous handle
 * the engine uses once `loadSyntaxRuntime()` has resolved.
 */
import { Language, Parser, type Tree } from 'web-tree-sitter'
import { buildTree, sameTree, type BuildOptions, type CopyMethod, type RawExports, type SyntaxTree } from './tree'

export type GrammarName = 'python' | 'javascript' | 'typescript' | 'tsx'

export interface WasmModules {
  runtime: WebAssembly.Module
  grammars: Record<GrammarName, WebAssembly.Module>
}

export type ParseOutcome = { ok: true; tree: SyntaxTree } | { ok: false; reason: string }

/**
 * Parser work allowed per character of input, in progress callbacks (tree-sitter calls back every
 * ~100 parse operations). Ordinary code needs well under 1 per 20 characters; inputs that send
 * error recovery into a spin hit this and fall back to line rules. Counting work instead of
 * reading a clock keeps the review deterministic (and workerd's clock stands still during CPU).
 */
const CALLBACKS_PER_CHAR = 0.25
const CALLBACKS_FLOOR = 2000

export class SyntaxRuntime {
  private readonly parser = new Parser()

  constructor(
    private readonly raw: RawExports,
    private readonly languages: Record<GrammarName, Language>,
  ) {}

  /**
   * Bytes of WebAssembly memory the parsers hold. Linear memory only grows: a tree freed after
   * its copy returns to the allocator inside it, not to the host, so this is the isolate's
   * high-water mark over every file parsed so far (and what the next parse reuses).
   */
  wasmBytes(): number {
    return this.raw.memory.buffer.byteLength
  }

  /** Parses `text` and frees the tree without copying it: what tree-sitter alone costs (benchmarks). */
  parseOnly(grammar: GrammarName, text: string): boolean {
    this.parser.setLanguage(this.languages[grammar])
    const tree = this.parser.parse(text)
    tree?.delete()
    return tree !== null
  }

  // One progress callback for every parse, counting against the current one's limit: a closure
  // made per parse pays for a name definition in bundles that keep function names.
  private callbacks = 0
  private callbackLimit = 0
  private readonly metered = { progressCallback: () => ++this.callbacks > this.callbackLimit }

  /** Parses `text` and copies the tree into plain objects; the wasm tree is freed before returning. */
  parse(grammar: GrammarName, text: string, options: BuildOptions = {}): ParseOutcome {
    const language = this.languages[grammar]
    this.parser.setLanguage(language)
    this.callbacks = 0
    this.callbackLimit = CALLBACKS_FLOOR + text.length * CALLBACKS_PER_CHAR
    let tree: Tree | null
    try {
      tree = this.parser.parse(text, null, this.metered)
    } catch (error) {
      this.parser.reset()
      return { ok: false, reason: `parser failed: ${error instanceof Error ? error.message : String(error)}` }
    }
    if (!tree) {
      this.parser.reset()
      return { ok: false, reason: 'parse exceeded the per-file work budget' }
    }
    try {
      return { ok: true, tree: buildTree(this.raw, tree, language, text, options, this.copyMethod(grammar)) }
    } finally {
      tree.delete()
    }
  }

  private readonly methods = new Map<GrammarName, CopyMethod>()

  /**
   * The memory copy reads tree-sitter's internal structs, which a new web-tree-sitter may lay
   * out differently: once per grammar it must reproduce the cursor copy of a probe that
   * exercises hidden nodes, aliases, inherited fields and errors, or the cursor copy is used.
   */
  copyMethod(grammar: GrammarName): CopyMethod {
    let method = this.methods.get(grammar)
    if (method) return method
    method = 'cursor'
    this.methods.set(grammar, method)
    const language = this.languages[grammar]
    this.parser.setLanguage(language)
    const text = PROBES[grammar]
    const tree = this.parser.parse(text)
    if (tree) {
      try {
        const byCursor = buildTree(this.raw, tree, language, text, {}, 'cursor')
        const byMemory = buildTree(this.raw, tree, language, text, {}, 'memory')
        if (sameTree(byCursor, byMemory)) method = 'memory'
      } catch {
        // Layout not recognised: stay on the cursor.
      } finally {
        tree.delete()
      }
    }
    this.methods.set(grammar, method)
    return method
  }
}

const JS_PROBE = `import a, { b as c } from 'm'
export default class K extends B { #x = 1; static y = \`t\${c}\`; get z() { return this.#x?.q ?? /r+/g } }
for (const [k, { v = 2 }] of Object.entries(o)) if (k in o) { try { f(...v) } catch { } finally { } }
label: while (i--) { switch (i) { case 1: break label; default: } }
const h = async function* (a = 1, ...r) { yield* r }; obj = { ['k']: 1, m() {}, n }
x = = ) ( ;
`
const TS_PROBE = `${JS_PROBE}
interface I<T> { a: T } type U = I<string> | null
enum E { A = 1 } abstract class C<T> implements I<T> { constructor(private readonly a: T) { super() } m<K>(k: K): void {} }
let v = <any>w as unknown satisfies object; function g(this: Window, x?: number): x is number { return x! > 0 }
`
const PROBES: Record<GrammarName, string> = {
  python: `import os.path as p, sys
from .m import (a as b, c)
@dec(1)
class K(B, metaclass=M):
    x: int = 1
    async def f(self, *a, k=2, **kw) -> None:
        global g
        y = [i for i in a if i] + {k: v for k, v in kw.items()}
        with open(p) as fh, lock: print(f"{y!r:>{w}}", file=fh); del y[0]
        try:
            assert y, "m"
        except (E, F) as e:
            raise X from e
        finally:
            return lambda q=1: (yield q)
match v:
    case [1, *rest] if rest: pass
    case {"k": K(a=1)}: pass
print >>sys.stderr, "x"
exec "code"
x = = ) ( :
`,
  javascript: `${JS_PROBE}const el = <div a="1" {...p}>t {x}<br/></div>
`,
  typescript: TS_PROBE,
  tsx: `${TS_PROBE}const el = <Foo<T> a="1" {...p}>t {x}<br/></Foo>
`,
}

let loading: Promise<SyntaxRuntime> | undefined
let loaded: SyntaxRuntime | undefined
let failure: string | undefined

/**
 * Loads the runtime once per isolate. With no argument it uses the modules bundled into the
 * Worker (`grammars.ts`); Node scripts pass modules they compiled from the same files.
 */
export function loadSyntaxRuntime(modules?: WasmModules): Promise<SyntaxRuntime> {
  loading ??= createRuntime(modules).then(
    (runtime) => (loaded = runtime),
    (error: unknown) => {
      failure = error instanceof Error ? error.message : String(error)
      throw error
    },
  )
  return loading
}

/** The loaded runtime, or why there is none (not loaded yet, or loading failed). */
export function syntaxRuntime(): SyntaxRuntime | string {
  return loaded ?? (failure ? `syntax runtime failed to load: ${failure}` : 'syntax runtime not loaded')
}

async function createRuntime(modules?: WasmModules): Promise<SyntaxRuntime> {
  const wasm = modules ?? (await import('./grammars')).bundledWasm
  let raw: RawExports | undefined
  await withoutNodeFileLoading(() => Parser.init({
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      const instance = new WebAssembly.Instance(wasm.runtime, imports)
      raw = { exports: instance.exports as RawExports['exports'], memory: (imports.env as { memory: WebAssembly.Memory }).memory, transfer: 0 }
      done(instance, wasm.runtime)
      return instance.exports
    },
  }))
  if (!raw) throw new Error('web-tree-sitter did not instantiate through instantiateWasm')
  // ts_init only returns the static transfer buffer's address (and re-stamps two constants).
  raw.transfer = raw.exports.ts_init()
  const languages: Record<GrammarName, Language> = {
    python: Language.loadSync(wasm.grammars.python),
    javascript: Language.loadSync(wasm.grammars.javascript),
    typescript: Language.loadSync(wasm.grammars.typescript),
    tsx: Language.loadSync(wasm.grammars.tsx),
  }
  return new SyntaxRuntime(raw, languages)
}

/**
 * emscripten takes its Node path whenever `process.versions.node` exists, which it does in workerd
 * with Node compatibility: it then calls `createRequire(import.meta.url)`, and a bundled Worker has
 * no `import.meta.url`, so loading throws. Every module here arrives precompiled through
 * `instantiateWasm`, so nothing needs Node's file loading: `process.type = 'renderer'` is
 * emscripten's own switch for "Node-like, but not Node", set only while it initialises.
 */
async function withoutNodeFileLoading<T>(init: () => Promise<T>): Promise<T> {
  const proc = (globalThis as { process?: { type?: string } }).process
  if (typeof proc !== 'object' || proc === null || proc.type !== undefined) return init()
  proc.type = 'renderer'
  try {
    return await init()
  } finally {
    delete proc.type
  }
}
