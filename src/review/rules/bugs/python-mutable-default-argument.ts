// Flags Python parameters whose default is a list, dict or set (`def f(items=[])`), on the `def`
// line or on continuation lines of a multi-line signature. Known false positives: defaults that are
// never mutated (still worth a `None` default or a tuple/frozenset for clarity). Quiet for a function
// nested in another whose default packs the enclosing function's names (`def reader(pos=[start])`):
// that list is made afresh each time the enclosing function runs, the idiom for state kept per closure.
import type { LineContext, LineRule } from '../../types'
import { CLOSER, indentWidth, linesBefore, scanCurrent } from '../../source'

const DEF = /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/
// Cheap raw-text gate: a `def` line, or a `name=<mutable>` line that may continue a signature.
const MAYBE_PARAM = /^\s*(?:async\s+)?def\s|=\s*(?:\[|\{|(?:set|list|dict|bytearray|defaultdict|OrderedDict|Counter|deque|collections\.\w+)\s*\()/
const MUTABLE = /^(?:\[|\{|(?:set|list|dict|bytearray|defaultdict|OrderedDict|Counter|deque|collections\.\w+)\s*\()/

interface Param {
  name: string
  value: string
}

/** Top-level `name[: annotation] = default` pieces of a (partial) parameter list. */
function mutableParams(code: string, raw: string): Param[] {
  const found: Param[] = []
  let depth = 0
  let start = 0
  let eq = -1
  const flush = (end: number) => {
    if (eq >= 0) {
      const value = raw.slice(eq + 1, end).trim()
      const nameMatch = /([A-Za-z_]\w*)\s*(?::[^=]*)?$/.exec(code.slice(start, eq))
      if (nameMatch && MUTABLE.test(code.slice(eq + 1, end).trim())) found.push({ name: nameMatch[1]!, value })
    }
  }
  for (let i = 0; i < code.length; i++) {
    const c = code[i]
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        flush(i)
        return found
      }
      depth--
    } else if (depth === 0 && c === ',') {
      flush(i)
      start = i + 1
      eq = -1
    } else if (depth === 0 && c === '=' && code[i + 1] !== '=' && !'=!<>'.includes(code[i - 1] ?? '')) eq = i
  }
  flush(code.length)
  return found
}

/** For a line inside a multi-line signature: the `def` line above it with its parenthesis still open. */
function openDefAbove(ctx: Parameters<LineRule['check']>[0]): string | undefined {
  let balance = 0
  for (const near of linesBefore(ctx, 20, 'python')) {
    const code = near.scanned.code
    for (const c of code) {
      if (c === '(' || c === '[' || c === '{') balance++
      else if (c === ')' || c === ']' || c === '}') balance--
    }
    const def = DEF.exec(code)
    if (def) return balance > 0 ? def[1] : undefined
    if (balance > 0 || /:\s*$/.test(code)) return undefined
  }
  return undefined
}

/** Whether the `def` on the current line sits in another function's body (not a class's, not the module's). */
function nestedInFunction(ctx: LineContext): boolean {
  let limit = indentWidth(ctx.line.text)
  if (limit === 0) return false
  for (const near of linesBefore(ctx, 200, 'python')) {
    const t = near.line.text
    // A line of a triple-quoted string (an HTML template flush with the margin) says nothing of the blocks.
    if (ctx.source.inTripleQuoted(ctx.hunk, near.index) || near.scanned.code.trim() === '' || near.scanned.commentOnly) continue
    const ind = indentWidth(t)
    if (ind >= limit || CLOSER.test(t)) continue
    if (DEF.test(t)) return true
    if (/^\s*class\s/.test(t) || ind === 0) return false
    limit = ind
  }
  return false
}

/** `def reader(pos=[start])` inside another function: a list of the enclosing function's names, packed afresh on each of its runs. */
function bindsEnclosingNames(ctx: LineContext, value: string): boolean {
  return /^\[\s*[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s*,?\s*\]$/.test(value) && !/^\[\s*(True|False|None)\s*\]$/.test(value) && nestedInFunction(ctx)
}

export const mutableDefaultArgument: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/mutable-default-argument',
    title: 'Mutable default argument',
    severity: 'major',
    category: 'bug',
    pack: 'bugs',
    tier: 'core',
    languages: ['python'],
    description:
      'Default values are evaluated once, when the `def` runs, so a list, dict or set default is shared by every call: items appended in one call show up in the next. Default to `None` and create the container inside the function.',
    examples: {
      bad: 'def add_tag(tag, tags=[]):\n    tags.append(tag)\n    return tags\n',
      good: 'def add_tag(tag, tags=None):\n    if tags is None:\n        tags = []\n    tags.append(tag)\n    return tags\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('=') || !MAYBE_PARAM.test(text)) return
    const scanned = scanCurrent(ctx)
    if (!scanned) return
    const code = scanned.code
    let fn: string | undefined
    let from = 0
    const def = DEF.exec(code)
    if (def) {
      fn = def[1]
      from = def[0].length
    } else {
      if (!/^\s*\*{0,2}[A-Za-z_]\w*\s*(?::[^=]*)?=/.test(code)) return
      fn = openDefAbove(ctx)
    }
    if (!fn) return
    const params = mutableParams(code.slice(from), text.slice(from)).filter((p) => !(def && bindsEnclosingNames(ctx, p.value)))
    if (params.length === 0) return
    const first = params[0]!
    const names = params.map((p) => `\`${p.name}=${p.value}\``).join(', ')
    return {
      line: ctx.line.newLine,
      message: `${names} in \`${fn}()\`: the default is created once and shared by every call, so changes leak between calls.`,
      suggestion: `Use \`${first.name}=None\` and create it per call: \`if ${first.name} is None: ${first.name} = ${first.value}\`.`,
    }
  },
}
