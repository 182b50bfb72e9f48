import { enqueueReview, PENDING_GRACE_MS } from '../changesets/review-job'
import { readConfig } from '../config'
import { findChangesetById, listStuckChangesets } from '../db/changesets'
import { getDb, nowIso } from '../db/client'
import { abandonReason, failReview, requeueReview } from '../db/review-runs'
import type { ChangesetRow } from '../db/schema'
import { createLogger, describeError, type Logger } from '../log'
import { announceFailed } from './run-review'

/** Re-enqueues of one revision before the watchdog gives up and fails it. */
export const MAX_RECOVERIES = 10
const SWEEP_LIMIT = 100

export type Recovery =
  | { outcome: 'missing' | 'terminal' }
  | { outcome: 'waiting' | 'requeued'; checkAgainAt: number }
  | { outcome: 'failed'; reason: string }

/**
 * Gets a stuck review moving again: a changeset left `pending` (its message was lost, or the
 * enqueue after the D1 commit failed) or `in_progress` past its lease (the run died) is
 * re-enqueued; one that keeps getting stuck is failed with a reason. Safe to call any time,
 * from anywhere, concurrently: every write is guarded on the state it read. The changeset
 * room's watchdog alarm calls it (src/index.ts), and the cron sweep below.
 */
export async function recoverChangeset(env: Env, changesetId: string, log: Logger, now = Date.now()): Promise<Recovery> {
  const db = getDb(env.DB)
  const row = await findChangesetById(db, changesetId)
  if (!row) return { outcome: 'missing' }
  if (row.status === 'reviewed' || row.status === 'failed') return { outcome: 'terminal' }

  const stuckSince = stuckAt(row)
  if (stuckSince === undefined || stuckSince > now) {
    return { outcome: 'waiting', checkAgainAt: (stuckSince ?? now + PENDING_GRACE_MS) + 1000 }
  }

  const config = readConfig(env)
  const gaveUp =
    row.recoveries >= MAX_RECOVERIES
      ? `review could not be completed: re-queued ${row.recoveries} times without finishing`
      : row.status === 'in_progress' && row.attempts >= config.maxReviewAttempts
        ? abandonReason(row)
        : undefined
  if (gaveUp) {
    const at = nowIso()
    const moved = await failReview(db, { changesetId, revision: row.revision, reason: gaveUp, now: at })
    if (moved) await announceFailed(env, { changesetId, revision: row.revision }, gaveUp, log)
    log.warn('review.recovery_gave_up', { changeset_id: changesetId, attempts: row.attempts, recoveries: row.recoveries })
    return { outcome: 'failed', reason: gaveUp }
  }

  if (!(await requeueReview(db, row, nowIso()))) return { outcome: 'waiting', checkAgainAt: now + PENDING_GRACE_MS }
  await enqueueReview(env, { changesetId, revision: row.revision })
  log.warn('review.requeued', { changeset_id: changesetId, status: row.status, recoveries: row.recoveries + 1 })
  return { outcome: 'requeued', checkAgainAt: now + PENDING_GRACE_MS }
}

/** When a non-terminal changeset counts as stuck (epoch ms). */
function stuckAt(row: ChangesetRow): number | undefined {
  if (row.status === 'pending') return Date.parse(row.updatedAt) + PENDING_GRACE_MS
  if (row.status === 'in_progress') {
    return row.leaseExpiresAt ? Date.parse(row.leaseExpiresAt) : Date.parse(row.updatedAt) + PENDING_GRACE_MS
  }
  return undefined
}

/**
 * Cron backstop for the per-changeset watchdog alarms: finds non-terminal changesets that have
 * not moved for a while (for instance one whose watchdog could not be armed) and recovers them.
 */
export async function sweepStuckChangesets(env: Env, now = Date.now()): Promise<number> {
  const log = createLogger({ component: 'sweep' })
  const stuck = await listStuckChangesets(getDb(env.DB), new Date(now - PENDING_GRACE_MS).toISOString(), SWEEP_LIMIT)
  let recovered = 0
  for (const { id } of stuck) {
    try {
      const result = await recoverChangeset(env, id, log, now)
      if (result.outcome === 'requeued' || result.outcome === 'failed') recovered++
    } catch (err) {
      log.error('sweep.recover_failed', { changeset_id: id, error: describeError(err) })
    }
  }
  log.info('sweep.completed', { candidates: stuck.length, recovered })
  return recovered
}
