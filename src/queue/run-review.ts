import type { ReviewJob } from '../changesets/review-job'
import { readConfig } from '../config'
import { findChangesetById } from '../db/changesets'
import { getDb, nowIso, type Db } from '../db/client'
import { abandonReason, claimReview, commitReview, failReview, isCommitConflict, leaseIsLive, releaseReview, type CommittedReview } from '../db/review-runs'
import { zeroBySeverity } from '../db/summary'
import { notifyRoom } from '../do/notify'
import { requestGitHubPublish } from '../github/consume'
import { describeError, type Logger } from '../log'
import type { ReviewBudget } from '../review/budget'
import type { ReviewResult, Rule } from '../review/types'
import { analyzeRevision, type Analysis } from './analyze'
import { ROOM_WAIT_MS, settleWithin, withDeadline } from './deadline'
import { ProgressReporter } from './progress'

export type RunOutcome = 'reviewed' | 'failed' | 'skipped' | 'busy' | 'stale'

export interface RunDeps {
  log: Logger
  /** Rules to run instead of the full set (fault-injection tests). */
  rules?: readonly Rule[]
  /** Engine work limits instead of the defaults (tests). */
  budget?: Partial<ReviewBudget>
  /** Wall-clock time an attempt may take before it gives its lease back; defaults to just under the lease. */
  deadlineMs?: number
}

/** An attempt that ran out of wall-clock time; its lease is given back and the message retried. */
export class ReviewTimedOut extends Error {
  constructor(readonly attempt: number, ms: number) {
    super(`attempt ${attempt} timed out after ${Math.round(ms / 100) / 10} s`)
    this.name = 'ReviewTimedOut'
  }
}

/**
 * One review run: claim the lease → in_progress → analyze (./analyze.ts: rules, then the AI
 * pass) → one guarded commit → reviewed, announced to watchers and GitHub.
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
  // A hung binding (D1, the room, the AI provider) must not hold the lease, or the batch, for
  // ever: past the deadline the attempt counts as failed, and a late commit is refused by the lease.
  const deadlineMs = deps.deadlineMs ?? Math.max(1000, config.reviewLeaseSeconds * 1000 - 5000)
  const roomWaitMs = Math.min(ROOM_WAIT_MS, deadlineMs / 4)

  const claimed = await claimReview(db, {
    changesetId: job.changesetId,
    revision: job.revision,
    runId,
    now,
    leaseUntil,
    maxAttempts: config.maxReviewAttempts,
  })
  if (!claimed) return explainUnclaimed(env, job, config.maxReviewAttempts, log, roomWaitMs)

  const { changeset, files, previous } = claimed
  log.info('review.started', { attempt: changeset.attempts })
  // Four round trips in a row: the claim (which also reads the changeset, its files and, for a
  // later revision, the findings before it), the room (`in_progress` with `rules 0/N`, before the
  // engine, so watchers see the run start and a room that hangs stops the attempt before it
  // commits), the guarded commit (which also reads the counts back), the room again (the last
  // progress, the counts and `reviewed`).
  const progress = new ProgressReporter(env, job, files.length, log)

  let analysis: Analysis
  let committed: CommittedReview
  try {
    const done = await withDeadline(
      (async () => {
        await progress.start({ type: 'status', status: 'in_progress', revision: job.revision }, Date.parse(leaseUntil) + 1000)
        const analysis = await analyzeRevision(env, changeset, files, progress, log, deps.rules, deps.budget)
        const committed = await commit(db, job, runId, changeset.tenantId, files, previous, analysis)
        return { analysis, committed }
      })(),
      deadlineMs,
      () => new ReviewTimedOut(changeset.attempts, deadlineMs),
    )
    analysis = done.analysis
    committed = done.committed
    log.info('review.completed', {
      outcome: 'reviewed',
      attempt: changeset.attempts,
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
    const error = err instanceof ReviewTimedOut ? err.message : describeError(err).slice(0, 300)
    log.error('review.attempt_failed', { attempt: changeset.attempts, duration_ms: Date.now() - started, error })
    await releaseReview(db, job.changesetId, runId, error, nowIso()).catch((releaseErr) =>
      log.error('review.release_failed', { error: describeError(releaseErr) }),
    )
    // So `pending` cannot overtake `in_progress`. D1 already holds the outcome, so a room that
    // does not answer is waited for briefly, not for ever.
    await settleWithin(progress.settled(), roomWaitMs, log)
    await settleWithin(notifyRoom(env, job.changesetId, { type: 'status', status: 'pending', revision: job.revision }, log), roomWaitMs, log)
    throw err
  }
  await settleWithin(announceReviewed(env, job, progress, analysis.warnings, committed, log), roomWaitMs, log)
  return 'reviewed'
}

/** Why a delivery could not claim the review, and what (if anything) to do about it. */
async function explainUnclaimed(env: Env, job: ReviewJob, maxAttempts: number, log: Logger, roomWaitMs: number): Promise<RunOutcome> {
  const db = getDb(env.DB)
  const row = await findChangesetById(db, job.changesetId)
  if (!row || row.status === 'reviewed' || row.status === 'failed' || row.revision !== job.revision) {
    log.info('review.skipped', { reason: row ? `status ${row.status}, revision ${row.revision}` : 'changeset deleted' })
    return 'skipped'
  }
  // The last attempt may still be running: only a dead or finished one ends the review here.
  if (row.attempts >= maxAttempts && !leaseIsLive(row, nowIso())) {
    const reason = abandonReason(row)
    const moved = await failReview(db, { changesetId: job.changesetId, revision: job.revision, reason, now: nowIso() })
    if (moved) await announceFailed(env, job, reason, log, roomWaitMs)
    log.warn('review.abandoned', { attempts: row.attempts, reason })
    return 'failed'
  }
  // Another run holds a live lease; if it dies, the watchdog re-enqueues once the lease expires.
  log.info('review.skipped', { reason: 'lease held by another run' })
  return 'busy'
}

/** The revision's outcome, compared with what earlier revisions found, written by the guarded commit. */
async function commit(
  db: Db,
  job: ReviewJob,
  runId: string,
  tenantId: string,
  files: ReadonlyArray<{ id: string; path: string }>,
  previous: ReadonlyArray<{ fingerprint: string; status: string }>,
  analysis: Analysis,
): Promise<CommittedReview> {
  const summary = summarizeRevision({ ...analysis.engine, findings: analysis.findings }, previous)
  const idByPath = new Map(files.map((f) => [f.path, f.id]))
  const reports = analysis.engine.files.flatMap((r) => {
    const id = idByPath.get(r.path)
    return id ? [{ ...r, id }] : []
  })
  return commitReview(db, {
    changesetId: job.changesetId,
    tenantId,
    revision: job.revision,
    runId,
    now: nowIso(),
    files: reports,
    findings: analysis.findings,
    summary: { ...summary },
    warnings: analysis.warnings,
    descriptionAi: analysis.descriptionAi,
  })
}

export interface RevisionSummary {
  files_reviewed: number
  files_skipped: number
  lines_added: number
  lines_removed: number
  findings: number
  new_findings: number
  resolved_findings: number
  by_severity: Record<string, number>
  by_category: Record<string, number>
  truncated: number
  suppressed: number
  parse_problems: number
}

/** What this revision's review found, frozen at commit so later triage does not rewrite history. */
export function summarizeRevision(
  result: ReviewResult,
  previous: ReadonlyArray<{ fingerprint: string; status: string }>,
): RevisionSummary {
  const current = new Set(result.findings.map((f) => f.fingerprint))
  const known = new Set(previous.map((f) => f.fingerprint))
  const bySeverity = zeroBySeverity()
  const byCategory: Record<string, number> = {}
  for (const f of result.findings) {
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1
  }
  return {
    files_reviewed: result.files.filter((f) => !f.skipped).length,
    files_skipped: result.files.filter((f) => f.skipped).length,
    lines_added: result.files.reduce((n, f) => n + f.additions, 0),
    lines_removed: result.files.reduce((n, f) => n + f.deletions, 0),
    findings: result.findings.length,
    new_findings: result.findings.filter((f) => !known.has(f.fingerprint)).length,
    resolved_findings: previous.filter((f) => f.status === 'open' && !current.has(f.fingerprint)).length,
    by_severity: bySeverity,
    by_category: byCategory,
    truncated: result.truncated,
    suppressed: result.suppressed,
    parse_problems: result.files.reduce((n, f) => n + f.problems.length, 0),
  }
}

/**
 * Tells watchers a review committed, in one call: the held progress, its warnings, the counts and
 * verdict the commit read back, then the status. The review is already in D1, so nothing here may fail it.
 */
async function announceReviewed(
  env: Env,
  job: ReviewJob,
  progress: ProgressReporter,
  warnings: readonly string[],
  committed: CommittedReview,
  log: Logger,
): Promise<void> {
  const { counts, verdict } = committed
  await progress.flush([
    ...warnings.map((message) => ({ type: 'warning' as const, revision: job.revision, message })),
    { type: 'findings', revision: job.revision, total: counts.total, by_severity: counts.bySeverity, by_status: counts.byStatus, verdict },
    { type: 'status', status: 'reviewed', revision: job.revision },
  ])
  await requestGitHubPublish(env, job, log)
}

/**
 * Tells watchers and the pull request (a neutral check run) that a review ended `failed`. The
 * outcome is already in D1: a room that does not answer in time is left to catch up.
 */
export async function announceFailed(env: Env, job: ReviewJob, reason: string, log: Logger, roomWaitMs = ROOM_WAIT_MS): Promise<void> {
  await settleWithin(notifyRoom(env, job.changesetId, { type: 'status', status: 'failed', revision: job.revision, error: reason }, log), roomWaitMs, log)
  await requestGitHubPublish(env, job, log)
}
