// Flags equality comparisons with `NaN` in JavaScript/TypeScript (`x === NaN`, `x != Number.NaN`).
// Known false positives: none; NaN is unequal to everything, itself included.
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

const CMP = /([=!])==?\s*(?:Number\.)?NaN\b|(?<![\w$.])(?:Number\.)?NaN\s*([=!])==?/
const LEFT_OPERAND = /[\w$.[\]()]+$/

export const jsNanComparison: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/nan-comparison',
    title: 'Comparison with NaN',
    severity: 'major',
    category: 'bug',
    pack: 'bugs',
    tier: 'core',
    languages: ['javascript', 'typescript'],
    description:
      '`NaN` is not equal to anything, itself included, so `x === NaN` is always false and `x !== NaN` always true; the check never detects NaN. Use `Number.isNaN(x)`.',
    examples: {
      bad: 'const n = Number(input)\nif (n === NaN) throw new Error("not a number")\n',
      good: 'const n = Number(input)\nif (Number.isNaN(n)) throw new Error("not a number")\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('NaN') || !text.includes('=')) return
    const scanned = scanCurrent(ctx)
    const m = scanned && CMP.exec(scanned.code)
    if (!m) return
    const negated = (m[1] ?? m[2]) === '!'
    const operand = m[1] ? LEFT_OPERAND.exec(scanned.code.slice(0, m.index).trimEnd())?.[0]?.replace(/^\(+/, '') : undefined
    const x = operand || 'x'
    return {
      line: ctx.line.newLine,
      message: `\`${m[0].trim()}\` is always ${negated ? 'true' : 'false'}: NaN is not equal to anything, itself included.`,
      suggestion: `Use \`${negated ? '!' : ''}Number.isNaN(${x})\`.`,
    }
  },
}
