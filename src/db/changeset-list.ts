import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm'
import type { Db } from './client'
import { SEVERITIES } from '../review/types'
import { zeroBySeverity } from './summary'
import { changesets, type ChangesetRow, type ChangesetStatus, type Verdict } from './schema'

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

// Written out, not built from the table objects: drizzle leaves columns unqualified in a
// one-table select, and inside these subqueries an unqualified `id` would be the inner table's.

/**
 * The open findings of the outer row's changeset, counted by severity in one correlated aggregate
 * (`findings_changeset_status_idx` finds them), as a JSON object with every severity present.
 */
const openBySeveritySql = sql<string>`(select json_object(${sql.raw(
  SEVERITIES.map((s) => `'${s}', coalesce(sum(f.severity = '${s}'), 0)`).join(', '),
)}) from findings f where f.changeset_id = changesets.id and f.tenant_id = changesets.tenant_id and f.status = 'open')`

/** Files of the outer row's current revision (`changeset_files_changeset_idx`). */
const fileCountSql = sql<number>`(select count(*) from changeset_files cf where cf.changeset_id = changesets.id and cf.revision = changesets.revision and cf.tenant_id = changesets.tenant_id)`

/** The page statement (exported so its query plan can be checked): rows newest first, one more than `limit`. */
export function changesetPageQuery(db: Db, tenantId: string, filters: ChangesetFilters, limit: number, after?: ListCursor) {
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
  // The counts are correlated subqueries of the outer row, so SQLite computes them only for the
  // rows the LIMIT keeps.
  return db
    .select({ row: changesets, fileCount: fileCountSql, openBySeverity: openBySeveritySql })
    .from(changesets)
    .where(and(...where))
    .orderBy(desc(changesets.createdAt), desc(changesets.id))
    .limit(limit + 1)
}

/** One page, newest first, with each row's file count and open findings by severity: one statement, one round trip. */
export async function listChangesets(
  db: Db,
  tenantId: string,
  filters: ChangesetFilters,
  limit: number,
  after?: ListCursor,
): Promise<{ items: ListedChangeset[]; next?: ListCursor }> {
  const rows = await changesetPageQuery(db, tenantId, filters, limit, after)
  const more = rows.length > limit
  const pageRows = more ? rows.slice(0, limit) : rows
  if (pageRows.length === 0) return { items: [] }
  const last = pageRows.at(-1)!.row
  return {
    items: pageRows.map(({ row, fileCount, openBySeverity }) => ({
      row,
      fileCount: Number(fileCount),
      openBySeverity: { ...zeroBySeverity(), ...(JSON.parse(openBySeverity) as Record<string, number>) },
    })),
    next: more ? { createdAt: last.createdAt, id: last.id } : undefined,
  }
}
