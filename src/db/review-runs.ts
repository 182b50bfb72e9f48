import { and, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Finding, FileReport } from '../review/types'
import { runBatch } from './batch'
import { insertFilesStatements, type SubmittedFileRow } from './changesets'
import { d1Of, type Db } from './client'
import { updateFileReportsStatements } from './files'
import { resolveMissingStatement, upsertFindingsStatements } from './findings-commit'
import { historyEvent } from './history'
import { changesets, revisions, type ChangesetRow, type ChangesetStatus, type FindingStatus, type Verdict } from './schema'
import { tallyCounts, type FindingCounts } from './summary'

/**
 * The review state machine, and every write that moves it. Each transition is a conditional
 * UPDATE, or a batch guarded by one, so concurrent or duplicate queue deliveries, the watchdog
 * and late runs can race freely: exactly one wins. A transition that history shows writes its
 * entry (`historyEvent`) in the same transaction.
 *
 *              ┌───────────── release ─────────────┐
 *              ▼                                   │
 *   submit ─▶ pending ─────────── claim ────────▶ in_progress ──── commit ───▶ reviewed
 *             │  ▲  │                              │   (an expired lease lets a new claim take over)
 *             │  └──┘ requeue (watchdog)           │
 *             └───────────── fail ─────────────────┴──────────────────────────▶ failed
 *
 *   supersede: revision n + 1 starts at `pending` whatever the state; an unfinished review of
 *   revision n is failed and can no longer commit (its run lost the lease).
 */

/** What a run needs from the changeset it claimed. */
export type ClaimedChangeset = Pick<ChangesetRow, 'id' | 'tenantId' | 'attempts' | 'title' | 'description' | 'descriptionAi' | 'options'>

export interface ClaimedRun {
  changeset: ClaimedChangeset
  /** The revision's files in submission order. */
  files: Array<{ id: string; path: string; diff: string; content: string | null }>
  /** Every finding earlier revisions left, by fingerprint (empty for revision 1): what this review is compared with. */
  previous: Array<{ fingerprint: string; status: FindingStatus }>
}

/**
 * claim: takes the lease on a changeset's review of `revision` and reads everything the run
 * needs (the changeset, the revision's files, earlier revisions' findings) in the same D1 batch, one round trip; returns
 * undefined if another run has the lease.
 */
export async function claimReview(
  db: Db,
  input: { changesetId: string; revision: number; runId: string; now: string; leaseUntil: string; maxAttempts: number },
): Promise<ClaimedRun | undefined> {
  const { changesetId, revision, runId, now, leaseUntil, maxAttempts } = input
  const won = sql`${changesets.id} = ${changesetId} and ${changesets.runId} = ${runId}`
  const results = await runBatch(d1Of(db), [
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
          sql`exists (select 1 from ${changesets} where ${won})`,
        ),
      ),
    historyEvent(
      { changesetId, revision, type: 'status', from: 'pending', to: 'in_progress', detail: sql`'attempt ' || ${changesets.attempts}`, at: now },
      { table: changesets, where: won },
    ),
    // The run id is fresh, so finding it on the row means this batch won the claim.
    sql`select id, tenant_id, attempts, title, description, description_ai, options from ${changesets} where ${won}`,
    sql`select id, file_path, diff_content, content from changeset_files
      where changeset_id = ${changesetId} and revision = ${revision} and exists (select 1 from ${changesets} where ${won})
      order by position`,
    ...(revision > 1
      ? [sql`select fingerprint, status from findings where changeset_id = ${changesetId} and exists (select 1 from ${changesets} where ${won})`]
      : []),
  ])
  const row = results[3]?.results[0] as
    | { id: string; tenant_id: string; attempts: number; title: string; description: string | null; description_ai: string | null; options: string | null }
    | undefined
  if (!row) return undefined
  const files = (results[4]?.results ?? []) as Array<{ id: string; file_path: string; diff_content: string; content: string | null }>
  return {
    changeset: {
      id: row.id,
      tenantId: row.tenant_id,
      attempts: row.attempts,
      title: row.title,
      description: row.description,
      descriptionAi: row.description_ai,
      options: parseJson<ChangesetRow['options']>(row.options),
    },
    files: files.map((f) => ({ id: f.id, path: f.file_path, diff: f.diff_content, content: f.content })),
    previous: (results[5]?.results ?? []) as Array<{ fingerprint: string; status: FindingStatus }>,
  }
}

/** A JSON column read outside drizzle; a value that does not parse reads as absent, as drizzle's own reads would fail. */
function parseJson<T>(text: string | null): T | null {
  if (text === null) return null
  try {
    return JSON.parse(text) as T
  } catch {
    return null
  }
}

/** release: gives the lease back after a failed attempt so the retried message can claim it at once. */
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
 * fail: ends a review as `failed`. With `runId`, only that run's lease can fail it; without, any
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
  ) as SQL
  // One transaction, statements ordered so each sees the row before it moves: the history entry
  // (returning the status it left) and the revision only change when the changeset itself does.
  const [history] = await runBatch(d1Of(db), [
    historyEvent(
      { changesetId: changesets.id, revision: changesets.revision, type: 'status', from: changesets.status, to: 'failed', detail: reason, at: now },
      { table: changesets, where: guard, returning: 'from_status' },
    ),
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

export interface ReviewCommit {
  changesetId: string
  tenantId: string
  revision: number
  runId: string
  now: string
  /** What the parser learned about each stored file. */
  files: Array<FileReport & { id: string }>
  findings: Finding[]
  /** What this revision's review found, frozen so later triage does not rewrite it. */
  summary: Record<string, unknown>
  warnings: string[]
  /** `undefined` leaves the stored AI description as it is. */
  descriptionAi?: string | null
}

/**
 * commit: writes a review's outcome as one D1 transaction: file facts, findings matched to
 * earlier revisions by fingerprint, the revision's frozen summary and the `reviewed` status. Its
 * first statement aborts everything unless this run still holds the lease and the revision has
 * not been committed yet, which is what makes duplicate and stale runs harmless
 * (`isCommitConflict` recognises that refusal).
 */
export async function commitReview(db: Db, input: ReviewCommit): Promise<CommittedReview> {
  const { changesetId, revision, runId, now } = input
  const results = await runBatch(d1Of(db), [
    commitGuard(changesetId, revision, runId, now),
    ...updateFileReportsStatements(input.files),
    ...upsertFindingsStatements({
      changesetId,
      tenantId: input.tenantId,
      revision,
      now,
      findings: input.findings,
      newId: () => crypto.randomUUID(),
    }),
    resolveMissingStatement(changesetId, revision, now),
    db
      .update(revisions)
      .set({ summary: input.summary, status: 'reviewed', completedAt: now })
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
    historyEvent({ changesetId, revision, type: 'status', from: 'in_progress', to: 'reviewed', detail: null, at: now }),
    // Read back inside the same transaction, so watchers get the counts this commit produced
    // without another round trip.
    sql`select severity, category, status, count(*) as n from findings where changeset_id = ${changesetId} group by severity, category, status`,
    sql`select verdict from ${changesets} where ${changesets.id} = ${changesetId}`,
  ])
  const counts = results.at(-2)?.results as Array<{ severity: string; category: string; status: string; n: number }> | undefined
  const verdict = (results.at(-1)?.results[0] as { verdict: Verdict | null } | undefined)?.verdict ?? null
  return { counts: tallyCounts(counts ?? []), verdict }
}

/** The findings' counts and the verdict as the commit left them. */
export interface CommittedReview {
  counts: FindingCounts
  verdict: Verdict | null
}

/** Statement that aborts a commit batch unless `runId` still holds the lease on `revision`. */
export function commitGuard(changesetId: string, revision: number, runId: string, now: string) {
  return sql`insert into review_commits (changeset_id, revision, run_id, committed_at)
    values (${changesetId}, ${revision},
      (select run_id from ${changesets} where ${changesets.id} = ${changesetId} and ${changesets.runId} = ${runId}
         and ${changesets.status} = 'in_progress' and ${changesets.revision} = ${revision}),
      ${now})`
}

/** The commit guard refused: another run committed this revision, or this run lost its lease. */
export function isCommitConflict(err: unknown): boolean {
  const text = String(err instanceof Error ? err.message : err) + String((err as { cause?: unknown })?.cause ?? '')
  return /review_commits/.test(text) && /constraint/i.test(text)
}

/** The verdict from the findings that are open right now, computed inside the same transaction. */
export const verdictSql = (changesetId: string) => sql`(case
  when exists (select 1 from findings where changeset_id = ${changesetId} and status = 'open' and severity_rank <= 1)
    then 'changes_requested'
  when exists (select 1 from findings where changeset_id = ${changesetId} and status = 'open')
    then 'approved_with_comments'
  else 'approved' end)`

/**
 * supersede: starts revision `number` of a changeset: its files, a fresh review state (status
 * pending, attempts and lease reset, so a run still busy on the previous revision can no longer
 * commit), and the history entry. The revision row goes first: its primary key makes a
 * concurrent submission of the same number abort this whole batch.
 */
export async function supersedeRevision(
  db: Db,
  input: {
    changesetId: string
    tenantId: string
    number: number
    previousStatus: string
    files: SubmittedFileRow[]
    additions: number
    deletions: number
    options: ChangesetRow['options'] | undefined
    now: string
  },
): Promise<void> {
  const { changesetId, number, now } = input
  await runBatch(d1Of(db), [
    db.insert(revisions).values({
      changesetId,
      number,
      tenantId: input.tenantId,
      status: 'pending',
      fileCount: input.files.length,
      additions: input.additions,
      deletions: input.deletions,
      createdAt: now,
    }),
    db
      .update(changesets)
      .set({
        revision: number,
        status: 'pending',
        attempts: 0,
        recoveries: 0,
        runId: null,
        leaseExpiresAt: null,
        lastError: null,
        startedAt: null,
        completedAt: null,
        updatedAt: now,
        ...(input.options !== undefined ? { options: input.options } : {}),
      })
      .where(and(eq(changesets.id, changesetId), eq(changesets.revision, number - 1))),
    // Fails the batch unless the update above moved the changeset to this revision.
    historyEvent(
      { changesetId, revision: number, type: 'status', from: input.previousStatus, to: 'pending', detail: `revision ${number} submitted`, at: now },
      { table: changesets, where: sql`${changesets.id} = ${changesetId} and ${changesets.revision} = ${number}`, otherwise: 'abort' },
    ),
    // A review still pending or running on the previous revision will never commit now.
    db
      .update(revisions)
      .set({ status: 'failed', error: `superseded by revision ${number} before its review finished`, completedAt: now })
      .where(and(eq(revisions.changesetId, changesetId), eq(revisions.number, number - 1), inArray(revisions.status, ['pending', 'in_progress']))),
    ...insertFilesStatements(input.files),
  ])
}

/**
 * requeue: counts one more recovery of a stuck review before its job is sent again. Guarded on
 * the row as the watchdog read it, so two watchdogs racing requeue once. Returns whether this
 * call won.
 */
export async function requeueReview(db: Db, row: Pick<ChangesetRow, 'id' | 'status' | 'updatedAt'>, now: string): Promise<boolean> {
  const bumped = await db
    .update(changesets)
    .set({ recoveries: sql`${changesets.recoveries} + 1`, updatedAt: now })
    .where(and(eq(changesets.id, row.id), eq(changesets.updatedAt, row.updatedAt), eq(changesets.status, row.status)))
    .returning({ id: changesets.id })
  return bumped.length > 0
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
