// Flags focused tests (`it.only`, `describe.only`, `test.only`, `fit`, `fdescribe`) in JS/TS. Known
// false positives: none; a user function called `fit` must also take a string name to match.
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

const HINT = /\.only|f(?:it|describe|context)/
const ONLY = /(?<![\w$.])((?:it|test|describe|context|suite|specify|bench)(?:\.(?:concurrent|describe|serial|sequential|each\([^)]*\)))*\.only)\s*\(/
const JASMINE = /(?<![\w$.])(f(?:it|describe|context))\s*\(\s*["'`]/

export const focusedTest: LineRule = {
  kind: 'line',
  meta: {
    id: 'changeset/focused-test',
    title: 'Focused test committed',
    severity: 'major',
    category: 'testing',
    pack: 'changeset',
    tier: 'core',
    languages: ['typescript', 'javascript'],
    description:
      'A focused test (`it.only`, `describe.only`, `fit`) makes the runner skip every other test in the file, or the whole suite, so CI goes green while most tests never run. Remove the focus before merging (or run Vitest/Jest with `--allowOnly=false` in CI).',
    examples: {
      bad: 'describe("cart", () => {\n  it.only("adds an item", () => {\n    expect(addItem(cart, book).items).toHaveLength(1)\n  })\n})\n',
      good: 'describe("cart", () => {\n  it("adds an item", () => {\n    expect(addItem(cart, book).items).toHaveLength(1)\n  })\n})\nconst only = items.only(1)\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!HINT.test(text)) return
    const hasOnly = text.includes('.only')
    const scanned = scanCurrent(ctx)
    if (!scanned) return
    const m = (hasOnly && ONLY.exec(scanned.code)) || JASMINE.exec(scanned.code)
    if (!m) return
    const call = m[1]!
    const plain = call.startsWith('f') && !call.includes('.') ? call.slice(1) : call.replace(/\.only$/, '')
    return {
      line: ctx.line.newLine,
      message: `\`${call}(...)\` focuses this test: the runner skips every other test, so CI passes without running them.`,
      suggestion: `Remove the focus: \`${plain}(...)\`.`,
    }
  },
}
