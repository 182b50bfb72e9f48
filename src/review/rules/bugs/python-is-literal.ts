// Flags identity comparison against literals in Python (`x is 1`, `x is "a"`, `x is ()`, `x is []`).
// Known false positives: none; `is None`, `is True`, `is False` and `is ...` are singletons and fine.
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

// Right-hand literal: number, string (with prefix), empty tuple, list or dict/set display.
// Quote runs are bounded (a literal opens and closes with one or three), so a line of quotes is not quadratic.
const RIGHT = /\bis(\s+not)?\s+(-?\.?\d[\w.]*|[rbufRBUF]{0,2}(["'])\3{0,2}_*\3{1,3}|\(\s*\)|\[[^\]]{0,200}\]|\{[^}]{0,200}\})/g
// Left-hand literal: a number or a string just before `is`.
const LEFT = /(?:^|[\s(,=[])(-?\d[\w.]*|[rbufRBUF]{0,2}(["'])\2{0,2}_*\2{1,3})\s+is(\s+not)?\b/g

export const isLiteral: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/is-literal',
    title: '`is` comparison with a literal',
    severity: 'major',
    category: 'bug',
    pack: 'bugs',
    tier: 'core',
    languages: ['python'],
    description:
      '`is` tests object identity, not equality. Whether two equal ints or strings are the same object is a CPython implementation detail (small-int and interning caches), so `x is 1000` or `name is "admin"` can be false for equal values, and `x is []` is always false. Python 3.8+ warns with `SyntaxWarning: "is" with a literal`.',
    examples: {
      bad: 'if status is "active":\n    activate(user)\n',
      good: 'if status == "active":\n    activate(user)\nif token is None or flag is True:\n    pass\n',
    },
  },
  trigger: [' is ', ' is	'],
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes(' is ') && !text.includes(' is\t')) return
    const scanned = scanCurrent(ctx)
    if (!scanned) return
    const code = scanned.code
    const spans: Array<{ start: number; end: number; negated: boolean; literal: string }> = []
    for (const m of code.matchAll(RIGHT)) {
      const literal = text.slice(m.index + m[0].length - m[2]!.length, m.index + m[0].length)
      spans.push({ start: m.index, end: m.index + (m[0].length - m[2]!.length), negated: Boolean(m[1]), literal })
    }
    for (const m of code.matchAll(LEFT)) {
      const litStart = m.index + m[0].indexOf(m[1]!)
      const opStart = code.indexOf('is', litStart + m[1]!.length)
      spans.push({ start: opStart, end: opStart + (m[3] ? code.slice(opStart).indexOf('not') + 3 : 2), negated: Boolean(m[3]), literal: text.slice(litStart, litStart + m[1]!.length) })
    }
    if (spans.length === 0) return
    spans.sort((a, b) => a.start - b.start)
    let fixed = ''
    let at = 0
    for (const s of spans) {
      if (s.start < at) continue
      fixed += text.slice(at, s.start) + (s.negated ? '!= ' : '== ')
      at = s.end
      while (text[at] === ' ' || text[at] === '\t') at++
    }
    fixed += text.slice(at)
    const first = spans[0]!
    const op = first.negated ? 'is not' : 'is'
    const always = /^[[{]/.test(first.literal) ? ` (a new \`${first.literal}\` is never the same object, so this is always ${first.negated ? 'true' : 'false'})` : ''
    return {
      line: ctx.line.newLine,
      message: `\`${op} ${first.literal}\` compares object identity with a literal${always}; equal values need not be the same object.`,
      suggestion: `Compare values with \`${first.negated ? '!=' : '=='}\`: \`${fixed.trim()}\`.`,
    }
  },
}
