import { z } from '@hono/zod-openapi'
import type { FindingRow } from '../db/schema'
import { cweOf } from '../review/cwe'
import { redactSecrets } from '../review/redact'
import { CategorySchema, SeveritySchema } from './severity'
import { FindingStatusSchema } from './status'
import { plainText } from './text'

export const FindingSchema = z
  .object({
    id: z.string(),
    rule_id: z.string().openapi({ example: 'python/sql-injection' }),
    cwe: z.array(z.string()).openapi({ description: "The weaknesses the finding's rule reports, most specific first (`GET /api/rules` has the same list); empty for style, hygiene and AI findings.", example: ['CWE-89'] }),
    severity: SeveritySchema,
    category: CategorySchema,
    file_path: z.string().nullable().openapi({ description: '`null` for changeset-level findings.' }),
    line: z.number().int().nullable().openapi({ description: 'New-side line; `null` for file- or changeset-level findings.' }),
    end_line: z.number().int().nullable().openapi({
      description: 'Last line of the offending statement when it spans several lines (`line` is its first); `null` for one-line findings.',
    }),
    message: z.string(),
    suggestion: z.string().nullable(),
    fingerprint: z.string().openapi({ description: 'Stable across revisions: rule + path + normalised line content.' }),
    source: z.enum(['rule', 'ai']),
    status: FindingStatusSchema,
    status_reason: z.string().nullable(),
    status_by: z.string().nullable().openapi({ description: 'The API key name that last triaged it, or `system`.' }),
    status_at: z.string().nullable(),
    first_revision: z.number().int(),
    last_revision: z.number().int(),
    created_at: z.string(),
  })
  .openapi('Finding')

export const TriageSchema = z
  .object({
    status: FindingStatusSchema.openapi({ description: '`dismissed` (false positive / does not apply), `resolved` (fixed), or `open` (reopen).' }),
    reason: plainText(2000, 'reason').optional().openapi({ example: 'Test fixture, not a real credential' }),
    expected_status: FindingStatusSchema.optional().openapi({
      description: 'Apply only if the finding still has this status; otherwise 409 `conflict` (optimistic concurrency).',
    }),
  })
  .openapi('Triage')

/**
 * Findings are masked when the review builds them; masking again on the way out (idempotent)
 * covers rows stored before masking existed and reasons people typed, so no API answer echoes a
 * live key.
 */
export function toFindingJson(row: FindingRow): z.infer<typeof FindingSchema> {
  return {
    id: row.id,
    rule_id: row.ruleId,
    cwe: [...cweOf(row.ruleId)],
    severity: row.severity,
    category: row.category as z.infer<typeof FindingSchema>['category'],
    file_path: row.filePath === '' ? null : row.filePath,
    line: row.line,
    end_line: row.endLine,
    message: redactSecrets(row.message),
    suggestion: row.suggestion === null ? null : redactSecrets(row.suggestion),
    fingerprint: row.fingerprint,
    source: row.source,
    status: row.status,
    status_reason: row.statusReason === null ? null : redactSecrets(row.statusReason),
    status_by: row.statusBy,
    status_at: row.statusAt,
    first_revision: row.firstRevision,
    last_revision: row.lastRevision,
    created_at: row.createdAt,
  }
}
