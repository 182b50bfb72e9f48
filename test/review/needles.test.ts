// The shared needle scan: one pass per file finds every gate's words, wherever in the new side they are.
import { describe, it } from 'vitest'
import { createFileUnderReview } from '../../src/review/context'
import { parseUnifiedDiff } from '../../src/review/diff'
import { fileGate } from '../../src/review/needles'

function file(body: string) {
  const diff = `diff --git a/app.py b/app.py\n--- a/app.py\n+++ b/app.py\n${body}\n`
  return createFileUnderReview(parseUnifiedDiff(diff)[0]!, 'python', false)
}

describe('fileGate', () => {
  const pickle = fileGate(['pickle.loads'])
  const both = fileGate(['yaml'], ['load('])

  it('finds words on added and context lines and in the hunk heading, never on deleted lines', ({ expect }) => {
    expect(pickle(file('@@ -1,1 +1,1 @@\n-x = 1\n+data = pickle.loads(raw)'))).toBe(true)
    expect(pickle(file('@@ -1,2 +1,2 @@\n data = pickle.loads(raw)\n-x = 1\n+x = 2'))).toBe(true)
    expect(pickle(file('@@ -4,1 +4,1 @@ def f(): return pickle.loads(raw)\n-x = 1\n+x = 2'))).toBe(true)
    expect(pickle(file('@@ -1,1 +1,1 @@\n-data = pickle.loads(raw)\n+data = json.loads(raw)'))).toBe(false)
  })

  it('needs a word of every group, on any lines', ({ expect }) => {
    expect(both(file('@@ -1,0 +1,2 @@\n+import yaml\n+cfg = load(text)'))).toBe(true)
    expect(both(file('@@ -1,0 +1,1 @@\n+cfg = load(text)'))).toBe(false)
  })

  it('reads a full file sent with the diff, whether or not it is the new side the diff shows', ({ expect }) => {
    const spawn = fileGate(['spawn'])
    const created = file('@@ -0,0 +1,2 @@\n+x = 12\n+run(x)')
    // The new file's text, with and without its final line break: the new side's own answer.
    expect(spawn(created, 'x = 12\nrun(x)\n')).toBe(false)
    expect(spawn(created, 'x = 12\nrun(x)')).toBe(false)
    // As long as the new side, but not it: the text is read.
    expect(spawn(created, 'spawnx\nrun(x)')).toBe(true)
    expect(spawn(created, 'x = 12\nspawn(\n')).toBe(true)
    // A changed file whose hunks show part of the text.
    expect(spawn(file('@@ -3,1 +3,1 @@\n-x = 1\n+x = 2'), 'import spawn\n\nx = 2\n')).toBe(true)
  })

  it('finds needles that share their anchor pair, however they go on after it', ({ expect }) => {
    // Rare pairs (`qz`) anchor all four: one ends with the pair, one goes on past ASCII, two go on with letters.
    const shared = [fileGate(['qz']), fileGate(['qzé']), fileGate(['xqzk']), fileGate(['qzm'])]
    const found = (line: string) => shared.map((gate) => gate(file(`@@ -1,0 +1,1 @@\n+${line}`)))
    expect(found('a = qz')).toEqual([true, false, false, false])
    expect(found('a = qzé')).toEqual([true, true, false, false])
    expect(found('a = xqzk + qzm')).toEqual([true, false, true, true])
    expect(found('a = xqzq + qzk')).toEqual([true, false, false, false])
    expect(found('a = q z')).toEqual([false, false, false, false])
  })

  it('finds a needle that spans a line break', ({ expect }) => {
    const spanning = fileGate([':\n    pass'])
    expect(spanning(file('@@ -1,0 +1,2 @@\n+def f():\n+    pass'))).toBe(true)
    expect(spanning(file('@@ -1,0 +1,2 @@\n+def f(): pass\n+    x'))).toBe(false)
  })
})
