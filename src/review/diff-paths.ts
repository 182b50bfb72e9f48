/**
 * File names as diff headers spell them: git's C-style quoting (`"a/caf\303\251.md"`), the
 * `a/` and `b/` prefixes, `/dev/null`, and the tab git appends after names that contain spaces.
 */

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', '"': '"', '\\': '\\' }

const utf8 = new TextDecoder()

/** Reads a quoted name starting at `text[start] === '"'`; undefined when the quote never closes. */
export function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let out = ''
  // Octal escapes are raw bytes of a UTF-8 name, so runs of them are decoded together.
  let bytes: number[] = []
  const flush = () => {
    if (bytes.length === 0) return
    out += utf8.decode(new Uint8Array(bytes))
    bytes = []
  }
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '"') {
      flush()
      return { value: out, end: i + 1 }
    }
    if (ch !== '\\' || i + 1 >= text.length) {
      flush()
      out += ch
      continue
    }
    const next = text[i + 1]!
    if (next >= '0' && next <= '7') {
      let code = 0
      let j = i + 1
      for (; j < text.length && j < i + 4 && text[j]! >= '0' && text[j]! <= '7'; j++) code = code * 8 + (text.charCodeAt(j) - 48)
      bytes.push(code & 0xff)
      i = j - 1
      continue
    }
    flush()
    out += ESCAPES[next] ?? next
    i++
  }
  return undefined
}

/**
 * The name in a `---`/`+++` line (text after the marker): `null` for `/dev/null`. Anything after
 * a tab is dropped: git's marker for names with spaces, or a timestamp from `diff -u`.
 */
export function readHeaderPath(raw: string): string | null {
  let path: string
  if (raw.startsWith('"')) {
    path = readQuoted(raw, 0)?.value ?? raw
  } else {
    const tab = raw.indexOf('\t')
    path = (tab >= 0 ? raw.slice(0, tab) : raw).trimEnd()
  }
  return path === '/dev/null' ? null : path
}

/** The two names of a `diff --git <a> <b>` line (text after `diff --git `), prefixes still on. */
export function splitGitHeaderPaths(rest: string): [string, string] | undefined {
  if (rest.startsWith('"')) {
    const a = readQuoted(rest, 0)
    if (!a) return undefined
    const tail = rest.slice(a.end).trimStart()
    return [a.value, tail.startsWith('"') ? (readQuoted(tail, 0)?.value ?? tail) : tail]
  }
  const quotedB = rest.indexOf(' "')
  if (quotedB > 0 && rest.endsWith('"')) {
    const b = readQuoted(rest, quotedB + 1)
    if (b) return [rest.slice(0, quotedB), b.value]
  }
  // Unquoted names may contain spaces. When both sides name the same file, `a/X b/X` has its
  // separator exactly in the middle; otherwise (a rename) the first ` b/` is the best guess.
  const mid = (rest.length - 1) / 2
  if (Number.isInteger(mid) && rest.startsWith(' b/', mid) && rest.slice(2, mid) === rest.slice(mid + 3)) {
    return [rest.slice(0, mid), rest.slice(mid + 1)]
  }
  const first = rest.indexOf(' b/')
  if (first >= 0) return [rest.slice(0, first), rest.slice(first + 1)]
  if (Number.isInteger(mid) && rest[mid] === ' ') return [rest.slice(0, mid), rest.slice(mid + 1)]
  const space = rest.indexOf(' ')
  return space > 0 ? [rest.slice(0, space), rest.slice(space + 1)] : undefined
}

const PREFIXES = new Set(['a/', 'b/', 'c/', 'i/', 'o/', 'w/'])

function prefixOf(path: string | null): string | undefined {
  return path !== null && PREFIXES.has(path.slice(0, 2)) ? path.slice(0, 2) : undefined
}

/**
 * Drops git's source/destination prefixes (`a/` `b/`, or mnemonic `c/ i/ o/ w/`). They are only
 * prefixes when the two sides differ; `--no-prefix` output keeps both names as they are.
 */
export function stripPrefixes(oldPath: string | null, newPath: string | null): [string | null, string | null] {
  const oldPrefix = prefixOf(oldPath)
  const newPrefix = prefixOf(newPath)
  if ((oldPath !== null && !oldPrefix) || (newPath !== null && !newPrefix) || oldPrefix === newPrefix) {
    return stripTreeRoots(oldPath, newPath)
  }
  return [oldPath === null ? null : oldPath.slice(2), newPath === null ? null : newPath.slice(2)]
}

/** `diff -ru old new` names `old/f.txt` and `new/f.txt`: the differing roots are not part of the path. */
function stripTreeRoots(oldPath: string | null, newPath: string | null): [string | null, string | null] {
  if (oldPath === null || newPath === null) return [oldPath, newPath]
  const a = oldPath.indexOf('/')
  const b = newPath.indexOf('/')
  if (a <= 0 || b <= 0 || oldPath.slice(0, a) === newPath.slice(0, b) || oldPath.slice(a) !== newPath.slice(b)) return [oldPath, newPath]
  return [oldPath.slice(a + 1), newPath.slice(b + 1)]
}
