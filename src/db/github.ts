import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import { runBatch } from './batch'
import { d1Of, type Db } from './client'
import {
  githubComments,
  githubDeliveries,
  githubInstallations,
  githubPullRequests,
  githubPullRevisions,
  tenants,
  type GitHubInstallationStatus,
} from './schema'

export type GitHubInstallationRow = typeof githubInstallations.$inferSelect
export type GitHubPullRequestRow = typeof githubPullRequests.$inferSelect
export type GitHubPullRevisionRow = typeof githubPullRevisions.$inferSelect

/** Records a webhook delivery; false when it was recorded before (a redelivery). */
export async function recordDelivery(db: Db, id: string, event: string, now: string): Promise<boolean> {
  const rows = await db.insert(githubDeliveries).values({ id, event, receivedAt: now }).onConflictDoNothing().returning({ id: githubDeliveries.id })
  return rows.length > 0
}

/** Forgets a delivery whose work could not be queued, so GitHub's redelivery is accepted. */
export async function forgetDelivery(db: Db, id: string): Promise<void> {
  await db.delete(githubDeliveries).where(eq(githubDeliveries.id, id))
}

/**
 * Forgets at most `limit` of the oldest deliveries, those received before `cutoff`; returns how
 * many. Deliveries are inserted as they arrive, so rowid order is age order: the inner scan reads
 * only `limit` rows from the start of the table and needs no index on `received_at`.
 */
export async function pruneDeliveries(db: Db, cutoff: string, limit: number): Promise<number> {
  const result = await d1Of(db)
    .prepare(
      'DELETE FROM github_deliveries WHERE rowid IN (SELECT rowid FROM (SELECT rowid, received_at FROM github_deliveries ORDER BY rowid LIMIT ?) WHERE received_at < ?)',
    )
    .bind(limit, cutoff)
    .run()
  return result.meta.changes
}

/** The tenant id an installation's data lives under: one tenant per installation. */
export function installationTenantId(installationId: number): string {
  return `github-installation-${installationId}`
}

/** Creates (or re-activates) an installation and its tenant in one transaction. */
export async function activateInstallation(
  db: Db,
  input: { id: number; accountLogin: string; accountType: string; now: string },
): Promise<void> {
  const tenantId = installationTenantId(input.id)
  await runBatch(d1Of(db), [
    db.insert(tenants).values({ id: tenantId, name: `GitHub: ${input.accountLogin}`, createdAt: input.now }).onConflictDoNothing(),
    db
      .insert(githubInstallations)
      .values({ ...input, tenantId, status: 'active', createdAt: input.now, updatedAt: input.now })
      .onConflictDoUpdate({
        target: githubInstallations.id,
        set: { status: 'active', accountLogin: input.accountLogin, accountType: input.accountType, updatedAt: input.now },
      }),
  ])
}

export async function setInstallationStatus(db: Db, id: number, status: GitHubInstallationStatus, now: string): Promise<void> {
  await db.update(githubInstallations).set({ status, updatedAt: now }).where(eq(githubInstallations.id, id))
}

export async function findInstallation(db: Db, id: number): Promise<GitHubInstallationRow | undefined> {
  return db.select().from(githubInstallations).where(eq(githubInstallations.id, id)).get()
}

export interface PullRequestKey {
  installationId: number
  repositoryId: number
  number: number
}

export async function findPullRequest(db: Db, key: PullRequestKey): Promise<GitHubPullRequestRow | undefined> {
  return db
    .select()
    .from(githubPullRequests)
    .where(
      and(
        eq(githubPullRequests.installationId, key.installationId),
        eq(githubPullRequests.repositoryId, key.repositoryId),
        eq(githubPullRequests.number, key.number),
      ),
    )
    .get()
}

export async function findPullRequestByChangeset(db: Db, changesetId: string): Promise<GitHubPullRequestRow | undefined> {
  return db.select().from(githubPullRequests).where(eq(githubPullRequests.changesetId, changesetId)).get()
}

/**
 * The pull request's row, written first if there is none: the changeset id it names is chosen
 * once, so a retried first push creates that changeset rather than a second one.
 */
export async function claimPullRequest(
  db: Db,
  input: PullRequestKey & { changesetId: string; owner: string; repo: string; now: string },
): Promise<GitHubPullRequestRow> {
  const { now, ...rest } = input
  await db
    .insert(githubPullRequests)
    .values({ ...rest, state: 'open', createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [githubPullRequests.installationId, githubPullRequests.repositoryId, githubPullRequests.number],
      set: { state: 'open', owner: input.owner, repo: input.repo, updatedAt: now },
    })
  return (await findPullRequest(db, input))!
}

/** Points a pull request at a new changeset (its old one was deleted through the API). */
export async function replacePullRequestChangeset(db: Db, old: string, changesetId: string, now: string): Promise<void> {
  await db.update(githubPullRequests).set({ changesetId, updatedAt: now }).where(eq(githubPullRequests.changesetId, old))
}

export async function setPullRequestState(db: Db, key: PullRequestKey, state: 'open' | 'closed', now: string): Promise<void> {
  const found = await findPullRequest(db, key)
  if (found) await db.update(githubPullRequests).set({ state, updatedAt: now }).where(eq(githubPullRequests.changesetId, found.changesetId))
}

/** The newest revision pushed at `headSha`, if any. */
export async function findRevisionForSha(db: Db, changesetId: string, headSha: string): Promise<GitHubPullRevisionRow | undefined> {
  return db
    .select()
    .from(githubPullRevisions)
    .where(and(eq(githubPullRevisions.changesetId, changesetId), eq(githubPullRevisions.headSha, headSha)))
    .orderBy(desc(githubPullRevisions.revision))
    .get()
}

export async function findPullRevision(db: Db, changesetId: string, revision: number): Promise<GitHubPullRevisionRow | undefined> {
  return db
    .select()
    .from(githubPullRevisions)
    .where(and(eq(githubPullRevisions.changesetId, changesetId), eq(githubPullRevisions.revision, revision)))
    .get()
}

export async function insertPullRevision(
  db: Db,
  row: { changesetId: string; revision: number; headSha: string; config: Record<string, unknown>; now: string },
): Promise<GitHubPullRevisionRow> {
  await db
    .insert(githubPullRevisions)
    .values({ changesetId: row.changesetId, revision: row.revision, headSha: row.headSha, config: row.config, createdAt: row.now })
    .onConflictDoUpdate({
      target: [githubPullRevisions.changesetId, githubPullRevisions.revision],
      // A retry of the same push keeps the check run it created; another push starts afresh.
      set: {
        checkRunId: sql`case when ${githubPullRevisions.headSha} = excluded.head_sha then ${githubPullRevisions.checkRunId} end`,
        headSha: row.headSha,
        config: row.config,
        reviewId: null,
        completedAt: null,
      },
    })
  return (await findPullRevision(db, row.changesetId, row.revision))!
}

/** Stores the check run created for a revision, unless one was stored first. */
export async function setCheckRunId(db: Db, changesetId: string, revision: number, checkRunId: number): Promise<void> {
  await db
    .update(githubPullRevisions)
    .set({ checkRunId })
    .where(and(eq(githubPullRevisions.changesetId, changesetId), eq(githubPullRevisions.revision, revision), isNull(githubPullRevisions.checkRunId)))
}

export async function setReviewPosted(
  db: Db,
  input: { changesetId: string; revision: number; reviewId: number; comments: { fingerprint: string; commentId: number | null }[]; now: string },
): Promise<void> {
  const { changesetId, revision, now } = input
  await runBatch(d1Of(db), [
    db
      .update(githubPullRevisions)
      .set({ reviewId: input.reviewId })
      .where(and(eq(githubPullRevisions.changesetId, changesetId), eq(githubPullRevisions.revision, revision))),
    // Four parameters a row: 20 rows stay well under D1's 100.
    ...chunk(input.comments, 20).map((rows) =>
      db
        .insert(githubComments)
        .values(rows.map((c) => ({ changesetId, revision, fingerprint: c.fingerprint, commentId: c.commentId, postedAt: now })))
        .onConflictDoNothing(),
    ),
  ])
}

export async function setCheckRunCompleted(db: Db, changesetId: string, revision: number, now: string): Promise<void> {
  await db
    .update(githubPullRevisions)
    .set({ completedAt: now })
    .where(and(eq(githubPullRevisions.changesetId, changesetId), eq(githubPullRevisions.revision, revision)))
}

/** Fingerprints of findings already posted to the pull request. */
export async function listPostedFingerprints(db: Db, changesetId: string): Promise<Set<string>> {
  const rows = await db.select({ fingerprint: githubComments.fingerprint }).from(githubComments).where(eq(githubComments.changesetId, changesetId))
  return new Set(rows.map((r) => r.fingerprint))
}

/** The finding an inline comment of ours is about. */
export async function findCommentFinding(db: Db, commentId: number): Promise<{ changesetId: string; fingerprint: string } | undefined> {
  return db
    .select({ changesetId: githubComments.changesetId, fingerprint: githubComments.fingerprint })
    .from(githubComments)
    .where(eq(githubComments.commentId, commentId))
    .get()
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Records GitHub's ids for our inline comments, by the fingerprint of the finding each is about. */
export async function linkCommentIds(db: Db, changesetId: string, ids: ReadonlyMap<string, number>): Promise<void> {
  const entries = [...ids]
  if (entries.length === 0) return
  await runBatch(
    d1Of(db),
    entries.map(([fingerprint, commentId]) =>
      db
        .update(githubComments)
        .set({ commentId })
        .where(and(eq(githubComments.changesetId, changesetId), eq(githubComments.fingerprint, fingerprint))),
    ),
  )
}
