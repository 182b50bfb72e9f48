// Flags `==` and `!=` in JavaScript/TypeScript. Known false positives: none in practice; comparisons
// with `null`/`undefined` (the nullish idiom), `typeof` checks and literal-to-literal are allowed.
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

const OP = /(?<![=!<>])([=!])=(?!=)/g
// The same test without capture or state, to skip the lexer on the many lines that only use `===`.
const ANY_LOOSE = /(?<![=!<>])[=!]=(?!=)/
const NULLISH = /^(?:null|undefined)$/
const LITERAL = /^(?:-?\d[\w.]*|(["'`])_*\1|true|false)$/
const LEFT_OPERAND = /[\w$.[\]"'`()]+$/
const RIGHT_OPERAND = /^[\w$.[\]"'`()-]+/

/** Drops brackets that belong to the surrounding expression, not to the operand. */
function trimUnbalanced(operand: string, leading: boolean): string {
  let opens = 0
  let closes = 0
  for (const c of operand) {
    if (c === '(') opens++
    else if (c === ')') closes++
  }
  let out = operand
  for (; leading && opens > closes && out.startsWith('('); opens--) out = out.slice(1)
  for (; !leading && closes > opens && out.endsWith(')'); closes--) out = out.slice(0, -1)
  return out
}

export const looseEquality: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/loose-equality',
    title: 'Loose equality (`==` / `!=`)',
    severity: 'minor',
    category: 'bug',
    pack: 'bugs',
    tier: 'strict',
    languages: ['javascript', 'typescript'],
    description:
      '`==` and `!=` convert their operands before comparing: `"0" == 0`, `"" == 0` and `[] == false` are all true. Use `===` and `!==`, which compare without coercion. Comparing with `null` (`x == null`) is allowed, since it is the idiom for "null or undefined".',
    examples: {
      bad: 'if (req.query.page == 1) {\n  showFirstPage()\n}\n',
      good: "if (req.query.page === '1') {\n  showFirstPage()\n}\nif (user == null) return\nif (typeof cb == 'function') cb()\n",
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('=') || !ANY_LOOSE.test(text)) return
    const scanned = scanCurrent(ctx)
    // `// eslint-disable-line eqeqeq` marks the coercion as intended.
    if (!scanned || scanned.comment.includes('eqeqeq')) return
    const code = scanned.code
    const flagged: Array<{ at: number; op: string; expr: string }> = []
    for (const m of code.matchAll(OP)) {
      const at = m.index
      const before = code.slice(0, at).trimEnd()
      const after = code.slice(at + 2).trimStart()
      const left = trimUnbalanced(LEFT_OPERAND.exec(before)?.[0] ?? '', true)
      const right = trimUnbalanced(RIGHT_OPERAND.exec(after)?.[0] ?? '', false)
      if (NULLISH.test(left) || NULLISH.test(right) || /^void\s+0\b/.test(after)) continue
      if (LITERAL.test(left) && LITERAL.test(right)) continue
      if (/\btypeof\s+$/.test(before.slice(0, before.length - left.length)) || /^typeof\b/.test(left) || /^typeof\b/.test(after)) continue
      const leftRaw = text.slice(before.length - left.length, before.length)
      const afterStart = code.length - after.length
      const rightRaw = text.slice(afterStart, afterStart + right.length)
      flagged.push({ at, op: m[1] === '!' ? '!=' : '==', expr: `${leftRaw} ${m[1]}= ${rightRaw}`.trim() })
    }
    if (flagged.length === 0) return
    let fixed = ''
    let from = 0
    for (const f of flagged) {
      fixed += text.slice(from, f.at) + f.op + '='
      from = f.at + 2
    }
    fixed += text.slice(from)
    const first = flagged[0]!
    return {
      line: ctx.line.newLine,
      message: `\`${first.expr}\` uses loose ${first.op === '==' ? 'equality' : 'inequality'}, which coerces types (\`"0" == 0\` and \`"" == 0\` are both true).`,
      suggestion: `Use strict comparison: \`${fixed.trim()}\`.`,
    }
  },
}
