import { z } from '@hono/zod-openapi'
import { submitChangeset } from '../changesets/submit'
import { changesetLinks, ChangesetListItemSchema, ChangesetSchema, toChangesetJson, toChangesetListItemJson } from '../contracts/changeset'
import { ChangesetIdParamSchema, PageQuerySchema } from '../contracts/params'
import { ChangesetStatusSchema, VerdictSchema } from '../contracts/status'
import { SubmitChangesetSchema, SubmitResponseSchema } from '../contracts/submission'
import { loadChangesetView } from '../db/changeset-view'
import { listChangesets, type ListCursor } from '../db/changeset-list'
import { deleteChangeset } from '../db/changesets'
import { closeRoom } from '../do/notify'
import { getDb } from '../db/client'
import { changesetNotFound } from '../errors'
import { limitBody } from '../middleware/body-limit'
import type { App } from '../types'
import { apiRoute, jsonContent } from './openapi'
import { readPage } from './pagination'

const submitChangesetRoute = apiRoute('write', {
  method: 'post',
  path: '/api/changesets',
  tags: ['changesets'],
  summary: 'Submit a changeset for review',
  description:
    'Stores the changeset and its files atomically and queues a review; the review never runs on this request. ' +
    'Give the diffs either as `files` (one unified diff per file) or as one whole `diff` (`git diff main...` output).',
  middleware: [limitBody()],
  request: { body: { content: jsonContent(SubmitChangesetSchema), required: true } },
  responses: {
    202: { description: 'Accepted; the review runs in the background', content: jsonContent(SubmitResponseSchema) },
  },
})

const getChangesetRoute = apiRoute('read', {
  method: 'get',
  path: '/api/changesets/{changeset_id}',
  tags: ['changesets'],
  summary: 'Get a changeset with its review summary',
  request: { params: ChangesetIdParamSchema },
  responses: {
    200: { description: 'The changeset', content: jsonContent(ChangesetSchema) },
  },
})

const ChangesetFiltersSchema = z.object({
  status: ChangesetStatusSchema.optional(),
  author: z.string().max(100).optional(),
  verdict: VerdictSchema.optional(),
  created_after: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Inclusive, ISO 8601.' }),
  created_before: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Exclusive, ISO 8601.' }),
})

const listChangesetsRoute = apiRoute('read', {
  method: 'get',
  path: '/api/changesets',
  tags: ['changesets'],
  summary: 'List changesets, newest first',
  description:
    'Cursor-paginated; pages never repeat or skip a changeset while new ones arrive. `next_cursor` carries the filters ' +
    'and page size, so `?cursor=` alone continues the same list; a cursor sent with different filters is a 422.',
  request: {
    query: ChangesetFiltersSchema.extend(PageQuerySchema),
  },
  responses: {
    200: {
      description: 'A page of changesets',
      content: jsonContent(z.object({ data: z.array(ChangesetListItemSchema), next_cursor: z.string().nullable() }).openapi('ChangesetPage')),
    },
  },
})

const deleteChangesetRoute = apiRoute('write', {
  method: 'delete',
  path: '/api/changesets/{changeset_id}',
  tags: ['changesets'],
  summary: 'Delete a changeset with its files, findings and history',
  description: 'Open event streams are closed with code 4404.',
  request: { params: ChangesetIdParamSchema },
  responses: { 204: { description: 'Deleted' } },
})

const isListCursor = (v: Record<string, unknown>): v is ListCursor & Record<string, unknown> =>
  typeof v.createdAt === 'string' && typeof v.id === 'string'

const toIso = (value: string | undefined) => (value ? new Date(value).toISOString() : undefined)

export function registerChangesetRoutes(app: App) {
  app.openapi(listChangesetsRoute, async (c) => {
    const request = readPage(c, c.req.valid('query'), ChangesetFiltersSchema, isListCursor)
    const { filters } = request
    const page = await listChangesets(
      getDb(c.env.DB),
      c.get('principal').tenantId,
      {
        status: filters.status,
        author: filters.author,
        verdict: filters.verdict,
        createdAfter: toIso(filters.created_after),
        createdBefore: toIso(filters.created_before),
      },
      request.limit,
      request.after,
    )
    return c.json(
      {
        data: page.items.map(toChangesetListItemJson),
        next_cursor: request.cursorAfter(page.next && { createdAt: page.next.createdAt, id: page.next.id }),
      },
      200,
    )
  })

  app.openapi(deleteChangesetRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const deleted = await deleteChangeset(getDb(c.env.DB), c.get('principal').tenantId, changeset_id)
    if (!deleted) throw changesetNotFound(changeset_id)
    c.get('log').info('changeset.deleted', { changeset_id })
    await closeRoom(c.env, changeset_id, c.get('log'))
    return c.body(null, 204)
  })

  app.openapi(submitChangesetRoute, async (c) => {
    const body = c.req.valid('json')
    const { id, revision, files } = await submitChangeset(c.env, c.get('principal'), body, c.get('log'), (work) => c.executionCtx.waitUntil(work))
    c.set('logFields', { changeset_id: id, files })
    c.header('Location', `/api/changesets/${id}`)
    return c.json(
      { message: 'Changeset submitted' as const, changeset_id: id, status: 'pending' as const, revision, links: changesetLinks(id) },
      202,
    )
  })

  app.openapi(getChangesetRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const view = await loadChangesetView(getDb(c.env.DB), c.get('principal').tenantId, changeset_id)
    if (!view) throw changesetNotFound(changeset_id)
    return c.json(toChangesetJson(view), 200)
  })
}
