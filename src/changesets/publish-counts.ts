import { findChangesetById } from '../db/changesets'
import { getDb } from '../db/client'
import { loadFindingCounts } from '../db/summary'
import { notifyRoom } from '../do/notify'
import { describeError, type Logger } from '../log'

/**
 * Pushes a `findings` event with the counts and verdict as D1 has them now. Called after a
 * write that already committed (a review, a triage), so a failure here is logged, never thrown.
 */
export async function publishFindingCounts(env: Env, changesetId: string, revision: number, log: Logger): Promise<void> {
  try {
    const db = getDb(env.DB)
    const [counts, row] = await Promise.all([loadFindingCounts(db, changesetId), findChangesetById(db, changesetId)])
    await notifyRoom(
      env,
      changesetId,
      {
        type: 'findings',
        revision,
        total: counts.total,
        by_severity: counts.bySeverity,
        by_status: counts.byStatus,
        verdict: row?.verdict ?? null,
      },
      log,
    )
  } catch (err) {
    log.warn('room.findings_counts_failed', { changeset_id: changesetId, error: describeError(err) })
  }
}
