import { and, eq } from 'drizzle-orm'
import { runBatch } from '../db/batch'
import { getDb, nowIso } from '../db/client'
import { updateFileReportsStatements } from '../db/files'
import { resolveMissingStatement, upsertFindingsStatements } from '../db/findings-commit'
import { commitGuard, markReviewedStatements } from '../db/review-runs'
import { findings, revisions } from '../db/schema'
import type { Analysis } from './analyze'
import type { ReviewJob } from './jobs'
import { summarizeRevision } from './revision-summary'

export interface CommitInput {
  job: ReviewJob
  runId: string
  tenantId: string
  files: ReadonlyArray<{ id: string; path: string }>
  analysis: Analysis
}

/**
 * Writes a review's outcome as one D1 transaction: file facts, findings matched to earlier
 * revisions by fingerprint, the revision's frozen summary and the `reviewed` transition. Its
 * first statement aborts everything unless this run still holds the lease and the revision has
 * not been committed yet, which is what makes duplicate and stale runs harmless.
 */
export async function commitReview(env: Env, input: CommitInput): Promise<void> {
  const { job, runId, analysis } = input
  const db = getDb(env.DB)
  const previous =
    job.revision > 1
      ? await db
          .select({ fingerprint: findings.fingerprint, status: findings.status })
          .from(findings)
          .where(eq(findings.changesetId, job.changesetId))
      : []
  const summary = summarizeRevision({ ...analysis.engine, findings: analysis.findings }, previous)
  const idByPath = new Map(input.files.map((f) => [f.path, f.id]))
  const reports = analysis.engine.files.flatMap((r) => {
    const id = idByPath.get(r.path)
    return id ? [{ ...r, id }] : []
  })
  const now = nowIso()

  await runBatch(env.DB, [
    commitGuard(job.changesetId, job.revision, runId, now),
    ...updateFileReportsStatements(reports),
    ...upsertFindingsStatements({
      changesetId: job.changesetId,
      tenantId: input.tenantId,
      revision: job.revision,
      now,
      findings: analysis.findings,
      newId: () => crypto.randomUUID(),
    }),
    resolveMissingStatement(job.changesetId, job.revision, now),
    db
      .update(revisions)
      .set({ summary: { ...summary } })
      .where(and(eq(revisions.changesetId, job.changesetId), eq(revisions.number, job.revision))),
    ...markReviewedStatements(db, {
      changesetId: job.changesetId,
      revision: job.revision,
      runId,
      now,
      warnings: analysis.warnings,
      descriptionAi: analysis.descriptionAi,
    }),
  ])
}

/** The commit guard refused: another run committed this revision, or this run lost its lease. */
export function isCommitConflict(err: unknown): boolean {
  const text = String(err instanceof Error ? err.message : err) + String((err as { cause?: unknown })?.cause ?? '')
  return /review_commits/.test(text) && /constraint/i.test(text)
}
