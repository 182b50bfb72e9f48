import { and, asc, eq, or, sql } from 'drizzle-orm'
import type { Db } from './client'
import { findings, reviewCommits, type FindingRow } from './schema'

/**
 * `latest`: what the latest reviewed revision says, i.e. its findings (open or dismissed) plus
 * the ones it resolved (last seen in the revision reviewed before it). `all`: every revision.
 */
export type ReportScope = 'latest' | 'all'

export interface ReportFindingRows {
  rows: FindingRow[]
  /** Findings in scope; `rows` holds at most `limit` of them. */
  inScope: number
  /** The latest revision whose review committed; null before the first. */
  revision: number | null
}

/**
 * Findings for a report: bounded, open ones first (then dismissed, then resolved), each group in
 * the findings list's stable order, so a cut drops history before anything actionable.
 */
export async function listReportFindings(db: Db, tenantId: string, changesetId: string, scope: ReportScope, limit: number): Promise<ReportFindingRows> {
  const latest = sql`(select max(revision) from ${reviewCommits} where ${reviewCommits.changesetId} = ${changesetId})`
  const previous = sql`(select max(revision) from ${reviewCommits} where ${reviewCommits.changesetId} = ${changesetId} and revision < ${latest})`
  const where = and(
    eq(findings.changesetId, changesetId),
    eq(findings.tenantId, tenantId),
    scope === 'latest' ? or(eq(findings.lastRevision, latest), and(eq(findings.status, 'resolved'), eq(findings.lastRevision, previous))) : undefined,
  )
  const statusOrder = sql`case ${findings.status} when 'open' then 0 when 'dismissed' then 1 else 2 end`
  const [revisionRows, countRows, rows] = await db.batch([
    db.select({ revision: sql<number | null>`max(${reviewCommits.revision})` }).from(reviewCommits).where(eq(reviewCommits.changesetId, changesetId)),
    db.select({ n: sql<number>`count(*)` }).from(findings).where(where),
    db
      .select()
      .from(findings)
      .where(where)
      .orderBy(statusOrder, asc(findings.severityRank), asc(findings.filePath), asc(findings.line), asc(findings.id))
      .limit(limit),
  ])
  return { rows, inScope: countRows[0]?.n ?? 0, revision: revisionRows[0]?.revision ?? null }
}
