import { and, eq, lt, or, sql } from 'drizzle-orm'
import { d1Of, type Db } from './client'
import { runBatch } from './batch'
import { statusEvent, type Batch } from './changesets'
import { changesets, revisions, type ChangesetRow, type ChangesetStatus } from './schema'

/**
 * The review state machine. Every transition is a conditional UPDATE, so concurrent or
 * duplicate queue deliveries, the watchdog and late runs can race freely: exactly one wins.
 *
 *   pending ──claim──▶ in_progress ──commit──▶ reviewed
 *      ▲                  │   │
 *      └────release───────┘   └──fail──▶ failed      (lease expiry lets a new claim take over)
 */

export interface Claim {
  changeset: ChangesetRow
  runId: string
}

/** Takes the lease on a changeset's review of `revision`, or returns undefined if another run has it. */
export async function claimReview(
  db: Db,
  input: { changesetId: string; revision: number; runId: string; now: string; leaseUntil: string; maxAttempts: number },
): Promise<ChangesetRow | undefined> {
  const { changesetId, revision, runId, now, leaseUntil, maxAttempts } = input
  await runBatch(d1Of(db), [
    db
      .update(changesets)
      .set({
        status: 'in_progress',
        runId,
        attempts: sql`${changesets.attempts} + 1`,
        leaseExpiresAt: leaseUntil,
        startedAt: now,
        updatedAt: now,
        lastError: null,
      })
      .where(
        and(
          eq(changesets.id, changesetId),
          eq(changesets.revision, revision),
          lt(changesets.attempts, maxAttempts),
          or(
            eq(changesets.status, 'pending'),
            and(eq(changesets.status, 'in_progress'), lt(changesets.leaseExpiresAt, now)),
          ),
        ),
      ),
    db
      .update(revisions)
      .set({ status: 'in_progress' })
      .where(
        and(
          eq(revisions.changesetId, changesetId),
          eq(revisions.number, revision),
          sql`exists (select 1 from ${changesets} where ${changesets.id} = ${changesetId} and ${changesets.runId} = ${runId})`,
        ),
      ),
    sql`insert into changeset_events (changeset_id, revision, type, from_status, to_status, detail, at)
      select ${changesetId}, ${revision}, 'status', 'pending', 'in_progress', 'attempt ' || attempts, ${now}
      from ${changesets} where ${changesets.id} = ${changesetId} and ${changesets.runId} = ${runId}`,
  ])
  // The run id is fresh, so finding it on the row means this call won the claim.
  return db
    .select()
    .from(changesets)
    .where(and(eq(changesets.id, changesetId), eq(changesets.runId, runId)))
    .get()
}

/** Gives the lease back after a failed attempt so the retried message can claim it at once. */
export async function releaseReview(db: Db, changesetId: string, runId: string, error: string, now: string) {
  const held = and(eq(changesets.id, changesetId), eq(changesets.runId, runId), eq(changesets.status, 'in_progress'))
  // The revision first, while the guard still sees this run's lease.
  await runBatch(d1Of(db), [
    db
      .update(revisions)
      .set({ status: 'pending' })
      .where(
        and(
          eq(revisions.changesetId, changesetId),
          sql`${revisions.number} = (select revision from ${changesets} where ${held})`,
        ),
      ),
    db.update(changesets).set({ status: 'pending', runId: null, leaseExpiresAt: null, lastError: error, updatedAt: now }).where(held),
  ])
}

/**
 * Ends a review as `failed`. With `runId`, only that run's lease can fail it; without, any
 * non-terminal state can (dead-letter queue, attempt cap). Returns whether this call moved it.
 */
export async function failReview(
  db: Db,
  input: { changesetId: string; revision: number; reason: string; now: string; runId?: string },
): Promise<{ from: ChangesetStatus } | undefined> {
  const { changesetId, revision, reason, now, runId } = input
  const guard = and(
    eq(changesets.id, changesetId),
    eq(changesets.revision, revision),
    sql`${changesets.status} in ('pending', 'in_progress')`,
    runId ? eq(changesets.runId, runId) : undefined,
  )
  // One transaction, statements ordered so each sees the row before it moves: the history entry
  // (returning the status it left) and the revision only change when the changeset itself does.
  const [history] = await runBatch(d1Of(db), [
    sql`insert into changeset_events (changeset_id, revision, type, from_status, to_status, detail, at)
      select ${changesets.id}, ${changesets.revision}, 'status', ${changesets.status}, 'failed', ${reason}, ${now}
      from ${changesets} where ${guard} returning from_status`,
    db
      .update(revisions)
      .set({ status: 'failed', error: reason, completedAt: now })
      .where(
        and(
          eq(revisions.changesetId, changesetId),
          eq(revisions.number, revision),
          sql`exists (select 1 from ${changesets} where ${guard})`,
        ),
      ),
    db
      .update(changesets)
      .set({ status: 'failed', lastError: reason, completedAt: now, updatedAt: now, leaseExpiresAt: null, runId: null })
      .where(guard),
  ])
  const from = (history?.results[0] as { from_status?: ChangesetStatus } | undefined)?.from_status
  return from ? { from } : undefined
}

/**
 * Why a review that used up its attempts is abandoned, for the changeset's `error`. A row still
 * `in_progress` means the last attempt never reported back: the isolate crashed or hit a CPU,
 * memory or wall-clock limit, which leaves no error behind, so the reason says so.
 */
export function abandonReason(row: Pick<ChangesetRow, 'status' | 'attempts' | 'lastError'>): string {
  const last =
    row.status === 'in_progress'
      ? `attempt ${row.attempts} stopped without reporting back: the run crashed, or hit a CPU, memory or time limit`
      : (row.lastError ?? 'no error was recorded')
  return `review abandoned: it did not finish after ${row.attempts} attempts (last: ${last})`
}

/** Whether a run still holds an unexpired lease on the row at `now` (ISO). */
export function leaseIsLive(row: Pick<ChangesetRow, 'status' | 'leaseExpiresAt'>, now: string): boolean {
  return row.status === 'in_progress' && row.leaseExpiresAt !== null && row.leaseExpiresAt > now
}

/** Statement that aborts a commit batch unless `runId` still holds the lease on `revision`. */
export function commitGuard(changesetId: string, revision: number, runId: string, now: string) {
  return sql`insert into review_commits (changeset_id, revision, run_id, committed_at)
    values (${changesetId}, ${revision},
      (select run_id from ${changesets} where ${changesets.id} = ${changesetId} and ${changesets.runId} = ${runId}
         and ${changesets.status} = 'in_progress' and ${changesets.revision} = ${revision}),
      ${now})`
}

/** The verdict from the findings that are open right now, computed inside the same transaction. */
export const verdictSql = (changesetId: string) => sql`(case
  when exists (select 1 from findings where changeset_id = ${changesetId} and status = 'open' and severity_rank <= 1)
    then 'changes_requested'
  when exists (select 1 from findings where changeset_id = ${changesetId} and status = 'open')
    then 'approved_with_comments'
  else 'approved' end)`

export function markReviewedStatements(
  db: Db,
  input: { changesetId: string; revision: number; runId: string; now: string; warnings: string[]; descriptionAi?: string | null },
): Batch {
  const { changesetId, revision, runId, now } = input
  return [
    db
      .update(revisions)
      .set({ status: 'reviewed', completedAt: now })
      .where(and(eq(revisions.changesetId, changesetId), eq(revisions.number, revision))),
    db
      .update(changesets)
      .set({
        status: 'reviewed',
        verdict: verdictSql(changesetId),
        completedAt: now,
        updatedAt: now,
        leaseExpiresAt: null,
        lastError: null,
        warnings: input.warnings,
        ...(input.descriptionAi !== undefined ? { descriptionAi: input.descriptionAi } : {}),
      })
      .where(and(eq(changesets.id, changesetId), eq(changesets.runId, runId))),
    statusEvent(db, changesetId, revision, 'in_progress', 'reviewed', now),
  ]
}
