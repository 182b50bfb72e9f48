import type { ChangesetView } from '../db/changeset-view'
import type { FindingRow } from '../db/schema'
import { toChangesetJson } from '../changesets/serialize'
import { toFindingJson } from '../findings/serialize'
import { ruleCatalog } from '../review'
import type { ReportInput } from './types'

/** Assembles what every report format renders, from rows the route already loaded. */
export function buildReportInput(view: ChangesetView, findings: FindingRow[], origin: string, version: string): ReportInput {
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
    findings: findings.map(toFindingJson),
    rules: ruleCatalog(),
    origin,
    version,
    generatedAt: new Date().toISOString(),
  }
}
