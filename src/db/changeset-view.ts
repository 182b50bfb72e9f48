import { and, eq, sql } from 'drizzle-orm'
import type { Db } from './client'
import { changesetFiles, changesets, findings, type ChangesetRow } from './schema'
import { tallyCounts, type FindingCounts } from './summary'

export interface FileTotals {
  fileCount: number
  filesSkipped: number
  additions: number
  deletions: number
}

export interface ChangesetView {
  row: ChangesetRow
  files: FileTotals
  counts: FindingCounts
}

/** A changeset with its file totals and finding counts, in one round trip (three statements, one batch). */
export async function loadChangesetView(db: Db, tenantId: string, id: string): Promise<ChangesetView | undefined> {
  const [rows, fileTotals, countRows] = await db.batch([
    db
      .select()
      .from(changesets)
      .where(and(eq(changesets.tenantId, tenantId), eq(changesets.id, id))),
    db
      .select({
        fileCount: sql<number>`count(*)`,
        filesSkipped: sql<number>`count(${changesetFiles.skipped})`,
        additions: sql<number>`coalesce(sum(${changesetFiles.additions}), 0)`,
        deletions: sql<number>`coalesce(sum(${changesetFiles.deletions}), 0)`,
      })
      .from(changesetFiles)
      .where(
        and(
          eq(changesetFiles.changesetId, id),
          eq(changesetFiles.tenantId, tenantId),
          sql`${changesetFiles.revision} = (select revision from changesets where id = ${id})`,
        ),
      ),
    db
      .select({ severity: findings.severity, category: findings.category, status: findings.status, n: sql<number>`count(*)` })
      .from(findings)
      .where(and(eq(findings.changesetId, id), eq(findings.tenantId, tenantId)))
      .groupBy(findings.severity, findings.category, findings.status),
  ])
  const row = rows[0]
  if (!row) return undefined
  return {
    row,
    files: fileTotals[0] ?? { fileCount: 0, filesSkipped: 0, additions: 0, deletions: 0 },
    counts: tallyCounts(countRows),
  }
}
