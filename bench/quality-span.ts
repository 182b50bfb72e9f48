/**
 * Statement spans for labels: a label sits on the first line of a statement, and a finding
 * anywhere up to the line that closes what that line opened (brackets, a triple-quoted or
 * template string, a trailing operator or backslash, a `.then(...)` chain) counts for it. A
 * label on the closing line of a multi-line string (where a comment cannot go earlier) covers
 * the statement from the line the string opened. A small scanner, not a parser: it skips
 * strings and comments so brackets inside them do not count.
 */

/** Spans longer than this mean the label sits on a block opener; such a label covers its own line only. */
const MAX_SPAN = 25

type Mode = { kind: 'code' } | { kind: 'string'; quote: string; triple: boolean } | { kind: 'template' } | { kind: 'block-comment' }

interface LineState {
  /** The line begins inside a string or template literal opened on an earlier line. */
  startsInString: boolean
  depthAtStart: number
  depthAtEnd: number
  /** The line ends inside a string, comment, or with a continuation (operator, backslash). */
  continues: boolean
}

/** Python continues only inside brackets or after a backslash; JavaScript also after a binary operator. */
const PY_CONTINUATION_END = /\\$/
const JS_CONTINUATION_END = /(?:[^+]\+|[^-]-|[*/%=,|&?.])$/
const OPENS_ARGUMENTS = /[([,]$/
const CHAIN_START = /^(?:\.|\?\.|\+|-(?!-)|\*|\/(?![/*])|&&|\|\||\?\?|\?|:)/

function scanLines(lines: readonly string[], python: boolean): LineState[] {
  const states: LineState[] = []
  const stack: Mode[] = [{ kind: 'code' }]
  // Template literals nest code in `${...}`: remember the depth each one opened at.
  const templateDepths: number[] = []
  let depth = 0
  for (const line of lines) {
    const depthAtStart = depth
    const startsInString = stack.some((m) => m.kind === 'string' || m.kind === 'template')
    let lastCode = ''
    for (let i = 0; i < line.length; i++) {
      const mode = stack.at(-1)!
      const ch = line[i]!
      if (mode.kind === 'block-comment') {
        if (ch === '*' && line[i + 1] === '/') {
          stack.pop()
          i++
        }
        continue
      }
      if (mode.kind === 'string') {
        if (ch === '\\') {
          i++
          continue
        }
        if (mode.triple ? line.startsWith(mode.quote.repeat(3), i) : ch === mode.quote) {
          stack.pop()
          if (mode.triple) i += 2
        }
        continue
      }
      if (mode.kind === 'template') {
        if (ch === '\\') {
          i++
        } else if (ch === '`') {
          stack.pop()
        } else if (ch === '$' && line[i + 1] === '{') {
          templateDepths.push(depth)
          depth++
          stack.push({ kind: 'code' })
          i++
        }
        continue
      }
      // code
      if (python && ch === '#') break
      if (!python && ch === '/' && line[i + 1] === '/') break
      if (!python && ch === '/' && line[i + 1] === '*') {
        stack.push({ kind: 'block-comment' })
        i++
        continue
      }
      if (ch === '"' || ch === "'") {
        const triple = python && line.startsWith(ch.repeat(3), i)
        stack.push({ kind: 'string', quote: ch, triple })
        if (triple) i += 2
        lastCode = ch
        continue
      }
      if (ch === '`' && !python) {
        stack.push({ kind: 'template' })
        lastCode = ch
        continue
      }
      if (ch === '(' || ch === '[' || ch === '{') depth++
      if (ch === ')' || ch === ']' || ch === '}') {
        depth = Math.max(0, depth - 1)
        if (ch === '}' && templateDepths.length > 0 && depth === templateDepths.at(-1) && stack.length > 1) {
          templateDepths.pop()
          stack.pop() // back into the template literal
        }
      }
      if (ch.trim() !== '') lastCode = line.slice(Math.max(0, i - 3), i + 1)
    }
    const mode = stack.at(-1)!
    // A plain (non-triple) string cannot span lines in either language: recover from a stray quote.
    if (mode.kind === 'string' && !mode.triple && !(line.endsWith('\\'))) stack.pop()
    const open = stack.at(-1)!.kind !== 'code'
    const tail = lastCode.trimEnd()
    const continues = open || (python ? PY_CONTINUATION_END.test(line) : JS_CONTINUATION_END.test(` ${tail}`))
    states.push({ startsInString, depthAtStart, depthAtEnd: depth, continues })
  }
  return states
}

export interface Span {
  /** 1-based, inclusive. */
  start: number
  end: number
}

/** For each line (0-based index), the 1-based span of the statement a label there stands for. */
export function statementSpans(lines: readonly string[], language: 'python' | 'javascript' | 'typescript'): Span[] {
  const python = language === 'python'
  const states = scanLines(lines, python)
  const ends = forwardEnds(lines, states, python)
  return states.map((state, index) => {
    let start = index
    while (start > 0 && states[start]!.startsInString) start--
    if (start === index) return { start: index + 1, end: ends[index]! }
    // The string may be an argument of a call opened just above: `pool.query(` / `` `SELECT ``.
    while (start > 0 && OPENS_ARGUMENTS.test(lines[start - 1]!.trimEnd()) && ends[start - 1]! >= index + 1) start--
    if (index - start + 1 > MAX_SPAN) return { start: index + 1, end: index + 1 }
    return { start: start + 1, end: Math.max(ends[start]!, ends[index]!) }
  })
}

/** For each line, the 1-based last line of the statement that starts there. */
function forwardEnds(lines: readonly string[], states: readonly LineState[], python: boolean): number[] {
  return states.map((start, index) => {
    let end = index
    while (end < lines.length) {
      const state = states[end]!
      const next = lines[end + 1]?.trim()
      const closed = state.depthAtEnd <= start.depthAtStart && !state.continues
      const chained = !python && next !== undefined && CHAIN_START.test(next)
      if (closed && !chained) break
      end++
    }
    end = Math.min(end, lines.length - 1)
    return end - index + 1 > MAX_SPAN ? index + 1 : end + 1
  })
}
