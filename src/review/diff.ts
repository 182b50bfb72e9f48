/**
 * Unified diff parsing: plain `diff -u`, `git diff` (extended headers, renames, copies, modes,
 * binaries) and `git format-patch` mail, in one pass over the lines. Hunk bodies are read by
 * their declared counts (hunk-body.ts), so a removed `-- ` line is not mistaken for a signature.
 * Broken input becomes `ParseProblem`s on the file it belongs to and never throws.
 */
import { clip, isBoundary, isEntryStart, isFileHeaderPair, isSignature } from './diff-lines'
import { readHeaderPath, readQuoted, splitGitHeaderPaths, stripPrefixes } from './diff-paths'
import { readHunkBody } from './hunk-body'
import { parseHunkHeader } from './hunk-header'
import type { ChangeType, Hunk, ParsedFile, ParseProblem, ReviewInputFile } from './types'

const MAX_PROBLEMS_PER_FILE = 50

interface Draft {
  /** First and one-past-last line of the file's own text, for splitting. */
  start: number
  end: number
  hasHeaders: boolean
  inGitHeader: boolean
  inBinaryPatch: boolean
  gitOld?: string
  gitNew?: string
  headerOld?: string | null
  headerNew?: string | null
  movedFrom?: string
  movedTo?: string
  isNew: boolean
  isDeleted: boolean
  renamed: boolean
  copied: boolean
  binary: boolean
  oldMode?: string
  newMode?: string
  hunks: Hunk[]
  additions: number
  deletions: number
  problems: ParseProblem[]
  droppedProblems: number
}

export interface ScannedFile {
  file: ParsedFile
  start: number
  end: number
}

/** Parses every file in `text`; a bare hunk with no headers is attributed to `fallbackPath`. */
export function parseUnifiedDiff(text: string, fallbackPath?: string): ParsedFile[] {
  return scanDiff(text, fallbackPath).map((s) => s.file)
}

/**
 * Splits a whole `git diff` / `git format-patch` output into one diff per file, each keeping its
 * own headers. Mail headers, commit messages and signatures belong to no file and are dropped.
 */
export function splitMultiFileDiff(text: string, fallbackPath = ''): ReviewInputFile[] {
  const scanned = scanDiff(text, fallbackPath)
  if (scanned.length === 0) return []
  const offsets = lineOffsets(text)
  return scanned.map(({ file, start, end }) => ({
    path: file.path,
    diff: text.slice(offsets[start] ?? text.length, offsets[end] ?? text.length),
  }))
}

export function scanDiff(text: string, fallbackPath = ''): ScannedFile[] {
  const scanner = new DiffScanner(splitLines(text), fallbackPath)
  return scanner.scan()
}

function splitLines(text: string): string[] {
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  if (text.includes('\r')) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1)
    }
  }
  return lines
}

function lineOffsets(text: string): number[] {
  const offsets = [0]
  for (let at = text.indexOf('\n'); at >= 0 && at < text.length - 1; at = text.indexOf('\n', at + 1)) offsets.push(at + 1)
  return offsets
}

function unquote(raw: string): string {
  return raw.startsWith('"') ? (readQuoted(raw, 0)?.value ?? raw) : raw
}

class DiffScanner {
  private readonly files: ScannedFile[] = []
  private cur: Draft | undefined
  /** A `diff -ru ...` or `Index:` line that opens the next file's text. */
  private pendingStart = -1
  private i = 0

  constructor(
    private readonly lines: string[],
    private readonly fallbackPath: string,
  ) {}

  scan(): ScannedFile[] {
    while (this.i < this.lines.length) {
      const at = this.i
      try {
        this.step(this.lines[at]!)
      } catch (error) {
        // A parser bug costs one line, not the files around it.
        const draft = this.cur ?? this.open(at, false)
        this.problem(draft, `diff parser failed: ${error instanceof Error ? error.message : String(error)}`, at)
        if (this.i === at) this.i++
      }
    }
    this.close(this.lines.length)
    return this.files
  }

  private step(line: string): void {
    const cur = this.cur
    if (cur?.inBinaryPatch) {
      if (!isBoundary(this.lines, this.i)) {
        this.i++
        return
      }
      cur.inBinaryPatch = false
    }
    if (line.startsWith('@@')) return this.readHunk()
    if (line.startsWith('diff --git ')) {
      const draft = this.open(this.i, true)
      const paths = splitGitHeaderPaths(line.slice(11))
      if (paths) [draft.gitOld, draft.gitNew] = stripPrefixes(paths[0], paths[1]) as [string, string]
      this.i++
      return
    }
    if (line.startsWith('diff ') || line.startsWith('Index: ')) {
      this.close(this.i)
      this.pendingStart = this.i++
      return
    }
    if (isFileHeaderPair(this.lines, this.i)) return this.readFileHeader()
    if (cur?.inGitHeader && this.readExtendedHeader(cur, line)) {
      this.i++
      return
    }
    if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      this.readBinaryLine(this.open(this.pendingStart >= 0 ? this.pendingStart : this.i, true), line)
      this.i++
      return
    }
    if (isSignature(this.lines, this.i) || isEntryStart(line)) {
      this.close(this.i)
      this.pendingStart = -1
    }
    // Anything else is mail headers, commit messages, diffstat or stray text: not part of a file.
    this.i++
  }

  private open(start: number, hasHeaders: boolean): Draft {
    this.close(start)
    this.pendingStart = -1
    const draft: Draft = {
      start,
      end: start,
      hasHeaders,
      inGitHeader: hasHeaders,
      inBinaryPatch: false,
      isNew: false,
      isDeleted: false,
      renamed: false,
      copied: false,
      binary: false,
      hunks: [],
      additions: 0,
      deletions: 0,
      problems: [],
      droppedProblems: 0,
    }
    this.cur = draft
    return draft
  }

  private close(end: number): void {
    const draft = this.cur
    if (!draft) return
    this.cur = undefined
    draft.end = Math.max(end, draft.start + 1)
    this.files.push({ file: this.finish(draft), start: draft.start, end: draft.end })
  }

  private finish(d: Draft): ParsedFile {
    const newPath = d.movedTo ?? d.headerNew ?? d.gitNew
    const oldPath = d.movedFrom ?? d.headerOld ?? d.gitOld
    let isNew = d.isNew || d.headerOld === null
    let isDeleted = d.isDeleted || d.headerNew === null
    if (!d.hasHeaders && d.hunks.length > 0) {
      isNew = d.hunks.every((h) => h.oldStart === 0 && h.oldLines === 0)
      isDeleted = !isNew && d.hunks.every((h) => h.newStart === 0 && h.newLines === 0)
    }
    const changeType: ChangeType = isNew
      ? 'added'
      : isDeleted
        ? 'deleted'
        : d.renamed
          ? 'renamed'
          : d.copied
            ? 'copied'
            : d.oldMode && d.newMode && d.oldMode !== d.newMode && d.hunks.length === 0 && !d.binary
              ? 'mode-changed'
              : 'modified'
    const path = (isDeleted ? (oldPath ?? newPath) : (newPath ?? oldPath)) || this.fallbackPath
    if (d.droppedProblems > 0) d.problems.push({ message: `${d.droppedProblems} more problems not listed` })
    return {
      path,
      ...(oldPath && oldPath !== path && !isNew && !isDeleted ? { oldPath } : {}),
      changeType,
      binary: d.binary,
      ...(d.oldMode ? { oldMode: d.oldMode } : {}),
      ...(d.newMode ? { newMode: d.newMode } : {}),
      hunks: d.hunks,
      additions: d.additions,
      deletions: d.deletions,
      problems: d.problems,
    }
  }

  private problem(d: Draft, message: string, index: number): void {
    if (d.problems.length < MAX_PROBLEMS_PER_FILE) d.problems.push({ message, diffLine: index + 1 })
    else d.droppedProblems++
  }

  /** Git extended header lines; false when `line` is not one. */
  private readExtendedHeader(d: Draft, line: string): boolean {
    if (line.startsWith('index ') || line.startsWith('similarity index ') || line.startsWith('dissimilarity index ')) return true
    if (line.startsWith('old mode ')) d.oldMode = line.slice(9).trim()
    else if (line.startsWith('new mode ')) d.newMode = line.slice(9).trim()
    else if (line.startsWith('new file mode ')) {
      d.isNew = true
      d.newMode = line.slice(14).trim()
    } else if (line.startsWith('deleted file mode ')) {
      d.isDeleted = true
      d.oldMode = line.slice(18).trim()
    } else if (line.startsWith('rename from ') || line.startsWith('rename old ')) {
      d.renamed = true
      d.movedFrom = unquote(line.slice(line.indexOf(' ', 7) + 1))
    } else if (line.startsWith('rename to ') || line.startsWith('rename new ')) {
      d.renamed = true
      d.movedTo = unquote(line.slice(line.indexOf(' ', 7) + 1))
    } else if (line.startsWith('copy from ')) {
      d.copied = true
      d.movedFrom = unquote(line.slice(10))
    } else if (line.startsWith('copy to ')) {
      d.copied = true
      d.movedTo = unquote(line.slice(8))
    } else if (line === 'GIT binary patch') {
      d.binary = true
      d.inBinaryPatch = true
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      this.readBinaryLine(d, line)
    } else return false
    return true
  }

  /** `Binary files a/x and b/x differ`: `/dev/null` on either side tells an add or a delete. */
  private readBinaryLine(d: Draft, line: string): void {
    d.binary = true
    const names = line.slice(13, -7)
    const and = names.indexOf(' and ')
    if (and < 0) return
    const [oldPath, newPath] = stripPrefixes(readHeaderPath(names.slice(0, and)), readHeaderPath(names.slice(and + 5)))
    if (oldPath === null) d.isNew = true
    else if (!d.gitOld) d.gitOld = oldPath
    if (newPath === null) d.isDeleted = true
    else if (!d.gitNew) d.gitNew = newPath
  }

  private readFileHeader(): void {
    let d = this.cur
    if (!d || !d.inGitHeader || d.headerOld !== undefined) d = this.open(this.pendingStart >= 0 ? this.pendingStart : this.i, true)
    const [oldPath, newPath] = stripPrefixes(readHeaderPath(this.lines[this.i]!.slice(4)), readHeaderPath(this.lines[this.i + 1]!.slice(4)))
    d.headerOld = oldPath
    d.headerNew = newPath
    d.inGitHeader = false
    this.i += 2
  }

  private readHunk(): void {
    const lines = this.lines
    const d = this.cur ?? this.open(this.pendingStart >= 0 ? this.pendingStart : this.i, false)
    d.inGitHeader = false
    const headerIndex = this.i
    const header = parseHunkHeader(lines[headerIndex]!)
    if (!header) {
      const line = lines[headerIndex]!
      // `git show` of a merge prints combined hunks (`@@@ -a -b +c @@@`) that have no single old side.
      const what = line.startsWith('@@@') ? 'combined diff hunk (merge commit) not supported' : 'unparseable hunk header'
      this.problem(d, `${what}: ${clip(line)}`, headerIndex)
      // Without counts the body cannot be trusted: skip it up to the next structure.
      this.i++
      while (this.i < lines.length && !isBoundary(lines, this.i) && !isFileHeaderPair(lines, this.i)) this.i++
      return
    }
    const body = readHunkBody(lines, headerIndex, header)
    d.hunks.push(body.hunk)
    d.additions += body.additions
    d.deletions += body.deletions
    for (const p of body.problems) this.problem(d, p.message, p.index)
    this.i = body.end
  }
}
