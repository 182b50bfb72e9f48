// Scoped sink matchers are handed only the event kinds they read, in files holding one of their needles.
import { describe, it } from 'vitest'
import { createFileUnderReview } from '../../../src/review/context'
import { parseUnifiedDiff } from '../../../src/review/diff'
import { sinkDispatch } from '../../../src/review/flow/sink-dispatch'
import { scoped, type Matcher } from '../../../src/review/flow/sinks/common'

function file(lines: string[]) {
  const diff = `diff --git a/app.py b/app.py\n--- a/app.py\n+++ b/app.py\n@@ -1,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`
  return createFileUnderReview(parseUnifiedDiff(diff)[0]!, 'python', false)
}

const plain: Matcher = () => undefined
const calls = scoped({ kinds: ['call'] }, () => undefined)
const pickle = scoped({ kinds: ['call'], needles: ['pickle', 'dill'] }, () => undefined)
const stores = scoped({ kinds: ['store', 'bind'], needles: ['SECRET_KEY'] }, () => undefined)

describe('sinkDispatch', () => {
  it('hands unscoped matchers every kind, and scoped ones only theirs, in table order', ({ expect }) => {
    const byKind = sinkDispatch([plain, pickle, calls, stores])(file(['import pickle', 'SECRET_KEY = "x"']))
    expect(byKind.call).toEqual([plain, pickle, calls])
    expect(byKind.store).toEqual([plain, stores])
    expect(byKind.bind).toEqual([plain, stores])
    expect(byKind.return).toEqual([plain])
    expect(byKind['jsx-attr']).toEqual([plain])
  })

  it('leaves out a matcher in files whose new side has none of its needles', ({ expect }) => {
    const dispatch = sinkDispatch([plain, pickle, calls, stores])
    expect(dispatch(file(['data = dill.loads(raw)'])).call).toEqual([plain, pickle, calls])
    expect(dispatch(file(['data = json.loads(raw)'])).call).toEqual([plain, calls])
    expect(dispatch(file(['data = json.loads(raw)'])).store).toEqual([plain])
  })

  it('searches the whole file, not just the hunks, when the analysis reads the client\'s full text', ({ expect }) => {
    const dispatch = sinkDispatch([plain, pickle])
    const hunk = file(['data = load(raw)'])
    expect(dispatch(hunk).call).toEqual([plain])
    expect(dispatch(hunk, 'import pickle\nload = pickle.loads\ndata = load(raw)').call).toEqual([plain, pickle])
    expect(dispatch(hunk, 'import json\nload = json.loads\ndata = load(raw)').call).toEqual([plain])
  })

  it('ignores needles the shared scan cannot find (one character, or not ASCII)', ({ expect }) => {
    const odd = scoped({ needles: ['x', 'ключ'] }, () => undefined)
    expect(sinkDispatch([odd])(file(['y = 1'])).call).toEqual([odd])
  })
})
