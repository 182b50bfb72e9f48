import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm'
import type { Db } from './client'
import { zeroBySeverity } from './summary'
import { changesetFiles, changesets, findings, type ChangesetRow, type ChangesetStatus, type Verdict } from './schema'

export interface ChangesetFilters {
  status?: ChangesetStatus
  author?: string
  verdict?: Verdict
  createdAfter?: string
  createdBefore?: string
}

export interface ListCursor {
  createdAt: string
  id: string
}

export interface ListedChangeset {
  row: ChangesetRow
  fileCount: number
  openBySeverity: Record<string, number>
}

/** One page, newest first: the page query plus two grouped queries for its counts, in one batch. */
export async function listChangesets(
  db: Db,
  tenantId: string,
  filters: ChangesetFilters,
  limit: number,
  after?: ListCursor,
): Promise<{ items: ListedChangeset[]; next?: ListCursor }> {
  const where: (SQL | undefined)[] = [eq(changesets.tenantId, tenantId)]
  if (filters.status) where.push(eq(changesets.status, filters.status))
  if (filters.author) where.push(eq(changesets.author, filters.author))
  if (filters.verdict) where.push(eq(changesets.verdict, filters.verdict))
  if (filters.createdAfter) where.push(gte(changesets.createdAt, filters.createdAfter))
  if (filters.createdBefore) where.push(lt(changesets.createdAt, filters.createdBefore))
  // A row value, not `created_at < ? or (created_at = ? and id < ?)`: SQLite seeks the index to
  // the cursor for the row value, but walks it from the newest row for the OR (5,000 rows in on
  // the bench's database: 0.07 ms against 1.8 ms per page, and growing with the depth).
  if (after) where.push(sql`(${changesets.createdAt}, ${changesets.id}) < (${after.createdAt}, ${after.id})`)
  const page = db
    .select()
    .from(changesets)
    .where(and(...where))
    .orderBy(desc(changesets.createdAt), desc(changesets.id))
    .limit(limit + 1)
  const rows = await page
  const more = rows.length > limit
  const pageRows = more ? rows.slice(0, limit) : rows
  if (pageRows.length === 0) return { items: [] }

  // The page's ids go in as one JSON parameter: `inArray` binds one per id and, with the tenant,
  // passed D1's 100-parameter limit on a page of 100.
  const ids = JSON.stringify(pageRows.map((r) => r.id))
  const [fileCounts, severityCounts] = await db.batch([
    db
      .select({ id: changesetFiles.changesetId, n: sql<number>`count(*)` })
      .from(changesetFiles)
      .innerJoin(changesets, and(eq(changesets.id, changesetFiles.changesetId), eq(changesets.revision, changesetFiles.revision)))
      .where(and(sql`${changesetFiles.changesetId} in (select value from json_each(${ids}))`, eq(changesetFiles.tenantId, tenantId)))
      .groupBy(changesetFiles.changesetId),
    db
      .select({ id: findings.changesetId, severity: findings.severity, n: sql<number>`count(*)` })
      .from(findings)
      .where(and(sql`${findings.changesetId} in (select value from json_each(${ids}))`, eq(findings.tenantId, tenantId), eq(findings.status, 'open')))
      .groupBy(findings.changesetId, findings.severity),
  ])
  const files = new Map(fileCounts.map((r) => [r.id, r.n]))
  const bySeverity = new Map<string, Record<string, number>>()
  for (const r of severityCounts) {
    const counts = bySeverity.get(r.id) ?? zeroBySeverity()
    counts[r.severity] = r.n
    bySeverity.set(r.id, counts)
  }
  const last = pageRows.at(-1)!
  return {
    items: pageRows.map((row) => ({
      row,
      fileCount: files.get(row.id) ?? 0,
      openBySeverity: bySeverity.get(row.id) ?? zeroBySeverity(),
    })),
    next: more ? { createdAt: last.createdAt, id: last.id } : undefined,
  }
}
