// Flags tests skipped without a stated reason: JS `it.skip`/`xit`/`xdescribe`, pytest/unittest skip
// decorators without a reason, Go `t.Skip()` without a message. A skip that gives a reason is a
// documented decision and is not flagged; JS skips cannot carry one, so a comment next to them
// lowers the finding to info. Known false positives: none.
import type { LineRule, RuleHit } from '../../types'
import { linesBefore, scanCurrent } from '../../source'

const HINT = /kip|x(?:it|describe|test|context|specify)/
const JS_SKIP = /(?<![\w$.])((?:it|test|describe|context|suite|specify)(?:\.(?:concurrent|describe|serial))*\.skip|x(?:it|describe|test|context|specify))\s*\(\s*["'`]/
const PY_DECORATOR = /^\s*@((?:pytest\.)?mark\.skip|unittest\.skip|skip)\s*(\(\s*(?:reason\s*=\s*)?(?:""|'')?\s*\))?\s*$/
const PY_CALL = /(?<![\w.])(pytest\.skip)\s*\(\s*\)/
const GO_SKIP = /(?<![\w.])([tb]\.Skip(?:Now)?)\s*\(\s*\)/

export const skippedTest: LineRule = {
  kind: 'line',
  meta: {
    id: 'changeset/skipped-test',
    title: 'Test skipped without a reason',
    severity: 'minor',
    category: 'testing',
    pack: 'changeset',
    tier: 'recommended',
    languages: ['typescript', 'javascript', 'python', 'go'],
    description:
      'A skipped test stops protecting the behaviour it covers, and without a reason nobody knows when it can be turned back on. Fix and re-enable it, or record why it is skipped (`@pytest.mark.skip(reason="...")`, `t.Skip("...")`, a comment linking an issue).',
    examples: {
      bad: 'describe("checkout", () => {\n  it.skip("charges the card", async () => {\n    await checkout(cart)\n  })\n})\n',
      good: 'describe("checkout", () => {\n  it("charges the card", async () => {\n    await checkout(cart)\n  })\n  test.skip(process.platform === "win32", "paths differ on Windows")\n})\n',
    },
  },
  trigger: ['kip', 'xit', 'xdescribe', 'xtest', 'xcontext', 'xspecify'],
  check(ctx) {
    const text = ctx.line.text
    if (!HINT.test(text)) return
    const scanned = scanCurrent(ctx)
    if (!scanned) return
    const lang = ctx.file.language
    const hit = (found: string, message: string, suggestion: string): RuleHit => ({ line: ctx.line.newLine, message: `\`${found}\` ${message}`, suggestion })
    if (lang === 'python') {
      const m = PY_DECORATOR.exec(scanned.code) ?? PY_CALL.exec(scanned.code)
      if (!m) return
      // `@skip` alone is only a skip decorator when it comes from unittest or pytest.
      if (m[1] === 'skip' && !/\bfrom\s+(?:unittest|pytest)\b/.test(ctx.file.addedLines.slice(0, 50).map((l) => l.text).join('\n'))) return
      return hit(`${m[1]}${m[2] ?? (m[0].includes('()') ? '()' : '')}`, 'skips the test without saying why.', `Give the reason: \`@pytest.mark.skip(reason="flaky until #123 is fixed")\`, or fix and re-enable the test.`)
    }
    if (lang === 'go') {
      const m = GO_SKIP.exec(scanned.code)
      if (!m) return
      return hit(`${m[1]}()`, 'skips the test without saying why.', `Pass the reason: \`${m[1]!.replace('Now', '')}("needs a running database")\`, or fix the test.`)
    }
    const m = JS_SKIP.exec(scanned.code)
    if (!m) return
    const call = m[1]!
    const plain = call.startsWith('x') ? call.slice(1) : call.replace(/\.skip$/, '')
    const explained = Boolean(scanned.comment.trim()) || linesBefore(ctx, 1, 'js').some((l) => l.scanned.commentOnly)
    return {
      ...hit(`${call}(...)`, explained ? 'is skipped; the comment explains why, but the test no longer runs.' : 'is skipped with no reason given, so the behaviour it covers is no longer tested.', `Fix and re-enable it as \`${plain}(...)\`, or link the issue that tracks it in a comment.`),
      ...(explained ? { severity: 'info' as const } : {}),
    }
  },
}
