import { describe, it } from 'vitest'
import { insertFilesStatements } from '../../src/db/changesets'
import type { NewChangesetFileRow } from '../../src/db/schema'

const row = (i: number, content: string | null): NewChangesetFileRow => ({
  id: `f${i}`, changesetId: 'c', tenantId: 't', revision: 1, position: i, filePath: `p${i}`, diffContent: 'd', content,
})

describe('insertFilesStatements with file content', () => {
  it('charges content against the payload budget, so big contents go a few per statement', ({ expect }) => {
    const big = 'x'.repeat(300_000)
    const statements = insertFilesStatements(Array.from({ length: 4 }, (_, i) => row(i, big)))
    const perStatement = statements.map((s) => s.toSQL().params.filter((p) => p === big).length)
    expect(perStatement).toEqual([1, 1, 1, 1])
  })

  it('rows without content still pack by parameters alone', ({ expect }) => {
    const statements = insertFilesStatements(Array.from({ length: 12 }, (_, i) => row(i, null)))
    expect(statements.length).toBeLessThan(12)
  })
})
