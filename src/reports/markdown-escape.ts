/**
 * Text from authors, reviewers and the AI reviewer reaches Markdown as literal text: a finding
 * message must not open HTML, links, emphasis, math or table cells. Backtick code spans are the
 * one construct kept, re-fenced by us, because rule messages quote code with them and a code
 * span is inert in every CommonMark renderer.
 */

// `#` and `~` too: a trailing `#` run closes an ATX heading, `~~` strikes through in GFM.
const SPECIAL = /[\\`*_[\]|~$#<>&]/g
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' }

/** Escapes every character with inline meaning; `|` included, so the result is safe in a table cell. */
export function escapeText(text: string): string {
  return escapeChars(flatten(text))
}

function escapeChars(text: string): string {
  return text.replace(SPECIAL, (ch) => ENTITIES[ch] ?? `\\${ch}`)
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
  const lines = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')
  const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1))
  return [fence, ...lines, fence].map((line) => (line === '' ? '' : indent + line)).join('\n')
}

/** One line of prose: code spans kept, everything else escaped, line breaks folded to spaces. */
export function formatInline(text: string): string {
  const flat = flatten(text)
  let out = ''
  let plainFrom = 0
  let pos = 0
  while (pos < flat.length) {
    const open = flat.indexOf('`', pos)
    if (open < 0) break
    const openEnd = runEnd(flat, open)
    const close = findClosingRun(flat, openEnd, openEnd - open)
    if (close < 0) {
      pos = openEnd
      continue
    }
    out += escapeChars(flat.slice(plainFrom, open)) + codeSpan(flat.slice(openEnd, close))
    plainFrom = pos = close + (openEnd - open)
  }
  return out + escapeChars(flat.slice(plainFrom))
}

/**
 * Multi-line prose (descriptions, summaries): each line formatted inline, line starts that would
 * open a list, heading or setext underline escaped, and line breaks kept as hard breaks.
 */
export function formatBlock(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLineStart(formatInline(line)))
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
  if (/^[-+=]/.test(line)) return `\\${line}`
  return line.replace(/^(\d+)([.)])/, '$1\\$2')
}

function flatten(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

function runEnd(text: string, at: number): number {
  let end = at
  while (text[end] === '`') end++
  return end
}

function findClosingRun(text: string, from: number, length: number): number {
  let search = from
  for (;;) {
    const at = text.indexOf('`', search)
    if (at < 0) return -1
    const end = runEnd(text, at)
    if (end - at === length) return at
    search = end
  }
}

function longestRun(text: string, ch: string): number {
  let longest = 0
  let current = 0
  for (const c of text) {
    current = c === ch ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}
