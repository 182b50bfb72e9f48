import { describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import type { LineRule, ReviewInputFile } from '../../src/review/types'
import { changesetRule, fakeMeta, lineRule } from './fake-rules'
import { addedDiff } from './rule-tester'

/** A rule that looks back over the whole hunk from every line: quadratic, the shape the budget exists for. */
const lookBack: LineRule = {
  kind: 'line',
  meta: fakeMeta('test/look-back'),
  check(ctx) {
    const above = ctx.before(100_000)
    return ctx.line.text.includes('x') ? { line: ctx.line.newLine, message: `x after ${above.length} lines` } : undefined
  },
}
const marker = lineRule('test/marker', 'x')
const fileCount = changesetRule('test/file-count', (files) => [{ message: `${files.length} files` }])

function file(path: string, lines: number, width = 20): ReviewInputFile {
  const line = `const x = ${'y'.repeat(Math.max(0, width - 10))}`
  return { path, diff: addedDiff(path, Array.from({ length: lines }, () => line).join('\n')) }
}

describe('review budget', () => {
  it('skips a file whose rules need more work than its share, with a warning, and reviews the rest', ({ expect }) => {
    const inputs = [file('src/a.ts', 3), file('src/big.ts', 3000, 200), file('src/b.ts', 3)]
    const result = reviewChangeset(inputs, {}, { rules: [lookBack, marker, fileCount] })
    const big = result.files.find((f) => f.path === 'src/big.ts')!
    expect(big.skipped).toMatch(/^review budget exceeded \(more than \d+ work units\)$/)
    expect(result.files.filter((f) => f.skipped).map((f) => f.path)).toEqual(['src/big.ts'])
    // Its findings are dropped; the other files' are all there, and changeset rules still ran.
    expect(result.findings.filter((f) => f.filePath === 'src/big.ts')).toEqual([])
    expect(result.findings.filter((f) => f.filePath === 'src/a.ts')).toHaveLength(6)
    expect(result.findings.filter((f) => f.filePath === 'src/b.ts')).toHaveLength(6)
    expect(result.findings.some((f) => f.ruleId === 'test/file-count')).toBe(true)
    expect(result.problems).toContainEqual({
      message: '1 file was not reviewed because reviewing it needed more work than the review budget allows: src/big.ts',
    })
  })

  it('cuts at the same place on every run (the meter counts work, not time)', ({ expect }) => {
    const inputs = [file('src/a.ts', 50), file('src/big.ts', 2000, 100)]
    const runs = [0, 1].map(() => {
      const used: number[] = []
      const result = reviewChangeset(inputs, {}, { rules: [lookBack], onFileMetered: (_path, units) => used.push(units) })
      return JSON.stringify({ result, used })
    })
    expect(runs[1]).toBe(runs[0])
  })

  it('once the changeset budget is spent, the files still waiting are skipped and named', ({ expect }) => {
    const inputs = Array.from({ length: 8 }, (_, i) => file(`src/f${i}.ts`, 40, 60))
    let perFile = 0
    reviewChangeset(inputs.slice(0, 1), {}, { rules: [marker], onFileMetered: (_path, units) => (perFile = units) })
    // Room for three files and a half.
    const result = reviewChangeset(inputs, {}, { rules: [marker, fileCount], budget: { changesetUnits: perFile * 3.5 } })
    expect(result.files.map((f) => f.skipped ?? 'reviewed')).toEqual([
      'reviewed',
      'reviewed',
      'reviewed',
      "review budget exceeded (the changeset's budget was used up)",
      "review budget exceeded (the changeset's budget was used up)",
      "review budget exceeded (the changeset's budget was used up)",
      "review budget exceeded (the changeset's budget was used up)",
      "review budget exceeded (the changeset's budget was used up)",
    ])
    expect(new Set(result.findings.map((f) => f.filePath))).toEqual(new Set(['src/f0.ts', 'src/f1.ts', 'src/f2.ts', null]))
    expect(result.problems).toContainEqual({
      message:
        '5 files were not reviewed because reviewing them needed more work than the review budget allows: src/f3.ts, src/f4.ts, src/f5.ts, src/f6.ts, src/f7.ts',
    })
  })

  it('charges each file by its size: ordinary code stays far inside the default budget', ({ expect }) => {
    const limits: Array<{ used: number; limit: number }> = []
    const inputs = [file('src/small.ts', 5), file('src/large.ts', 4000, 80)]
    const result = reviewChangeset(inputs, { profile: 'strict' }, { onFileMetered: (_path, used, limit) => limits.push({ used, limit }) })
    expect(result.files.filter((f) => f.skipped)).toEqual([])
    for (const { used, limit } of limits) expect(used).toBeLessThan(limit / 5)
  })
})
