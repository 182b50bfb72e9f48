import { and, asc, inArray, lt } from 'drizzle-orm'
import { getDb } from '../db/client'
import { changesets } from '../db/schema'
import { createLogger, describeError } from '../log'
import { PENDING_GRACE_MS, recoverChangeset } from './recover-changeset'

const SWEEP_LIMIT = 100

/**
 * Cron backstop for the per-changeset watchdog alarms: finds non-terminal changesets that have
 * not moved for a while (for instance one whose watchdog could not be armed) and recovers them.
 */
export async function sweepStuckChangesets(env: Env, now = Date.now()): Promise<number> {
  const log = createLogger({ component: 'sweep' })
  const cutoff = new Date(now - PENDING_GRACE_MS).toISOString()
  const stuck = await getDb(env.DB)
    .select({ id: changesets.id })
    .from(changesets)
    .where(and(inArray(changesets.status, ['pending', 'in_progress']), lt(changesets.updatedAt, cutoff)))
    .orderBy(asc(changesets.updatedAt))
    .limit(SWEEP_LIMIT)
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
