import { eq, sql } from 'drizzle-orm'
import type { Db } from './client'
import { SEVERITIES } from '../review/types'
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

/** Every severity at zero, so counts always list all four. */
export function zeroBySeverity(): Record<string, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0]))
}

export function emptyCounts(): FindingCounts {
  return {
    total: 0,
    bySeverity: zeroBySeverity(),
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
