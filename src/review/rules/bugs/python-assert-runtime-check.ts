// Flags `assert` statements in Python production code. Known false positives: internal invariants
// meant to vanish under `-O`; type-narrowing asserts (`isinstance`, `is not None`) and tests are skipped.
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

const ASSERT = /^\s*assert\b\s*(.*)$/
// Asserts that exist to narrow types for a checker, not to validate input.
const NARROWING = /^(?:isinstance\s*\(|not\s+isinstance\s*\(|[\w.]+\s+is\s+not\s+None\s*(?:,|$)|False\s*,\s*["']unreachable|typing\.|assert_never)/

/** Index of the comma between `cond, message`; -1 without a message, -2 when brackets stay open. */
function splitAssert(code: string): number {
  let depth = 0
  for (let i = 0; i < code.length; i++) {
    const c = code[i]
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth--
    else if (c === ',' && depth === 0) return i
  }
  // A condition continued on the next line cannot be quoted.
  return depth === 0 ? -1 : -2
}

const INVERSE: Record<string, string> = { '==': '!=', '!=': '==', '<=': '>', '>=': '<', '<': '>=', '>': '<=', 'is not': 'is', is: 'is not', 'not in': 'in', in: 'not in' }
// Each side starts and ends on a non-blank, so the blanks around the operator have one owner (no quadratic backtracking).
const COMPARISON = /^([^<>=!]*?[^<>=!\s])\s*(==|!=|<=|>=|<|>|\bis\s+not\b|\bis\b|\bnot\s+in\b|\bin\b)\s*([^<>=!\s][^<>=!]*)$/

/** The condition under which the assert would fail, written as simply as possible. */
function failing(cond: string): string {
  if (!/\b(?:and|or|if|lambda)\b/.test(cond)) {
    const m = COMPARISON.exec(cond)
    if (m && !/\b(?:is|in|not)\b/.test(m[1]! + m[3]!)) return `${m[1]} ${INVERSE[m[2]!.replace(/\s+/, ' ')]} ${m[3]}`
    if (/^not\s+[\w.]+$/.test(cond)) return cond.replace(/^not\s+/, '')
  }
  return /^[\w.]+(?:\([^()]*\))?$/.test(cond) ? `not ${cond}` : `not (${cond})`
}

export const assertRuntimeCheck: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/assert-runtime-check',
    title: '`assert` used for a runtime check',
    severity: 'minor',
    category: 'bug',
    pack: 'bugs',
    tier: 'strict',
    languages: ['python'],
    description:
      'Python strips `assert` statements when run with `-O` (or `PYTHONOPTIMIZE`), which some deployments set. A check written as an assert, such as a permission or input validation, silently disappears there. Raise an exception explicitly for conditions that must hold at runtime.',
    examples: {
      bad: 'def withdraw(account, amount):\n    assert amount > 0, "amount must be positive"\n    account.balance -= amount\n',
      good: 'def withdraw(account, amount):\n    if amount <= 0:\n        raise ValueError("amount must be positive")\n    account.balance -= amount\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('assert')) return
    if (ctx.source.isTest) return
    const scanned = scanCurrent(ctx)
    const m = scanned && ASSERT.exec(scanned.code)
    if (!m) return
    const restCode = m[1]!.trimEnd()
    const restStart = scanned.code.length - m[1]!.length
    const rest = text.slice(restStart, restStart + restCode.length)
    if (!restCode || NARROWING.test(rest)) return
    const comma = splitAssert(restCode)
    if (comma === -2) {
      return {
        line: ctx.line.newLine,
        message: 'This `assert` is removed when Python runs with `-O`, so the check silently disappears in optimised deployments.',
        suggestion: 'Raise explicitly instead: `if not (...): raise ValueError(...)`.',
      }
    }
    const cond = (comma >= 0 ? rest.slice(0, comma) : rest).trim()
    const msg = comma >= 0 ? rest.slice(comma + 1).trim() : `"${cond.replace(/["\\]/g, '')} failed"`
    return {
      line: ctx.line.newLine,
      message: `\`assert ${cond}\` is removed when Python runs with \`-O\`, so this check silently disappears in optimised deployments.`,
      suggestion: `Raise explicitly: \`if ${failing(cond)}: raise ValueError(${msg})\`.`,
    }
  },
}
