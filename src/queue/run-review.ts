import { readConfig } from '../config'
import { findChangesetById } from '../db/changesets'
import { getDb, nowIso } from '../db/client'
import { loadRevisionFiles } from '../db/files'
import { claimReview, failReview, releaseReview } from '../db/review-runs'
import { notifyRoom } from '../do/notify'
import { describeError, type Logger } from '../log'
import type { Rule } from '../review/types'
import type { ReviewJob } from './jobs'
import { ProgressReporter } from './progress'
import { analyzeRevision, type Analysis } from './analyze'
import { announceReviewed } from './announce'
import { commitReview, isCommitConflict } from './commit-review'

export type RunOutcome = 'reviewed' | 'failed' | 'skipped' | 'busy' | 'stale'

export interface RunDeps {
  log: Logger
  /** Rules to run instead of the full set (fault-injection tests). */
  rules?: readonly Rule[]
}

/**
 * One review run: claim the lease → in_progress → engine → one guarded commit → reviewed.
 * Idempotent under at-least-once delivery: a duplicate finds the lease taken or the revision
 * committed and does nothing. Throws only for retryable trouble, after giving the lease back.
 */
export async function runReview(env: Env, job: ReviewJob, deps: RunDeps): Promise<RunOutcome> {
  const db = getDb(env.DB)
  const config = readConfig(env)
  const started = Date.now()
  const runId = crypto.randomUUID()
  const log = deps.log.child({ changeset_id: job.changesetId, revision: job.revision, run_id: runId })
  const now = nowIso()
  const leaseUntil = new Date(started + config.reviewLeaseSeconds * 1000).toISOString()

  const claimed = await claimReview(db, {
    changesetId: job.changesetId,
    revision: job.revision,
    runId,
    now,
    leaseUntil,
    maxAttempts: config.maxReviewAttempts,
  })
  if (!claimed) return explainUnclaimed(env, job, config.maxReviewAttempts, log)

  log.info('review.started', { attempt: claimed.attempts })
  // The files load while watchers hear `in_progress`: one round trip instead of two in a row.
  const announced = notifyRoom(env, job.changesetId, { type: 'status', status: 'in_progress', revision: job.revision }, log)

  let analysis: Analysis
  try {
    const [files] = await Promise.all([loadRevisionFiles(db, job.changesetId, job.revision), announced])
    const progress = new ProgressReporter(env, job, files.length, log)
    await progress.start()
    analysis = await analyzeRevision(env, claimed, files, progress, log, deps.rules)
    await commitReview(env, { job, runId, tenantId: claimed.tenantId, files, analysis })
    log.info('review.completed', {
      outcome: 'reviewed',
      attempt: claimed.attempts,
      duration_ms: Date.now() - started,
      files: files.length,
      findings: analysis.findings.length,
      ai_findings: analysis.findings.length - analysis.engine.findings.length,
      warnings: analysis.warnings.length,
      truncated: analysis.engine.truncated,
      suppressed: analysis.engine.suppressed,
    })
  } catch (err) {
    if (isCommitConflict(err)) {
      log.info('review.completed', { outcome: 'stale', duration_ms: Date.now() - started })
      return 'stale'
    }
    // Errors come from D1, the engine or bindings, never with diff content: safe to keep and log.
    const error = describeError(err).slice(0, 300)
    log.error('review.attempt_failed', { attempt: claimed.attempts, duration_ms: Date.now() - started, error })
    await releaseReview(db, job.changesetId, runId, error, nowIso()).catch((releaseErr) =>
      log.error('review.release_failed', { error: describeError(releaseErr) }),
    )
    await announced // so `pending` cannot overtake `in_progress`
    await notifyRoom(env, job.changesetId, { type: 'status', status: 'pending', revision: job.revision }, log)
    throw err
  }
  await announceReviewed(env, job, analysis.warnings, log)
  return 'reviewed'
}

/** Why a delivery could not claim the review, and what (if anything) to do about it. */
async function explainUnclaimed(env: Env, job: ReviewJob, maxAttempts: number, log: Logger): Promise<RunOutcome> {
  const db = getDb(env.DB)
  const row = await findChangesetById(db, job.changesetId)
  if (!row || row.status === 'reviewed' || row.status === 'failed' || row.revision !== job.revision) {
    log.info('review.skipped', { reason: row ? `status ${row.status}, revision ${row.revision}` : 'changeset deleted' })
    return 'skipped'
  }
  if (row.attempts >= maxAttempts) {
    const reason = `review did not complete after ${row.attempts} attempts${row.lastError ? ` (last error: ${row.lastError})` : ''}`
    const moved = await failReview(db, { changesetId: job.changesetId, revision: job.revision, reason, now: nowIso() })
    if (moved) await notifyRoom(env, job.changesetId, { type: 'status', status: 'failed', revision: job.revision, error: reason }, log)
    return 'failed'
  }
  // Another run holds a live lease; if it dies, the watchdog re-enqueues once the lease expires.
  log.info('review.skipped', { reason: 'lease held by another run' })
  return 'busy'
}
