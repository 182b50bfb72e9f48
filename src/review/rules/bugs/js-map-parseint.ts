// Flags `.map(parseInt)` in JavaScript/TypeScript: map's index becomes the radix. Known false
// positives: none (a local function named parseInt would be shadowed; the rule cannot see that).
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

const MAP_PARSEINT = /\.map\(\s*(?:Number\.)?parseInt\s*\)/

export const mapParseInt: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/map-parseint',
    title: '`.map(parseInt)` parses with the index as the radix',
    severity: 'major',
    category: 'bug',
    pack: 'bugs',
    tier: 'recommended',
    languages: ['javascript', 'typescript'],
    description:
      '`map` passes each element\'s index as `parseInt`\'s second argument, the radix, so `["1", "2", "3"].map(parseInt)` is `[1, NaN, NaN]`. Wrap the call, or map with `Number`.',
    examples: {
      bad: "const ids = ['1', '2', '3'].map(parseInt)\n",
      good: "const ids = ['1', '2', '3'].map((s) => parseInt(s, 10))\nconst counts = values.map(Number)\n",
    },
  },
  check(ctx) {
    if (!ctx.line.text.includes('parseInt')) return
    const scanned = scanCurrent(ctx)
    if (!scanned || !MAP_PARSEINT.test(scanned.code)) return
    return {
      line: ctx.line.newLine,
      message: '`.map(parseInt)` passes each element\'s index as the radix, so `["1", "2", "3"].map(parseInt)` gives `[1, NaN, NaN]`.',
      suggestion: 'Wrap it: `.map((s) => parseInt(s, 10))`, or use `.map(Number)`.',
    }
  },
}
