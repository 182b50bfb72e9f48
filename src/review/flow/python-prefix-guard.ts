/**
 * What a `value.startswith(prefix)` check proves. Any prefix keeps a path under its directory
 * once resolved, but a URL only stays on the site when the prefix pins the host: `"/"` lets
 * `//evil.example` through, which browsers and HTTP clients read as another host.
 */
import type { SNode } from '../syntax/tree'
import { field, namedChildren } from './text'
import { prefixShortfall } from './url-checks'
import { SAFE } from './value'

/** `https://host/…` or a path whose second character is no slash: nothing after it can name a host. */
const HOST_PINNED = /^(https?:)?\/\/[^/\\?#@]+[/?#]|^\/[^/\\]/i

/** A protocol-relative probe written next to the check: `startswith("//")`, `"//" in url`, `url[:2] != "//"`, a backslash probe, or a look at the parsed host (`urlparse(url).netloc`). */
const DOUBLE_SLASH_PROBE = /startswith\(\s*\(?\s*[rbu]?["'](\/\/|\\\\)["']|[rbu]?["'](\/\/|\\\\)["']\s*(not\s+)?in\b|\[\s*:\s*2\s*\]\s*[!=]=\s*[rbu]?["']\/\/["']|\[\s*1\s*\]\s*[!=]=\s*[rbu]?["']\/["']|\.(netloc|hostname)\b/

function literal(node: SNode, text: (n: SNode) => string): string | undefined {
  if (node.type !== 'string' || node.children.some((c) => c.type === 'interpolation')) return undefined
  const m = /^[rbuRBU]*("""|'''|"|')([\s\S]*)\1$/.exec(text(node))
  return m?.[2]
}

/** The prefixes a check compares against, or undefined when one is not written here (a configured base URL). */
export function prefixes(arg: SNode, text: (n: SNode) => string, lookup: (name: string) => string | undefined): string[] | undefined {
  if (arg.type === 'tuple' || arg.type === 'parenthesized_expression') {
    const parts = namedChildren(arg).map((c) => prefixes(c, text, lookup))
    return parts.every((p) => p !== undefined) ? parts.flat() : undefined
  }
  if (arg.type === 'identifier') {
    const s = lookup(text(arg))
    return s === undefined ? undefined : [s]
  }
  const s = literal(arg, text)
  return s === undefined ? undefined : [s]
}

/**
 * The SAFE kinds `call` (a `startswith` call) grants its receiver. `scope` is the code the check
 * sits in (the function), searched for a companion protocol-relative probe.
 */
export function prefixGuardKinds(call: SNode, scope: SNode, text: (n: SNode) => string, lookup: (name: string) => string | undefined): number {
  const arg = namedChildren(field(call, 'arguments') ?? call)[0]
  const written = arg ? prefixes(arg, text, lookup) : undefined
  // `full.startswith(ROOT)` with nothing ending the directory lets `/srv/public-private/…` through for `/srv/public`.
  // `name.startswith("-")`, `ref.startswith("v")`: a prefix with no separator in it names no folder to stay under
  // (`normpath(name).startswith("..")` is the probe for climbing out, and stays one).
  const path = arg && endsDirectory(arg, text, lookup) && !(written && written.length > 0 && written.every((p) => !/[\\/]/.test(p) && p !== '..')) ? SAFE.path : 0
  if (written === undefined || written.length === 0) return path | SAFE.url
  if (written.every((p) => HOST_PINNED.test(p))) return path | SAFE.url
  // `startswith("https://shop.example.com")`: no probe for `//` helps when the host itself is left open.
  if (written.some((p) => prefixShortfall(p))) return path
  return DOUBLE_SLASH_PROBE.test(text(scope)) ? path | SAFE.url : path
}

/** Names a directory is kept under (`ROOT`, `base_dir`, `UPLOAD_FOLDER`, `media_path`). */
const DIRECTORY_NAME = /(^|_)(root|base|dir|directory|folder|path)$|^(root|base|dir|directory|folder)(_\w+)?$/i

/**
 * Whether a prefix ends where a directory does: `ROOT + os.sep`, `f"{root}/"`, `os.path.join(root, "")`, a literal or a
 * constant ending in a separator, or text that names no directory at all (`"uploads/"`, `"/api/"`, a URL). A bare
 * directory (`startswith(ROOT)`, `startswith(os.path.abspath("public"))`) also matches its look-alike siblings.
 */
export function endsDirectory(arg: SNode, text: (n: SNode) => string, lookup: (name: string) => string | undefined): boolean {
  if (arg.type === 'tuple' || arg.type === 'parenthesized_expression') return namedChildren(arg).every((c) => endsDirectory(c, text, lookup))
  const t = text(arg)
  if (/\+\s*(os\.)?sep\s*$|\+\s*[rbu]?(["'])[\\/]+\2\s*$|[\\/]["']$|\{\s*(os\.)?sep\s*\}["']$|^os\.path\.join\([\s\S]*,\s*["']{2}\s*\)$/.test(t)) return true
  if (arg.type === 'string') return !/^[rbuRBU]*["']{1,3}[\\/]/.test(t) || /[\\/]["']{1,3}$/.test(t)
  if (arg.type === 'identifier') {
    const str = lookup(t)
    return str === undefined ? !DIRECTORY_NAME.test(t) : /[\\/]$/.test(str) || !str.startsWith('/')
  }
  return !/^(os\.path\.(abspath|realpath|normpath|join|dirname)|os\.getcwd|str|Path)\(|^(settings|self|cls|app\.config)\b/.test(t)
}
