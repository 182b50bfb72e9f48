import { changesetLinks, toChangesetJson } from '../contracts/changeset'
import { toFindingJson } from '../contracts/finding'
import { loadChangesetView, type ChangesetView } from '../db/changeset-view'
import type { Db } from '../db/client'
import { listReportFindings, type ReportScope } from '../db/report-findings'
import type { FindingRow } from '../db/schema'
import { ruleCatalog } from '../review'
import type { ReportCoverage, ReportInput } from './types'

/**
 * The most findings one report holds, whatever the format. Findings pile up across revisions
 * (thirty revisions of a large change is tens of thousands of rows and megabytes of report);
 * the paginated findings API lists them all.
 */
export const MAX_REPORT_FINDINGS = 1000

export interface LoadedReport {
  view: ChangesetView
  rows: FindingRow[]
  coverage: ReportCoverage
}

/** The changeset and the findings its report covers; undefined when there is no such changeset. */
export async function loadReport(db: Db, tenantId: string, changesetId: string, scope: ReportScope = 'latest'): Promise<LoadedReport | undefined> {
  const [view, found] = await Promise.all([
    loadChangesetView(db, tenantId, changesetId),
    listReportFindings(db, tenantId, changesetId, scope, MAX_REPORT_FINDINGS),
  ])
  if (!view) return undefined
  const coverage: ReportCoverage = {
    scope,
    revision: found.revision,
    shown: found.rows.length,
    in_scope: found.inScope,
    total: view.counts.total,
    max: MAX_REPORT_FINDINGS,
    findings_url: changesetLinks(view.row.id).findings,
  }
  return { view, rows: found.rows, coverage }
}

/** Assembles what the Markdown, SARIF and rdjson renderers read. */
export function buildReportInput({ view, rows, coverage }: LoadedReport, origin: string, version: string): ReportInput {
  const changeset = toChangesetJson(view)
  return {
    changeset: {
      id: changeset.id,
      title: changeset.title,
      description: changeset.description,
      author: changeset.author,
      status: changeset.status,
      revision: changeset.revision,
      created_at: changeset.created_at,
      completed_at: changeset.completed_at,
      description_ai: changeset.description_ai,
      warnings: changeset.warnings,
    },
    summary: changeset.summary,
    findings: rows.map(toFindingJson),
    coverage,
    rules: ruleCatalog(),
    origin,
    version,
    generatedAt: new Date().toISOString(),
  }
}
