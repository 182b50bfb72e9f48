import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { and, asc, eq, gt, sql } from 'drizzle-orm'
import { getDb } from '../../src/db/client'
import { changesetEvents, changesetFiles, changesets, findings, revisions } from '../../src/db/schema'

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
  const { sql: text, params } = query.toSQL()
  const rows = await env.DB.prepare(`EXPLAIN QUERY PLAN ${text}`).bind(...params).all<{ detail: string }>()
  return rows.results.map((r) => r.detail).join('\n')
}

describe('query plans of the paged lists', () => {
  const db = getDb(env.DB)
  const ids = JSON.stringify(['a', 'b'])

  it('counts a page of changesets (ids as one JSON parameter) from indexes', async ({ expect }) => {
    const files = await plan(
      db
        .select({ id: changesetFiles.changesetId, n: sql<number>`count(*)` })
        .from(changesetFiles)
        .innerJoin(changesets, and(eq(changesets.id, changesetFiles.changesetId), eq(changesets.revision, changesetFiles.revision)))
        .where(and(sql`${changesetFiles.changesetId} in (select value from json_each(${ids}))`, eq(changesetFiles.tenantId, 't')))
        .groupBy(changesetFiles.changesetId),
    )
    expect(files).toMatch(/SCAN json_each/)
    expect(files).toMatch(/SEARCH changeset_files USING INDEX changeset_files_changeset_idx/)
    const open = await plan(
      db
        .select({ id: findings.changesetId, severity: findings.severity, n: sql<number>`count(*)` })
        .from(findings)
        .where(and(sql`${findings.changesetId} in (select value from json_each(${ids}))`, eq(findings.tenantId, 't'), eq(findings.status, 'open')))
        .groupBy(findings.changesetId, findings.severity),
    )
    expect(open).toMatch(/SEARCH findings USING INDEX findings_changeset_status_idx/)
    expect(open).not.toMatch(/SCAN findings/)
  })

  it('pages history and revisions along their keys', async ({ expect }) => {
    const history = [
      db.select().from(changesetEvents).where(and(eq(changesetEvents.changesetId, 'c'), gt(changesetEvents.id, 5))).orderBy(asc(changesetEvents.id)).limit(51),
      db
        .select()
        .from(changesetEvents)
        .where(and(eq(changesetEvents.changesetId, 'c'), eq(changesetEvents.type, 'triage'), gt(changesetEvents.id, 5)))
        .orderBy(asc(changesetEvents.id))
        .limit(51),
    ]
    for (const query of history) {
      const detail = await plan(query)
      expect(detail).toMatch(/SEARCH changeset_events USING INDEX changeset_events_changeset_idx \(changeset_id=\? AND id>\?\)/)
      expect(detail).not.toMatch(/TEMP B-TREE/)
    }
    const page = await plan(
      db.select().from(revisions).where(and(eq(revisions.changesetId, 'c'), eq(revisions.tenantId, 't'), gt(revisions.number, 5))).orderBy(asc(revisions.number)).limit(51),
    )
    expect(page).toMatch(/SEARCH revisions USING (INDEX sqlite_autoindex_revisions_1|PRIMARY KEY) \(changeset_id=\? AND number>\?\)/)
    expect(page).not.toMatch(/TEMP B-TREE/)
  })
})
