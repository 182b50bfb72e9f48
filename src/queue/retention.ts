import { getDb, nowIso } from '../db/client'
import { pruneDeliveries } from '../db/github'
import { listPurgeableRevisions, purgeRevisionDiffs } from '../db/retention'
import type { Logger } from '../log'

/** Revisions emptied per D1 batch: two short statements each, one transaction per batch. */
export const RETENTION_BATCH_SIZE = 50
/** Batches per cron run, so one sweep stays short however large the backlog; the next run goes on. */
export const RETENTION_MAX_BATCHES = 10
/** Delivery ids forgotten per statement: single-row deletes by rowid, cheap in bulk. */
export const RETENTION_DELIVERY_BATCH = 1000

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
  const purged = await inBatches(maxBatches, batchSize, async () => {
    const due = await listPurgeableRevisions(db, cutoff, batchSize)
    if (due.length > 0) await purgeRevisionDiffs(db, due, nowIso())
    return due.length
  })
  log.info('retention.completed', { retention_days: days, revisions_purged: purged })
  return purged
}

/**
 * How long a webhook delivery id is remembered to drop redeliveries. GitHub redelivers (on request
 * or through its own retries) within 3 days; a week leaves room for a slow manual redelivery.
 */
export const DELIVERY_DEDUPE_DAYS = 7

/** Forgets webhook deliveries older than DELIVERY_DEDUPE_DAYS, oldest first, in bounded batches. */
export async function pruneGitHubDeliveries(env: Env, log: Logger, options: RetentionOptions = {}): Promise<number> {
  const { now = Date.now(), batchSize = RETENTION_DELIVERY_BATCH, maxBatches = RETENTION_MAX_BATCHES } = options
  const cutoff = new Date(now - DELIVERY_DEDUPE_DAYS * DAY_MS).toISOString()
  const db = getDb(env.DB)
  const pruned = await inBatches(maxBatches, batchSize, () => pruneDeliveries(db, cutoff, batchSize))
  if (pruned > 0) log.info('retention.deliveries_pruned', { deliveries_pruned: pruned })
  return pruned
}

/** Runs `step` (which handles up to `batchSize` rows) until a batch comes back short or `maxBatches` ran; the rows handled. */
async function inBatches(maxBatches: number, batchSize: number, step: () => Promise<number>): Promise<number> {
  let done = 0
  for (let batch = 0; batch < maxBatches; batch++) {
    const n = await step()
    done += n
    if (n < batchSize) break
  }
  return done
}
