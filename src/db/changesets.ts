import { and, asc, eq, inArray, lt } from 'drizzle-orm'
import { runBatch, type Statement } from './batch'
import { chunkedStatements } from './chunk'
import { d1Of, type Db } from './client'
import { historyEvent } from './history'
import { changesetFiles, changesets, revisions, type ChangesetRow, type NewChangesetFileRow, type NewChangesetRow } from './schema'

export type Batch = Statement[]

/** Multi-row inserts of file rows, chunked under D1's parameter limit and a payload budget. */
export function insertFilesStatements(db: Db, rows: NewChangesetFileRow[]) {
  return chunkedStatements(
    rows,
    (chunk) => db.insert(changesetFiles).values(chunk),
    (row) => (row.diffContent.length + (row.content?.length ?? 0)) * 2,
  )
}

export interface NewChangeset {
  changeset: NewChangesetRow & { createdAt: string }
  files: NewChangesetFileRow[]
  additions: number
  deletions: number
}

/** Writes a changeset, its first revision, its files and its history in one transaction. */
export async function insertChangeset(db: Db, input: NewChangeset): Promise<void> {
  const { changeset, files } = input
  const at = changeset.createdAt
  await runBatch(d1Of(db), [
    db.insert(changesets).values(changeset),
    db.insert(revisions).values({
      changesetId: changeset.id,
      number: 1,
      tenantId: changeset.tenantId,
      status: 'pending',
      fileCount: files.length,
      additions: input.additions,
      deletions: input.deletions,
      createdAt: at,
    }),
    ...insertFilesStatements(db, files),
    historyEvent({ changesetId: changeset.id, revision: 1, type: 'status', from: null, to: 'pending', detail: 'submitted', at }),
  ])
}

export async function findChangeset(db: Db, tenantId: string, id: string): Promise<ChangesetRow | undefined> {
  return db
    .select()
    .from(changesets)
    .where(and(eq(changesets.tenantId, tenantId), eq(changesets.id, id)))
    .get()
}

/** For internal callers (queue, watchdog) that start from an id already known to exist. */
export async function findChangesetById(db: Db, id: string): Promise<ChangesetRow | undefined> {
  return db.select().from(changesets).where(eq(changesets.id, id)).get()
}

/**
 * Changesets that have not moved since `before` without being finished: the candidates a cron
 * sweep hands to recovery, longest stuck first.
 */
export async function listStuckChangesets(db: Db, before: string, limit: number): Promise<{ id: string }[]> {
  return db
    .select({ id: changesets.id })
    .from(changesets)
    .where(and(inArray(changesets.status, ['pending', 'in_progress']), lt(changesets.updatedAt, before)))
    .orderBy(asc(changesets.updatedAt))
    .limit(limit)
}

/** Deletes a changeset; its files, revisions, findings and history go with it (ON DELETE CASCADE). */
export async function deleteChangeset(db: Db, tenantId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(changesets)
    .where(and(eq(changesets.tenantId, tenantId), eq(changesets.id, id)))
    .returning({ id: changesets.id })
  return deleted.length > 0
}
