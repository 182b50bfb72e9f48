import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm'
import { runBatch } from './batch'
import { insertFilesStatements } from './changesets'
import { d1Of, type Db } from './client'
import type { ReviewOptions } from '../contracts/review-options'
import { changesets, revisions, type NewChangesetFileRow, type RevisionRow } from './schema'

/**
 * Starts revision `number` of a changeset: its files, a fresh review state (status pending,
 * attempts and lease reset, so a run still busy on the previous revision can no longer
 * commit), and the history entry. The revision row goes first: its primary key makes a
 * concurrent submission of the same number abort this whole batch.
 */
export async function insertRevision(
  db: Db,
  input: {
    changesetId: string
    tenantId: string
    number: number
    previousStatus: string
    files: NewChangesetFileRow[]
    additions: number
    deletions: number
    options: ReviewOptions | null | undefined
    now: string
  },
): Promise<void> {
  const { changesetId, number, now } = input
  await runBatch(d1Of(db), [
    db.insert(revisions).values({
      changesetId,
      number,
      tenantId: input.tenantId,
      status: 'pending',
      fileCount: input.files.length,
      additions: input.additions,
      deletions: input.deletions,
      createdAt: now,
    }),
    db
      .update(changesets)
      .set({
        revision: number,
        status: 'pending',
        attempts: 0,
        recoveries: 0,
        runId: null,
        leaseExpiresAt: null,
        lastError: null,
        startedAt: null,
        completedAt: null,
        updatedAt: now,
        ...(input.options !== undefined ? { options: input.options } : {}),
      })
      .where(and(eq(changesets.id, changesetId), eq(changesets.revision, number - 1))),
    // `type` is NOT NULL: this fails the batch unless the update above moved the changeset to this revision.
    sql`insert into changeset_events (changeset_id, revision, type, from_status, to_status, detail, at)
      values (${changesetId}, ${number},
        (select 'status' from ${changesets} where ${changesets.id} = ${changesetId} and ${changesets.revision} = ${number}),
        ${input.previousStatus}, 'pending', ${`revision ${number} submitted`}, ${now})`,
    // A review still pending or running on the previous revision will never commit now.
    db
      .update(revisions)
      .set({ status: 'failed', error: `superseded by revision ${number} before its review finished`, completedAt: now })
      .where(and(eq(revisions.changesetId, changesetId), eq(revisions.number, number - 1), inArray(revisions.status, ['pending', 'in_progress']))),
    ...insertFilesStatements(db, input.files),
  ])
}

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
