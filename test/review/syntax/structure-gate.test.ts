// The statement-shape checks are skipped in files that hold none of the words they need.
import { describe, it } from 'vitest'
import { createFileUnderReview } from '../../../src/review/context'
import { parseUnifiedDiff } from '../../../src/review/diff'
import { structureMayFind } from '../../../src/review/flow/structure'

function file(path: string, lines: string[]) {
  const diff = `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -1,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`
  return createFileUnderReview(parseUnifiedDiff(diff)[0]!, path.endsWith('.py') ? 'python' : 'javascript', false)
}

describe('structureMayFind', () => {
  it('is open for a `finally`, and for a loop that mutates', ({ expect }) => {
    expect(structureMayFind(file('a.py', ['try:', '    f()', 'finally:', '    return 1']), 'python')).toBe(true)
    expect(structureMayFind(file('a.py', ['for x in xs:', '    xs.remove(x)']), 'python')).toBe(true)
    expect(structureMayFind(file('a.js', ['xs.forEach((x, i) => xs.splice(i, 1))']), 'javascript')).toBe(true)
    expect(structureMayFind(file('a.js', ['for (const x of xs) xs.push(x)']), 'javascript')).toBe(true)
  })

  it('is closed when the words are missing, unless the whole text the analysis reads has them', ({ expect }) => {
    const plain = file('a.py', ['total = sum(xs)'])
    expect(structureMayFind(plain, 'python')).toBe(false)
    expect(structureMayFind(file('a.js', ['for (const x of xs) total += x']), 'javascript')).toBe(false)
    expect(structureMayFind(plain, 'python', 'try:\n    total = sum(xs)\nfinally:\n    return total')).toBe(true)
  })
})
