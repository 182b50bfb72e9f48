import { z } from '@hono/zod-openapi'
import { requireChangeset } from '../changesets/access'
import { ChangesetIdParamSchema } from '../contracts/params'
import { getDb } from '../db/client'
import { ApiError, jsonErrorResponse } from '../errors'
import { DEFAULT_LINK_DAYS, MAX_LINK_DAYS, PAGE_SCOPES, signPageToken } from '../page/token'
import type { App } from '../types'
import { apiRoute, jsonContent } from './openapi'

const PageLinkRequestSchema = z
  .object({
    scope: z.enum(PAGE_SCOPES).default('view').openapi({ description: '`view`, or `triage` to also dismiss and reopen findings from the page.' }),
    expires_in_days: z.number().int().min(1).max(MAX_LINK_DAYS).default(DEFAULT_LINK_DAYS),
  })
  .openapi('PageLinkRequest')

const PageLinkSchema = z
  .object({
    url: z.string().openapi({ example: 'https://review.example.com/r/0b8f…?t=eyJj…' }),
    scope: z.enum(PAGE_SCOPES),
    expires_at: z.string(),
  })
  .openapi('PageLink')

const createLinkRoute = apiRoute('write', {
  method: 'post',
  path: '/api/changesets/{changeset_id}/links',
  tags: ['changesets'],
  summary: 'Create a signed link to the review page',
  description:
    'The link opens `/r/{id}`, a live page of the review, without an API key. It is valid until it expires ' +
    `(default ${DEFAULT_LINK_DAYS} days, at most ${MAX_LINK_DAYS}), the changeset is deleted, or PAGE_LINK_SECRET is rotated. ` +
    'Anyone holding it can read the review (and, with `triage`, dismiss and reopen findings).',
  request: { params: ChangesetIdParamSchema, body: { content: jsonContent(PageLinkRequestSchema), required: true } },
  responses: {
    201: { description: 'The link', content: jsonContent(PageLinkSchema) },
    503: jsonErrorResponse('Page links are not configured (no PAGE_LINK_SECRET)'),
  },
})

export function registerPageLinkRoutes(app: App) {
  app.openapi(createLinkRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const { scope, expires_in_days } = c.req.valid('json')
    const secret = c.env.PAGE_LINK_SECRET
    if (!secret) throw new ApiError('unavailable', 'Page links are not configured on this deployment (PAGE_LINK_SECRET)')
    const tenantId = c.get('principal').tenantId
    await requireChangeset(getDb(c.env.DB), tenantId, changeset_id)
    const exp = Math.floor(Date.now() / 1000) + expires_in_days * 86_400
    const token = await signPageToken(secret, { changesetId: changeset_id, tenantId, scope, exp })
    const origin = (c.env.PUBLIC_BASE_URL || new URL(c.req.url).origin).replace(/\/+$/, '')
    const url = `${origin}/r/${encodeURIComponent(changeset_id)}?t=${encodeURIComponent(token)}`
    return c.json({ url, scope, expires_at: new Date(exp * 1000).toISOString() }, 201)
  })
}
