/**
 * What a finding's free-text suggestion is: an exact replacement for the flagged line, a piece
 * of code worth showing as code, or advice in prose.
 *
 * Only an explicit marker makes a suggestion an exact replacement: the whole text is one
 * GitHub-style ```suggestion block holding a single non-blank line (indentation included).
 * Guessing from shape is unsafe: rules quote the fixed line trimmed (`if x is None:`), and
 * applying that would drop the indentation, which breaks Python and YAML. Rules and the AI
 * reviewer opt in by writing the marker, a format models and reviewers already know.
 */

const FENCED = /^(`{3,}|~{3,})([^\n`]*)\n(?:([\s\S]*?)\n)?\1[ \t]*$/

/** The full new text of the flagged line, or null unless the suggestion carries the marker. */
export function replacementLine(suggestion: string | null): string | null {
  const block = fencedBlock(suggestion)
  if (!block || block.info !== 'suggestion') return null
  const { body } = block
  return body.includes('\n') || body.trim() === '' ? null : body
}

/** Code to show in a code block, or null when the suggestion reads as prose. Display only. */
export function suggestionCode(suggestion: string | null): string | null {
  if (suggestion === null) return null
  const block = fencedBlock(suggestion)
  if (block) return block.body
  const text = suggestion.trim()
  const span = wholeCodeSpan(text)
  if (span) return span
  return looksLikeCode(text) ? text : null
}

function fencedBlock(suggestion: string | null): { info: string; body: string } | null {
  if (suggestion === null) return null
  // `trimEnd()`, not `/\s+$/`, which retries at every position of a long whitespace run.
  const match = FENCED.exec(suggestion.replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd())
  if (!match) return null
  return { info: match[2]!.trim(), body: match[3] ?? '' }
}

/** The content when the text is exactly one code span (`` `x = 1` ``), else null. */
function wholeCodeSpan(text: string): string | null {
  const fence = /^`+/.exec(text)?.[0]
  if (!fence || text.length <= fence.length * 2 || text.includes('\n')) return null
  const inner = text.slice(fence.length, -fence.length)
  if (!text.endsWith(fence) || inner.startsWith('`') || inner.endsWith('`')) return null
  const runs = inner.match(/`+/g) ?? []
  return runs.some((run) => run.length === fence.length) ? null : inner.trim() || null
}

/**
 * One short line with code punctuation and no run of plain words: `const key = env.API_KEY`
 * passes, "Read it from the environment (see docs)." does not.
 */
function looksLikeCode(text: string): boolean {
  if (text.length > 160 || text.includes('\n') || text.includes('`')) return false
  if (!/[(){}[\];=]|=>|::|\.\w+\(/.test(text)) return false
  if (/^[A-Z][a-z]+\s+[a-z]/.test(text)) return false
  if (/\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+\b/.test(text)) return false
  return !/[a-z]\.$/.test(text)
}
