import { and, asc, eq, gt, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import { runBatch } from './batch'
import { d1Of, type Db } from './client'
import { historyEvent } from './history'
import { verdictSql } from './review-runs'
import { changesets, findings, type FindingRow, type FindingStatus } from './schema'

export interface FindingFilters {
  /** Minimum severity as a rank (0 = critical … 3 = info). */
  maxSeverityRank?: number
  category?: string
  status?: FindingStatus
  filePath?: string
  ruleId?: string
}

/** The sort key of the last finding on a page: (severity rank, file, line, id). */
export interface FindingCursor {
  r: number
  f: string
  l: number | null
  i: string
}

export function isFindingCursor(value: Record<string, unknown>): value is FindingCursor & Record<string, unknown> {
  return (
    typeof value.r === 'number' &&
    typeof value.f === 'string' &&
    (value.l === null || typeof value.l === 'number') &&
    typeof value.i === 'string'
  )
}

/**
 * Rows strictly after `c` in (severity_rank, file_path, line, id) order. `line` is NULL for
 * file-level findings and SQLite orders NULLs first, so the comparison spells that out.
 */
function afterCursor(c: FindingCursor): SQL | undefined {
  const sameFile = and(eq(findings.severityRank, c.r), eq(findings.filePath, c.f))
  const laterInFile =
    c.l === null
      ? or(isNotNull(findings.line), and(isNull(findings.line), gt(findings.id, c.i)))
      : or(gt(findings.line, c.l), and(eq(findings.line, c.l), gt(findings.id, c.i)))
  return or(
    gt(findings.severityRank, c.r),
    and(eq(findings.severityRank, c.r), gt(findings.filePath, c.f)),
    and(sameFile, laterInFile),
  )
}

export function findingConditions(tenantId: string, changesetId: string, filters: FindingFilters): (SQL | undefined)[] {
  return [
    eq(findings.changesetId, changesetId),
    eq(findings.tenantId, tenantId),
    filters.maxSeverityRank !== undefined ? lte(findings.severityRank, filters.maxSeverityRank) : undefined,
    filters.category ? eq(findings.category, filters.category) : undefined,
    filters.status ? eq(findings.status, filters.status) : undefined,
    filters.filePath !== undefined ? eq(findings.filePath, filters.filePath) : undefined,
    filters.ruleId ? eq(findings.ruleId, filters.ruleId) : undefined,
  ]
}

const stableOrder = [asc(findings.severityRank), asc(findings.filePath), asc(findings.line), asc(findings.id)]

export async function listFindings(
  db: Db,
  tenantId: string,
  changesetId: string,
  filters: FindingFilters,
  limit: number,
  after?: FindingCursor,
): Promise<{ items: FindingRow[]; next?: FindingCursor }> {
  const rows = await db
    .select()
    .from(findings)
    .where(and(...findingConditions(tenantId, changesetId, filters), after ? afterCursor(after) : undefined))
    .orderBy(...stableOrder)
    .limit(limit + 1)
  const more = rows.length > limit
  const items = more ? rows.slice(0, limit) : rows
  const last = items.at(-1)
  return { items, next: more && last ? { r: last.severityRank, f: last.filePath, l: last.line, i: last.id } : undefined }
}

/** Every finding of a changeset in the stable order (reports); bounded by the engine's cap per revision. */
export async function listAllFindings(db: Db, tenantId: string, changesetId: string): Promise<FindingRow[]> {
  return db
    .select()
    .from(findings)
    .where(and(eq(findings.changesetId, changesetId), eq(findings.tenantId, tenantId)))
    .orderBy(...stableOrder)
}

export async function findFinding(db: Db, tenantId: string, changesetId: string, id: string): Promise<FindingRow | undefined> {
  return db
    .select()
    .from(findings)
    .where(and(eq(findings.id, id), eq(findings.changesetId, changesetId), eq(findings.tenantId, tenantId)))
    .get()
}

/**
 * Triage: moves a finding from `from` to `status` with who/when/why, records it in the history
 * and refreshes the changeset's verdict, all in one transaction. Guarded like a compare-and-set:
 * nothing is written unless the finding still has status `from`, so two concurrent triages
 * cannot both "win" (one would record `dismissed → dismissed`). Returns whether it applied.
 */
export async function setFindingStatus(
  db: Db,
  input: { finding: FindingRow; from: FindingStatus; revision: number; status: FindingStatus; reason: string | null; by: string; now: string },
): Promise<boolean> {
  const { finding, from, status, reason, by, now } = input
  const guard = and(eq(findings.id, finding.id), eq(findings.changesetId, finding.changesetId), eq(findings.status, from))
  const detail = JSON.stringify({ finding_id: finding.id, rule_id: finding.ruleId, by, reason })
  // The history entry first, while the guard still sees the old status; `returning` says whether it matched.
  const [history] = await runBatch(d1Of(db), [
    historyEvent(
      { changesetId: finding.changesetId, revision: input.revision, type: 'triage', from, to: status, detail, at: now },
      { table: findings, where: guard as SQL, returning: 'id' },
    ),
    db.update(findings).set({ status, statusReason: reason, statusBy: by, statusAt: now }).where(guard),
    // `changes()` is the row count of the statement just before (the finding update): a lost
    // race leaves the changeset untouched too.
    db
      .update(changesets)
      .set({ verdict: verdictSql(finding.changesetId), updatedAt: now })
      .where(and(eq(changesets.id, finding.changesetId), eq(changesets.status, 'reviewed'), sql`changes() > 0`)),
  ])
  return (history?.results.length ?? 0) > 0
}
