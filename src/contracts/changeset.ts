import { z } from '@hono/zod-openapi'
import type { ChangesetView } from '../db/changeset-view'
import type { ListedChangeset } from '../db/changeset-list'
import { ReviewOptionsSchema } from './review-options'
import { ChangesetStatusSchema, CountsSchema, VerdictSchema } from './status'

export const LinksSchema = z
  .object({
    self: z.string().openapi({ example: '/api/changesets/6f9c…' }),
    findings: z.string(),
    events: z.string(),
    report: z.string(),
  })
  .openapi('ChangesetLinks')

export const SummarySchema = z
  .object({
    files_reviewed: z.number().int(),
    files_skipped: z.number().int(),
    lines_added: z.number().int(),
    lines_removed: z.number().int(),
    findings_total: z.number().int(),
    by_severity: CountsSchema.openapi({ example: { critical: 1, major: 2, minor: 0, info: 3 } }),
    by_category: CountsSchema.openapi({ example: { security: 2, bug: 1 } }),
    by_status: CountsSchema.openapi({ example: { open: 5, dismissed: 1, resolved: 0 } }),
    verdict: VerdictSchema.nullable(),
  })
  .openapi('Summary')

export const ChangesetSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    author: z.string(),
    status: ChangesetStatusSchema,
    verdict: VerdictSchema.nullable(),
    revision: z.number().int(),
    file_count: z.number().int(),
    error: z.string().nullable().openapi({ description: 'Why the review failed, when `status` is `failed`.' }),
    warnings: z.array(z.string()),
    description_ai: z.string().nullable(),
    options: ReviewOptionsSchema.nullable(),
    attempts: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
    started_at: z.string().nullable(),
    completed_at: z.string().nullable(),
    summary: SummarySchema,
    links: LinksSchema,
  })
  .openapi('Changeset')

export const ChangesetListItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    author: z.string(),
    status: ChangesetStatusSchema,
    verdict: VerdictSchema.nullable(),
    revision: z.number().int(),
    file_count: z.number().int(),
    open_findings: CountsSchema.openapi({ example: { critical: 0, major: 1, minor: 2, info: 0 } }),
    created_at: z.string(),
    updated_at: z.string(),
    completed_at: z.string().nullable(),
    links: LinksSchema,
  })
  .openapi('ChangesetListItem')

export function changesetLinks(id: string): z.infer<typeof LinksSchema> {
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
    options: row.options ?? null,
    attempts: row.attempts,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    started_at: row.startedAt,
    completed_at: row.completedAt,
    summary: {
      files_reviewed: row.status === 'reviewed' ? files.fileCount - files.filesSkipped : 0,
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

export function toChangesetListItemJson({ row, fileCount, openBySeverity }: ListedChangeset): z.infer<typeof ChangesetListItemSchema> {
  return {
    id: row.id,
    title: row.title,
    author: row.author,
    status: row.status,
    verdict: row.verdict,
    revision: row.revision,
    file_count: fileCount,
    open_findings: openBySeverity,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
    completed_at: row.completedAt,
    links: changesetLinks(row.id),
  }
}
