import { z } from '@hono/zod-openapi'
import { requireChangeset } from '../changesets/access'
import { HISTORY_TYPES, HistoryEntrySchema, toHistoryEntryJson } from '../contracts/history'
import { ChangesetIdParamSchema, PageQuerySchema } from '../contracts/params'
import { getDb } from '../db/client'
import { isHistoryCursor, listHistory } from '../db/history'
import type { App } from '../types'
import { apiRoute, jsonContent } from './openapi'
import { readPage } from './pagination'

const HistoryFiltersSchema = z.object({
  type: z.enum(HISTORY_TYPES).optional().openapi({ description: 'Only review transitions, or only triage changes.' }),
})

const historyRoute = apiRoute('read', {
  method: 'get',
  path: '/api/changesets/{changeset_id}/history',
  tags: ['changesets'],
  summary: 'The status and triage history of a changeset, oldest first',
  description: 'Cursor-paginated like every list: `next_cursor` carries the filter and page size.',
  request: { params: ChangesetIdParamSchema, query: HistoryFiltersSchema.extend(PageQuerySchema) },
  responses: {
    200: {
      description: 'A page of transitions and triage changes',
      content: jsonContent(z.object({ data: z.array(HistoryEntrySchema), next_cursor: z.string().nullable() }).openapi('HistoryPage')),
    },
  },
})

export function registerHistoryRoutes(app: App) {
  app.openapi(historyRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const db = getDb(c.env.DB)
    await requireChangeset(db, c.get('principal').tenantId, changeset_id)
    const request = readPage(c, c.req.valid('query'), HistoryFiltersSchema, isHistoryCursor)
    const page = await listHistory(db, changeset_id, request.filters, request.limit, request.after)
    return c.json(
      {
        data: page.items.map(toHistoryEntryJson),
        next_cursor: request.cursorAfter(page.next && { ...page.next }),
      },
      200,
    )
  })
}
