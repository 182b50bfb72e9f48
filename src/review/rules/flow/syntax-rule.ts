/**
 * Turns a rule of the syntax analysis into an engine rule. The analysis runs once per file and
 * is shared by every syntax rule. Where a line rule covered the same problem before, it stays
 * on as the fallback: for the whole file when the file cannot be parsed, and for added lines
 * that sit inside parse errors; its hits inside a statement the analysis already flagged are dropped.
 */
import { forEachAddedLine } from '../../context'
import { analyseFile } from '../../flow/analyse-file'
import { dropHandedOn } from '../../flow/handoff'
import { fileGate } from '../../needles'
import { hitIsOnText } from '../../source'
import { grammarFor } from '../../syntax/source'
import { rowAt } from '../../syntax/tree'
import type { FileRule, FileUnderReview, LineRule, RuleHit, RuleMeta } from '../../types'

/**
 * `replace`: the line rule runs only where the tree is missing (unparsed files, lines inside
 * parse errors). `union`: it also runs on parsed code, for the shapes the flow pass does not
 * model, except on statements where the analysis proved the sink's input harmless.
 */
export type FallbackMode = 'replace' | 'union'

// Frozen: the lists a check returns are read, never added to (a push here would throw, not leak into other files).
const NO_HITS = Object.freeze([]) as unknown as RuleHit[]

export function syntaxRule(meta: RuleMeta, fallback?: LineRule, mode: FallbackMode = 'union'): FileRule {
  // The shared needle scan sees the whole new side, so when none of the trigger words is in it,
  // no added line has one either and the per-line search below is skipped. (The scan ignores
  // needles shorter than two characters or without an ASCII pair, so such a trigger gets none.)
  const words = fallback?.trigger
  const prefilter = words && words.length > 0 && words.every((w) => /^[\x00-\x7f]{2,}$/.test(w)) ? fileGate(words) : undefined
  return {
    kind: 'file',
    meta,
    check(file) {
      const syntax = grammarFor(file) ? analyseFile(file) : undefined
      if (!syntax?.ok) return fallback && (!prefilter || prefilter(file)) ? lineHits(fallback, file, () => true) : []
      const found = syntax.hits.get(meta.id) ?? NO_HITS
      // Most files hold none of the fallback's trigger words: no line of them is worth the ranges below. The
      // analysis's own list is handed on then (the engine only reads it), not copied for every rule of every file.
      if (!fallback || (prefilter && !prefilter(file))) return found
      const hits = [...found]
      const flagged = lineRanges(hits.map((h) => [h.line, h.endLine ?? h.line] as const))
      const safe = lineRanges(syntax.cleared.get(meta.id) ?? [])
      const keep =
        mode === 'replace'
          ? (line: number) => syntax.errorRows.has(line - 1) && !flagged(line)
          : (line: number) => !flagged(line) && !safe(line)
      const before = hits.length
      for (const hit of lineHits(fallback, file, keep)) hits.push(hit)
      // The analysis dropped builders whose runner it reported; one the line rule reports is seen only here.
      return hits.length > before && before > 0 ? dropHandedOn(hits, syntax.lineText) : hits
    },
  }
}

/**
 * Membership in a set of 1-based line ranges: merged once, then a binary search per line. A big
 * file has thousands of flagged and cleared statements and every added line asks each fallback
 * rule, so scanning the list per line was quadratic.
 */
function lineRanges(ranges: ReadonlyArray<readonly [number, number]>): (line: number) => boolean {
  if (ranges.length === 0) return () => false
  const sorted = [...ranges].sort((x, y) => x[0] - y[0])
  const starts: number[] = []
  const ends: number[] = []
  for (const [a, b] of sorted) {
    const last = ends.length - 1
    if (last >= 0 && a <= ends[last]! + 1) ends[last] = Math.max(ends[last]!, b)
    else {
      starts.push(a)
      ends.push(b)
    }
  }
  // The last merged range starting at or before `line`: the same search as a row from line starts.
  return (line) => {
    const i = rowAt(starts, line)
    return line >= starts[i]! && line <= ends[i]!
  }
}

function lineHits(rule: LineRule, file: FileUnderReview, keep: (line: number) => boolean): RuleHit[] {
  const out: RuleHit[] = []
  if (rule.meta.languages !== '*' && !rule.meta.languages.includes(file.language)) return out
  // The engine's trigger gate, done here because this rule runs outside the engine's line loop.
  const words = rule.trigger
  if (words && !file.addedLines.some((l) => words.some((w) => l.text.includes(w)))) return out
  forEachAddedLine(
    file,
    (ctx) => {
      const result = rule.check(ctx)
      if (!result || hitIsOnText(rule.meta.pack, ctx)) return
      for (const hit of Array.isArray(result) ? result : [result]) if (hit) out.push({ ...hit, line: typeof hit.line === 'number' && hit.line > 0 ? hit.line : ctx.line.newLine })
    },
    keep,
  )
  return out
}
