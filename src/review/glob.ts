/**
 * Globs for `ignore_paths`, with gitignore meaning: `*.md` (no slash) matches at any depth,
 * `src/*.ts` and `/x` (a slash before the end) only from the root, `docs/` only a directory, a
 * matched directory covers everything under it, and a later `!pattern` re-includes.
 * `**`, `*`, `?`, `[a-z]`, `[!x]` and `{a,b}` work.
 *
 * No regular expressions: segments and characters are matched with the two-pointer wildcard
 * algorithm (one backtrack point), which is O(pattern × path) at worst, so a hostile pattern
 * such as `*a*a*a*a*b` cannot blow up.
 */

type CharToken = number | typeof ANY | CharClass
interface CharClass {
  negated: boolean
  /** Inclusive code ranges, flattened: [from, to, from, to, ...]. */
  ranges: number[]
}
type Segment = typeof GLOBSTAR | string | { tokens: CharToken[] }

const ANY = -1
const STAR = -2
const GLOBSTAR = '\0**'
const MAX_ALTERNATIVES = 256
/** Far beyond any real path (the API caps paths at MAX_PATH_LENGTH); longer patterns match nothing. */
const MAX_PATTERN_LENGTH = 2048

export type PathMatcher = (path: string) => boolean

/** Compiles one pattern (no `!`); braces expand to at most 256 alternatives. */
export function compileGlob(pattern: string): PathMatcher {
  if (pattern.length > MAX_PATTERN_LENGTH) return () => false
  const alternatives = expandBraces(pattern.trim()).map(compileAlternative)
  return (path) => {
    const segments = splitPath(path)
    return alternatives.some((alt) => alt !== undefined && matchSegments(alt, segments))
  }
}

/**
 * Compiles a list; the returned function answers which pattern decides that a path is
 * ignored, or undefined. The last matching pattern wins, so `!` can re-include.
 */
export function compileGlobs(patterns: readonly string[]): (path: string) => string | undefined {
  const compiled = patterns
    .map((raw) => raw.trim())
    .filter((p) => p !== '' && !p.startsWith('#'))
    .map((p) => (p.startsWith('!') ? { pattern: p, negated: true, match: compileGlob(p.slice(1)) } : { pattern: p, negated: false, match: compileGlob(p) }))
  if (compiled.length === 0) return () => undefined
  return (path) => {
    for (let i = compiled.length - 1; i >= 0; i--) {
      const entry = compiled[i]!
      if (entry.match(path)) return entry.negated ? undefined : entry.pattern
    }
    return undefined
  }
}

function splitPath(path: string): string[] {
  const p = path.includes('\\') ? path.replaceAll('\\', '/') : path
  return p.split('/').filter((s) => s !== '' && s !== '.')
}

function compileAlternative(pattern: string): Segment[] | undefined {
  let p = pattern
  while (p.startsWith('./')) p = p.slice(2)
  // As in gitignore, a slash anywhere but at the end anchors the pattern at the root.
  const anchored = p.replace(/\/+$/, '').includes('/')
  // `dir/` and `dir/**` both mean "everything inside dir", not a file named dir.
  const dirOnly = p.endsWith('/') || p.endsWith('/**')
  p = p.replace(/^\/+/, '').replace(/(\/\*\*)?\/*$/, '')
  if (p === '') return undefined
  const parts = p.split('/').filter((s) => s !== '')
  const segments: Segment[] = []
  if (!anchored) segments.push(GLOBSTAR)
  for (const part of parts) {
    const segment = part === '**' ? GLOBSTAR : compileSegment(part)
    if (segment === GLOBSTAR && segments[segments.length - 1] === GLOBSTAR) continue
    segments.push(segment)
  }
  // A matched directory ignores its contents; `dir/` must match a directory, not a file.
  if (dirOnly) segments.push({ tokens: [STAR] })
  if (segments[segments.length - 1] !== GLOBSTAR) segments.push(GLOBSTAR)
  return segments
}

function compileSegment(part: string): Segment {
  const tokens: CharToken[] = []
  let literal = true
  for (let i = 0; i < part.length; i++) {
    const ch = part[i]!
    if (ch === '\\' && i + 1 < part.length) {
      tokens.push(part.charCodeAt(++i))
    } else if (ch === '*') {
      literal = false
      if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR)
    } else if (ch === '?') {
      literal = false
      tokens.push(ANY)
    } else if (ch === '[') {
      const parsed = parseClass(part, i)
      if (parsed) {
        literal = false
        tokens.push(parsed.token)
        i = parsed.end
      } else tokens.push(91)
    } else tokens.push(part.charCodeAt(i))
  }
  return literal ? String.fromCharCode(...(tokens as number[])) : { tokens }
}

/** `[abc]`, `[a-z]`, `[!x]`/`[^x]`; undefined when unterminated, so `[` is then literal. */
function parseClass(part: string, open: number): { token: CharClass; end: number } | undefined {
  let i = open + 1
  const negated = part[i] === '!' || part[i] === '^'
  if (negated) i++
  const ranges: number[] = []
  const first = i
  for (; i < part.length; i++) {
    let ch = part.charCodeAt(i)
    if (ch === 93 /* ] */ && i > first) return { token: { negated, ranges }, end: i }
    if (ch === 92 /* \ */ && i + 1 < part.length) ch = part.charCodeAt(++i)
    if (part[i + 1] === '-' && i + 2 < part.length && part[i + 2] !== ']') {
      let to = part.charCodeAt(i + 2)
      i += 2
      if (to === 92 && i + 1 < part.length) to = part.charCodeAt(++i)
      ranges.push(ch, to)
    } else ranges.push(ch, ch)
  }
  return undefined
}

function matchChar(token: CharToken, code: number): boolean {
  if (typeof token === 'number') return token === ANY || token === code
  let hit = false
  for (let r = 0; r < token.ranges.length && !hit; r += 2) hit = code >= token.ranges[r]! && code <= token.ranges[r + 1]!
  return hit !== token.negated
}

function matchSegment(segment: Segment, text: string): boolean {
  if (typeof segment === 'string') return segment === text
  const tokens = (segment as { tokens: CharToken[] }).tokens
  let t = 0
  let i = 0
  let starT = -1
  let starI = 0
  while (i < text.length) {
    if (t < tokens.length) {
      const token = tokens[t]!
      if (token === STAR) {
        starT = t++
        starI = i
        continue
      }
      if (matchChar(token, text.charCodeAt(i))) {
        t++
        i++
        continue
      }
    }
    if (starT < 0) return false
    t = starT + 1
    i = ++starI
  }
  while (tokens[t] === STAR) t++
  return t === tokens.length
}

/** The same two-pointer walk one level up: `**` is the star, whole segments the characters. */
function matchSegments(pattern: Segment[], path: string[]): boolean {
  let p = 0
  let s = 0
  let starP = -1
  let starS = 0
  while (s < path.length) {
    if (p < pattern.length) {
      const segment = pattern[p]!
      if (segment === GLOBSTAR) {
        starP = p++
        starS = s
        continue
      }
      if (matchSegment(segment, path[s]!)) {
        p++
        s++
        continue
      }
    }
    if (starP < 0) return false
    p = starP + 1
    s = ++starS
  }
  while (pattern[p] === GLOBSTAR) p++
  return p === pattern.length
}

/** Expands `{a,b}` (nested too) like a shell; a group without a comma stays literal. */
export function expandBraces(pattern: string): string[] {
  const out: string[] = []
  expandInto(pattern, 0, out)
  return out
}

function expandInto(pattern: string, from: number, out: string[]): void {
  if (out.length >= MAX_ALTERNATIVES) return
  for (let i = from; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (ch !== '{') continue
    const group = findGroup(pattern, i)
    if (!group) continue
    const prefix = pattern.slice(0, i)
    const suffix = pattern.slice(group.close + 1)
    let start = i + 1
    for (const comma of [...group.commas, group.close]) {
      const alt = pattern.slice(start, comma)
      start = comma + 1
      // The prefix is already scanned, so expansion resumes where the alternative begins.
      expandInto(prefix + alt + suffix, i, out)
      if (out.length >= MAX_ALTERNATIVES) return
    }
    return
  }
  out.push(pattern)
}

function findGroup(pattern: string, open: number): { close: number; commas: number[] } | undefined {
  let depth = 0
  const commas: number[] = []
  for (let j = open; j < pattern.length; j++) {
    const ch = pattern[j]
    if (ch === '\\') j++
    else if (ch === '{') depth++
    else if (ch === '}' && --depth === 0) return commas.length > 0 ? { close: j, commas } : undefined
    else if (ch === ',' && depth === 1) commas.push(j)
  }
  return undefined
}
