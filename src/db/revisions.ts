import { and, asc, eq, gt } from 'drizzle-orm'
import type { Db } from './client'
import { revisions, type RevisionRow } from './schema'

/** The sort key of the last revision on a page: its number. */
export interface RevisionCursor {
  number: number
}

export function isRevisionCursor(value: Record<string, unknown>): value is RevisionCursor & Record<string, unknown> {
  return Number.isSafeInteger(value.number)
}

/** One page of a changeset's revisions, oldest first, along the primary key (changeset_id, number). */
export async function listRevisions(
  db: Db,
  tenantId: string,
  changesetId: string,
  limit: number,
  after?: RevisionCursor,
): Promise<{ items: RevisionRow[]; next?: RevisionCursor }> {
  const rows = await db
    .select()
    .from(revisions)
    .where(
      and(
        eq(revisions.changesetId, changesetId),
        eq(revisions.tenantId, tenantId),
        after ? gt(revisions.number, after.number) : undefined,
      ),
    )
    .orderBy(asc(revisions.number))
    .limit(limit + 1)
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return { items, next: rows.length > limit && last ? { number: last.number } : undefined }
}
