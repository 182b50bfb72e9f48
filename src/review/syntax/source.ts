/**
 * The new-side text a file's syntax tree is built from. With the client's full `content` that
 * is the file itself; otherwise it is rebuilt from the hunks (context and added lines at their
 * new-side line numbers, blank lines for what the diff does not show), so rows stay line
 * numbers and the parser recovers around the gaps.
 */
import type { FileUnderReview } from '../types'
import type { GrammarName } from './runtime'

export interface FileSource {
  text: string
  /** `added[row]` is 1 when new-side line `row + 1` was added by the change. */
  added: Uint8Array
  /** True when the text is the client's full file rather than the hunks. */
  whole: boolean
}

export function grammarFor(file: Pick<FileUnderReview, 'path' | 'language'>): GrammarName | undefined {
  if (file.language === 'python') return 'python'
  if (file.language === 'javascript') return 'javascript'
  if (file.language === 'typescript') return /\.tsx$/i.test(file.path) ? 'tsx' : 'typescript'
  return undefined
}

export function newSideSource(file: FileUnderReview): FileSource {
  let last = 0
  for (const line of file.addedLines) if (line.newLine > last) last = line.newLine
  const content = file.content
  if (typeof content === 'string' && fitsContent(file, content)) {
    const rows = content.split('\n').length
    return { text: content, added: addedRows(file, Math.max(rows, last)), whole: true }
  }
  const rows: string[] = []
  for (const hunk of file.hunks) {
    for (const line of hunk.lines) {
      if (line.newLine === undefined || line.kind === 'del') continue
      while (rows.length < line.newLine - 1) rows.push('')
      rows[line.newLine - 1] = line.text
    }
  }
  return { text: rows.join('\n'), added: addedRows(file, rows.length), whole: false }
}

/** A `content` that disagrees with the diff's added lines belongs to another revision: ignore it. */
function fitsContent(file: FileUnderReview, content: string): boolean {
  if (file.addedLines.length === 0) return true
  const lines = content.split('\n', file.addedLines[file.addedLines.length - 1]!.newLine)
  return file.addedLines.every((l) => stripCr(lines[l.newLine - 1]) === stripCr(l.text))
}

function stripCr(text: string | undefined): string | undefined {
  return text?.endsWith('\r') ? text.slice(0, -1) : text
}

function addedRows(file: FileUnderReview, rows: number): Uint8Array {
  const added = new Uint8Array(rows + 1)
  for (const line of file.addedLines) if (line.newLine - 1 < added.length) added[line.newLine - 1] = 1
  return added
}
