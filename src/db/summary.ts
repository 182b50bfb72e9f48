import { eq, sql } from 'drizzle-orm'
import type { Db } from './client'
import { findings } from './schema'

export interface FindingCounts {
  total: number
  /** Open findings only: what still needs attention. */
  bySeverity: Record<string, number>
  /** Open findings only. */
  byCategory: Record<string, number>
  /** Every finding. */
  byStatus: Record<string, number>
}

export function emptyCounts(): FindingCounts {
  return {
    total: 0,
    bySeverity: { critical: 0, major: 0, minor: 0, info: 0 },
    byCategory: {},
    byStatus: { open: 0, dismissed: 0, resolved: 0 },
  }
}

/** One grouped query, however many findings there are. */
export async function loadFindingCounts(db: Db, changesetId: string): Promise<FindingCounts> {
  const rows = await db
    .select({
      severity: findings.severity,
      category: findings.category,
      status: findings.status,
      n: sql<number>`count(*)`,
    })
    .from(findings)
    .where(eq(findings.changesetId, changesetId))
    .groupBy(findings.severity, findings.category, findings.status)
  return tallyCounts(rows)
}

export function tallyCounts(
  rows: Iterable<{ severity: string; category: string; status: string; n: number }>,
): FindingCounts {
  const counts = emptyCounts()
  for (const row of rows) {
    counts.total += row.n
    counts.byStatus[row.status] = (counts.byStatus[row.status] ?? 0) + row.n
    if (row.status !== 'open') continue
    counts.bySeverity[row.severity] = (counts.bySeverity[row.severity] ?? 0) + row.n
    counts.byCategory[row.category] = (counts.byCategory[row.category] ?? 0) + row.n
  }
  return counts
}
