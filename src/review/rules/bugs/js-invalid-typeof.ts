// Flags `typeof x === "..."` comparisons against a string that `typeof` never returns (`"undefind"`,
// `"array"`, `"null"`). Known false positives: none; the set of results is fixed by the language.
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

const VALID = ['undefined', 'object', 'boolean', 'number', 'string', 'function', 'symbol', 'bigint']
const RIGHT = /\btypeof\s*\(?\s*[\w$.[\]]+\s*\)?\s*[!=]==?\s*(["'`])([^"'`]*)\1/g
const LEFT = /(["'`])([^"'`]*)\1\s*[!=]==?\s*typeof\b/g

/** Levenshtein distance, for suggesting the intended type name. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

function advice(value: string): string {
  if (value === 'null') return 'compare the value itself: `x === null` (`typeof null` is `"object"`)'
  if (value === 'array') return 'use `Array.isArray(x)` (`typeof []` is `"object"`)'
  if (value === 'date' || value === 'regexp' || value === 'promise') return `use \`x instanceof ${value === 'regexp' ? 'RegExp' : value[0]!.toUpperCase() + value.slice(1)}\``
  const best = VALID.map((v) => ({ v, d: distance(value.toLowerCase(), v) })).sort((a, b) => a.d - b.d)[0]!
  return best.d <= 3 ? `did you mean \`"${best.v}"\`?` : `\`typeof\` returns one of ${VALID.map((v) => `"${v}"`).join(', ')}`
}

export const invalidTypeof: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/invalid-typeof',
    title: '`typeof` compared with an impossible string',
    severity: 'major',
    category: 'bug',
    pack: 'bugs',
    tier: 'core',
    languages: ['javascript', 'typescript'],
    description:
      '`typeof` only ever returns "undefined", "object", "boolean", "number", "string", "function", "symbol" or "bigint". A comparison with any other string, such as a typo like "undefiend" or "array", is constant and the branch never (or always) runs.',
    examples: {
      bad: "if (typeof callback === 'fuction') callback()\n",
      good: "if (typeof callback === 'function') callback()\nif (Array.isArray(items)) items.forEach(log)\n",
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('typeof')) return
    const scanned = scanCurrent(ctx)
    if (!scanned) return
    for (const re of [RIGHT, LEFT]) {
      for (const m of text.matchAll(re)) {
        const value = m[2]!
        if (VALID.includes(value) || value.includes('${')) continue
        // The match must start in code, not inside a string or comment.
        const at = re === RIGHT ? m.index : m.index + m[0].lastIndexOf('typeof')
        if (!scanned.code.startsWith('typeof', at)) continue
        return {
          line: ctx.line.newLine,
          message: `\`typeof\` never returns \`"${value}"\`, so \`${m[0]}\` is constant.`,
          suggestion: `Fix the comparison: ${advice(value)}.`,
        }
      }
    }
    return
  },
}
