import { and, asc, eq, isNotNull, isNull, lt } from 'drizzle-orm'
import { runBatch } from './batch'
import { d1Of, type Db } from './client'
import { changesetFiles, revisions } from './schema'

export interface RevisionKey {
  changesetId: string
  number: number
}

/** Revisions finished before `cutoff` whose diffs are still stored, oldest first. */
export async function listPurgeableRevisions(db: Db, cutoff: string, limit: number): Promise<RevisionKey[]> {
  return db
    .select({ changesetId: revisions.changesetId, number: revisions.number })
    .from(revisions)
    .where(and(isNull(revisions.diffPurgedAt), isNotNull(revisions.completedAt), lt(revisions.completedAt, cutoff)))
    .orderBy(asc(revisions.completedAt))
    .limit(limit)
}

/**
 * Empties the diff bodies and full file texts of these revisions and marks them purged, in one
 * transaction, so a revision is never left half purged. Everything derived from them stays.
 */
export async function purgeRevisionDiffs(db: Db, due: readonly RevisionKey[], at: string): Promise<void> {
  await runBatch(
    d1Of(db),
    due.flatMap(({ changesetId, number }) => [
      db
        .update(changesetFiles)
        .set({ diffContent: '', content: null })
        .where(and(eq(changesetFiles.changesetId, changesetId), eq(changesetFiles.revision, number))),
      db
        .update(revisions)
        .set({ diffPurgedAt: at })
        .where(and(eq(revisions.changesetId, changesetId), eq(revisions.number, number), isNull(revisions.diffPurgedAt))),
    ]),
  )
}
