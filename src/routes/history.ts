import { createRoute, z } from '@hono/zod-openapi'
import { asc, eq } from 'drizzle-orm'
import { requireScope } from '../auth/middleware'
import { requireChangeset } from '../changesets/access'
import { getDb } from '../db/client'
import { changesetEvents } from '../db/schema'
import { errorResponses } from '../errors'
import type { App } from '../types'
import { ChangesetIdParamSchema, jsonContent } from './schemas'

const HistoryEntrySchema = z
  .object({
    id: z.number().int(),
    revision: z.number().int(),
    type: z.enum(['status', 'triage']).openapi({ description: '`status`: a review transition; `triage`: a finding changed status.' }),
    from: z.string().nullable(),
    to: z.string().nullable(),
    detail: z.string().nullable().openapi({ description: 'Why (status) or which finding, by whom and why (triage, JSON).' }),
    at: z.string(),
  })
  .openapi('HistoryEntry')

const historyRoute = createRoute({
  method: 'get',
  path: '/api/changesets/{changeset_id}/history',
  tags: ['changesets'],
  summary: 'The status and triage history of a changeset, oldest first',
  security: [{ Bearer: [] }],
  middleware: [requireScope('read')] as const,
  request: { params: ChangesetIdParamSchema },
  responses: {
    200: { description: 'Every transition and triage change', content: jsonContent(z.object({ data: z.array(HistoryEntrySchema) })) },
    ...errorResponses,
  },
})

export function registerHistoryRoutes(app: App) {
  app.openapi(historyRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const db = getDb(c.env.DB)
    await requireChangeset(db, c.get('principal').tenantId, changeset_id)
    const rows = await db.select().from(changesetEvents).where(eq(changesetEvents.changesetId, changeset_id)).orderBy(asc(changesetEvents.id))
    return c.json(
      {
        data: rows.map((r) => ({
          id: r.id,
          revision: r.revision,
          type: r.type === 'triage' ? ('triage' as const) : ('status' as const),
          from: r.fromStatus,
          to: r.toStatus,
          detail: r.detail,
          at: r.at,
        })),
      },
      200,
    )
  })
}
