/**
 * What rules see: `FileUnderReview` and one `LineContext` per added line. Contexts are cheap
 * to make (rules ask for one per added line); the function index behind `enclosingFunction()`
 * is built once per hunk, on first use, and every context of a file carries the same source
 * model (`source/model.ts`).
 */
import { spend } from './budget'
import { findEnclosingIndex } from './enclosing-function'
import { sourceOf, type SourceModel } from './source/model'
import type { DiffLine, FileUnderReview, Hunk, Language, LineContext, ParsedFile } from './types'

type AddedLine = DiffLine & { kind: 'add'; newLine: number }

export function createFileUnderReview(parsed: ParsedFile, language: Language, isTest: boolean, skipped?: string): FileUnderReview {
  const addedLines: AddedLine[] = []
  for (const hunk of parsed.hunks) {
    for (const line of hunk.lines) if (line.kind === 'add') addedLines.push(line as AddedLine)
  }
  const file: FileUnderReview = { ...parsed, language, addedLines, isTest }
  if (skipped !== undefined) file.skipped = skipped
  return file
}

/** Calls `visit` with a context for every added line, in file order. */
export function forEachAddedLine(file: FileUnderReview, visit: (ctx: LineContext) => void): void {
  const source = sourceOf(file)
  for (const hunk of file.hunks) {
    let shared: HunkIndex | undefined
    const lines = hunk.lines
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (line.kind !== 'add') continue
      shared ??= new HunkIndex(hunk)
      visit(new AddedLineContext(file, hunk, line as AddedLine, i, shared, source))
    }
  }
}

/** Per-hunk facts shared by the contexts of its lines, computed when first needed. */
class HunkIndex {
  private enclosing: Int32Array | undefined

  constructor(readonly hunk: Hunk) {}

  enclosingFunction(index: number): string | undefined {
    this.enclosing ??= findEnclosingIndex(this.hunk.lines)
    const at = this.enclosing[index]!
    if (at >= 0) return this.hunk.lines[at]!.text.trim()
    // -2: no function found, but the hunk starts inside an indented block, so git's section
    // (the line it found above the hunk) is the best guess.
    return at === -2 ? this.hunk.section : undefined
  }
}

class AddedLineContext implements LineContext {
  constructor(
    readonly file: FileUnderReview,
    readonly hunk: Hunk,
    readonly line: AddedLine,
    readonly index: number,
    private readonly shared: HunkIndex,
    readonly source: SourceModel,
  ) {}

  // Look-arounds are charged what a rule will read in them, so a rule that looks far around
  // every line of a file of long lines runs into the work budget.
  before(n: number): DiffLine[] {
    const out: DiffLine[] = []
    const lines = this.hunk.lines
    let read = 0
    for (let i = this.index - 1; i >= 0 && out.length < n; i--) {
      if (lines[i]!.kind === 'del') continue
      out.push(lines[i]!)
      read += lines[i]!.text.length + 1
    }
    spend(read)
    return out.reverse()
  }

  after(n: number): DiffLine[] {
    const out: DiffLine[] = []
    const lines = this.hunk.lines
    let read = 0
    for (let i = this.index + 1; i < lines.length && out.length < n; i++) {
      if (lines[i]!.kind === 'del') continue
      out.push(lines[i]!)
      read += lines[i]!.text.length + 1
    }
    spend(read)
    return out
  }

  enclosingFunction(): string | undefined {
    return this.shared.enclosingFunction(this.index)
  }
}
