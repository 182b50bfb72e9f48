import { describe, it } from 'vitest'
import { CONTEXT_LINES, excerptFile, MAX_FILE_LINES } from '../../src/page/diff-excerpt'

// 40 added lines, then a second hunk further down with context around one change.
const DIFF = [
  '@@ -0,0 +1,40 @@',
  ...Array.from({ length: 40 }, (_, i) => `+line ${i + 1}`),
  '@@ -90,7 +100,7 @@ def later():',
  ' c100',
  ' c101',
  ' c102',
  '-old',
  '+new103',
  ' c104',
  ' c105',
  ' c106',
  '',
].join('\n')

const newLines = (rows: ReturnType<typeof excerptFile>['rows']) => rows.map((r) => (r.kind === 'gap' ? 'gap' : (r.line.newLine ?? `-${r.line.text}`)))

describe('excerptFile', () => {
  it('shows each finding line with its context, gaps between, findings under their line', ({ expect }) => {
    const excerpt = excerptFile(DIFF, [
      { id: 'a', line: 10 },
      { id: 'b', line: 103 },
    ])
    // Context is counted in diff rows, so a removed line is one of the three.
    expect(newLines(excerpt.rows)).toEqual([7, 8, 9, 10, 11, 12, 13, 'gap', 101, 102, '-old', 103, 104, 105, 106])
    const at = (n: number) => excerpt.rows.find((r) => r.kind === 'line' && r.line.newLine === n && r.line.kind !== 'del')
    expect(at(10)).toMatchObject({ findingIds: ['a'] })
    expect(at(103)).toMatchObject({ findingIds: ['b'], line: { kind: 'add', text: 'new103' } })
    expect(at(9)).toMatchObject({ findingIds: [] })
    expect(excerpt.unanchored).toEqual([])
    expect(CONTEXT_LINES).toBe(3)
  })

  it('puts findings with no line, or a line outside every hunk, above the diff', ({ expect }) => {
    const excerpt = excerptFile(DIFF, [
      { id: 'file', line: null },
      { id: 'far', line: 70 },
      { id: 'near', line: 1 },
    ])
    expect(excerpt.unanchored).toEqual(['file', 'far'])
    expect(newLines(excerpt.rows)).toEqual([1, 2, 3, 4])
  })

  it('shows a file without findings whole, up to the cap', ({ expect }) => {
    const whole = excerptFile(DIFF, [])
    expect(whole.rows.filter((r) => r.kind === 'line')).toHaveLength(48)
    expect(whole.truncated).toBe(false)
    const big = `@@ -0,0 +1,${MAX_FILE_LINES + 5} @@\n${Array.from({ length: MAX_FILE_LINES + 5 }, (_, i) => `+x${i}`).join('\n')}\n`
    const cut = excerptFile(big, [])
    expect(cut.rows).toHaveLength(MAX_FILE_LINES)
    expect(cut.truncated).toBe(true)
  })
})
