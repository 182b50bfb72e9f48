import { z } from '@hono/zod-openapi'
import { jsonErrorResponse } from '../errors'
import type { App } from '../types'
import { jsonContent } from './openapi'

/**
 * The review page's routes in the OpenAPI document. They answer HTML or take a page token
 * rather than an API key, so they are plain routes; this says what each one is.
 */
const pageToken = [{ PageToken: [] }]
const params = z.object({ changeset_id: z.string() })
const token = z.object({ t: z.string().optional().openapi({ description: 'The page token from `POST /api/changesets/{id}/links`.' }) })
const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } })
const notFound = htmlPage('A bad, expired, foreign or revoked link, or no such changeset: the same plain page')

export function documentPageRoutes(app: App) {
  const tags = ['review page']
  app.openAPIRegistry.registerComponent('securitySchemes', 'PageToken', {
    type: 'apiKey',
    in: 'query',
    name: 't',
    description: 'A page token from `POST /api/changesets/{id}/links` (review page routes only).',
  })
  const filters = token.extend({
    severity: z.string().optional().openapi({ description: 'Minimum severity; unknown values are ignored.' }),
    status: z.string().optional(),
    file: z.string().optional(),
  })
  app.openAPIRegistry.registerPath({
    method: 'get', path: '/r/{changeset_id}', tags, security: pageToken,
    summary: 'The review page (HTML, live with JavaScript on)',
    request: { params, query: filters },
    responses: { 200: htmlPage('The page'), 404: notFound },
  })
  app.openAPIRegistry.registerPath({
    method: 'get', path: '/r/{changeset_id}/findings', tags, security: pageToken,
    summary: "The page's findings section alone, for live updates",
    request: { params, query: filters },
    responses: { 200: htmlPage('The findings, grouped by file, in their diff'), 404: notFound },
  })
  app.openAPIRegistry.registerPath({
    method: 'get', path: '/r/{changeset_id}/report', tags, security: pageToken,
    summary: 'Download the report (Markdown, SARIF, rdjson or JSON) with a page token',
    request: { params, query: token.extend({ format: z.enum(['markdown', 'sarif', 'rdjson', 'json']).optional() }) },
    responses: { 200: { description: 'The report, as an attachment', content: { 'text/markdown': { schema: z.string() }, 'application/json': { schema: z.object({}).passthrough() } } }, 404: notFound },
  })
  app.openAPIRegistry.registerPath({
    method: 'post', path: '/r/{changeset_id}/ticket', tags, security: pageToken,
    summary: 'Trade a page token for a 60-second event ticket',
    request: { params, query: token },
    responses: {
      201: { description: 'The ticket and the stream URL', content: jsonContent(z.object({ ticket: z.string(), expires_at: z.string(), url: z.string() })) },
      404: jsonErrorResponse('Bad, expired or foreign token, or no such changeset'),
    },
  })
  app.openAPIRegistry.registerPath({
    method: 'get', path: '/r/{changeset_id}/events', tags,
    summary: "The changeset's event stream, opened with a page ticket (WebSocket)",
    request: { params, query: z.object({ ticket: z.string(), since: z.string().optional() }) },
    responses: {
      101: { description: 'Switching to the WebSocket; the same events as `/api/changesets/{id}/events`' },
      404: jsonErrorResponse('Bad or expired ticket, or no such changeset'),
      426: jsonErrorResponse('Not a WebSocket upgrade'),
      429: jsonErrorResponse('This ticket opened too many streams'),
    },
  })
  app.openAPIRegistry.registerPath({
    method: 'post', path: '/r/{changeset_id}/findings/{finding_id}', tags, security: pageToken,
    summary: 'Dismiss or reopen a finding from a plain form (triage token)',
    request: {
      params: params.extend({ finding_id: z.string() }),
      query: token,
      body: { content: { 'application/x-www-form-urlencoded': { schema: z.object({ status: z.enum(['open', 'dismissed']), reason: z.string().optional() }) } }, required: true },
    },
    responses: {
      303: { description: 'Back to the page, at the finding' },
      403: jsonErrorResponse('A view link may not triage'),
      404: jsonErrorResponse('Bad, expired or foreign token, or no such finding'),
    },
  })
  app.openAPIRegistry.registerPath({
    method: 'get', path: '/page-assets/{name}', tags,
    summary: "The review page's script, stylesheet or icon",
    description: 'Names carry a content hash, so responses are cacheable forever.',
    request: { params: z.object({ name: z.string() }) },
    responses: { 200: { description: 'The file', content: { 'text/javascript': { schema: z.string() }, 'text/css': { schema: z.string() } } }, 404: notFound },
  })
}
