/**
 * Text from authors, reviewers and the AI reviewer reaches Markdown as literal text: a finding
 * message must not open HTML, links, emphasis, math or table cells. Backtick code spans are the
 * one construct kept, re-fenced by us, because rule messages quote code with them and a code
 * span is inert in every CommonMark renderer.
 */

// `#` and `~` too: a trailing `#` run closes an ATX heading, `~~` strikes through in GFM. The
// last three stop GFM autolinks: an escaped `:` in `://`, `.` after `www` or `@` is literal text
// to the autolink scanner, so attacker text never becomes a clickable link or mailto.
const BACKSLASHED = /[\\`*_[\]|~$#@]|:(?=\/\/)|(?<=[wW]{3})\./g

/** Escapes every character with inline meaning; `|` included, so the result is safe in a table cell. */
export function escapeText(text: string): string {
  return escapeChars(flatten(text))
}

// Replacement strings, not a callback: a line of `<` or `*` is one native pass, not a call per character.
// `&` goes first so the entities written after it stay intact.
function escapeChars(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(BACKSLASHED, '\\$&')
}

/** A code span that holds `code` literally, whatever backtick runs it contains. */
export function codeSpan(code: string): string {
  const text = flatten(code)
  if (text === '') return ''
  const fence = '`'.repeat(longestRun(text, '`') + 1)
  // A space keeps a backtick at either end from merging with the fence; CommonMark strips it again.
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** A fenced code block, indented for nesting in a list, with a fence no line can close early. */
export function codeBlock(code: string, indent = ''): string {
  const lines = trimTrailingNewlines(code.replace(/\r\n?/g, '\n')).split('\n')
  const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1))
  return [fence, ...lines, fence].map((line) => (line === '' ? '' : indent + line)).join('\n')
}

/** One line of prose: code spans kept, everything else escaped, line breaks folded to spaces. */
export function formatInline(text: string): string {
  const flat = flatten(text)
  if (!flat.includes('`')) return escapeChars(flat)
  const runs = backtickRuns(flat)
  // A code span closes at the next backtick run of the same length (CommonMark); finding it by
  // scanning ahead from every opener would be quadratic, so link each run to that one up front.
  const closer = new Array<number>(runs.length)
  const nextOfLength = new Map<number, number>()
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i]!.end - runs[i]!.start
    closer[i] = nextOfLength.get(length) ?? -1
    nextOfLength.set(length, i)
  }
  let out = ''
  let plainFrom = 0
  for (let i = 0; i < runs.length; ) {
    const close = closer[i]!
    if (close < 0) {
      i++
      continue
    }
    out += escapeChars(flat.slice(plainFrom, runs[i]!.start)) + codeSpan(flat.slice(runs[i]!.end, runs[close]!.start))
    plainFrom = runs[close]!.end
    i = close + 1
  }
  return out + escapeChars(flat.slice(plainFrom))
}

/**
 * Multi-line prose (descriptions, summaries): each line formatted inline, line starts that would
 * open a list, heading or setext underline escaped, and line breaks kept as hard breaks.
 */
export function formatBlock(text: string): string {
  // Blank lines collapse to one anyway; folding runs first keeps a wall of them from costing a
  // line's worth of work each. Linear: every attempt starts at a newline and stops at the next.
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\n(?:[ \t]*\n)+/g, '\n\n')
  // Without code spans, escaping the whole block in one pass equals escaping it line by line.
  const inline = normalized.includes('`') ? normalized.split('\n').map(formatInline) : escapeChars(normalized).split('\n').map((line) => line.trim())
  const lines = inline.map(escapeLineStart)
  const out: string[] = []
  for (const [i, line] of lines.entries()) {
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue
    const next = lines[i + 1]
    out.push(line !== '' && next !== undefined && next !== '' ? `${line}\\` : line)
  }
  while (out.at(-1) === '') out.pop()
  return out.join('\n')
}

function escapeLineStart(line: string): string {
  const first = line.charCodeAt(0)
  if (first === 45 || first === 43 || first === 61) return `\\${line}` // - + =
  return first >= 48 && first <= 57 ? line.replace(/^(\d+)([.)])/, '$1\\$2') : line
}

// Each whitespace run holding a line break becomes one space. `\s*[\r\n]+\s*` would retry from
// every position of a long run without a break (quadratic); the lookbehind lets a match start
// only where a run starts, so each run is read once.
const BREAK_RUN = /(?<![^\S\r\n])[^\S\r\n]*[\r\n]\s*/g

function flatten(text: string): string {
  return text.replace(BREAK_RUN, ' ').trim()
}

function backtickRuns(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = []
  for (let at = text.indexOf('`'); at >= 0; ) {
    let end = at
    while (text[end] === '`') end++
    runs.push({ start: at, end })
    at = text.indexOf('`', end)
  }
  return runs
}

function longestRun(text: string, ch: string): number {
  const code = ch.charCodeAt(0)
  let longest = 0
  let current = 0
  for (let i = 0; i < text.length; i++) {
    current = text.charCodeAt(i) === code ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}

// Not `\n+$` as a regex: it retries at every newline of every run, quadratic on blank-line runs.
export function trimTrailingNewlines(text: string): string {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--
  return text.slice(0, end)
}
