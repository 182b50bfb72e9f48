/**
 * A helper that takes a file name and joins it under a fixed directory (`def read_public_file(filename):
 * path = os.path.join(BASE_DIR, filename); open(path)`): the join says the name is meant to stay inside
 * that directory, yet nothing in the helper keeps `../` or an absolute name from leaving it. Whoever
 * calls it with a client's name reads or writes anywhere. Judged on the helper's own text, since its
 * callers are often in other files; only module-level functions (a method's parameter is its object's business); a helper that resolves, normalises or checks the path, or reduces
 * the name to its last component, is left alone, and so is a name its callers in this file only give as literals.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent } from '../events'
import { field, namedChildren, parameterName } from '../text'
import { isInert, SAFE, type Value } from '../value'
import type { MatchContext } from './common'

/**
 * A directory the code fixes: an ALL-CAPS module constant (`BASE_DIR`, `settings.MEDIA_ROOT`), a string literal,
 * or one the system names (`tempfile.gettempdir()`, `os.getcwd()`, `Path.home()`): none of them is the caller's to pick.
 */
const FIXED_BASE = /^(?:[a-z_]\w*\.)*[A-Z][A-Z0-9_]*$|^[rbuf]?["'][^"'{}]*["']$|^(?:tempfile\.gettempdir|os\.getcwd|(?:pathlib\.)?Path\.(?:cwd|home))\(\)$/
/** Anything in the helper that confines a path or a name: resolution, a containment check, a base name, a filename sanitiser. */
const CONFINES = /realpath|abspath|normpath|\.resolve\(|is_relative_to|relative_to|commonpath|commonprefix|startswith|basename|secure_filename|safe_join|get_valid_filename|slugify|fullmatch|re\.match|["']\.\.["']|\.isalnum\(|\.isidentifier\(|\bin\s+[A-Z_]+\b/

export interface JoinedParameter {
  param: string
  base: string
}

/** The function definition `node` sits in, or undefined at module level. */
function enclosingDef(node: SNode): SNode | undefined {
  let def = node.parent
  while (def && def.type !== 'function_definition') def = def.parent
  return def ?? undefined
}

/** The plain parameter names of `def` (annotated or defaulted too), without `self`/`cls` and splats. */
function parameterNames(def: SNode, m: MatchContext): Map<string, SNode> {
  const out = new Map<string, SNode>()
  for (const p of namedChildren(field(def, 'parameters') ?? def)) {
    if (/splat/.test(p.type)) continue
    const id = parameterName(p)
    if (id && !/^(self|cls)$/.test(m.text(id))) out.set(m.text(id), p)
  }
  return out
}

/** Every right-hand side assigned to `name` in `def` (not in nested functions). */
function assignments(def: SNode, name: string, m: MatchContext): SNode[] {
  const out: SNode[] = []
  const visit = (node: SNode): void => {
    if (node.type === 'assignment' || node.type === 'augmented_assignment') {
      const left = field(node, 'left')
      if (left && m.text(left) === name) out.push(field(node, 'right') ?? node)
    }
    if (node.type !== 'function_definition' || node === def) for (const c of namedChildren(node)) visit(c)
  }
  visit(def)
  return out
}

/** `os.path.join(BASE, name)` or `Path(BASE) / name` / `BASE / name`: the base's text and the last part's node. */
function joinParts(expr: SNode, m: MatchContext): { base: SNode; last: SNode } | undefined {
  if (expr.type === 'call' && /^(os\.path|posixpath|path)\.join$/.test(m.text(field(expr, 'function') ?? expr))) {
    const args = namedChildren(field(expr, 'arguments') ?? expr)
    if (args.length < 2 || args.some((a) => a.type === 'keyword_argument' || a.type === 'list_splat')) return undefined
    return { base: args[0]!, last: args[args.length - 1]! }
  }
  if (expr.type === 'binary_operator' && m.text(field(expr, 'operator') ?? expr) === '/') {
    const left = field(expr, 'left')
    const right = field(expr, 'right')
    if (!left || !right) return undefined
    const inner = left.type === 'call' && /^(pathlib\.)?Path$/.test(m.text(field(left, 'function') ?? left)) ? namedChildren(field(left, 'arguments') ?? left)[0] : left
    return inner ? { base: inner, last: right } : undefined
  }
  return undefined
}

/**
 * A directory the code fixes, or a local the function builds once under one (`folder = Path(MEDIA_ROOT) / asset.folder`,
 * `root = os.path.join(BASE_DIR, str(tenant_id))`): what follows the fixed root narrows it, and leaving it is as wrong.
 */
function fixedBase(base: SNode, def: SNode, params: ReadonlyMap<string, SNode>, m: MatchContext, depth = 0): boolean {
  if (FIXED_BASE.test(m.text(base))) return true
  if (depth > 2 || base.type !== 'identifier' || params.has(m.text(base))) return false
  const rights = assignments(def, m.text(base), m)
  const inner = rights.length === 1 ? joinParts(rights[0]!, m) : undefined
  return !!inner && fixedBase(inner.base, def, params, m, depth + 1)
}

/**
 * The file-opening call's path argument is the helper's own parameter joined under a fixed directory, and the
 * helper does nothing to keep it there. Not in request handlers (their data is followed as request data), tests,
 * or private helpers (`_cache_path(key)`), whose names come from the module's own code.
 */
export function joinedParameter(ev: CallEvent, m: MatchContext): JoinedParameter | undefined {
  const argNode = ev.argNodes[0]
  const value = ev.args[0]
  if (!argNode || ev.fn.handler || m.isTest) return undefined
  if (value && (value.constant || isInert(value) || value.taint || ((value.safe ?? 0) & SAFE.path) !== 0)) return undefined
  const def = enclosingDef(ev.stmt)
  const name = def && field(def, 'name')
  // A module's own function: a method's parameter is its object's business (`Exporter.get(name)` inside a class the module drives).
  if (!def || !name || m.text(name).startsWith('_') || enclosingDef(def) || def.parent?.parent?.type === 'class_definition' || def.parent?.type === 'class_definition') return undefined
  const params = parameterNames(def, m)
  let expr: SNode | undefined = argNode
  if (argNode.type === 'identifier' && !params.has(m.text(argNode))) {
    const rights = assignments(def, m.text(argNode), m)
    expr = rights.length === 1 ? rights[0] : undefined
  }
  const parts = expr && joinParts(expr, m)
  if (!parts || parts.last.type !== 'identifier' || !fixedBase(parts.base, def, params, m)) return undefined
  const param = m.text(parts.last)
  const declared = params.get(param)
  if (!declared) return undefined
  // A number or an id cannot climb out (`def invoice_pdf(invoice_id: int)`).
  const type = field(declared, 'type')
  if (type && !/^(str|Optional\[str\]|str \| None|PathLike|os\.PathLike|Any)$/.test(m.text(type))) return undefined
  if (/(^|_)(id|pk|num|number|count|index|idx|year|month|day)$/.test(param)) return undefined
  if (assignments(def, param, m).length > 0 || CONFINES.test(m.text(def))) return undefined
  return { param, base: m.text(parts.base) }
}

/** A URL another party gives the server to call back: a webhook, a callback, a notification or ping endpoint. */
const CALLBACK_URL = /^(webhook|callback|notify|notification|hook|ping)_(url|uri)$|^(webhook|callback)$/

/** A check on where a URL points: parsing out its host, an allow-list, a private-address test. */
const HOST_CHECK = /urlparse|urlsplit|\.hostname|\.netloc|\.host\b|allow|ALLOWED|TRUSTED|is_private|is_loopback|ipaddress|validate|verify_url|is_safe|safe_url/

/**
 * `def notify(self, callback_url, invoice_id): self.http.post(callback_url, ...)`: a parameter named for a URL another
 * party gives the server to call back (a webhook, a callback, a notification endpoint) is fetched as given, with no
 * check on its host in the function. Whoever registers the callback picks the host, internal ones included.
 */
export function fetchedCallbackParameter(ev: CallEvent, urlNode: SNode | undefined, url: Value | undefined, m: MatchContext): string | undefined {
  if (!urlNode || urlNode.type !== 'identifier' || ev.fn.handler || m.isTest) return undefined
  if (url && (url.constant || isInert(url) || url.taint || ((url.safe ?? 0) & SAFE.url) !== 0)) return undefined
  const param = m.text(urlNode)
  if (!CALLBACK_URL.test(param)) return undefined
  const def = enclosingDef(ev.stmt)
  const name = def && field(def, 'name')
  if (!def || !name || m.text(name).startsWith('_') || !parameterNames(def, m).has(param)) return undefined
  if (assignments(def, param, m).length > 0 || HOST_CHECK.test(m.text(def))) return undefined
  return param
}
