import { findChangesetById } from '../db/changesets'
import { getDb } from '../db/client'
import { loadFindingCounts } from '../db/summary'
import { notifyRoom } from '../do/notify'
import { describeError, type Logger } from '../log'
import type { ReviewJob } from './jobs'

/**
 * Tells watchers a review committed: its warnings, the new counts and verdict, then the status.
 * The review is already in D1, so nothing here may fail it.
 */
export async function announceReviewed(env: Env, job: ReviewJob, warnings: readonly string[], log: Logger): Promise<void> {
  for (const message of warnings) await notifyRoom(env, job.changesetId, { type: 'warning', revision: job.revision, message }, log)
  try {
    const db = getDb(env.DB)
    const [counts, row] = await Promise.all([loadFindingCounts(db, job.changesetId), findChangesetById(db, job.changesetId)])
    await notifyRoom(
      env,
      job.changesetId,
      {
        type: 'findings',
        revision: job.revision,
        total: counts.total,
        by_severity: counts.bySeverity,
        by_status: counts.byStatus,
        verdict: row?.verdict ?? null,
      },
      log,
    )
  } catch (err) {
    log.warn('review.announce_counts_failed', { error: describeError(err) })
  }
  await notifyRoom(env, job.changesetId, { type: 'status', status: 'reviewed', revision: job.revision }, log)
}
