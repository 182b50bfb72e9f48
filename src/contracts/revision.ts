import { z } from '@hono/zod-openapi'
import type { RevisionRow } from '../db/schema'
import { ChangesetStatusSchema, CountsSchema } from './status'

export const RevisionSchema = z
  .object({
    number: z.number().int(),
    status: ChangesetStatusSchema,
    file_count: z.number().int(),
    additions: z.number().int(),
    deletions: z.number().int(),
    error: z.string().nullable(),
    summary: z
      .object({
        files_reviewed: z.number().int(),
        files_skipped: z.number().int(),
        lines_added: z.number().int(),
        lines_removed: z.number().int(),
        findings: z.number().int(),
        new_findings: z.number().int(),
        resolved_findings: z.number().int(),
        by_severity: CountsSchema,
        by_category: CountsSchema,
        truncated: z.number().int(),
        suppressed: z.number().int(),
        parse_problems: z.number().int(),
      })
      .nullable()
      .openapi({ description: 'Frozen when the revision’s review completed; `null` before.' }),
    created_at: z.string(),
    completed_at: z.string().nullable(),
  })
  .openapi('Revision')

export function toRevisionJson(row: RevisionRow): z.infer<typeof RevisionSchema> {
  return {
    number: row.number,
    status: row.status,
    file_count: row.fileCount,
    additions: row.additions,
    deletions: row.deletions,
    error: row.error,
    summary: (row.summary as z.infer<typeof RevisionSchema>['summary']) ?? null,
    created_at: row.createdAt,
    completed_at: row.completedAt,
  }
}
