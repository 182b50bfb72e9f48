/**
 * What rules see: `FileUnderReview` and one `LineContext` per added line. Contexts are cheap
 * to make (rules ask for one per added line): every context of a file carries the same source
 * model (`source/model.ts`), which builds what they share (the function index behind
 * `enclosingFunction()`, scanned and lexed lines) once per file, on first use.
 */
import { spend } from './budget'
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

/**
 * The contexts made for a file's added lines (by position among them), kept with its source model
 * and let go with it. The engine's line loop and the fallback of every syntax rule that has one walk
 * the same lines (six walks of each line on the bench changeset), and a context holds nothing a
 * rule changes, so each line's is made once per file and handed to every walk.
 */
const contextsBySource = new WeakMap<SourceModel, Array<AddedLineContext | undefined>>()

/**
 * Calls `visit` with a context for every added line, in file order; with `keep`, only for the
 * lines it accepts (by new-side line number), and no context is made for the others.
 */
export function forEachAddedLine(file: FileUnderReview, visit: (ctx: LineContext) => void, keep?: (newLine: number) => boolean): void {
  const source = sourceOf(file)
  let made = contextsBySource.get(source)
  // Sized up front: a first walk that keeps only some lines fills it out of order.
  if (!made) contextsBySource.set(source, (made = new Array<AddedLineContext | undefined>(file.addedLines.length)))
  let at = 0
  for (const hunk of file.hunks) {
    const lines = hunk.lines
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (line.kind !== 'add') continue
      const k = at++
      if (keep && !keep(line.newLine!)) continue
      let ctx = made[k]
      if (ctx === undefined) made[k] = ctx = new AddedLineContext(file, hunk, line as AddedLine, i, source)
      visit(ctx)
    }
  }
}

class AddedLineContext implements LineContext {
  constructor(
    readonly file: FileUnderReview,
    readonly hunk: Hunk,
    readonly line: AddedLine,
    readonly index: number,
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
    return this.source.enclosingFunction(this.hunk, this.index)
  }
}
