import { describe, it } from 'vitest'
import { planChunks } from '../../src/ai/chunks'
import { estimateTokens, renderFileHeader, renderHunk } from '../../src/ai/render-hunk'
import { parseUnifiedDiff } from '../../src/review'
import type { ParsedFile } from '../../src/review/types'
import { addedDiff } from '../review/rule-tester'

/** A modified file with `hunks` hunks of `size` added lines each, far apart. */
function fileWithHunks(path: string, hunks: number, size: number): ParsedFile {
  const body: string[] = [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`]
  let newStart = 1
  for (let h = 0; h < hunks; h++) {
    const start = h * 100 + 1
    body.push(`@@ -${start},1 +${newStart + h * 100 - h * 0},${size + 1} @@`)
    body.push(` anchor ${h}`)
    for (let i = 0; i < size; i++) body.push(`+const value${h}_${i} = compute(${i}) // some filler text`)
    newStart += size
  }
  return parseUnifiedDiff(`${body.join('\n')}\n`)[0]!
}

function chunkText(files: ReturnType<typeof planChunks>['chunks'][number]['files']): string {
  return files.flatMap((f) => [renderFileHeader(f.path, f.changeType), ...f.parts.map(renderHunk)]).join('\n')
}

describe('planChunks', () => {
  it('keeps a small diff in one chunk', ({ expect }) => {
    const plan = planChunks([fileWithHunks('a.ts', 2, 3)], 6000, 8)
    expect(plan.chunks).toHaveLength(1)
    expect(plan.chunks[0]!.files[0]!.parts).toHaveLength(2)
    expect(plan.skippedChunks).toBe(0)
  })

  it('respects the token budget and never splits a hunk that fits', ({ expect }) => {
    const files = [fileWithHunks('a.ts', 6, 10), fileWithHunks('b.ts', 4, 10)]
    const plan = planChunks(files, 400, 50)
    expect(plan.chunks.length).toBeGreaterThan(2)
    for (const chunk of plan.chunks) {
      expect(estimateTokens(chunkText(chunk.files))).toBeLessThanOrEqual(400)
      for (const file of chunk.files) for (const part of file.parts) expect(part.part).toBeUndefined()
    }
    // Every hunk appears exactly once, whole, in diff order.
    const seen = plan.chunks.flatMap((c) => c.files.flatMap((f) => f.parts.map((p) => `${f.path}@${p.hunk.newStart}:${p.hunk.lines.length}`)))
    const expected = files.flatMap((f) => f.hunks.map((h) => `${f.path}@${h.newStart}:${h.lines.length}`))
    expect(seen).toEqual(expected)
  })

  it('splits only a hunk that alone exceeds the budget, repeating its header', ({ expect }) => {
    const big = parseUnifiedDiff(addedDiff('big.ts', Array.from({ length: 200 }, (_, i) => `const line${i} = ${i} // filler filler`).join('\n')))[0]!
    const small = fileWithHunks('small.ts', 1, 3)
    const plan = planChunks([small, big], 500, 50)
    const bigParts = plan.chunks.flatMap((c) => c.files.filter((f) => f.path === 'big.ts').flatMap((f) => f.parts))
    expect(bigParts.length).toBeGreaterThan(1)
    bigParts.forEach((p, i) => {
      expect(p.part).toEqual({ index: i + 1, count: bigParts.length })
      expect(renderHunk(p)).toMatch(new RegExp(`^@@ -0,0 \\+1,200 @@ \\(part ${i + 1} of ${bigParts.length}\\)`))
    })
    expect(bigParts.flatMap((p) => p.hunk.lines)).toEqual(big.hunks[0]!.lines)
    for (const chunk of plan.chunks) expect(estimateTokens(chunkText(chunk.files))).toBeLessThanOrEqual(500)
    // The small file's hunk is not split.
    expect(plan.chunks[0]!.files[0]!.parts[0]!.part).toBeUndefined()
  })

  it('stops at maxChunks and reports what was left out', ({ expect }) => {
    const files = ['a.ts', 'b.ts', 'c.ts', 'd.ts'].map((p) => fileWithHunks(p, 1, 30))
    const plan = planChunks(files, 500, 2)
    expect(plan.chunks).toHaveLength(2)
    expect(plan.skippedChunks).toBe(2)
    expect(plan.skippedPaths).toEqual(['c.ts', 'd.ts'])
  })

  it('is deterministic', ({ expect }) => {
    const files = [fileWithHunks('a.ts', 5, 12), fileWithHunks('b.ts', 3, 40)]
    expect(planChunks(files, 450, 10)).toEqual(planChunks(files, 450, 10))
  })
})
