// Flags `parseInt(x)` without a radix in JavaScript/TypeScript (strict only: since ES5 only a `0x`
// prefix changes the base, so most such calls are fine). `.map(parseInt)` is js/map-parseint's.
// Known false positives: none; calls whose arguments continue on the next line are skipped.
import type { LineRule, RuleHit } from '../../types'
import { scanCurrent } from '../../source'

const CALL = /(?<![\w$.])(?:Number\.)?parseInt\s*\(/g
const NUMBER_TEXT = /^[\w$.]+\.(toFixed|toPrecision)\([^()]*\)/

/** Index of the `)` closing the `(` at `open`, and whether a top-level comma came first. */
function closeCall(code: string, open: number): { close: number; comma: boolean } | undefined {
  let depth = 0
  let comma = false
  for (let i = open; i < code.length; i++) {
    const c = code[i]
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') {
      depth--
      if (depth === 0) return { close: i, comma }
    } else if (c === ',' && depth === 1) comma = true
  }
  return undefined
}

export const parseIntRadix: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/parseint-radix',
    title: '`parseInt` without a radix',
    severity: 'minor',
    category: 'bug',
    pack: 'bugs',
    tier: 'strict',
    languages: ['javascript', 'typescript'],
    description:
      'Without a radix, `parseInt` reads a `"0x"` prefix as hexadecimal (`"0x1f"` is 31), and engines older than ES5 read a leading zero as octal. Pass the radix, or use `Number(x)` for strict decimal parsing. In the strict profile only: on today\'s engines most calls without a radix parse what their authors expect.',
    examples: {
      bad: 'const page = parseInt(req.query.page)\n',
      good: 'const page = parseInt(req.query.page, 10)\nconst ids = rows.map((r) => Number.parseInt(r.id, 10))\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('parseInt')) return
    const scanned = scanCurrent(ctx)
    if (!scanned) return
    const code = scanned.code
    const hits: RuleHit[] = []
    for (const m of code.matchAll(CALL)) {
      if (/function\s+$/.test(code.slice(0, m.index))) continue
      const open = m.index + m[0].length - 1
      const call = closeCall(code, open)
      if (!call || call.comma || call.close === open + 1) continue
      const arg = text.slice(open + 1, call.close).trim()
      // Digits a number formatted itself (`val.toFixed(2).replace(".", "")`) never start with `0x`.
      if (NUMBER_TEXT.test(arg)) continue
      const name = m[0].slice(0, m[0].indexOf('(')).trim()
      hits.push({
        line: ctx.line.newLine,
        message: `\`${name}(${arg})\` has no radix, so input like \`"0x10"\` is parsed as hexadecimal.`,
        suggestion: `Pass the radix: \`${name}(${arg}, 10)\`, or use \`Number(${arg})\` to reject trailing garbage too.`,
      })
      break
    }
    return hits
  },
}
