/**
 * Data that crosses files of one changeset: a route in `app/views.py` hands `request.args["url"]`
 * to `fetch_page()` from `app/storage.py`, both in the change. Each file is still analysed alone;
 * the calls a file's pass makes into another file of the changeset with request data are kept
 * here, and the imported file's pass reads that function again with those arguments, as it reads
 * a local helper a caller of the same file fed. For that, importers are analysed before the files
 * they import (`beginCrossFile`), so a chain of calls through several files is followed along the
 * imports; a cycle falls back to the order the files came in. Files others import are also read
 * once beforehand for what their functions return (`summariseFile`), which their callers take.
 *
 * Plain functions are followed by their imported name, and methods of a class another file defines when the call
 * names the class or an instance the code can tie to it: `ReportService.load(x)`, `svc.render(x)` after
 * `svc = ReportService()` or `new UserService()`, a module-level instance (`report_service = ReportService()`,
 * `module.exports = new ReportService()`) or a file whose one class has a method of that name. A method two classes of
 * the file define is not guessed.
 */
import type { Built, Taint, Value } from './value'

export type CrossLanguage = 'python' | 'javascript'

/** A call another file of the changeset made of one of this file's functions, with its request-data arguments. */
export interface CrossFileSeed {
  name: string
  args: Value[]
  kwargs: Map<string, Value>
  /** Where the call was made, for messages (`app/views.py line 24`). */
  from: string
  /** The call's file and line, when the change added the call. */
  added?: { path: string; line: number }
}

/** What a function of one file returns when its parameters hold request data, as its callers in other files need to know. */
export interface CrossFileSummary {
  /** No return carries the parameters' data (`return open(path)`, `return int(n)`, `return cursor.fetchall()`). */
  untainted: boolean
  /** Sanitisers every return went through (`return secure_filename(name)`), as `SAFE` bits. */
  safe: number
  /** A return is HTML built from the parameters (`'<h1>Hello, ' + name + '</h1>'`). */
  markup?: boolean
  /** How a return was built from them, for the sinks that judge built strings. */
  built?: Built
  /** Request data the function reads itself and returns (`def next_url(): return request.args.get("next")`), whatever its arguments. */
  source?: Taint
  /** `TAG` bits every return carries (a file opened for reading: `return open(path, "rb")`). */
  tags?: number
}

/** What a file's pass reads and writes of the other files: the calls it receives and a sink for the calls it makes. */
export interface CrossFileLink {
  seeds: readonly CrossFileSeed[]
  handOn(qname: string, args: Value[], kwargs: Map<string, Value>, line: number, added: boolean): void
  /** What the function another file's `qname` names returns, when that file was summarised. */
  summaryOf(qname: string): CrossFileSummary | undefined
  /** Whether `qname` names a class another file of the changeset defines (so `new X()`, `X()` make its instances). */
  isClass(qname: string): boolean
  /** Whether `qname` names a method of a class another file of the changeset defines (`users.find` on a `UserService`). */
  isMethod(qname: string): boolean
  /** Set only while the file is read for its summaries (`summariseFile`), before the files that import it are analysed. */
  summarise?(name: string, summary: CrossFileSummary): void
}

interface Member {
  path: string
  language: CrossLanguage
  text: () => string
}

const JS_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts']
const NO_SEEDS: readonly CrossFileSeed[] = Object.freeze([])

/** The changeset being reviewed: its files by path, and the calls received so far, by callee path. */
class Changeset {
  private readonly members = new Map<string, Member>()
  private readonly seeds = new Map<string, CrossFileSeed[]>()
  private readonly summaries = new Map<string, Map<string, CrossFileSummary>>()
  /** Paths of files another file of the changeset imports: the ones worth summarising. */
  readonly imported = new Set<string>()

  constructor(files: readonly Member[]) {
    for (const f of files) this.members.set(f.path, f)
  }

  /** Whether another file of the changeset, in `path`'s language family, defines a plain function `name` the change shows. */
  definedElsewhere(path: string, name: string): boolean {
    const member = this.members.get(path)
    if (!member || !/^[A-Za-z_$][\w$]*$/.test(name)) return false
    const pyDef = member.language === 'python' ? new RegExp(`^[ \\t]*(?:async[ \\t]+)?def[ \\t]+${name}\\b`, 'm') : undefined
    for (const other of this.members.values()) {
      if (other === member || other.language !== member.language) continue
      if (pyDef ? pyDef.test(other.text()) : jsDefines(other.text(), name)) return true
    }
    return false
  }

  link(path: string): CrossFileLink | undefined {
    const member = this.members.get(path)
    if (!member || this.members.size < 2) return undefined
    return {
      seeds: this.seeds.get(path) ?? NO_SEEDS,
      handOn: (qname, args, kwargs, line, added) => this.handOn(member, qname, args, kwargs, line, added),
      summaryOf: (qname) => this.summaryOf(member, qname),
      isClass: (qname) => this.isClass(member, qname),
      isMethod: (qname) => this.targetOf(member, qname)?.name.includes('.') ?? false,
    }
  }

  private readonly targets = new Map<string, { path: string; name: string } | undefined>()

  /** `target`, kept per calling file and name: a pass asks for each call it makes into a module. */
  private targetOf(from: Member, qname: string): { path: string; name: string } | undefined {
    const key = `${from.path}\0${qname}`
    if (this.targets.has(key)) return this.targets.get(key)
    const found = this.target(from, qname)
    this.targets.set(key, found)
    return found
  }

  private isClass(from: Member, qname: string): boolean {
    // Asked for every constructor call (every call, in Python) naming another module: the answer is kept per file and name.
    const key = `${from.path}\0${qname}`
    let known = this.classes.get(key)
    if (known === undefined) this.classes.set(key, (known = this.findClass(from, qname)))
    return known
  }

  private readonly classes = new Map<string, boolean>()

  private findClass(from: Member, qname: string): boolean {
    // `const UserService = require('./user-service')`: the module itself is the class it exports.
    const whole = from.language === 'javascript' ? this.resolve(from, qname) : undefined
    if (whole) return whole !== from.path && exportedClass(this.members.get(whole)!.text()) !== undefined
    const dot = qname.lastIndexOf('.')
    if (dot <= 0 || !/^[A-Z]/.test(qname.slice(dot + 1))) return false
    const path = this.resolve(from, qname.slice(0, dot))
    return !!path && path !== from.path && definesClass(this.members.get(path)!, qname.slice(dot + 1))
  }

  summaryLink(path: string): CrossFileLink | undefined {
    const link = this.link(path)
    if (!link) return undefined
    let mine = this.summaries.get(path)
    if (!mine) this.summaries.set(path, (mine = new Map()))
    const record = mine
    return { ...link, seeds: NO_SEEDS, handOn: () => {}, summarise: (name, summary) => void record.set(name, summary) }
  }

  private summaryOf(from: Member, qname: string): CrossFileSummary | undefined {
    if (this.summaries.size === 0) return undefined
    const target = this.targetOf(from, qname)
    return target ? this.summaries.get(target.path)?.get(target.name) : undefined
  }

  /**
   * The changeset file and function a qualified name (`app.services.preview.fetch_page`, `./lib/preview.fetchPage`) names;
   * for a method, `Class.method` (`app.services.reports.ReportService.render`, `./services/reports.build` where the
   * module exports an instance).
   */
  private target(from: Member, qname: string): { path: string; name: string } | undefined {
    const dot = qname.lastIndexOf('.')
    if (dot <= 0 || dot === qname.length - 1) return undefined
    const name = qname.slice(dot + 1)
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined
    const path = this.resolve(from, qname.slice(0, dot))
    let found = path && from.language === 'javascript' ? this.throughBarrels(path, name, 0) : path ? { path, name } : undefined
    if (found && from.language === 'javascript' && !jsDefines(this.members.get(found.path)!.text(), found.name)) found = this.methodOf(found.path, undefined, found.name)
    // `module.Owner.method`: a class of the module, or an instance the module keeps under that name.
    if (!path) {
      const owner = qname.slice(0, dot).lastIndexOf('.')
      const ownerPath = owner > 0 ? this.resolve(from, qname.slice(0, owner)) : undefined
      if (ownerPath) found = this.methodOf(ownerPath, qname.slice(owner + 1, dot), name)
    }
    return found && found.path !== from.path ? found : undefined
  }

  /** `Class.name` in the file at `path`: of the class `owner` names (itself or an instance of it), else of its one class with such a method. */
  private methodOf(path: string, owner: string | undefined, name: string): { path: string; name: string } | undefined {
    const member = this.members.get(path)!
    const text = member.text()
    const python = member.language === 'python'
    const cls = owner === undefined ? exportedClass(text) : definesClass(member, owner) ? owner : instanceClass(text, owner, python)
    if (cls !== undefined) return definesMethod(text, cls, name, python) ? { path, name: `${cls}.${name}` } : undefined
    if (owner !== undefined) return undefined
    const holders = [...text.matchAll(python ? PY_CLASS : JS_CLASS)].map((m) => m[1]!).filter((c) => definesMethod(text, c, name, python))
    return holders.length === 1 ? { path, name: `${holders[0]}.${name}` } : undefined
  }

  /**
   * A module that only passes names on (`export { buildReport } from './reports'`, `export * from './render'`, an
   * `index.ts` barrel) is not where the function is: follow the re-export to the file that defines it, a few hops at most.
   */
  private throughBarrels(path: string, name: string, depth: number): { path: string; name: string } | undefined {
    const member = this.members.get(path)
    const text = member?.text()
    if (!member || text === undefined || depth > 3 || !text.includes('export') || !/\bexport\b[^;\n]*\bfrom\b/.test(text)) return { path, name }
    if (jsDefines(text, name)) return { path, name }
    for (const m of text.matchAll(REEXPORT_NAMED)) {
      for (const spec of m[1]!.split(',')) {
        const [original, alias] = spec.trim().split(/\s+as\s+/)
        if ((alias ?? original) !== name || !original) continue
        const next = this.resolveJs(path, m[2]!)
        return next ? this.throughBarrels(next, original, depth + 1) : undefined
      }
    }
    for (const m of text.matchAll(REEXPORT_ALL)) {
      const next = this.resolveJs(path, m[1]!)
      const found = next ? this.throughBarrels(next, name, depth + 1) : undefined
      if (found && jsDefines(this.members.get(found.path)?.text() ?? '', found.name)) return found
    }
    return { path, name }
  }

  private handOn(from: Member, qname: string, args: Value[], kwargs: Map<string, Value>, line: number, added: boolean): void {
    const found = this.targetOf(from, qname)
    if (!found) return
    const { path: target, name } = found
    let list = this.seeds.get(target)
    if (!list) this.seeds.set(target, (list = []))
    // Each call is one reading of the function; a file calling it a thousand times asks for it once per distinct call.
    if (list.length >= MAX_SEEDS_PER_FILE) return
    list.push({ name, args, kwargs, from: `${from.path} line ${line}`, ...(added ? { added: { path: from.path, line } } : {}) })
  }

  /** The changeset file a module reference of `from` names, if exactly one does. */
  resolve(from: Pick<Member, 'path' | 'language'>, module: string): string | undefined {
    // Every call a pass makes into a module asks again, and a changeset of a thousand files makes many: the answer is
    // kept per importing directory (all a resolution depends on besides the module).
    const key = `${from.language}\0${dirname(from.path)}\0${module}`
    if (this.resolved.has(key)) return this.resolved.get(key)
    const found = from.language === 'python' ? this.resolvePython(from.path, module) : this.resolveJs(from.path, module)
    this.resolved.set(key, found)
    return found
  }

  private readonly resolved = new Map<string, string | undefined>()
  /** Python files by every trailing part of their module path (`c`, `b/c`, `a/b/c` for `a/b/c.py`; a package by its directory). */
  private pythonStems: Map<string, string[]> | undefined

  private stemsOfPython(): Map<string, string[]> {
    if (this.pythonStems) return this.pythonStems
    const stems = new Map<string, string[]>()
    for (const [path, m] of this.members) {
      if (m.language !== 'python' || !path.endsWith('.py')) continue
      const parts = path.slice(0, -3).split('/')
      if (parts.at(-1) === '__init__') parts.pop()
      for (let i = parts.length - 1; i >= 0; i--) {
        const stem = parts.slice(i).join('/')
        let list = stems.get(stem)
        if (!list) stems.set(stem, (list = []))
        list.push(path)
      }
    }
    return (this.pythonStems = stems)
  }

  /**
   * `app.storage` (or `storage` from `from . import storage`, whose dots the pass drops): a file whose path ends in
   * `app/storage.py` or `app/storage/__init__.py`; of several, the one beside the importer.
   */
  private resolvePython(fromPath: string, module: string): string | undefined {
    if (!/^[\w.]+$/.test(module)) return undefined
    return pickOne(this.stemsOfPython().get(module.replace(/\./g, '/')) ?? [], dirname(fromPath))
  }

  /** `./lib/storage`, `../storage.js` (a TypeScript file imported by its output name), `@/lib/storage` and `~/lib/storage`. */
  private resolveJs(fromPath: string, module: string): string | undefined {
    if (module.startsWith('.')) {
      const base = normalise(`${dirname(fromPath)}/${module}`)
      if (base === undefined) return undefined
      const stems = [base, base.replace(/\.(m|c)?js$/, '')]
      for (const stem of stems) {
        for (const candidate of [stem, ...JS_EXTENSIONS.map((e) => stem + e), ...JS_EXTENSIONS.map((e) => `${stem}/index${e}`)]) {
          if (this.members.get(candidate)?.language === 'javascript') return candidate
        }
      }
      return undefined
    }
    const alias = /^[@~]\/(.+)$/.exec(module)?.[1]
    if (!alias) return undefined
    const found: string[] = []
    for (const [path, m] of this.members) {
      if (m.language !== 'javascript') continue
      const stem = path.replace(/\.[cm]?[jt]sx?$/, '').replace(/\/index$/, '')
      if (stem === alias || stem.endsWith(`/${alias}`)) found.push(path)
    }
    return pickOne(found, dirname(fromPath))
  }
}

const REEXPORT_NAMED = /\bexport\s*(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"\n]+)['"]/g
const REEXPORT_ALL = /\bexport\s*\*\s*from\s*['"]([^'"\n]+)['"]/g

/** Whether a JavaScript file's text declares a function or binding `name` itself. */
function jsDefines(text: string, name: string): boolean {
  const escaped = escapeName(name)
  return new RegExp(`\\bfunction\\*?\\s+${escaped}\\b|\\b(?:const|let|var|class)\\s+${escaped}\\b|\\bexports\\.${escaped}\\s*=`).test(text)
}

const PY_CLASS = /^class[ \t]+(\w+)/gm
const JS_CLASS = /\bclass[ \t]+([A-Za-z_$][\w$]*)/g

function definesClass(member: Member, name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name) && classDeclaration(member.text(), name, member.language === 'python') !== null
}

/** Where the file declares class `name` (in Python, at the top level). */
function classDeclaration(text: string, name: string, python: boolean): RegExpExecArray | null {
  return new RegExp(`${python ? '^' : '\\b'}class[ \\t]+${escapeName(name)}\\b`, 'm').exec(text)
}

function escapeName(name: string): string {
  return name.replace(/\$/g, '\\$')
}

/** The class a JS module exports as itself or as an instance (`module.exports = UserService`, `export default new ReportService()`). */
function exportedClass(text: string): string | undefined {
  const m = /\b(?:module\.exports[ \t]*=|export[ \t]+default)[ \t]*(?:new[ \t]+)?(?:class[ \t]+)?([A-Z][\w$]*)\b/.exec(text)
  return m && classDeclaration(text, m[1]!, false) ? m[1] : undefined
}

/** The class a module-level instance was made from (`report_service = ReportService()`, `export const reports = new ReportService()`). */
function instanceClass(text: string, owner: string, python: boolean): string | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(owner)) return undefined
  const escaped = escapeName(owner)
  const m = new RegExp(python ? `^${escaped}[ \\t]*(?::[^=\\n]*)?=[ \\t]*([A-Z]\\w*)\\(` : `\\b(?:const|let|var)[ \\t]+${escaped}[ \\t]*(?::[^=\\n]*)?=[ \\t]*new[ \\t]+([A-Z][\\w$]*)\\b`, 'm').exec(text)
  return m?.[1]
}

/** Whether class `cls` of the file declares a method `name` (by its body's text, up to the next class). */
function definesMethod(text: string, cls: string, name: string, python: boolean): boolean {
  const start = classDeclaration(text, cls, python)
  if (!start) return false
  const rest = text.slice(start.index + start[0].length)
  const next = (python ? /^class[ \t]/m : /\bclass[ \t]+[A-Za-z_$]/).exec(rest)
  const body = next ? rest.slice(0, next.index) : rest
  const escaped = escapeName(name)
  return new RegExp(python ? `^[ \\t]+(?:async[ \\t]+)?def[ \\t]+${escaped}\\b` : `^[ \\t]+(?:(?:public|private|protected|static|async|override|readonly)[ \\t]+)*${escaped}[ \\t]*(?:<[^>\\n]*>)?\\(`, 'm').test(body)
}

/** A file is read again once per call it receives, and a generated file can call a module thousands of times. */
const MAX_SEEDS_PER_FILE = 200

function pickOne(found: string[], near: string): string | undefined {
  if (found.length <= 1) return found[0]
  const beside = found.filter((p) => dirname(p) === near || dirname(p).startsWith(`${near}/`))
  return beside.length === 1 ? beside[0] : undefined
}

function dirname(path: string): string {
  const at = path.lastIndexOf('/')
  return at < 0 ? '' : path.slice(0, at)
}

/** `a/b/../c/./d` → `a/c/d`; undefined when `..` climbs above the root. */
function normalise(path: string): string | undefined {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return undefined
      out.pop()
    } else out.push(part)
  }
  return out.join('/')
}

const PY_FROM = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+\(?([^#\n]*)/gm
const PY_IMPORT = /^[ \t]*import[ \t]+([\w.]+)/gm
const JS_SPECIFIER = /(?:\bfrom|\brequire[ \t]*\(|\bimport[ \t]*\()[ \t]*['"]([^'"\n]+)['"]/g

/** The module references a file's text makes, as the passes spell them (Python without leading dots). */
function references(language: CrossLanguage, text: string): string[] {
  const out: string[] = []
  if (language === 'javascript') {
    for (const m of text.matchAll(JS_SPECIFIER)) out.push(m[1]!)
    return out
  }
  for (const m of text.matchAll(PY_FROM)) {
    const module = m[2] ?? ''
    if (module) out.push(module)
    // `from app import storage` and `from . import storage`: the names may be modules themselves.
    for (const name of m[3]!.split(',')) {
      const word = /^\s*(\w+)/.exec(name)?.[1]
      if (word) out.push(module ? `${module}.${word}` : word)
    }
  }
  for (const m of text.matchAll(PY_IMPORT)) out.push(m[1]!)
  return out
}

let active: Changeset | undefined

/**
 * Starts a changeset's review: remembers its files and returns the order to analyse them in (indexes into `files`),
 * importers before the files they import. Files of other languages keep their place relative to each other.
 */
export function beginCrossFile(files: ReadonlyArray<{ path: string; language: CrossLanguage | undefined; text: () => string; imports: () => string }>): number[] {
  const members = files.flatMap((f) => (f.language ? [{ path: f.path, language: f.language, text: memo(f.text) }] : []))
  active = members.length > 1 ? new Changeset(members) : undefined
  const order = files.map((_, i) => i)
  if (!active) return order
  const index = new Map(files.map((f, i) => [f.path, i]))
  // Edges importer → imported; Kahn's algorithm over them, taking the earliest ready file each time.
  const imports: Array<Set<number>> = files.map(() => new Set())
  const pending = files.map(() => 0)
  files.forEach((f, i) => {
    if (!f.language) return
    for (const ref of references(f.language, f.imports())) {
      const target = active!.resolve({ path: f.path, language: f.language }, ref)
      const j = target === undefined ? undefined : index.get(target)
      if (j === undefined || j === i || imports[i]!.has(j)) continue
      imports[i]!.add(j)
      active!.imported.add(files[j]!.path)
      pending[j]!++
    }
  })
  const out: number[] = []
  const done = new Set<number>()
  while (out.length < files.length) {
    let next = order.find((i) => !done.has(i) && pending[i] === 0)
    // A cycle: the earliest file left goes first.
    next ??= order.find((i) => !done.has(i))!
    done.add(next)
    out.push(next)
    for (const j of imports[next]!) pending[j]!--
  }
  return out
}

function memo(get: () => string): () => string {
  let text: string | undefined
  return () => (text ??= get())
}

/**
 * Whether a function `name` called in the file at `path` is defined in another file of the changeset: its body is
 * then read with the call's arguments, and a guess from its name alone has nothing to add.
 */
export function definedInChangeset(path: string, name: string): boolean {
  return active?.definedElsewhere(path, name) ?? false
}

/**
 * The result of a call (at `line`) of another changeset file's function whose returns are known: the request data it
 * reads itself, or only what its returns keep of the arguments' (none, or with their sanitisers), plus the HTML they build.
 */
export function throughOtherFile(summary: CrossFileSummary | undefined, result: Value, line: number): Value {
  if (!summary) return result
  if (summary.source && !result.taint) return { ...result, taint: { ...summary.source, line }, ...(summary.safe ? { safe: summary.safe } : {}) }
  if (!result.taint) return result
  if (summary.untainted) {
    const { taint: _taint, safe: _safe, built: _built, markup: _markup, ...rest } = result
    return rest
  }
  let out = summary.safe ? { ...result, safe: (result.safe ?? 0) | summary.safe } : result
  if (summary.tags && ((out.tags ?? 0) & summary.tags) !== summary.tags) out = { ...out, tags: (out.tags ?? 0) | summary.tags }
  if (summary.markup && !out.markup) out = { ...out, markup: true }
  if (summary.built && !out.built) out = { ...out, built: { ...summary.built, line } }
  return out
}

/** Whether another file of the changeset under review imports the file at `path`. */
export function importedInChangeset(path: string): boolean {
  return active?.imported.has(path) ?? false
}

/** The link for reading the file at `path` for its summaries only: it receives no calls and hands none on. */
export function crossFileSummaryLink(path: string): CrossFileLink | undefined {
  return active?.summaryLink(path)
}

/** What the file at `path` gets from and gives to the other files of the changeset under review. */
export function crossFileLink(path: string): CrossFileLink | undefined {
  return active?.link(path)
}

export function endCrossFile(): void {
  active = undefined
  handed.length = 0
}

/**
 * Request data as another file of the changeset sees it: a caller's argument in the called function, or what a
 * function read and returned in its callers. It is read at `line` of the file that now holds it (no line of that
 * file is the source's), with where it was read kept for the message (`via`, `app/views.py line 24`). Lines of
 * handing calls belong to the file it left, and are dropped.
 */
export function relocatedTaint(taint: Taint, line: number, via: string, handedFrom?: { path: string; line: number }): Taint {
  const { handedAt: _handedAt, handedFrom: _handedFrom, ...rest } = taint
  return { ...rest, line, via: taint.via ?? via, ...(handedFrom ? { handedFrom } : {}) }
}

/** A finding of one file's sink that the change left alone, reached from a call the change added in another file: it belongs at that call. */
export interface HandedFinding {
  path: string
  line: number
  ruleId: string
  message: string
  suggestion: string
  severity?: 'critical' | 'major' | 'minor' | 'info'
}

const handed: HandedFinding[] = []

/** Records a finding for the file that made the call (`handedFrom`), to be added to its findings once every file is reviewed. */
export function reportAtCaller(finding: HandedFinding): void {
  if (active && handed.length < MAX_HANDED) handed.push(finding)
}

/** The findings recorded for callers since the review began, once; the list is emptied. */
export function takeHandedFindings(): HandedFinding[] {
  return handed.splice(0, handed.length)
}

/** A changeset whose every call reaches an old sink would otherwise report each one: a thousand is plenty to act on. */
const MAX_HANDED = 1000
