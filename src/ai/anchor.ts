/**
 * Every AI finding must sit on a line the change added: that is what reviewers can act on and
 * what a later revision can match. A finding on a context line moves to the nearest added line
 * of the same hunk (the one above on a tie); anything else is dropped, never guessed.
 */
import type { Hunk, ParsedFile } from '../review/types'
import type { AiFinding } from './parse-reply'

export interface AnchoredFinding extends AiFinding {
  /** The added line's text, for the fingerprint. */
  lineText: string
}

interface FileIndex {
  added: Map<number, string>
  hunks: Array<{ first: number; last: number; added: number[] }>
}

export class Anchors {
  private readonly files = new Map<string, FileIndex>()

  constructor(files: readonly ParsedFile[]) {
    for (const file of files) this.files.set(file.path, indexFile(file.hunks))
  }

  /** The finding on an added line, or `undefined` when it cannot be placed on one. */
  anchor(finding: AiFinding): AnchoredFinding | undefined {
    const path = this.resolvePath(finding.path)
    const index = path === undefined ? undefined : this.files.get(path)
    if (!index || path === undefined) return undefined
    const text = index.added.get(finding.line)
    if (text !== undefined) return { ...finding, path, lineText: text }
    const hunk = index.hunks.find((h) => finding.line >= h.first && finding.line <= h.last)
    const line = hunk && nearest(hunk.added, finding.line)
    return line === undefined ? undefined : { ...finding, path, line, lineText: index.added.get(line)! }
  }

  /** Models echo paths as they know them from git: `b/src/x.ts`, `./src/x.ts`, `/src/x.ts`. */
  private resolvePath(path: string): string | undefined {
    if (this.files.has(path)) return path
    const bare = path.replace(/^\.\//, '').replace(/^\/+/, '')
    if (this.files.has(bare)) return bare
    const unprefixed = bare.replace(/^[ab]\//, '')
    return this.files.has(unprefixed) ? unprefixed : undefined
  }
}

function indexFile(hunks: readonly Hunk[]): FileIndex {
  const added = new Map<number, string>()
  const ranges: FileIndex['hunks'] = []
  for (const hunk of hunks) {
    let first = Infinity
    let last = -Infinity
    const lines: number[] = []
    for (const line of hunk.lines) {
      if (line.newLine === undefined || line.kind === 'del') continue
      first = Math.min(first, line.newLine)
      last = Math.max(last, line.newLine)
      if (line.kind === 'add') {
        added.set(line.newLine, line.text)
        lines.push(line.newLine)
      }
    }
    if (lines.length > 0) ranges.push({ first, last, added: lines })
  }
  return { added, hunks: ranges }
}

/** `lines` ascending; the closest one to `target`, the lower on a tie. */
function nearest(lines: readonly number[], target: number): number | undefined {
  let best: number | undefined
  for (const line of lines) {
    if (best === undefined || Math.abs(line - target) < Math.abs(best - target)) best = line
  }
  return best
}
