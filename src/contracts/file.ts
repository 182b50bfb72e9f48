import { z } from '@hono/zod-openapi'
import type { FileSummaryRow } from '../db/files-view'
import type { ChangesetFileRow } from '../db/schema'
import { CountsSchema } from './status'

export const FileSchema = z
  .object({
    id: z.string(),
    file_path: z.string(),
    old_path: z.string().nullable(),
    change_type: z.string().nullable(),
    language: z.string().nullable(),
    binary: z.boolean(),
    additions: z.number().int(),
    deletions: z.number().int(),
    skipped: z.string().nullable().openapi({ description: 'Why the file was not reviewed, if it was not.' }),
    problems: z.array(z.object({ message: z.string(), diffLine: z.number().int().optional() })),
    revision: z.number().int(),
    open_findings: CountsSchema,
  })
  .openapi('ChangesetFile')

export const FileWithDiffSchema = FileSchema.extend({
  diff_content: z.string(),
  content: z.string().nullable().openapi({ description: 'The full new-side text the client sent with the file; `null` when it sent none.' }),
}).openapi('ChangesetFileWithDiff')

/** `open` counts the file's open findings by severity. */
export function toFileJson(row: FileSummaryRow, open: Record<string, number>): z.infer<typeof FileSchema> {
  return {
    id: row.id,
    file_path: row.filePath,
    old_path: row.oldPath,
    change_type: row.changeType,
    language: row.language,
    binary: row.binary,
    additions: row.additions,
    deletions: row.deletions,
    skipped: row.skipped,
    problems: row.problems ?? [],
    revision: row.revision,
    open_findings: open,
  }
}

export function toFileWithDiffJson(row: ChangesetFileRow, open: Record<string, number>): z.infer<typeof FileWithDiffSchema> {
  return { ...toFileJson(row, open), diff_content: row.diffContent, content: row.content }
}
