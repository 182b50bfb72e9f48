import { describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review'
import type { LineRule } from '../../src/review/types'
import { registeredGates } from '../../src/review/needles'
import { addedDiff } from './rule-tester'

function wordRule(id: string, word: string, calls: string[]): LineRule {
  return {
    kind: 'line',
    trigger: [word],
    meta: {
      id,
      title: id,
      severity: 'minor',
      category: 'style',
      pack: 'hygiene',
      tier: 'core',
      languages: '*',
      description: 'test rule',
      examples: { bad: word, good: '' },
    },
    check(ctx) {
      calls.push(`${id}:${ctx.file.path}:${ctx.line.newLine}`)
      return ctx.line.text.includes(word) ? { line: ctx.line.newLine, message: `${word} found` } : undefined
    },
  }
}

describe('rule triggers', () => {
  it('runs a rule only on files whose new side holds one of its words, for every rule in one scan', ({ expect }) => {
    const calls: string[] = []
    const rules = [wordRule('test/alpha', 'ALPHA', calls), wordRule('test/beta', 'BETA', calls)]
    const result = reviewChangeset(
      [
        { path: 'a.txt', diff: addedDiff('a.txt', 'x\nALPHA here\nBETA there') },
        { path: 'b.txt', diff: addedDiff('b.txt', 'nothing\nto see') },
        { path: 'c.txt', diff: addedDiff('c.txt', 'only BETA') },
      ],
      { profile: 'strict' },
      { rules },
    )
    expect(result.findings.map((f) => `${f.ruleId} ${f.filePath}:${f.line}`)).toEqual([
      'test/alpha a.txt:2',
      'test/beta a.txt:3',
      'test/beta c.txt:1',
    ])
    expect(calls.some((c) => c.includes('b.txt'))).toBe(false)
    expect(calls.some((c) => c.startsWith('test/alpha:c.txt'))).toBe(false)
  })

  it('finds words registered after a file was first scanned (a new rule plan on the same file)', ({ expect }) => {
    const input = [{ path: 'a.txt', diff: addedDiff('a.txt', 'GAMMA and DELTA') }]
    const first = reviewChangeset(input, {}, { rules: [wordRule('test/gamma', 'GAMMA', [])] })
    const second = reviewChangeset(input, {}, { rules: [wordRule('test/delta', 'DELTA', [])] })
    expect(first.findings).toHaveLength(1)
    expect(second.findings).toHaveLength(1)
  })

  it('registers each rule gate once, however many reviews run (a long-lived isolate reviews thousands)', ({ expect }) => {
    const input = [{ path: 'app.py', diff: addedDiff('app.py', 'import pickle\ndata = pickle.loads(raw)') }]
    const first = reviewChangeset(input)
    const gates = registeredGates()
    for (let i = 0; i < 3; i++) expect(reviewChangeset(input).findings).toEqual(first.findings)
    expect(registeredGates()).toBe(gates)
  })
})
