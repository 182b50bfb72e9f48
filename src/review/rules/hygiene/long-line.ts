// Flags added lines longer than 160 characters, once per file. Known false positives: none in
// practice; comments, string literals and long unbroken tokens (data, hashes) do not count.
import type { FileRule } from '../../types'
import { sourceOf } from '../../source'
import { CODE_LANGUAGES } from './util'

const LIMIT = 160

/**
 * Length of the code on the line: comments are prose and may run long, and string bodies and long
 * unbroken tokens (inline data, hashes, URLs) cannot be wrapped anyway.
 */
function effectiveLength(code: string): number {
  let len = code.trimEnd().length
  // String bodies are masked as `_`; count a literal as its quotes only.
  for (const m of code.matchAll(/(["'`])(_+)\1/g)) len -= m[2]!.length
  // Tried only where a token starts (the lookbehind): otherwise each position of an 80-character token is a new try.
  for (const m of code.matchAll(/(?<![^\s"'`])[^\s"'`]{81,}/g)) len -= m[0].length
  return len
}

export const longLine: FileRule = {
  kind: 'file',
  meta: {
    id: 'hygiene/long-line',
    title: 'Very long lines',
    severity: 'info',
    category: 'style',
    pack: 'hygiene',
    tier: 'strict',
    languages: CODE_LANGUAGES,
    description: `Lines over ${LIMIT} characters force horizontal scrolling in editors and side-by-side diffs, and usually pack several steps into one expression. Break them up; a formatter (Prettier, Black, gofmt) does it consistently. Comments, long string literals and URLs do not count.`,
    examples: {
      bad: `export const summary = (order) => formatCurrency(order.items.filter((item) => item.available && !item.removed).reduce((total, item) => total + item.price * item.quantity, 0), order.currency, order.locale)\n`,
      good: `export const summary = (order) => {\n  const lines = order.items.filter((item) => item.available && !item.removed)\n  const total = lines.reduce((sum, item) => sum + item.price * item.quantity, 0)\n  return formatCurrency(total, order.currency, order.locale)\n}\nconst message = "${'This long message is a single string literal, which a formatter would not wrap either, so it does not count toward the limit. '.repeat(2)}"\n`,
    },
  },
  check(file) {
    const source = sourceOf(file)
    const syntax = source.syntax
    if (!syntax) return []
    let first: { line: number; endLine: number; length: number } | undefined
    let count = 0
    let firstRunOpen = true
    for (const hunk of file.hunks) {
      for (let k = 0; k < hunk.lines.length; k++) {
        const line = hunk.lines[k]!
        if (line.kind !== 'add' || line.text.length <= LIMIT) continue
        const scanned = source.scanAt(hunk, k, syntax)
        if (effectiveLength(scanned.code) <= LIMIT) continue
        count++
        if (!first) first = { line: line.newLine!, endLine: line.newLine!, length: line.text.length }
        else if (firstRunOpen && line.newLine === first.endLine + 1) first.endLine = line.newLine
        else firstRunOpen = false
      }
    }
    if (!first) return []
    const more = count - (first.endLine - first.line + 1)
    return [
      {
        line: first.line,
        ...(first.endLine !== first.line ? { endLine: first.endLine } : {}),
        message: `Line ${first.line} is ${first.length} characters long (limit ${LIMIT})${more > 0 ? `; ${more} more added line${more === 1 ? '' : 's'} in this file ${more === 1 ? 'is' : 'are'} too` : ''}.`,
        suggestion: 'Break the expression into named intermediate values, or let the formatter wrap it.',
      },
    ]
  },
}
