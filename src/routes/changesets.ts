import { createRoute } from '@hono/zod-openapi'
import { requireScope } from '../auth/middleware'
import { changesetLinks, toChangesetJson } from '../changesets/serialize'
import { submitChangeset } from '../changesets/submit'
import { loadChangesetView } from '../db/changeset-view'
import { getDb } from '../db/client'
import { ApiError, bodyErrorResponses, errorResponses } from '../errors'
import { limitBody } from '../middleware/body-limit'
import type { App } from '../types'
import { ChangesetIdParamSchema, ChangesetSchema, SubmitChangesetSchema, SubmitResponseSchema } from './schemas'

const json = <T>(schema: T) => ({ 'application/json': { schema } })

const submitChangesetRoute = createRoute({
  method: 'post',
  path: '/api/changesets',
  tags: ['changesets'],
  summary: 'Submit a changeset for review',
  description:
    'Stores the changeset and its files atomically and queues a review; the review never runs on this request. ' +
    'Give the diffs either as `files` (one unified diff per file) or as one whole `diff` (`git diff main...` output).',
  security: [{ Bearer: [] }],
  middleware: [requireScope('write'), limitBody()] as const,
  request: { body: { content: json(SubmitChangesetSchema), required: true } },
  responses: {
    202: { description: 'Accepted; the review runs in the background', content: json(SubmitResponseSchema) },
    ...errorResponses,
    ...bodyErrorResponses,
  },
})

const getChangesetRoute = createRoute({
  method: 'get',
  path: '/api/changesets/{changeset_id}',
  tags: ['changesets'],
  summary: 'Get a changeset with its review summary',
  security: [{ Bearer: [] }],
  middleware: [requireScope('read')] as const,
  request: { params: ChangesetIdParamSchema },
  responses: {
    200: { description: 'The changeset', content: json(ChangesetSchema) },
    ...errorResponses,
  },
})

export function registerChangesetRoutes(app: App) {
  app.openapi(submitChangesetRoute, async (c) => {
    const body = c.req.valid('json')
    const { id, revision } = await submitChangeset(c.env, c.get('principal'), body, c.get('log'))
    c.header('Location', `/api/changesets/${id}`)
    return c.json(
      { message: 'Changeset submitted' as const, changeset_id: id, status: 'pending' as const, revision, links: changesetLinks(id) },
      202,
    )
  })

  app.openapi(getChangesetRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const view = await loadChangesetView(getDb(c.env.DB), c.get('principal').tenantId, changeset_id)
    if (!view) throw new ApiError(404, 'not_found', `Changeset ${changeset_id} not found`)
    return c.json(toChangesetJson(view), 200)
  })
}
