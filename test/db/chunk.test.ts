import { env } from 'cloudflare:workers'
import { describe, it, type ExpectStatic } from 'vitest'
import { insertFilesStatements } from '../../src/db/changesets'
import { chunkedStatements, chunkJson, D1_MAX_PARAMS } from '../../src/db/chunk'
import { getDb } from '../../src/db/client'
import { changesetFiles, type NewChangesetFileRow } from '../../src/db/schema'

const db = getDb(env.DB)

/** Every statement within D1's limit, every row's id present in order, and no two neighbours that would fit in one. */
function expectPacked(expect: ExpectStatic, rendered: Array<{ params: unknown[] }>, rows: NewChangesetFileRow[]) {
  for (const r of rendered) expect(r.params.length).toBeLessThanOrEqual(D1_MAX_PARAMS)
  const ids = rendered.flatMap((r) => r.params.filter((p) => typeof p === 'string' && /^f\d+$/.test(p)))
  expect(ids).toEqual(rows.map((r) => r.id))
  for (let i = 1; i < rendered.length; i++) expect(rendered[i - 1]!.params.length + rendered[i]!.params.length).toBeGreaterThan(D1_MAX_PARAMS)
}

function fileRow(i: number, extra: Partial<NewChangesetFileRow> = {}): NewChangesetFileRow {
  return { id: `f${i}`, changesetId: 'c', tenantId: 't', revision: 1, position: i, filePath: `p${i}`, diffContent: 'd', ...extra }
}

describe('chunkedStatements', () => {
  const cases: Array<{ name: string; rows: NewChangesetFileRow[] }> = [
    { name: '300 rows', rows: Array.from({ length: 300 }, (_, i) => fileRow(i)) },
    { name: 'a mix of rows with and without content', rows: Array.from({ length: 57 }, (_, i) => fileRow(i, i % 3 ? {} : { content: 'x', additions: 2 })) },
    { name: 'one row', rows: [fileRow(0)] },
    { name: 'no rows', rows: [] },
  ]
  for (const c of cases) {
    it(`keeps every file insert within ${D1_MAX_PARAMS} parameters and every row, in order: ${c.name}`, ({ expect }) => {
      expectPacked(expect, insertFilesStatements(c.rows).map((s) => s.toSQL()), c.rows)
    })
  }

  it('counts what a query builder really binds: rows naming every column bind more than rows naming few', ({ expect }) => {
    const full = Array.from({ length: 300 }, (_, i) => fileRow(i, { language: 'py', changeType: 'added', oldPath: null, binary: false, additions: 1, deletions: 0, skipped: null, problems: [] }))
    expectPacked(expect, chunkedStatements(full, (chunk) => db.insert(changesetFiles).values(chunk)).map((s) => s.toSQL()), full)
  })

  it('splits on the payload budget too, and refuses a row that alone binds too much', ({ expect }) => {
    const rows = Array.from({ length: 6 }, (_, i) => fileRow(i, { diffContent: 'x'.repeat(400) }))
    const statements = chunkedStatements(rows, (chunk) => db.insert(changesetFiles).values(chunk), (r) => r.diffContent.length, 1000)
    expect(statements.map((s) => s.toSQL().params.filter((p) => p === 'x'.repeat(400)).length)).toEqual([2, 2, 2])
    const wide = { toSQL: () => ({ params: Array.from({ length: D1_MAX_PARAMS + 1 }) }) }
    expect(() => chunkedStatements([1], () => wide)).toThrow(/101 parameters/)
  })
})

describe('chunkJson', () => {
  it('splits only where one JSON array would pass the size budget, keeping every row', ({ expect }) => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ i, text: 'y'.repeat(30) }))
    const chunks = chunkJson(rows, 100)
    expect(chunks.every((c) => c.length <= 100)).toBe(true)
    expect(chunks.flatMap((c) => JSON.parse(c))).toEqual(rows)
    expect(chunkJson(rows)).toHaveLength(1)
  })
})

