/**
 * Inline suppression comments:
 *   x = eval(s)  # review-ignore: python/eval, secrets  reason text
 *   // review-ignore-next-line js/eval reason text
 * The marker must follow a comment leader (`#`, `//`, `--`, `/*`, `<!--`, `;`, `%`, `*`), so a
 * string literal that merely contains the word does not silence anything. No ids means every
 * rule. An id matches a rule id, a pack name, or a namespace (`python` covers `python/eval`).
 */
import type { ParsedFile } from './types'

const MARKER = 'review-ignore'
const NEXT_LINE = '-next-line'
const LEADERS = ['#', '//', '--', '/*', '<!--', ';', '%', '*']

export interface SuppressionDirective {
  /** `'all'` for a bare marker. */
  ids: string[] | 'all'
  nextLine: boolean
  reason?: string
}

function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 47 || c === 95 || c === 46
}

/** The directive on one line of source, if it has one. */
export function parseSuppression(text: string): SuppressionDirective | undefined {
  const at = text.indexOf(MARKER)
  if (at < 0) return undefined
  const before = text.slice(0, at).trimEnd()
  if (!LEADERS.some((leader) => before.endsWith(leader))) return undefined
  let i = at + MARKER.length
  const nextLine = text.startsWith(NEXT_LINE, i)
  if (nextLine) i += NEXT_LINE.length
  // `review-ignore-foo` is some other word, not the marker.
  if (i < text.length && isIdChar(text.charCodeAt(i))) return undefined
  const explicit = text[i] === ':'
  if (explicit) i++
  const ids: string[] = []
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++
    let end = i
    while (end < text.length && isIdChar(text.charCodeAt(end))) end++
    const token = text.slice(i, end).replace(/[.]+$/, '')
    // Without a colon only id-shaped words count, so `review-ignore legacy code` stays bare.
    if (token === '' || (!explicit && ids.length === 0 && !/[-/]/.test(token))) break
    ids.push(token)
    i = end
    let j = i
    while (text[j] === ' ' || text[j] === '\t') j++
    if (text[j] !== ',') break
    i = j + 1
  }
  const reason = text
    .slice(i)
    .replace(/(\*\/|-->)\s*$/, '')
    .trim()
  const directive: SuppressionDirective = { ids: ids.length > 0 ? ids : 'all', nextLine }
  if (reason) directive.reason = reason
  return directive
}

export function directiveCovers(directive: SuppressionDirective, ruleId: string, pack: string): boolean {
  if (directive.ids === 'all') return true
  return directive.ids.some((id) => id === ruleId || id === pack || ruleId.startsWith(`${id}/`))
}

/** Answers "is this rule silenced on this new-side line?" for one file; scans the file once. */
export class SuppressionIndex {
  private readonly byLine = new Map<number, SuppressionDirective[]>()

  constructor(file: Pick<ParsedFile, 'hunks'>) {
    for (const hunk of file.hunks) {
      for (const line of hunk.lines) {
        if (line.newLine === undefined || !line.text.includes(MARKER)) continue
        const directive = parseSuppression(line.text)
        if (!directive) continue
        const target = directive.nextLine ? line.newLine + 1 : line.newLine
        const list = this.byLine.get(target)
        if (list) list.push(directive)
        else this.byLine.set(target, [directive])
      }
    }
  }

  get empty(): boolean {
    return this.byLine.size === 0
  }

  isSuppressed(ruleId: string, pack: string, line: number): boolean {
    const directives = this.byLine.get(line)
    return directives !== undefined && directives.some((d) => directiveCovers(d, ruleId, pack))
  }
}
