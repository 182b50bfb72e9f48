// Flags `==`/`!=` comparisons with NaN in Python (`x == float("nan")`, `x != math.nan`, `== np.nan`).
// Known false positives: none; NaN never equals anything, including itself.
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

const NAN = String.raw`(?:(?:math|np|numpy)\.nan|float\(\s*["'][+-]?nan["']\s*\))`
const RIGHT = new RegExp(String.raw`([=!])=\s*${NAN}`, 'gi')
const LEFT = new RegExp(String.raw`${NAN}\s*([=!])=`, 'gi')

export const pythonNanComparison: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/nan-comparison',
    title: 'Comparison with NaN',
    severity: 'major',
    category: 'bug',
    pack: 'bugs',
    tier: 'core',
    languages: ['python'],
    description:
      'NaN is not equal to anything, itself included, so `x == float("nan")` is always `False` and `x != math.nan` is always `True`. Use `math.isnan(x)`, or `pd.isna(x)` / `np.isnan(x)` for arrays and frames.',
    examples: {
      bad: 'if price == float("nan"):\n    price = 0.0\n',
      good: 'if math.isnan(price):\n    price = 0.0\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!/nan/i.test(text) || !(text.includes('==') || text.includes('!='))) return
    const scanned = scanCurrent(ctx)
    if (!scanned) return
    // Match on the raw text, then keep only matches whose operator is code (not in a string or comment).
    const ops: Array<{ op: string; at: number }> = []
    for (const m of text.matchAll(RIGHT)) ops.push({ op: m[1]!, at: m.index })
    for (const m of text.matchAll(LEFT)) ops.push({ op: m[1]!, at: m.index + m[0].length - 2 })
    const real = ops.filter((o) => scanned.code[o.at] === o.op && scanned.code[o.at + 1] === '=')
    if (real.length === 0) return
    const negated = real[0]!.op === '!'
    const lib = /\b(?:np|numpy)\.nan\b/.test(text) ? 'np.isnan(x)' : 'math.isnan(x)'
    return {
      line: ctx.line.newLine,
      message: `Comparing with NaN using \`${negated ? '!=' : '=='}\` is always ${negated ? 'True' : 'False'}: NaN is not equal to anything, itself included.`,
      suggestion: `Use \`${negated ? 'not ' : ''}${lib}\` (or \`pd.isna(x)\` for pandas values).`,
    }
  },
}
