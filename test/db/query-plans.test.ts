import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm'
import { changesetPageQuery } from '../../src/db/changeset-list'
import { getDb } from '../../src/db/client'
import { changesets, findings } from '../../src/db/schema'


async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
  const { sql, params } = query.toSQL()
  const rows = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>()
  return rows.results.map((r) => r.detail).join('\n')
}

describe('query plans', () => {
  const db = getDb(env.DB)

  it('lists changesets newest-first from an index, with every filter', async ({ expect }) => {
    const cases = [
      db.select().from(changesets).where(eq(changesets.tenantId, 't')).orderBy(desc(changesets.createdAt), desc(changesets.id)).limit(51),
      db.select().from(changesets).where(and(eq(changesets.tenantId, 't'), eq(changesets.status, 'reviewed'))).orderBy(desc(changesets.createdAt), desc(changesets.id)).limit(51),
      db.select().from(changesets).where(and(eq(changesets.tenantId, 't'), eq(changesets.author, 'ada'))).orderBy(desc(changesets.createdAt), desc(changesets.id)).limit(51),
      db.select().from(changesets).where(and(eq(changesets.tenantId, 't'), eq(changesets.verdict, 'approved'))).orderBy(desc(changesets.createdAt), desc(changesets.id)).limit(51),
    ]
    for (const query of cases) {
      const detail = await plan(query)
      expect(detail).toMatch(/USING (COVERING )?INDEX changesets_tenant_/)
      expect(detail).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/)
    }
  })

  it('counts a listed page\'s files and open findings per row from their indexes, in the page statement', async ({ expect }) => {
    for (const filters of [{}, { status: 'reviewed' as const }, { author: 'ada' }]) {
      const detail = await plan(changesetPageQuery(db, 't', filters, 50, { createdAt: 'x', id: 'y' }))
      expect(detail).toMatch(/CORRELATED SCALAR SUBQUERY/)
      expect(detail).toMatch(/SEARCH cf USING (COVERING )?INDEX changeset_files_changeset_idx/)
      expect(detail).toMatch(/SEARCH f USING INDEX findings_changeset_status_idx/)
      expect(detail).not.toMatch(/^SCAN/m)
      expect(detail).not.toMatch(/TEMP B-TREE/)
    }
  })

  it('continues a listing from its cursor by seeking the index, not by walking it from the newest row', async ({ expect }) => {
    // The shape listChangesets uses; `created_at < ? or (created_at = ? and id < ?)` only gets
    // `tenant_id=?` from the index and filters every newer row on the way down.
    const page = db
      .select()
      .from(changesets)
      .where(and(eq(changesets.tenantId, 't'), sql`(${changesets.createdAt}, ${changesets.id}) < (${'x'}, ${'y'})`))
      .orderBy(desc(changesets.createdAt), desc(changesets.id))
      .limit(51)
    const detail = await plan(page)
    expect(detail).toMatch(/USING INDEX changesets_tenant_created_idx \(tenant_id=\? AND \(created_at,id\)<\(\?,\?\)\)/)
    expect(detail).not.toMatch(/TEMP B-TREE/)
  })

  it('lists findings in their stable order from an index', async ({ expect }) => {
    const ordered = [asc(findings.severityRank), asc(findings.filePath), asc(findings.line), asc(findings.id)] as const
    const cases = [
      db.select().from(findings).where(eq(findings.changesetId, 'c')).orderBy(...ordered).limit(51),
      db.select().from(findings).where(and(eq(findings.changesetId, 'c'), lte(findings.severityRank, 1))).orderBy(...ordered).limit(51),
    ]
    for (const query of cases) {
      const detail = await plan(query)
      expect(detail).toMatch(/USING INDEX findings_order_idx/)
      expect(detail).not.toMatch(/TEMP B-TREE/)
    }
  })

  it('finds changesets by id and keys by hash without scanning', async ({ expect }) => {
    const byId = await plan(db.select().from(changesets).where(and(eq(changesets.tenantId, 't'), eq(changesets.id, 'x'))))
    expect(byId).toMatch(/USING INDEX sqlite_autoindex_changesets_1|USING PRIMARY KEY/)
    expect(byId).not.toMatch(/^SCAN/m)
  })
})
