import { and, eq } from 'drizzle-orm'
import { readConfig } from '../config'
import { findChangesetById } from '../db/changesets'
import { runBatch } from '../db/batch'
import { getDb, nowIso } from '../db/client'
import { loadRevisionFiles, updateFileReportsStatements } from '../db/files'
import { resolveMissingStatement, upsertFindingsStatements } from '../db/findings-commit'
import { claimReview, commitGuard, failReview, markReviewedStatements, releaseReview } from '../db/review-runs'
import { findings as findingsTable, revisions } from '../db/schema'
import { loadFindingCounts } from '../db/summary'
import { notifyRoom } from '../do/notify'
import { describeError, type Logger } from '../log'
import type { Rule } from '../review/types'
import type { ReviewJob } from './jobs'
import { ProgressReporter } from './progress'
import { summarizeRevision } from './revision-summary'
import { analyzeRevision, type Analysis } from './analyze'

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
  await notifyRoom(env, job.changesetId, { type: 'status', status: 'in_progress', revision: job.revision }, log)

  let committed: Analysis | undefined
  try {
    const files = await loadRevisionFiles(db, job.changesetId, job.revision)
    const progress = new ProgressReporter(env, job, files.length, log)
    await progress.start()
    const analysis = await analyzeRevision(env, claimed, files, progress, log, deps.rules)
    const result = analysis.engine

    const previous =
      job.revision > 1
        ? await db
            .select({ fingerprint: findingsTable.fingerprint, status: findingsTable.status })
            .from(findingsTable)
            .where(eq(findingsTable.changesetId, job.changesetId))
        : []
    const summary = summarizeRevision({ ...result, findings: analysis.findings }, previous)
    const committedAt = nowIso()
    const idByPath = new Map(files.map((f) => [f.path, f.id]))
    const reports = result.files.flatMap((r) => {
      const id = idByPath.get(r.path)
      return id ? [{ ...r, id }] : []
    })

    await runBatch(env.DB, [
      commitGuard(job.changesetId, job.revision, runId, committedAt),
      ...updateFileReportsStatements(reports),
      ...upsertFindingsStatements({
        changesetId: job.changesetId,
        tenantId: claimed.tenantId,
        revision: job.revision,
        now: committedAt,
        findings: analysis.findings,
        newId: () => crypto.randomUUID(),
      }),
      resolveMissingStatement(job.changesetId, job.revision, committedAt),
      db
        .update(revisions)
        .set({ summary: { ...summary } })
        .where(and(eq(revisions.changesetId, job.changesetId), eq(revisions.number, job.revision))),
      ...markReviewedStatements(db, {
        changesetId: job.changesetId,
        revision: job.revision,
        runId,
        now: committedAt,
        warnings: analysis.warnings,
        descriptionAi: analysis.descriptionAi,
      }),
    ])

    committed = analysis
    log.info('review.completed', {
      outcome: 'reviewed',
      attempt: claimed.attempts,
      duration_ms: Date.now() - started,
      files: files.length,
      findings: analysis.findings.length,
      ai_findings: analysis.findings.length - result.findings.length,
      warnings: analysis.warnings.length,
      truncated: result.truncated,
      suppressed: result.suppressed,
    })
  } catch (err) {
    if (isCommitConflict(err)) {
      log.info('review.completed', { outcome: 'stale', duration_ms: Date.now() - started })
      return 'stale'
    }
    const error = describeError(err)
    log.error('review.attempt_failed', { attempt: claimed.attempts, duration_ms: Date.now() - started, error })
    await releaseReview(db, job.changesetId, runId, 'review attempt failed; retrying', nowIso()).catch((releaseErr) =>
      log.error('review.release_failed', { error: describeError(releaseErr) }),
    )
    await notifyRoom(env, job.changesetId, { type: 'status', status: 'pending', revision: job.revision }, log)
    throw err
  }
  await announceReviewed(env, job, warningsOf(committed), log)
  return 'reviewed'
}

function warningsOf(analysis: Analysis | undefined): string[] {
  return analysis?.warnings ?? []
}

/** Pushes the outcome to watchers. The review is already committed, so nothing here may fail it. */
async function announceReviewed(env: Env, job: ReviewJob, warnings: string[], log: Logger): Promise<void> {
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

/** The commit guard refused: another run committed this revision, or this run lost its lease. */
function isCommitConflict(err: unknown): boolean {
  const text = describeError(err) + describeError((err as { cause?: unknown })?.cause)
  return /review_commits/.test(text) && /constraint/i.test(text)
}
