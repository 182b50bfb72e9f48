/**
 * What a regular-expression check proves about a path, and about code, read from the pattern as written (Python and
 * JavaScript agree on the syntax these questions need). `re.fullmatch(r"[\w-]+", name)` leaves no
 * separator or dot to climb with, but an allow-list of "ref-like" characters that admits both `.`
 * and `/` (`^[A-Za-z0-9._/-]+$`, the shape of a git branch name) lets `../../etc` through whole.
 */
import type { SNode } from '../syntax/tree'
import { field, namedChildren } from './text'

/** A string literal's text, unformatted (`r"^[a-z]+$"`). */
function literal(node: SNode | undefined, text: (n: SNode) => string): string | undefined {
  if (!node || node.type !== 'string' || node.children.some((c) => c.type === 'interpolation')) return undefined
  return /^[rbuRBU]*("""|'''|"|')([\s\S]*)\1$/.exec(text(node))?.[2]
}

/** The pattern a name is bound to at the top of the module: `SAFE_REF = re.compile(r"…")` or `REF = r"…"`. */
function namedPattern(name: string, source: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const m = new RegExp(`^${escaped}\\s*(?::[^=\\n]+)?=\\s*(?:re\\.compile\\(\\s*)?[rbuRBU]*("|')((?:\\\\.|(?!\\1).)*)\\1`, 'm').exec(source)
  return m?.[2]
}

/**
 * The pattern `call` tests, when this file writes it: `re.match(PATTERN, x)` (also `fullmatch` and
 * `search`, on `re` or `regex`) or a compiled pattern's own `PATTERN.match(x)`.
 */
export function testedPattern(call: SNode, text: (n: SNode) => string, source: string): string | undefined {
  const callee = field(call, 'function')
  if (callee?.type !== 'attribute') return undefined
  const attr = field(callee, 'attribute')
  const obj = field(callee, 'object')
  if (!attr || !obj || !/^(match|fullmatch|search)$/.test(text(attr))) return undefined
  if (/^(re|regex)$/.test(text(obj))) {
    const first = namedChildren(field(call, 'arguments') ?? call)[0]
    return first?.type === 'identifier' ? namedPattern(text(first), source) : literal(first, text)
  }
  return obj.type === 'identifier' ? namedPattern(text(obj), source) : undefined
}

/** Character classes with their contents (escapes kept), and whether each is negated. */
const CLASS = /\[(\^?)((?:\\.|[^\]\\])*)\]/g

/**
 * Some character class of the pattern matches one of `chars`, tested as JavaScript reads it (Python's class syntax is
 * the same for these purposes); a class JavaScript cannot read counts as matching.
 */
function classAdmits(pattern: string, chars: string): boolean {
  for (const m of pattern.matchAll(CLASS)) {
    try {
      const re = new RegExp(`[${m[1]}${m[2]}]`)
      for (const ch of chars) if (re.test(ch)) return true
    } catch {
      return true
    }
  }
  return false
}

/** Outside its classes, the pattern matches any character: an unescaped `.`, or `\S`, `\W`, `\D`. */
function matchesAnything(outside: string): boolean {
  return /(^|[^\\])(\\\\)*\.(?!\?)/.test(outside.replace(/\(\?[=!<:]/g, '(')) || /\\[SWD]/.test(outside)
}

/** Some part of the pattern matches `ch`: a character class, `.`, or an escape such as `\S` outside a class. */
function admits(pattern: string, ch: string): boolean {
  if (classAdmits(pattern, ch)) return true
  const outside = pattern.replace(CLASS, '')
  if (matchesAnything(outside)) return true
  // A written `\.` or `/` matches itself.
  return ch === '.' ? /\\\./.test(outside) : outside.includes('/')
}

/**
 * The pattern lets a value climb out of a folder: it admits both `.` and `/` (or `\`), and no lookahead refuses `..`.
 * A check against it vouches for the value's characters, not for where it points as a path.
 */
export function patternAdmitsTraversal(pattern: string): boolean {
  if (/\(\?!.*\\\.\\\./.test(pattern) || /\(\?!.*\.\./.test(pattern)) return false
  return admits(pattern, '.') && (admits(pattern, '/') || admits(pattern, '\\'))
}

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'

/**
 * The pattern lets a value spell a call: a name and an opening parenthesis (`[\w\s().]+`, `[a-z_]+\(\d*\)`, `.+`) admit
 * `exit()`, `open(__file__)` or anything else in reach, so a check against it vouches for nothing about code that is
 * evaluated. A pattern of digits, spaces and operators spells arithmetic only; a bare name (`\w+`) can read a variable,
 * not call it.
 */
export function patternAdmitsCalls(pattern: string): boolean {
  const outside = pattern.replace(CLASS, '')
  // Anything goes where the pattern has a wildcard or a negated class.
  if (matchesAnything(outside) || [...pattern.matchAll(CLASS)].some((m) => m[1] === '^')) return true
  const letters = /\\w/.test(outside) || classAdmits(pattern, NAME_CHARS)
  const paren = /\\\(/.test(outside) || classAdmits(pattern, '(')
  return letters && paren
}

/** Anything goes, or a letter does: a wildcard, a negated class, `\w`, or a class holding a letter or `_`. */
function admitsNames(pattern: string): boolean {
  const outside = pattern.replace(CLASS, '')
  if (matchesAnything(outside) || [...pattern.matchAll(CLASS)].some((m) => m[1] === '^')) return true
  return /\\w/.test(outside) || /(^|[^\\])[A-Za-z_]/.test(outside.replace(/\\./g, '')) || classAdmits(pattern, NAME_CHARS)
}

/** No top-level alternation, which would leave a branch unanchored; `^(csv|pdf)$` alternates inside its group only. */
function oneBranch(pattern: string): boolean {
  let outside = pattern.replace(CLASS, '').replace(/\\./g, '')
  for (let before = ''; before !== outside; ) {
    before = outside
    outside = outside.replace(/\([^()]*\)/g, '')
  }
  return !outside.includes('|')
}

/**
 * A JavaScript `PATTERN.test(x)` that passes leaves `x` spelling arithmetic only (digits, operators, spaces, brackets):
 * the pattern is anchored at both ends (no `m` flag, one branch) and admits no letter. No name can be called or read
 * with it, even once the code's own text is spliced around it. A pattern that merely occurs in `x` proves nothing.
 */
export function jsPatternSpellsArithmetic(source: string, flags: string): boolean {
  if (flags.includes('m') || !source.startsWith('^') || !/(^|[^\\])\$$/.test(source)) return false
  return oneBranch(source) && !admitsNames(source)
}

/**
 * Python's `re.fullmatch(PATTERN, x)`, or `re.match`/`re.search` with the pattern anchored where the method does not
 * anchor it (`$` or `\Z` at the end, and `^` at the start for `search`), holds all of `x` to the pattern.
 */
export function pythonPatternHoldsWhole(pattern: string, method: string): boolean {
  const end = method === 'fullmatch' || /(^|[^\\])(\$|\\Z)$/.test(pattern)
  const start = method !== 'search' || pattern.startsWith('^') || pattern.startsWith('\\A')
  return end && start && oneBranch(pattern)
}

/**
 * A JavaScript `PATTERN.test(x)` that holds all of `x`: anchored at both ends, one branch, no `m` flag. `/\d{4}-\d{2}/`
 * passes `2024-01; rm -rf ~` too, so a pattern that merely occurs in the value says nothing of the rest of it.
 */
export function jsPatternHoldsWhole(source: string, flags: string): boolean {
  return !flags.includes('m') && source.startsWith('^') && /(^|[^\\])\$$/.test(source) && oneBranch(source)
}

/** A pattern that opens with a URL's scheme: what it vouches for is the URL's destination, judged elsewhere. */
export function schemePattern(source: string): boolean {
  return /^\^?\(?https\??\)?:/.test(source)
}

/** The Python form of `jsPatternSpellsArithmetic`. */
export function pythonPatternSpellsArithmetic(pattern: string, method: string): boolean {
  return pythonPatternHoldsWhole(pattern, method) && !admitsNames(pattern)
}
