import { z } from '@hono/zod-openapi'

export const ChangesetIdParamSchema = z.object({
  changeset_id: z.string().min(1).max(100).openapi({ param: { name: 'changeset_id', in: 'path' } }),
})

export const FindingIdParamSchema = ChangesetIdParamSchema.extend({
  finding_id: z.string().min(1).max(100).openapi({ param: { name: 'finding_id', in: 'path' } }),
})

/** The query fields every list takes; spread into its filters with `.extend()`. */
export const PageQuerySchema = {
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: 'Page size (1–100).' }),
  // A cursor carries its list's filters and last sort key (a file path, say), so it is as long as they are.
  cursor: z.string().max(32_768).optional().openapi({ description: 'Opaque cursor from `next_cursor`; carries the filters and page size.' }),
}
