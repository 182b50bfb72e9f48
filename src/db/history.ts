import { and, asc, eq, gt } from 'drizzle-orm'
import type { Db } from './client'
import { changesetEvents } from './schema'

export type HistoryRow = typeof changesetEvents.$inferSelect

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
