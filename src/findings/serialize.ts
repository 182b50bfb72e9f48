import type { z } from '@hono/zod-openapi'
import type { FindingRow } from '../db/schema'
import { redactSecrets } from '../review/redact'
import type { FindingSchema } from '../routes/schemas'

/**
 * Findings are masked when the review builds them; masking again on the way out (idempotent)
 * covers rows stored before masking existed and reasons people typed, so no API answer echoes a
 * live key.
 */
export function toFindingJson(row: FindingRow): z.infer<typeof FindingSchema> {
  return {
    id: row.id,
    rule_id: row.ruleId,
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
