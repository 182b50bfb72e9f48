import { describe, it } from 'vitest'
import { Anchors } from '../../src/ai/anchor'
import type { AiFinding } from '../../src/ai/parse-reply'
import { parseUnifiedDiff } from '../../src/review'
import orders from '../fixtures/ai/orders.diff?raw'

const anchors = new Anchors(parseUnifiedDiff(orders))

function finding(line: number, path = 'src/orders.ts'): AiFinding {
  return { path, line, severity: 'minor', category: 'bug', title: 't', message: 'm', suggestion: null }
}

describe('Anchors', () => {
  it('keeps a finding on an added line, with the line text', ({ expect }) => {
    expect(anchors.anchor(finding(4))).toMatchObject({ line: 4, lineText: '  if (!order) return null' })
    expect(anchors.anchor(finding(23))).toMatchObject({ line: 23, lineText: '  existing.updatedAt = Date.now()' })
  })

  it.for<[number, number]>([
    [1, 3],
    [2, 3],
    [5, 4],
    [6, 4],
    [21, 23],
    [22, 23],
    [25, 24],
    [26, 24],
  ])('moves context line %i to the nearest added line of its hunk (%i)', ([from, to], { expect }) => {
    expect(anchors.anchor(finding(from))?.line).toBe(to)
  })

  it('breaks a tie toward the added line above', ({ expect }) => {
    const tie = new Anchors(parseUnifiedDiff('--- a/t.py\n+++ b/t.py\n@@ -1,3 +1,3 @@\n-a\n+A\n b\n-c\n+C\n'))
    expect(tie.anchor(finding(2, 't.py'))?.line).toBe(1)
  })

  it.for<[string, AiFinding]>([
    ['between hunks', finding(10)],
    ['past the last hunk', finding(100)],
    ['a path not in the changeset', finding(4, 'src/other.ts')],
  ])('drops a finding %s', ([, f], { expect }) => {
    expect(anchors.anchor(f)).toBeUndefined()
  })

  it('drops a finding in a hunk that added nothing', ({ expect }) => {
    const removal = new Anchors(parseUnifiedDiff('--- a/t.py\n+++ b/t.py\n@@ -1,3 +1,2 @@\n a\n-b\n c\n@@ -10,1 +9,2 @@\n x\n+y\n'))
    expect(removal.anchor(finding(2, 't.py'))).toBeUndefined()
    expect(removal.anchor(finding(9, 't.py'))?.line).toBe(10)
  })

  it('resolves git-style path spellings', ({ expect }) => {
    expect(anchors.anchor(finding(4, 'b/src/orders.ts'))?.path).toBe('src/orders.ts')
    expect(anchors.anchor(finding(4, './src/orders.ts'))?.path).toBe('src/orders.ts')
    expect(anchors.anchor(finding(4, '/src/orders.ts'))?.path).toBe('src/orders.ts')
  })
})
