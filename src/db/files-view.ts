import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from './client'
import { changesetFiles, findings, type ChangesetFileRow } from './schema'
import { zeroBySeverity } from './summary'

export type FileSummaryRow = Omit<ChangesetFileRow, 'diffContent' | 'content'>

const summaryColumns = {
  id: changesetFiles.id,
  changesetId: changesetFiles.changesetId,
  tenantId: changesetFiles.tenantId,
  revision: changesetFiles.revision,
  position: changesetFiles.position,
  filePath: changesetFiles.filePath,
  language: changesetFiles.language,
  changeType: changesetFiles.changeType,
  oldPath: changesetFiles.oldPath,
  binary: changesetFiles.binary,
  additions: changesetFiles.additions,
  deletions: changesetFiles.deletions,
  skipped: changesetFiles.skipped,
  problems: changesetFiles.problems,
}

/** A revision's files (without diffs) and their open findings by severity: two queries, one batch. */
export async function listFiles(db: Db, tenantId: string, changesetId: string, revision: number) {
  const [files, counts] = await db.batch([
    db
      .select(summaryColumns)
      .from(changesetFiles)
      .where(and(eq(changesetFiles.changesetId, changesetId), eq(changesetFiles.tenantId, tenantId), eq(changesetFiles.revision, revision)))
      .orderBy(asc(changesetFiles.position)),
    db
      .select({ path: findings.filePath, severity: findings.severity, n: sql<number>`count(*)` })
      .from(findings)
      .where(and(eq(findings.changesetId, changesetId), eq(findings.tenantId, tenantId), eq(findings.status, 'open')))
      .groupBy(findings.filePath, findings.severity),
  ])
  return { files, openByPath: groupCounts(counts) }
}

export async function findFile(db: Db, tenantId: string, changesetId: string, fileId: string) {
  const file = await db
    .select()
    .from(changesetFiles)
    .where(and(eq(changesetFiles.id, fileId), eq(changesetFiles.changesetId, changesetId), eq(changesetFiles.tenantId, tenantId)))
    .get()
  if (!file) return undefined
  const counts = await db
    .select({ path: findings.filePath, severity: findings.severity, n: sql<number>`count(*)` })
    .from(findings)
    .where(and(eq(findings.changesetId, changesetId), eq(findings.filePath, file.filePath), eq(findings.status, 'open')))
    .groupBy(findings.filePath, findings.severity)
  return { file, open: groupCounts(counts).get(file.filePath) ?? zeroBySeverity() }
}

function groupCounts(rows: { path: string; severity: string; n: number }[]): Map<string, Record<string, number>> {
  const byPath = new Map<string, Record<string, number>>()
  for (const row of rows) {
    const counts = byPath.get(row.path) ?? zeroBySeverity()
    counts[row.severity] = row.n
    byPath.set(row.path, counts)
  }
  return byPath
}

