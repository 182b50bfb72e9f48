/**
 * Brackets for the lines a JS/TS diff does not show. Two hunks of one function leave out the
 * lines between them, and those lines open and close blocks: without them the next hunk's `}`
 * closes the handler early and everything after it lands at module level, out of reach of the
 * request. The gap rows are blank in the rebuilt text, so what they must have opened or closed is
 * written back on them (no row moves), read from the indentation of the code around the gap and
 * from the closers the next hunk has no opener for. Closers still open after the last hunk go at
 * the end.
 */
import type { FileUnderReview } from '../types'
import type { FileSource } from '../syntax/source'
import { withJsxClosers } from './jsx-gaps'

const CLASS_HEADER = /^(export\s+)?(default\s+)?(abstract\s+)?class\s+[\w$]+[^;{}]*\{?$/
/** A class member's first line: a decorator, or a method or field name with its modifiers. */
const MEMBER = /^\s*(@\w|(?:(?:public|private|protected|static|async|readonly|override|abstract|get|set|declare)\s+)*[#\w$]+\s*[?!]?\s*(?:<[^>]*>)?\s*[(:=;])/
const OPEN: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/** A row that continues the expression above it: `.then(…)`, `?.finally(…)`. */
const CHAIN_CONTINUATION = /^\s*\??\.[A-Za-z_$]/
/** What stands for the expression a chain the hunk resumes in began with. */
const GAP_EXPRESSION = 'hunkGap'

interface Opener {
  ch: string
  indent: number
  /** The blank row above the hunk this opener was read in, where brackets still open before that hunk can be written. */
  above?: number
}

/** Lexer state carried across rows: inside a block comment or a template literal. */
interface LexState {
  comment: boolean
  template: boolean
}

// Character codes: the scan below runs over every row of every JS/TS hunk, and comparing codes
// costs a fraction of indexing one-character strings and looking them up in the tables above.
const SLASH = 47
const STAR = 42
const BACKSLASH = 92
const BACKTICK = 96
const DQUOTE = 34
const SQUOTE = 39

/** True for the six bracket characters `()[]{}`. */
function isBracket(code: number): boolean {
  return code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125
}

/** The bracket characters of a row outside strings, comments and template literals. */
function brackets(row: string, state: LexState): string[] {
  const out: string[] = []
  const n = row.length
  for (let i = 0; i < n; i++) {
    const c = row.charCodeAt(i)
    if (state.comment) {
      if (c === STAR && row.charCodeAt(i + 1) === SLASH) [state.comment, i] = [false, i + 1]
      continue
    }
    if (state.template) {
      if (c === BACKSLASH) i++
      else if (c === BACKTICK) state.template = false
      continue
    }
    if (c === SLASH && row.charCodeAt(i + 1) === SLASH) break
    if (c === SLASH && row.charCodeAt(i + 1) === STAR) [state.comment, i] = [true, i + 1]
    else if (c === BACKTICK) state.template = true
    else if (c === DQUOTE || c === SQUOTE) {
      for (i++; i < n && row.charCodeAt(i) !== c; i++) if (row.charCodeAt(i) === BACKSLASH) i++
    } else if (isBracket(c)) out.push(row[i]!)
  }
  return out
}

function indentOf(row: string): number {
  return /^\s*/.exec(row)![0].length
}

/** The file's indentation step: the indentation of its first indented row (2 when none is). */
function indentUnit(rows: string[]): number {
  for (const row of rows) {
    const indent = indentOf(row)
    if (indent > 0 && row.trim() !== '') return indent
  }
  return 2
}

/**
 * A hunk row led by the `}` of a block the gap opened and continuing the statement that block began: `} catch (err) {`
 * and `} finally {` close a `try` block, `} else {` an `if`'s. The opener written back must be that statement's, or
 * the clause has nothing to attach to and the hunk's code after it does not parse.
 */
const CLAUSE_AFTER_CLOSER = /^\s*\}\s*(catch|finally|else)\b/
const CLAUSE_OPENER: Record<string, string> = { catch: 'try {', finally: 'try {', else: `if (${'hunkGap'}) {` }

/** The opener a closer the gap must have opened stands for: its bracket, or the statement its row's clause continues. */
function openerOf(closer: string): string {
  return OPEN[closer] ?? CLAUSE_OPENER[closer.slice(0, -1)] ?? OPEN[closer.slice(-1)]!
}

/** Openers for closers the gap must have opened, innermost last: `})` needs `(() => {`. */
function openersFor(extra: string[]): string {
  return [...extra].reverse().map(openerOf).join('').replace(/\(\{/g, '(() => {')
}

/** A hunk header's function line that opens the body the hunk starts in: `router.post('/hook', async (req, res) => {`, `export async function POST(req) {`. */
const FUNCTION_HEADER = /(\bfunction\b[^{}]*|=>\s*)\{$/

/**
 * Git cuts a hunk header's function line at 80 characters, so a long signature reaches us without its `{` (and maybe
 * without its last parameters' closing `)`): `export default async function handler(req: NextApiRequest, res: NextApiResponse)`.
 * A `function` line with no brace at all is completed, so the handler it opens is written back like any other.
 */
function completedHeader(section: string | undefined): string | undefined {
  if (!section || FUNCTION_HEADER.test(section) || !/^(export\s+)?(default\s+)?(async\s+)?function\b[^{}]*$/.test(section)) return section
  const open = (section.match(/\(/g) ?? []).length - (section.match(/\)/g) ?? []).length
  if (open < 0 || open > 1) return section
  return `${section.replace(/[,:\s]+$/, '')}${open === 1 ? ')' : ''} {`
}

/**
 * The hunk header's function line in place of the openers the gap must have held, when it opens them itself (its
 * unclosed brackets are the outermost of them): the handler, with its request parameter, is then in view.
 */
function withFunctionHeader(section: string, extra: string[]): string | undefined {
  const unclosed: string[] = []
  for (const c of brackets(section, { comment: false, template: false })) {
    if (c in CLOSE) unclosed.push(c)
    else if (unclosed.length > 0 && unclosed[unclosed.length - 1] === OPEN[c]) unclosed.pop()
    else return undefined
  }
  // The closers the hunk shows for the gap run innermost first; the header's own must be the last of them, or none
  // at all when the hunk ends before the function does.
  if (extra.length === 0) return section
  const inner = extra.length - unclosed.length
  if (inner < 0 || unclosed.some((c, i) => OPEN[extra[extra.length - 1 - i]!.slice(-1)] !== c)) return undefined
  return `${section} ${openersFor(extra.slice(0, inner))}`.trimEnd()
}

/** A response the hunk writes to: Express's `res.send(…)`, Fastify's `reply.send(…)` (not a fetch `response.json()` read back). */
const EXPRESS_REPLY = /\bres\s*\.\s*(send|write|end|status|type|set|setHeader|writeHead|redirect|render|json)\s*\(|\bresponse\s*\.\s*(send|status|setHeader|writeHead|redirect|render)\s*\(/
const FASTIFY_REPLY = /\breply\s*\.\s*(send|type|header|code|status|redirect)\s*\(/

/**
 * The innermost function the gap opened, given the parameters its body uses: a hunk of a route callback that writes
 * to `res` (or Fastify's `reply`) sits in a `(req, res) => {` whose line the diff leaves out.
 */
function withResponseParams(openers: string, rows: string[], first: number, last: number): string {
  const stub = openers.lastIndexOf('(() => {')
  if (stub < 0) return openers
  const body = rows.slice(first, last + 1).join('\n')
  const params = EXPRESS_REPLY.test(body) ? 'req, res' : FASTIFY_REPLY.test(body) ? 'request, reply' : undefined
  return params ? `${openers.slice(0, stub)}((${params}) => {${openers.slice(stub + '(() => {'.length)}` : openers
}

/** Whether the nearest column-0 line above row `first` that the diff shows is `heading` (git cuts headings at 80 characters). */
function shownAbove(rows: string[], first: number, heading: string): boolean {
  for (let r = first - 1; r >= 0; r--) {
    const row = rows[r]!
    if (/^[A-Za-z_$]/.test(row)) return row.slice(0, 80).trim() === heading
  }
  return false
}

/** The rebuilt text with the gaps' brackets written back, or undefined when nothing needed it. */
export function withGapBrackets(file: FileUnderReview, source: FileSource): string | undefined {
  // A new file is one hunk from line 1 with no old side: nothing is missing from it, so there is nothing to put back. A
  // modified file's one hunk from line 1 may still stop before the file does, inside the component it changed.
  if (source.whole || file.hunks.length === 0 || (file.hunks.length === 1 && file.hunks[0]!.newStart <= 1 && file.hunks[0]!.oldLines === 0)) return undefined
  const rows = source.text.split('\n')
  const stack: Opener[] = []
  const state: LexState = { comment: false, template: false }
  let changed = false
  const hunks = [...file.hunks].sort((a, b) => a.newStart - b.newStart)
  let previous = -1
  for (const hunk of hunks) {
    let above: number | undefined
    // The probe below lexes the hunk's rows from the state the final scan starts in, and the
    // rows do not change in between: its brackets, indents and end state are the scan's own.
    let lexed: { brackets: string[][]; indents: number[]; end: LexState } | undefined
    const first = hunk.newStart - 1
    const last = Math.min(rows.length - 1, hunk.newStart + hunk.newLines - 2)
    if (first < 0 || last < first) continue
    const lead = rows.slice(first, last + 1).find((r) => r.trim() !== '')
    const gapRow = first - 1
    // A row outside every hunk that is not blank was written back before this scan (the settings literal's heading,
    // `const nextConfig = {`): what it opens is open in this hunk and the next ones, as if the hunk showed it.
    const heading = gapRow > previous && rows[gapRow]!.trim() !== '' && source.added[gapRow] !== 1
    const writable = gapRow >= 0 && rows[gapRow] === '' && source.added[gapRow] !== 1 && !state.comment && !state.template
    if (writable) above = gapRow
    if (lead !== undefined && writable) {
      // What the gap closed: openers whose line sits deeper than where the hunk resumes.
      // A chain's continuation row is indented a level deeper than the statement it continues, which is where the hunk
      // resumes (`.finally(…)` under a `fetch(…)` the gap holds): blocks the gap closed are judged from that statement.
      const resume = CHAIN_CONTINUATION.test(lead) ? Math.max(0, indentOf(lead) - indentUnit(rows)) : indentOf(lead)
      const closer = /^\s*[)\]}]/.test(lead)
      let text = ''
      // Git names the nearest line above the hunk that starts at column 0. A class header there that no earlier hunk
      // shows sits in the gap, so whatever the earlier hunks left open (a DTO class above the controller) closed before it.
      const named = hunk.section?.trim()
      const topLevel = stack.length > 0 && !!named && CLASS_HEADER.test(named) && !shownAbove(rows, first, named)
      if (topLevel) while (stack.length > 0) text += CLOSE[stack.pop()!.ch]
      const bottom = stack[0]
      while (stack.length > 0 && (closer ? stack[stack.length - 1]!.indent > resume : stack[stack.length - 1]!.indent >= resume)) text += CLOSE[stack.pop()!.ch]
      // Closed inside a literal whose next entry the hunk resumes with (`poweredByHeader: false,`): the entry the gap closed ends with a comma.
      const comma = text !== '' && !closer && /,\s*$/.test(lead) && (stack[stack.length - 1]?.ch === '{' || stack[stack.length - 1]?.ch === '[')
      // What the gap opened: closers in the hunk that nothing seen so far opens. A closer that starts its row
      // matches an opener on a row indented as far; one deeper than every open block was opened in the gap.
      const probe: LexState = { ...state }
      const local: string[] = []
      const open = [...stack]
      const extra: string[] = []
      // The indentation of each such closer's row, and the shallowest statement of the hunk (a row not led by a closer).
      const extraIndent: number[] = []
      let body = Infinity
      lexed = { brackets: [], indents: [], end: probe }
      for (let r = first; r <= last; r++) {
        const row = rows[r]!
        const indent = indentOf(row)
        let leading = /^\s*[)\]}]/.test(row)
        if (!leading && row.trim() !== '') body = Math.min(body, indent)
        const found = brackets(row, probe)
        lexed.brackets.push(found)
        lexed.indents.push(indent)
        for (const c of found) {
          const starts = leading
          leading = false
          if (c in CLOSE) local.push(c)
          else if (local.length > 0) local.pop()
          else if (open.length > 0 && (starts ? open[open.length - 1]!.indent >= indent : open[open.length - 1]!.ch === OPEN[c])) open.pop()
          else {
            // `} finally {`: the clause names the statement the gap opened (CLAUSE_AFTER_CLOSER).
            const clause = starts && c === '}' ? CLAUSE_AFTER_CLOSER.exec(row)?.[1] : undefined
            extra.push(clause ? `${clause}}` : c)
            extraIndent.push(indent)
          }
        }
      }
      // Closers below everything still open (a plugin's or router factory's `}` after a hunk that began inside one of its
      // callbacks) close blocks opened before that earlier hunk: they are written on its gap row, outside what it opened.
      // A closer indented deeper than that earlier opener's row ends a block inside it (`  }` of an `if (…) {` the gap holds,
      // in a handler opened at column 0): that block opened in this gap, not above the earlier hunk.
      const outer = bottom?.above
      if (extra.length > 0 && (stack.length > 0 || text !== '') && open.length === 0 && outer !== undefined && !(bottom !== undefined && extraIndent.every((i) => i > bottom.indent))) {
        const written = openersFor(extra)
        rows[outer] = written + rows[outer]
        const below: Opener[] = []
        for (const c of brackets(written, { comment: false, template: false })) {
          if (c in CLOSE) below.push({ ch: c, indent: 0 })
          else if (below.length > 0 && below[below.length - 1]!.ch === OPEN[c]) below.pop()
        }
        stack.unshift(...below)
        extra.length = 0
        changed = true
      }
      let openers = openersFor(extra)
      // Set when the function's header is written open above blocks the gap opened inside it: the indentation its `{` stands for.
      let headerIndent: number | undefined
      // The outermost block the gap opened at the top level is the class the hunk header names: `export class DocsController {`.
      // Written back as a class, the hunk's members (decorated NestJS routes, a class's methods) parse as members, not as calls.
      const section = completedHeader(hunk.section?.trim())
      // A hunk that starts inside a method body needs that method opened too: a stub, since its header is not shown.
      // A hunk that starts at a member and closes nothing (`async search(term, sort) {` and part of its body) is in the class all the same.
      const classHeader = stack.length === 0 && (text === '' || topLevel) && section && CLASS_HEADER.test(section) ? section.replace(/\s*\{?\s*$/, '') : undefined
      // A statement the gap opened directly inside the method (`try {` for the hunk's `} finally {`) puts the method's own
      // brace first: the class's brace is not among the closers, so the stub takes that first one.
      if (classHeader && /^\{(try|if) /.test(openers)) openers = `${classHeader} { hunk() ${openers}`
      // The same statement with the method's `}` below the hunk: the stub opens that method too.
      else if (classHeader && /^(try|if) /.test(openers)) openers = `${classHeader} { hunk() {${openers}`
      else if (classHeader && openers.startsWith('{')) openers = `${classHeader} {${openers.startsWith('{{') ? ' hunk() {' + openers.slice(2) : openers.slice(1)}`
      else if (classHeader && openers === '' && resume > 0 && MEMBER.test(lead)) openers = `${classHeader} {`
      else if (stack.length === 0 && text === '' && section && resume > 0 && FUNCTION_HEADER.test(section)) {
        // Closers as deep as the hunk's statements end blocks inside the function (`if (customer) {` in the gap), not the
        // function: its header is written open, with those blocks opened after it, and its own `}` comes in a later hunk.
        const inner = extra.length > 0 && extraIndent.every((i) => i >= body)
        openers = (inner ? withFunctionHeader(section, []) && `${section} ${openersFor(extra)}` : withFunctionHeader(section, extra)) || openers
        if (inner && openers.startsWith(section)) headerIndent = Math.max(0, body - 2)
      }
      const opened = withResponseParams(openers, rows, first, last)
      text += comma && opened === '' ? ',' : opened
      // A hunk that resumes inside a method chain (`.finally(() => setLoading(false))` after a `fetch(…).then(…)` the gap
      // holds) continues an expression the gap began: a stand-in for it keeps the chain a call, not a stray `.`.
      if (CHAIN_CONTINUATION.test(lead) && !/[([{,=:?]\s*$/.test(text)) text += `${text === '' ? '' : ' '}${GAP_EXPRESSION}`
      if (text !== '') {
        rows[gapRow] = text
        changed = true
        const from = stack.length
        for (const c of brackets(text, { comment: false, template: false })) {
          if (c in CLOSE) stack.push({ ch: c, indent: headerIndent !== undefined && stack.length === from ? headerIndent : Math.max(0, resume - 2), above: gapRow })
          // `(() => {`, `app.get('/x', (req, res) => {`: a parameter list opened and closed on the written line leaves nothing open.
          else if (stack.length > 0 && stack[stack.length - 1]!.ch === OPEN[c]) stack.pop()
        }
      }
    }
    // (A probed hunk has no heading: its gap row was blank.)
    for (let r = heading ? gapRow : first; r <= last; r++) {
      const indent = lexed ? lexed.indents[r - first]! : indentOf(rows[r]!)
      for (const c of lexed ? lexed.brackets[r - first]! : brackets(rows[r]!, state)) {
        if (c in CLOSE) stack.push({ ch: c, indent, above })
        else if (stack.length > 0 && stack[stack.length - 1]!.ch === OPEN[c]) stack.pop()
      }
    }
    if (lexed) Object.assign(state, lexed.end)
    previous = last
  }
  if (!changed && stack.length === 0) return undefined
  const tail = stack.length > 0 && !state.comment && !state.template ? `\n${stack.reverse().map((o) => CLOSE[o.ch]).join('')}` : ''
  // A component's hunk that ends inside its markup: the elements it left open are closed with the brackets.
  const jsx = tail && /\.(jsx|tsx)$/.test(file.path) ? withJsxClosers(rows.join('\n'), tail) : undefined
  if (jsx !== undefined) return jsx
  return changed || tail ? rows.join('\n') + tail : undefined
}
