import { z } from '@hono/zod-openapi'
import { requireChangeset } from '../changesets/access'
import { submitRevision } from '../changesets/revise'
import { changesetLinks } from '../contracts/changeset'
import { ChangesetIdParamSchema, PageQuerySchema } from '../contracts/params'
import { RevisionSchema, toRevisionJson } from '../contracts/revision'
import { RevisionSubmittedSchema, SubmitRevisionSchema } from '../contracts/submission'
import { getDb } from '../db/client'
import { isRevisionCursor, listRevisions } from '../db/revisions'
import { jsonErrorResponse } from '../errors'
import { limitBody } from '../middleware/body-limit'
import type { App } from '../types'
import { apiRoute, jsonContent } from './openapi'
import { readPage } from './pagination'

const submitRevisionRoute = apiRoute('write', {
  method: 'post',
  path: '/api/changesets/{changeset_id}/revisions',
  tags: ['revisions'],
  summary: 'Submit the next revision of the diffs',
  description:
    'Same body as a submission (`files` or `diff`, optional `options`). Reviewed like the first; findings are matched to ' +
    'the previous revision by fingerprint: dismissed stays dismissed, fixed ones are resolved automatically, new ones are open. ' +
    'A changeset takes at most `MAX_REVISIONS` revisions (20 by default); the next one is a 409 naming the limit.',
  middleware: [limitBody()],
  request: { params: ChangesetIdParamSchema, body: { content: jsonContent(SubmitRevisionSchema), required: true } },
  responses: {
    202: { description: 'Accepted; the review runs in the background', content: jsonContent(RevisionSubmittedSchema) },
    409: jsonErrorResponse('Another revision was submitted at the same time, or the changeset has MAX_REVISIONS revisions'),
  },
})

const listRevisionsRoute = apiRoute('read', {
  method: 'get',
  path: '/api/changesets/{changeset_id}/revisions',
  tags: ['revisions'],
  summary: 'List revisions with their review summaries',
  description: 'Oldest first, cursor-paginated like every list.',
  request: { params: ChangesetIdParamSchema, query: z.object(PageQuerySchema) },
  responses: {
    200: {
      description: 'A page of revisions, oldest first',
      content: jsonContent(z.object({ data: z.array(RevisionSchema), next_cursor: z.string().nullable() }).openapi('RevisionPage')),
    },
  },
})

// Revisions have no filters; their cursor still carries the page size.
const NoFiltersSchema = z.object({})

export function registerRevisionRoutes(app: App) {
  app.openapi(submitRevisionRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const { revision, files } = await submitRevision(c.env, c.get('principal'), changeset_id, c.req.valid('json'), c.get('log'), (work) => c.executionCtx.waitUntil(work))
    c.set('logFields', { changeset_id, revision, files })
    return c.json(
      { message: 'Revision submitted' as const, changeset_id, revision, status: 'pending' as const, links: changesetLinks(changeset_id) },
      202,
    )
  })

  app.openapi(listRevisionsRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const db = getDb(c.env.DB)
    const tenantId = c.get('principal').tenantId
    await requireChangeset(db, tenantId, changeset_id)
    const request = readPage(c, c.req.valid('query'), NoFiltersSchema, isRevisionCursor)
    const page = await listRevisions(db, tenantId, changeset_id, request.limit, request.after)
    return c.json({ data: page.items.map(toRevisionJson), next_cursor: request.cursorAfter(page.next && { ...page.next }) }, 200)
  })
}
