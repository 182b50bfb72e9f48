import type { z } from '@hono/zod-openapi'
import type { ChangesetView } from '../db/changeset-view'
import type { ChangesetRow } from '../db/schema'
import type { ChangesetSchema, ReviewOptionsSchema } from '../routes/schemas'

export function changesetLinks(id: string) {
  const self = `/api/changesets/${id}`
  return { self, findings: `${self}/findings`, events: `${self}/events`, report: `${self}/report` }
}

/** Explicit field mapping: columns never reach the wire by accident. */
export function toChangesetJson(view: ChangesetView): z.infer<typeof ChangesetSchema> {
  const { row, files, counts } = view
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    author: row.author,
    status: row.status,
    verdict: row.verdict,
    revision: row.revision,
    file_count: files.fileCount,
    error: row.status === 'failed' ? row.lastError : null,
    warnings: row.warnings ?? [],
    description_ai: row.descriptionAi,
    options: (row.options as z.infer<typeof ReviewOptionsSchema> | null) ?? null,
    attempts: row.attempts,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    started_at: row.startedAt,
    completed_at: row.completedAt,
    summary: {
      files_reviewed: isReviewed(row) ? files.fileCount - files.filesSkipped : 0,
      files_skipped: files.filesSkipped,
      lines_added: files.additions,
      lines_removed: files.deletions,
      findings_total: counts.total,
      by_severity: counts.bySeverity,
      by_category: counts.byCategory,
      by_status: counts.byStatus,
      verdict: row.verdict,
    },
    links: changesetLinks(row.id),
  }
}

function isReviewed(row: ChangesetRow): boolean {
  return row.status === 'reviewed'
}
