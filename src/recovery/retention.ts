import { and, asc, eq, isNotNull, isNull, lt } from 'drizzle-orm'
import { runBatch } from '../db/batch'
import { getDb, nowIso } from '../db/client'
import { changesetFiles, revisions } from '../db/schema'
import type { Logger } from '../log'

/** Revisions emptied per D1 batch: two short statements each, one transaction per batch. */
export const RETENTION_BATCH_SIZE = 50
/** Batches per cron run, so one sweep stays short however large the backlog; the next run goes on. */
export const RETENTION_MAX_BATCHES = 10

const DAY_MS = 86_400_000

/** `DIFF_RETENTION_DAYS`: whole days, or empty/0 to keep diffs forever (a malformed value keeps them too). */
export function diffRetentionDays(env: { DIFF_RETENTION_DAYS?: string }): number | undefined {
  const days = Number(env.DIFF_RETENTION_DAYS ?? '')
  return Number.isInteger(days) && days > 0 ? days : undefined
}

export interface RetentionOptions {
  now?: number
  batchSize?: number
  maxBatches?: number
}

/**
 * Retention: once a revision has been finished (reviewed, failed or superseded) for longer than
 * DIFF_RETENTION_DAYS, its diff bodies and full file texts are emptied. Everything derived from
 * them stays: file paths and counts, findings, summaries, history. Oldest first, in bounded
 * batches; each batch is one transaction, so a revision is never left half purged.
 */
export async function purgeExpiredDiffs(env: Env, log: Logger, options: RetentionOptions = {}): Promise<number> {
  const days = diffRetentionDays(env)
  if (!days) return 0
  const { now = Date.now(), batchSize = RETENTION_BATCH_SIZE, maxBatches = RETENTION_MAX_BATCHES } = options
  const cutoff = new Date(now - days * DAY_MS).toISOString()
  const db = getDb(env.DB)
  let purged = 0
  for (let batch = 0; batch < maxBatches; batch++) {
    const due = await db
      .select({ changesetId: revisions.changesetId, number: revisions.number })
      .from(revisions)
      .where(and(isNull(revisions.diffPurgedAt), isNotNull(revisions.completedAt), lt(revisions.completedAt, cutoff)))
      .orderBy(asc(revisions.completedAt))
      .limit(batchSize)
    if (due.length === 0) break
    const at = nowIso()
    await runBatch(
      env.DB,
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
    purged += due.length
    if (due.length < batchSize) break
  }
  log.info('retention.completed', { retention_days: days, revisions_purged: purged })
  return purged
}
