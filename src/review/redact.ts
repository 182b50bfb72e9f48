/**
 * The one place secrets are masked. Finding messages and suggestions, reports and AI prompts all
 * pass through `redactSecrets`, which finds credentials with the secrets pack's own shapes
 * (`CREDENTIAL_SHAPES`), private key blocks and assignments to secret-like names, and replaces
 * each with `maskSecret`'s `prefix…(N chars)`. Masked text is a placeholder to the secrets rules,
 * so masking twice changes nothing.
 *
 * Rules quote code they have cut short (`snippet(x, 40)…`), which a shape no longer matches, so a
 * caller that knows the source can pass the secrets found there (`SecretFragments`): any 8-character
 * run of one of them is masked wherever it turns up.
 *
 * Every scan is linear in the text: patterns start at a literal or a token boundary, and string
 * literals are read with `indexOf`, remembering where a quote has no closing partner.
 */
import { fileGate } from './needles'
import { SAAS_CREDENTIAL_SHAPES } from './rules/secrets/saas-api-key'
import { classifySecretName, CREDENTIAL_SHAPES as SHARED_SHAPES, isPlaceholder, isSecretReference, maskSecret, shannonEntropy } from './rules/secrets/util'
import { identifierWords } from './source'
import type { FileUnderReview } from './types'

interface Span {
  start: number
  end: number
  /** Public prefix length left readable. */
  keep: number
  pem?: true
}

export function redactSecrets(text: string, known?: SecretFragments): string {
  if (text === '') return text
  const spans = findSecretSpans(text)
  if (known) spans.push(...known.spansIn(text))
  return spans.length === 0 ? text : applySpans(text, spans)
}

/**
 * The secret parts of what `redactSecrets` would mask in `text`, for `SecretFragments`: public
 * prefixes (`sk_live_`) and PEM markers left out, so quoting them stays possible.
 */
export function findSecretValues(text: string, absent?: ShapeFilter): string[] {
  return mergeSpans(findSecretSpans(text, absent)).flatMap((s) => {
    const value = text.slice(s.start + s.keep, s.end)
    return s.pem ? value.replace(PEM_MARKER, ' ').split(/\s|\\n|["'`+,;]/).filter((part) => part.length >= 16) : [value]
  })
}

/** Every credential format the secrets pack knows, generic and provider-specific. */
const CREDENTIAL_SHAPES = [...SHARED_SHAPES, ...SAAS_CREDENTIAL_SHAPES]

/** True for a `CREDENTIAL_SHAPES` index whose shape cannot occur in the text at hand. */
type ShapeFilter = (shape: number) => boolean

// The shared needle scan already looked for every shape's literals in each file's new side (a
// superset of the lines a file's secrets are read from), so a file can rule most shapes out
// without searching its text again. Needles must be plain ASCII of two or more characters.
const SHAPE_GATES = CREDENTIAL_SHAPES.map((shape) => (shape.literals?.length && shape.literals.every((l) => /^[\x00-\x7f]{2,}$/.test(l)) ? fileGate(shape.literals) : undefined))

/** The shapes whose literals the file's new side lacks, for `findSecretValues` over that side's lines. */
export function shapesAbsentFrom(file: FileUnderReview): ShapeFilter {
  return (shape) => SHAPE_GATES[shape]?.(file) === false
}

/**
 * Every shape's literals as one alternation. Most texts masked are finding messages that hold none
 * of them, and one search then rules out every shape that needs one (about sixty `includes` calls
 * per message before). A file's text comes with `absent`, from the shared needle scan, instead.
 */
const ANY_LITERAL = new RegExp(
  CREDENTIAL_SHAPES.flatMap((shape) => shape.literals ?? [])
    .map((literal) => literal.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'))
    .join('|'),
)

export function findSecretSpans(text: string, absent?: ShapeFilter): Span[] {
  const spans: Span[] = []
  const someLiteral = absent !== undefined || ANY_LITERAL.test(text)
  for (let i = 0; i < CREDENTIAL_SHAPES.length; i++) {
    const shape = CREDENTIAL_SHAPES[i]!
    if (absent?.(i)) continue
    if (shape.literals && (!someLiteral || !shape.literals.some((literal) => text.includes(literal)))) continue
    shape.pattern.lastIndex = 0
    for (const m of text.matchAll(shape.pattern)) {
      const group = shape.group ?? 0
      const value = m[group]
      const at = m.indices?.[group]
      if (value === undefined || !at || shape.skip?.(value)) continue
      spans.push({ start: at[0], end: at[1], keep: shape.keep ?? 0 })
    }
  }
  privateKeySpans(text, spans)
  assignmentSpans(text, spans)
  return spans
}

/** Any 8-character run of a known secret (shorter secrets: the whole value), wherever it appears. */
export class SecretFragments {
  private static readonly RUN = 8
  private readonly runs = new Set<string>()
  /** The first two UTF-16 units of each run, as one number: most positions of a message start none, and need no slice. */
  private readonly heads = new Set<number>()
  private readonly whole: string[] = []

  constructor(values: Iterable<string>) {
    for (const value of values) {
      // A passphrase's words are ordinary words: masking them everywhere would garble messages.
      if (value.length < 6 || /\s/.test(value) || isPlaceholder(value)) continue
      if (value.length < SecretFragments.RUN) {
        this.whole.push(value)
        continue
      }
      for (let i = 0; i + SecretFragments.RUN <= value.length; i++) {
        this.runs.add(value.slice(i, i + SecretFragments.RUN))
        this.heads.add(value.charCodeAt(i) * 65536 + value.charCodeAt(i + 1))
      }
    }
  }

  get empty(): boolean {
    return this.runs.size === 0 && this.whole.length === 0
  }

  spansIn(text: string): Span[] {
    const spans: Span[] = []
    const n = SecretFragments.RUN
    if (this.runs.size > 0) {
      for (let i = 0; i + n <= text.length; i++) {
        if (!this.heads.has(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1))) continue
        if (this.runs.has(text.slice(i, i + n))) spans.push({ start: i, end: i + n, keep: 0 })
      }
    }
    for (const value of this.whole) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
        spans.push({ start: at, end: at + value.length, keep: 0 })
      }
    }
    return spans
  }
}

function applySpans(text: string, spans: Span[]): string {
  let out = ''
  let from = 0
  for (const span of mergeSpans(spans)) {
    out += text.slice(from, span.start) + maskSecret(text.slice(span.start, span.end), span.keep)
    from = span.end
  }
  return out + text.slice(from)
}

/** Overlapping spans become one; of spans that start together, the longest public prefix wins. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.keep - a.keep)
  const merged: Span[] = []
  for (const span of sorted) {
    const last = merged.at(-1)
    if (last && span.start < last.end) {
      if (span.end > last.end) last.end = span.end
      if (span.pem) last.pem = true
      continue
    }
    merged.push({ ...span })
  }
  return merged
}

// ---------------------------------------------------------------------------
// Private keys: a whole PEM block, or the marker's line and the key material under it
// ---------------------------------------------------------------------------

const PEM_BEGIN = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g
const PEM_END = /-----END [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g
const PEM_MARKER = /-----(?:BEGIN|END) [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----|^[A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g
/** Base64 key material or PEM headers on a line of their own, optionally quoted or concatenated. */
const PEM_BODY_LINE = /^[ \t]*["'`]?(?:[A-Za-z0-9+/=]{16,}|(?:Proc-Type|DEK-Info|Version|Comment):[^\n]*)?(?:\\n)?["'`]?[ \t]*[+,;]?[ \t]*$/

function privateKeySpans(text: string, out: Span[]): void {
  if (!text.includes('-----BEGIN ')) return
  PEM_BEGIN.lastIndex = 0
  // The next END marker and line end at or after a position: found once and reused, so many
  // markers on one line stay linear.
  let end: RegExpExecArray | null | undefined
  let newline = -1
  const eol = (from: number) => (newline >= from ? newline : (newline = lineEnd(text, from)))
  for (let begin = PEM_BEGIN.exec(text); begin; begin = PEM_BEGIN.exec(text)) {
    const markerEnd = begin.index + begin[0].length
    if (end !== null && (end === undefined || end.index < begin.index)) {
      PEM_END.lastIndex = begin.index
      end = PEM_END.exec(text)
    }
    const stop = end ? end.index + end[0].length : endlessKey(text, markerEnd, eol)
    if (stop < 0) {
      // A bare marker (`startsWith("-----BEGIN PRIVATE KEY-----")`) guards no key.
      PEM_BEGIN.lastIndex = markerEnd
      continue
    }
    out.push({ start: begin.index, end: stop, keep: '-----BEGIN '.length, pem: true })
    PEM_BEGIN.lastIndex = Math.max(stop, markerEnd)
  }
}

const KEY_MATERIAL = /[A-Za-z0-9+/=]{16,}/

/**
 * A marker with no END: where its key material stops (inline up to the next marker or line end,
 * then the key-looking lines below), or -1 when there is none.
 */
function endlessKey(text: string, markerEnd: number, eol: (from: number) => number): number {
  const lineStop = eol(markerEnd)
  const nextMarker = text.indexOf('-----', markerEnd)
  const inlineStop = nextMarker >= 0 && nextMarker < lineStop ? nextMarker : lineStop
  if (KEY_MATERIAL.test(text.slice(markerEnd, inlineStop))) return inlineStop
  if (inlineStop !== lineStop) return -1
  let stop = lineStop
  let material = false
  while (stop < text.length) {
    const next = lineEnd(text, stop + 1)
    const line = text.slice(stop + 1, next)
    if (line.trim() === '' || !PEM_BODY_LINE.test(line)) break
    material ||= KEY_MATERIAL.test(line)
    stop = next
  }
  return material ? stop : -1
}

/** A line that opens a private key block it does not close: the lines below it are key material. */
export function opensPrivateKey(line: string): boolean {
  PEM_BEGIN.lastIndex = 0
  PEM_END.lastIndex = 0
  return PEM_BEGIN.test(line) && !PEM_END.test(line)
}

/** Inside an open block: `end` for the closing marker, `body` for key material, else undefined. */
export function privateKeyLine(line: string): 'end' | 'body' | undefined {
  PEM_END.lastIndex = 0
  if (PEM_END.test(line)) return 'end'
  return PEM_BODY_LINE.test(line) ? 'body' : undefined
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from)
  return at < 0 ? text.length : at
}

// ---------------------------------------------------------------------------
// Assignments to secret-like names: `DB_PASSWORD = "…"`, `api_key: …`, `?token=…`, `--password=…`
// ---------------------------------------------------------------------------

const KEYWORD = /pass|secret|token|key|pwd|auth|credential/gi
const OPERATOR = /[ \t]*(?:\][ \t]*)?(:=|=>|=(?![=~>])|:(?![:=]))[ \t]*/y
/** A type annotation between the name and `=`: `password: str = "…"`. */
const ANNOTATION = /[A-Za-z_][\w.]*(?:\[[\w., |]*\])?[ \t]*=(?!=)[ \t]*/y
const STRING_PREFIX = /(?:[rRbBuU]{1,2}|[fF][rR]?|[rR][fF]|@|\$@?|@\$)(?=["'`])/y
// An escape (`\n`, `\'`) ends it: code quoted inside a string (`'password = req.body.password\n'`) would otherwise run on into it.
const BARE_VALUE = /(?:[^\s,;}\])'"`\\]|\\(?![nrt'"`]))+/y

function isNameChar(c: number): boolean {
  // A-Z a-z 0-9 _ $ . -
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 45
}

const SECRET_NAMES = new Map<string, boolean>()

function isSecretName(name: string): boolean {
  let secret = SECRET_NAMES.get(name)
  if (secret === undefined) {
    const words = identifierWords(name)
    secret = !!classifySecretName(name, 'text') || words.includes('credentials') || words.includes('credential') || words.at(-1) === 'pass'
    if (SECRET_NAMES.size > 4096) SECRET_NAMES.clear()
    SECRET_NAMES.set(name, secret)
  }
  return secret
}

function assignmentSpans(text: string, out: Span[]): void {
  const scan = new LineScanner(text)
  KEYWORD.lastIndex = 0
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    let start = m.index
    while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--
    let end = m.index + m[0].length
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++
    KEYWORD.lastIndex = end
    const name = text.slice(start, end).replace(/^[$@.-]+/, '')
    if (!isSecretName(name)) continue
    const open = text[start - 1]
    OPERATOR.lastIndex = (open === '"' || open === "'") && text[end] === open ? end + 1 : end
    const op = OPERATOR.exec(text)
    if (!op) continue
    let at = OPERATOR.lastIndex
    if (op[1] === ':') {
      ANNOTATION.lastIndex = at
      if (ANNOTATION.exec(text) && /["'`]/.test(text[ANNOTATION.lastIndex] ?? '')) at = ANNOTATION.lastIndex
    }
    const value = readValue(text, at, scan)
    if (!value) continue
    // Names inside a value are not looked at again: each character is read once, whatever the text.
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, value.end)
    if (looksSecret(value.text, value.quoted)) out.push({ start: value.start, end: value.end, keep: 0 })
  }
}

/**
 * Line ends and closing quotes, found with `indexOf` and remembered: asking again from a later
 * position reuses the answer, so many names on one long line do not rescan it.
 */
class LineScanner {
  private newline = -1
  private readonly unclosed = new Map<string, number>()

  constructor(private readonly text: string) {}

  lineEnd(from: number): number {
    if (this.newline < from) this.newline = lineEnd(this.text, from)
    return this.newline
  }

  /** Index of the closing quote (escapes skipped), or the text's length when there is none. */
  closingQuote(from: number, q: string): number {
    const text = this.text
    const none = this.unclosed.get(q)
    if (none !== undefined && from >= none) return text.length
    for (let i = text.indexOf(q, from); i >= 0; i = text.indexOf(q, i + 1)) {
      let slashes = 0
      while (text.charCodeAt(i - 1 - slashes) === 92) slashes++
      if (slashes % 2 === 0) return i
    }
    this.unclosed.set(q, from)
    return text.length
  }
}

interface Value {
  text: string
  start: number
  end: number
  quoted: boolean
}

function readValue(text: string, at: number, scan: LineScanner): Value | undefined {
  STRING_PREFIX.lastIndex = at
  const prefix = STRING_PREFIX.exec(text)?.[0] ?? ''
  const q = text[at + prefix.length]
  if (q === '"' || q === "'" || q === '`') {
    const start = at + prefix.length + 1
    const stop = Math.min(scan.closingQuote(start, q), scan.lineEnd(start))
    const value = text.slice(start, stop)
    // Interpolated strings are built from variables, not written out.
    if ((/[fF$]/.test(prefix) || q === '`') && value.includes('{')) return undefined
    return { text: value, start, end: stop, quoted: true }
  }
  BARE_VALUE.lastIndex = at
  const bare = BARE_VALUE.exec(text)
  if (!bare) return undefined
  return { text: bare[0], start: at, end: at + bare[0].length, quoted: false }
}

/** `self.password`, `settings.db.key`: a bare dotted path in an assignment is code. */
const PROPERTY_PATH = /^[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)+$/

/** Looser than secrets/hardcoded-secret on purpose: masking a non-secret costs little. */
function looksSecret(value: string, quoted: boolean): boolean {
  if (value.length < 6 || isPlaceholder(value)) return false
  if (!quoted && (isSecretReference(value) || PROPERTY_PATH.test(value))) return false
  return shannonEntropy(value) >= 2
}
