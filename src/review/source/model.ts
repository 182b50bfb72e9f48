/**
 * The source model of one file under review, made once per file and shared by every rule (the
 * role ESLint's `SourceCode` plays): each Python or JavaScript line is split into tokens by its
 * family's lexer once, and the scanner's masked line and the lexer's strings are both read from
 * those tokens; other syntaxes are scanned and lexed at most once per line, whichever rule or
 * whichever line's look-around asks. Per-hunk facts (what is open at each line, the
 * triple-quoted rows) are found in one pass. Everything is computed on first use, so a
 * file whose rules never ask costs nothing. Rules reach it as `ctx.source` or `sourceOf(file)`.
 */
import { spend } from '../budget'
import type { DiffLine, FileUnderReview, Hunk } from '../types'
import { tripleQuotedRows } from './docstrings'
import { findEnclosingIndex } from './enclosing'
import { familyOf, lex, lexedOf, type Family, type Lexed } from './lexer'
import { isDevOrTestPath, isTestCode } from './paths'
import { Open, scanLine, scannedOf, syntaxOf, type Scanned, type Syntax } from './scanner'
import { tokenize, type TokenFamily, type Tokens } from './tokens'

/** The family lexer behind a scanner syntax or a lexer family, when it has one. */
function tokenFamilyOf(kind: Syntax | Family): TokenFamily | undefined {
  return kind === 'python' || kind === 'py' ? 'python' : kind === 'js' ? 'js' : undefined
}

/** Longer lines are minified bundles or data; rules skip them rather than scan them. */
export const MAX_LINE = 4000

/** Characters a call's arguments may run on past the end of its line (longer arguments are not queries or commands). */
export const MAX_LOOKAHEAD = 4000

/** New-side lines of a hunk scanned so far, each with the state carried from the lines above. */
interface HunkScans {
  scans: Scanned[]
  open: Open
}

// One entry per line of a big file: the maps are made only when a rule asks for what they hold,
// since three empty maps per line were most of a 1 MB file's retained heap.
interface LineLexes {
  /** The line's tokens from a start with nothing open, which both the scanner and the lexer read. */
  python: Tokens | undefined
  js: Tokens | undefined
  line: Map<Family, Lexed> | undefined
  /** Keyed by `family:lines`: the line lexed together with what follows it. */
  ahead: Map<string, Lexed> | undefined
}

/** What `lexAhead` needs of a line context (kept narrow so the model does not depend on contexts). */
interface LineAt {
  line: DiffLine
  after(n: number): DiffLine[]
}

export class SourceModel {
  /** The file's comment and string convention for the scanner; undefined for unknown formats. */
  readonly syntax: Syntax | undefined
  /** The file's lexer family for string literals and calls. */
  readonly family: Family
  /** Test code by the engine's measure or by a wider path match. */
  readonly isTest: boolean
  /** Test code by the engine's measure, or a path for local development, examples or fixtures. */
  readonly isDevOrTest: boolean

  private readonly scans = new Map<Hunk, Map<Syntax, HunkScans>>()
  private readonly lexes = new Map<DiffLine, LineLexes>()
  private readonly triples = new Map<Hunk, Uint8Array>()
  private readonly enclosing = new Map<Hunk, Int32Array>()
  private readonly facts = new Map<string, unknown>()

  constructor(readonly file: FileUnderReview) {
    this.syntax = syntaxOf(file.language)
    this.family = familyOf(file.language)
    this.isTest = isTestCode(file)
    this.isDevOrTest = file.isTest || isDevOrTestPath(file.path)
  }

  /** `hunk.lines[index]` scanned as `syntax` with the state carried from the lines above it (lazily, once). */
  scanAt(hunk: Hunk, index: number, syntax: Syntax): Scanned {
    let bySyntax = this.scans.get(hunk)
    if (!bySyntax) this.scans.set(hunk, (bySyntax = new Map()))
    let state = bySyntax.get(syntax)
    if (!state) bySyntax.set(syntax, (state = { scans: [], open: Open.None }))
    const { scans } = state
    const fam = tokenFamilyOf(syntax)
    for (let k = scans.length; k <= index && k < hunk.lines.length; k++) {
      const line = hunk.lines[k]!
      const scanned = !fam
        ? scanLine(line.text, syntax, state.open)
        : scannedOf(line.text, state.open === Open.None ? this.tokensOf(line, fam) : tokenize(line.text, fam, state.open))
      scans.push(scanned)
      // Removed lines are not part of the new file, so they do not change what is open.
      if (line.kind !== 'del') state.open = scanned.open
    }
    return scans[index] ?? scanLine(hunk.lines[index]?.text ?? '', syntax)
  }

  /** `line` lexed as `fam` (the file's family by default), once per line. */
  lex(line: DiffLine, fam: Family = this.family): Lexed {
    const entry = this.lexesOf(line)
    let lexed = entry.line?.get(fam)
    if (!lexed) {
      const tokenFam = tokenFamilyOf(fam)
      lexed = tokenFam ? lexedOf(line.text, fam, this.tokensOf(line, tokenFam)) : lex(line.text, fam)
      ;(entry.line ??= new Map()).set(fam, lexed)
    }
    return lexed
  }

  /** `line` split into tokens as `family` from a start with nothing open, once per line. */
  tokensOf(line: DiffLine, family: TokenFamily): Tokens {
    const entry = this.lexesOf(line)
    return (entry[family] ??= tokenize(line.text, family))
  }

  /** A line and up to `maxLines` after it (see `textFrom`), lexed as one text, once per line. */
  lexAhead(at: LineAt, fam: Family, maxLines = 12): Lexed {
    const entry = this.lexesOf(at.line)
    const key = `${fam}:${maxLines}`
    let lexed = entry.ahead?.get(key)
    if (!lexed) (entry.ahead ??= new Map()).set(key, (lexed = lex(textFrom(at, maxLines), fam)))
    return lexed
  }

  /** Whether `hunk.lines[index]` starts inside a Python triple-quoted string (docstring or SQL block). */
  inTripleQuoted(hunk: Hunk, index: number): boolean {
    let rows = this.triples.get(hunk)
    if (!rows) this.triples.set(hunk, (rows = tripleQuotedRows(hunk, (k) => this.scanAt(hunk, k, 'python').open)))
    return rows[index] === 1
  }

  /** The signature of the function around `hunk.lines[index]` (hunk lines above, then the hunk section). */
  enclosingFunction(hunk: Hunk, index: number): string | undefined {
    let found = this.enclosing.get(hunk)
    if (!found) this.enclosing.set(hunk, (found = findEnclosingIndex(hunk.lines)))
    const at = found[index]!
    if (at >= 0) return hunk.lines[at]!.text.trim()
    // -2: no function found, but the hunk starts inside an indented block, so git's section
    // (the line it found above the hunk) is the best guess.
    return at === -2 ? hunk.section : undefined
  }

  /** A per-file fact a rule pack derives from the file, computed once under `key`. */
  fact<T>(key: string, compute: (file: FileUnderReview) => T): T {
    if (this.facts.has(key)) return this.facts.get(key) as T
    const value = compute(this.file)
    this.facts.set(key, value)
    return value
  }

  private lexesOf(line: DiffLine): LineLexes {
    let entry = this.lexes.get(line)
    if (!entry) this.lexes.set(line, (entry = { python: undefined, js: undefined, line: undefined, ahead: undefined }))
    return entry
  }
}

const models = new WeakMap<FileUnderReview, SourceModel>()

/** Lets go of the file's source model (the engine, once the file's rules are done); the next `sourceOf` makes a new one. */
export function forgetSourceModel(file: FileUnderReview): void {
  models.delete(file)
}

/** The file's source model, made on first use. */
export function sourceOf(file: FileUnderReview): SourceModel {
  let model = models.get(file)
  if (!model) models.set(file, (model = new SourceModel(file)))
  return model
}

/**
 * A line plus up to `n` following new-side lines, joined by newlines, cut `MAX_LOOKAHEAD`
 * characters past the end of the line.
 */
export function textFrom(at: LineAt, n: number): string {
  const text = at.line.text
  const parts = [text]
  let room = MAX_LOOKAHEAD
  for (const l of at.after(n)) {
    if (room <= 0) break
    parts.push(l.text.length > room ? l.text.slice(0, room) : l.text)
    room -= l.text.length + 1
  }
  const joined = parts.length === 1 ? text : parts.join('\n')
  spend(joined.length)
  return joined
}
