import { and, asc, eq, gt, sql, type SQL, type SQLWrapper } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from './client'
import { changesetEvents } from './schema'

export type HistoryRow = typeof changesetEvents.$inferSelect

/** A value, or SQL that computes it (a column of the guard's row, an expression). */
type Value<T> = T | SQLWrapper

export interface HistoryEvent {
  changesetId: Value<string>
  revision: Value<number>
  type: 'status' | 'triage'
  from: Value<string | null>
  to: Value<string>
  detail: Value<string | null>
  at: string
}

/**
 * Ties an entry to a row, so the entry is written exactly when the write it records happens:
 * in a batch, placed before the statement that changes the row, it sees the row as it was.
 */
export interface HistoryGuard {
  /** The table of the row; with `skip`, the event's values may read its columns. */
  table: SQLiteTable
  where: SQL
  /** `skip` (default): no entry when no row matches. `abort`: the whole batch fails instead. */
  otherwise?: 'skip' | 'abort'
  /** A column of the new entry to return, so the caller learns whether it was written. */
  returning?: 'id' | 'from_status'
}

/**
 * The one way a `changeset_events` row is written, by every transition and by triage. It is a
 * plain statement, not a query run here: it goes into the batch (one transaction) of the write
 * it records.
 */
export function historyEvent(event: HistoryEvent, guard?: HistoryGuard): SQL {
  const insert = sql`insert into ${changesetEvents} (changeset_id, revision, type, from_status, to_status, detail, at)`
  const values = (type: Value<string>) =>
    sql.join([event.changesetId, event.revision, type, event.from, event.to, event.detail, event.at].map((v) => sql`${v}`), sql`, `)
  if (!guard) return sql`${insert} values (${values(event.type)})`
  const returning = guard.returning ? sql.raw(` returning ${guard.returning}`) : sql``
  // `type` is NOT NULL: a guard that finds no row makes the insert, and so its batch, fail.
  if (guard.otherwise === 'abort') {
    return sql`${insert} values (${values(sql`(select ${event.type} from ${guard.table} where ${guard.where})`)})${returning}`
  }
  return sql`${insert} select ${values(event.type)} from ${guard.table} where ${guard.where}${returning}`
}

/** The sort key of the last history entry on a page: its id (entries are append-only). */
export interface HistoryCursor {
  id: number
}

export function isHistoryCursor(value: Record<string, unknown>): value is HistoryCursor & Record<string, unknown> {
  return Number.isSafeInteger(value.id)
}

/** One page of a changeset's history, oldest first, from the (changeset_id, id) index. */
export async function listHistory(
  db: Db,
  changesetId: string,
  filters: { type?: 'status' | 'triage' },
  limit: number,
  after?: HistoryCursor,
): Promise<{ items: HistoryRow[]; next?: HistoryCursor }> {
  const rows = await db
    .select()
    .from(changesetEvents)
    .where(
      and(
        eq(changesetEvents.changesetId, changesetId),
        filters.type ? eq(changesetEvents.type, filters.type) : undefined,
        after ? gt(changesetEvents.id, after.id) : undefined,
      ),
    )
    .orderBy(asc(changesetEvents.id))
    .limit(limit + 1)
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return { items, next: rows.length > limit && last ? { id: last.id } : undefined }
}
