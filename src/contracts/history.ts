import { z } from '@hono/zod-openapi'
import type { HistoryRow } from '../db/history'

export const HISTORY_TYPES = ['status', 'triage'] as const

export const HistoryEntrySchema = z
  .object({
    id: z.number().int(),
    revision: z.number().int(),
    type: z.enum(HISTORY_TYPES).openapi({ description: '`status`: a review transition; `triage`: a finding changed status.' }),
    from: z.string().nullable(),
    to: z.string().nullable(),
    detail: z.string().nullable().openapi({ description: 'Why (status) or which finding, by whom and why (triage, JSON).' }),
    at: z.string(),
  })
  .openapi('HistoryEntry')

export function toHistoryEntryJson(row: HistoryRow): z.infer<typeof HistoryEntrySchema> {
  return {
    id: row.id,
    revision: row.revision,
    type: row.type === 'triage' ? 'triage' : 'status',
    from: row.fromStatus,
    to: row.toStatus,
    detail: row.detail,
    at: row.at,
  }
}
