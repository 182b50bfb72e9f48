/**
 * Finds regular expressions that backtracking engines (V8, Python's `re`) can take exponential time
 * on: a repeated group whose body can match one run of text in more than one way (`([a-z]+\s?)+`,
 * `([\w.]*)*`, `(.|\s)*`), followed by something that can still fail (`$`, a character the run
 * cannot contain). Each way of splitting the run is tried before the match fails, so every extra
 * character doubles the work. A repeat whose iterations each need a separator the body's run cannot
 * match (`(\s*,\s*\w+)*`, `([a-z0-9-]+\.)+`) splits a run one way only and is left alone, as are
 * bounded repeats and polynomial-only shapes (`\s+$`).
 */

/** Characters as a 128-bit ASCII map plus one bit for everything beyond ASCII. */
class CharSet {
  constructor(
    readonly bits: Uint32Array = new Uint32Array(5),
  ) {}

  static of(codes: Iterable<number>): CharSet {
    const s = new CharSet()
    for (const c of codes) s.add(c)
    return s
  }

  add(code: number): void {
    const i = code < 128 ? code : 128
    this.bits[i >>> 5]! |= 1 << (i & 31)
  }

  addRange(from: number, to: number): void {
    for (let c = from; c <= Math.min(to, 127); c++) this.add(c)
    if (to >= 128) this.add(128)
  }

  addAll(other: CharSet): void {
    for (let i = 0; i < 5; i++) this.bits[i]! |= other.bits[i]!
  }

  negate(): CharSet {
    const s = new CharSet()
    for (let i = 0; i < 5; i++) s.bits[i] = ~this.bits[i]!
    // Past ASCII, a negated class still matches most characters.
    s.bits[4] = 1
    return s
  }

  intersect(other: CharSet): CharSet {
    const s = new CharSet()
    for (let i = 0; i < 5; i++) s.bits[i] = this.bits[i]! & other.bits[i]!
    return s
  }

  /** No ASCII character is in the set. */
  asciiEmpty(): boolean {
    return this.bits[0] === 0 && this.bits[1] === 0 && this.bits[2] === 0 && this.bits[3] === 0
  }

  /** Every character of this set is in `other`. */
  within(other: CharSet): boolean {
    for (let i = 0; i < 5; i++) if ((this.bits[i]! & ~other.bits[i]!) !== 0) return false
    return true
  }
}

type Node =
  | { type: 'chars'; set: CharSet }
  | { type: 'group'; alternatives: Term[][] }
  | { type: 'end' }
  | { type: 'zero' }

interface Term {
  node: Node
  min: number
  /** `Infinity` for `*`, `+` and `{n,}`. */
  max: number
  /** Offsets of the term's source text, quantifier included. */
  start: number
  end: number
}

const DIGIT = CharSet.of([])
DIGIT.addRange(48, 57)
const WORD = CharSet.of([95])
WORD.addRange(48, 57)
WORD.addRange(65, 90)
WORD.addRange(97, 122)
const SPACE = CharSet.of([9, 10, 11, 12, 13, 32, 128])
const DOT = CharSet.of([]).negate()
DOT.bits[0]! &= ~(1 << 10)
/** `\d`, `\w`, `\s` and their negations, inside a class or out. */
const SHORTHAND: Record<string, CharSet> = { d: DIGIT, w: WORD, s: SPACE, D: DIGIT.negate(), W: WORD.negate(), S: SPACE.negate() }
/** Escapes that name one control character. */
const CONTROL: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 }

class Unsupported extends Error {}

/** A small recursive-descent parser for the syntax shared by JavaScript and Python patterns. */
class Parser {
  private i = 0

  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Term[][] {
    const alts = this.alternatives()
    if (this.i < this.src.length) throw new Unsupported()
    return alts
  }

  private alternatives(): Term[][] {
    const alts: Term[][] = [this.sequence()]
    while (this.src[this.i] === '|') {
      this.i++
      alts.push(this.sequence())
    }
    return alts
  }

  private sequence(): Term[] {
    const terms: Term[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const start = this.i
      const node = this.atom()
      const [min, max] = this.quantifier()
      terms.push({ node, min, max, start, end: this.i })
    }
    return terms
  }

  private quantifier(): [number, number] {
    const c = this.src[this.i]
    let q: [number, number] = [1, 1]
    if (c === '*') q = [0, Infinity]
    else if (c === '+') q = [1, Infinity]
    else if (c === '?') q = [0, 1]
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i))
      if (!m) return q
      const min = Number(m[1])
      q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])]
      this.i += m[0].length - 1
    } else return q
    this.i++
    // Lazy and possessive markers change the order of tries, not how many there are.
    if (this.src[this.i] === '?' || this.src[this.i] === '+') this.i++
    return q
  }

  private atom(): Node {
    const c = this.src[this.i]!
    this.i++
    switch (c) {
      case '(':
        return this.group()
      case '[':
        return { type: 'chars', set: this.cls() }
      case '.':
        return { type: 'chars', set: DOT }
      case '^':
        return { type: 'zero' }
      case '$':
        return { type: 'end' }
      case '\\':
        return this.escape()
      default:
        return { type: 'chars', set: this.literal(c.charCodeAt(0)) }
    }
  }

  private group(): Node {
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i)
      // Lookarounds match no text; `(?:`, `(?P<n>`, `(?<n>` are groups; inline flags are ignored.
      const look = /^\?(<?[=!])/.exec(rest)
      if (look) {
        this.i += look[0].length
        this.alternatives()
        this.close()
        return { type: 'zero' }
      }
      const named = /^\?(:|P?<[A-Za-z_]\w*>)/.exec(rest)
      const flags = /^\?[aiLmsux-]+\)/.exec(rest)
      if (flags) {
        this.i += flags[0].length
        return { type: 'zero' }
      }
      if (!named) throw new Unsupported()
      this.i += named[0].length
    }
    const alternatives = this.alternatives()
    this.close()
    return { type: 'group', alternatives }
  }

  private close(): void {
    if (this.src[this.i] !== ')') throw new Unsupported()
    this.i++
  }

  private escape(): Node {
    const c = this.src[this.i++]
    if (c === undefined) throw new Unsupported()
    const shorthand = SHORTHAND[c]
    if (shorthand) return { type: 'chars', set: shorthand }
    switch (c) {
      case 'b': case 'B': case 'A': case 'G': return { type: 'zero' }
      case 'Z': case 'z': return { type: 'end' }
      default:
        // Back-references match whatever their group did: beyond this analysis.
        if (/[1-9k]/.test(c)) throw new Unsupported()
        return { type: 'chars', set: this.literal(this.escapedCode(c)) }
    }
  }

  private escapedCode(c: string): number {
    if (c in CONTROL) return CONTROL[c]!
    if (c === 'x' || c === 'u') {
      const m = (c === 'x' ? /^[0-9a-fA-F]{2}/ : /^[0-9a-fA-F]{4}/).exec(this.src.slice(this.i))
      if (!m) throw new Unsupported()
      this.i += m[0].length
      return parseInt(m[0], 16)
    }
    return c.charCodeAt(0)
  }

  private literal(code: number): CharSet {
    const s = CharSet.of([code])
    if (this.ignoreCase && code < 128) {
      const ch = String.fromCharCode(code)
      s.add(ch.toLowerCase().charCodeAt(0))
      s.add(ch.toUpperCase().charCodeAt(0))
    }
    return s
  }

  private cls(): CharSet {
    const set = new CharSet()
    let negated = false
    if (this.src[this.i] === '^') {
      negated = true
      this.i++
    }
    let first = true
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false
      const from = this.classChar(set)
      if (from === undefined) continue
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++
        const to = this.classChar(set)
        if (to === undefined) {
          set.add(45)
          continue
        }
        set.addRange(from, to)
        if (this.ignoreCase) {
          set.addRange(Math.max(from, 65) + 32, Math.min(to, 90) + 32)
          set.addRange(Math.max(from, 97) - 32, Math.min(to, 122) - 32)
        }
      } else set.addAll(this.literal(from))
    }
    if (this.src[this.i] !== ']') throw new Unsupported()
    this.i++
    return negated ? set.negate() : set
  }

  /** One class member: a character's code, or undefined after adding a shorthand class (`\d`) to `set`. */
  private classChar(set: CharSet): number | undefined {
    const c = this.src[this.i++]!
    if (c !== '\\') return c.charCodeAt(0)
    const e = this.src[this.i++]
    if (e === undefined) throw new Unsupported()
    const shorthand = SHORTHAND[e]
    if (shorthand) {
      set.addAll(shorthand)
      return undefined
    }
    if (e === 'b') return 8
    return this.escapedCode(e)
  }
}

/** Every character a term can consume. */
function charsOf(node: Node): CharSet {
  if (node.type === 'chars') return node.set
  const s = new CharSet()
  if (node.type === 'group') for (const alt of node.alternatives) for (const t of alt) s.addAll(charsOf(t.node))
  return s
}

function minLength(terms: Term[]): number {
  let n = 0
  for (const t of terms) n += t.min === 0 ? 0 : t.min * nodeMin(t.node)
  return n
}

function nodeMin(node: Node): number {
  if (node.type === 'chars') return 1
  if (node.type === 'group') return Math.min(...node.alternatives.map(minLength))
  return 0
}

/** The alternative's terms that consume text (anchors and lookarounds left out). */
function consuming(alt: Term[]): Term[] {
  return alt.filter((t) => t.node.type !== 'zero' && t.node.type !== 'end')
}

/** A single-character alternative's set (`.`, `\s`, `[a-z]`), else undefined. */
function singleChar(alt: Term[]): CharSet | undefined {
  const consuming = alt.filter((t) => t.node.type !== 'zero')
  if (consuming.length !== 1) return undefined
  const t = consuming[0]!
  return t.node.type === 'chars' && t.min === 1 && t.max === 1 ? t.node.set : undefined
}

/**
 * The characters of a run the repeated body can split in more than one way, or undefined when
 * every run splits one way only.
 */
function ambiguousRun(body: Term[][]): CharSet | undefined {
  // `(.|\s)*`: two one-character alternatives that share characters.
  const singles = body.map(singleChar)
  for (let a = 0; a < singles.length; a++) {
    for (let b = a + 1; b < singles.length; b++) {
      const shared = singles[a] && singles[b] ? singles[a]!.intersect(singles[b]!) : undefined
      // Beyond ASCII the sets are one bit, too coarse to say two ranges there overlap.
      if (shared && !shared.asciiEmpty()) return shared
    }
  }
  // `([a-z]+\s?)+`, `([\w.]*)*`, `(([a-z])+.)+`: one part that repeats, so it can take a run whole or
  // in pieces, and every other part optional or one character the run can also supply.
  for (const alt of body) {
    const run = repeatRun(alt)
    if (run) return run
  }
  return spelledByOthers(body)
}

/**
 * `(a|aa)+`, `(\d|\d{3})+`, `(ab|a|b)+`: a fixed-length alternative whose text the shorter alternatives can
 * also spell one after another, so each stretch of it is taken whole or in pieces. The characters it
 * covers, or undefined.
 */
function spelledByOthers(body: Term[][]): CharSet | undefined {
  if (body.length < 2) return undefined
  const seqs = body.map(fixedSequence)
  for (const whole of seqs) {
    if (!whole || whole.length < 2) continue
    // reach[i]: the first i positions of `whole` can be spelled by shorter alternatives.
    const reach = new Array<boolean>(whole.length + 1).fill(false)
    reach[0] = true
    for (let i = 0; i < whole.length; i++) {
      if (!reach[i]) continue
      for (const piece of seqs) {
        if (!piece || piece.length === 0 || piece.length >= whole.length || i + piece.length > whole.length) continue
        if (piece.every((set, k) => !set.intersect(whole[i + k]!).asciiEmpty())) reach[i + piece.length] = true
      }
    }
    if (!reach[whole.length]) continue
    const run = new CharSet()
    for (const set of whole) run.addAll(set)
    return run
  }
  return undefined
}

/** The alternative as one character set per position when it matches a fixed number of characters (`ab`, `\d{3}`), else undefined. */
function fixedSequence(alt: Term[]): CharSet[] | undefined {
  const out: CharSet[] = []
  for (const t of alt) {
    if (t.node.type === 'zero') continue
    if (t.node.type !== 'chars' || t.min !== t.max || t.max > 16) return undefined
    for (let k = 0; k < t.min; k++) out.push(t.node.set)
  }
  return out
}

/**
 * The characters of a run the alternative can match split at different places: one part repeats
 * over them, and each other required part is a fixed character that can be one of them too.
 */
function repeatRun(alt: Term[]): CharSet | undefined {
  const parts = consuming(alt)
  for (const t of parts) {
    let run = pumpRun(t)
    for (const o of parts) {
      if (!run || o === t || o.min === 0 || minLength([o]) === 0) continue
      run = o.node.type === 'chars' && o.min === o.max ? run.intersect(o.node.set) : undefined
      if (run?.asciiEmpty()) run = undefined
    }
    if (run) return run
  }
  return undefined
}

/** What the term repeats over (`\w+`, `[a-z]{2,4}`, `x*`), or the run of a group holding such a part (`(\w+\s?)`). */
function pumpRun(t: Term): CharSet | undefined {
  if (t.max >= 2 && t.max >= 2 * Math.max(t.min, 1) && nodeMin(t.node) > 0) {
    const run = oneCharMatches(t.node)
    return run.asciiEmpty() ? undefined : run
  }
  if (t.node.type !== 'group') return undefined
  for (const alt of t.node.alternatives) {
    const run = repeatRun(alt)
    if (run) return run
  }
  return undefined
}

/** The characters the node matches as a one-character string (what a run of repeats is made of). */
function oneCharMatches(node: Node): CharSet {
  if (node.type === 'chars') return node.set
  const out = new CharSet()
  if (node.type !== 'group') return out
  for (const alt of node.alternatives) {
    const parts = consuming(alt)
    const required = parts.filter((t) => t.min > 0 && nodeMin(t.node) > 0)
    const candidates = required.length === 1 ? required : required.length === 0 ? parts : []
    for (const t of candidates) if (t.min <= 1 && t.max >= 1) out.addAll(oneCharMatches(t.node))
  }
  return out
}

/** What comes after a term: the rest of its sequence, then what follows each enclosing group. */
interface Continuation {
  terms: Term[]
  outer?: Continuation
}

/**
 * A run of `run` characters can be followed by input that makes the rest fail: an end anchor, or
 * a required character the run cannot supply (then the run alone, with nothing after it, fails).
 * Parts the run can supply are passed: the engine gives characters of the run back to them.
 */
function canFailAfter(run: CharSet, next: Continuation | undefined): boolean {
  for (let k = next; k; k = k.outer) {
    for (const t of k.terms) {
      if (t.node.type === 'end') return true
      if (minLength([t]) === 0) continue
      // A part the run can supply takes a character given back; one it cannot supply fails on the run.
      if (!run.within(charsOf(t.node))) return true
    }
  }
  return false
}

export interface Catastrophic {
  /** The repeated group's text, for the message. */
  group: string
}

/** The first repeated group with exponential backtracking in `pattern`, if any. */
export function catastrophicGroup(pattern: string, ignoreCase: boolean): Catastrophic | undefined {
  let tree: Term[][]
  try {
    tree = new Parser(pattern, ignoreCase).parse()
  } catch (e) {
    if (e instanceof Unsupported) return undefined
    throw e
  }
  const found = search(tree, undefined)
  return found ? { group: found } : undefined

  function search(alts: Term[][], outer: Continuation | undefined): string | undefined {
    for (const alt of alts) {
      for (let i = 0; i < alt.length; i++) {
        const t = alt[i]!
        if (t.node.type !== 'group') continue
        const next: Continuation = { terms: alt.slice(i + 1), outer }
        if (t.max === Infinity) {
          const run = ambiguousRun(t.node.alternatives)
          if (run && canFailAfter(run, next)) return groupText(pattern, t)
        }
        const inner = search(t.node.alternatives, t.max > 1 ? undefined : next)
        if (inner) return inner
      }
    }
    return undefined
  }
}

function groupText(pattern: string, t: Term): string {
  const text = pattern.slice(t.start, t.end)
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
