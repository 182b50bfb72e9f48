import { z } from '@hono/zod-openapi'
import { signTicket, TICKET_TTL_SECONDS } from '../auth/tickets'
import { requireChangeset } from '../changesets/access'
import { ChangesetIdParamSchema } from '../contracts/params'
import { getDb } from '../db/client'
import { ApiError, changesetNotFound, jsonErrorResponse } from '../errors'
import { rateLimitStreamOpens } from '../middleware/rate-limit'
import type { App } from '../types'
import { apiRoute, jsonContent } from './openapi'

const TicketSchema = z
  .object({
    ticket: z.string(),
    expires_at: z.string(),
    url: z.string().openapi({ example: '/api/changesets/0b8f…/events?ticket=eyJj…' }),
  })
  .openapi('EventsTicket')

// Typed up front: an inline two-element array literal here defeats the route's type inference.
const headerOrTicket: Array<Record<string, string[]>> = [{ Bearer: [] }, { Ticket: [] }]

const eventsRoute = apiRoute('read', {
  method: 'get',
  path: '/api/changesets/{changeset_id}/events',
  tags: ['events'],
  summary: 'Watch a changeset (WebSocket or Server-Sent Events)',
  description:
    'With `Upgrade: websocket`, upgrades to a WebSocket served by the changeset\'s Durable Object; with ' +
    '`Accept: text/event-stream`, streams the same events as SSE. The first message is a `snapshot`; then ' +
    '`status`, `progress`, `findings` and `warning` events, each with a monotonically increasing `seq`. ' +
    'Resume with `?since=<seq>` (or `Last-Event-ID` for SSE). Authenticate with the `Authorization` header or, ' +
    'from browsers, a `?ticket=` from `POST …/events/ticket`. See the README for the protocol.',
  security: headerOrTicket,
  middleware: [rateLimitStreamOpens()],
  request: {
    params: ChangesetIdParamSchema,
    query: z.object({
      since: z.string().regex(/^\d+$/).optional().openapi({ description: 'Resume after this `seq`.' }),
      ticket: z.string().optional().openapi({ description: 'Signed ticket (for browsers).' }),
    }),
  },
  responses: {
    200: { description: 'An SSE stream (`text/event-stream`)', content: { 'text/event-stream': { schema: z.string() } } },
    426: jsonErrorResponse('Neither a WebSocket upgrade nor an SSE request'),
    503: jsonErrorResponse('Streams cannot be opened right now; retry'),
  },
})

const ticketRoute = apiRoute('read', {
  method: 'post',
  path: '/api/changesets/{changeset_id}/events/ticket',
  tags: ['events'],
  summary: 'Get a short-lived ticket to open the event stream from a browser',
  description:
    `The ticket is bound to this changeset and to your API key, and expires after ${TICKET_TTL_SECONDS} seconds. ` +
    'Revoking the key voids its tickets and closes the streams they opened.',
  request: { params: ChangesetIdParamSchema },
  responses: {
    201: { description: 'The ticket', content: jsonContent(TicketSchema) },
    503: jsonErrorResponse('Tickets are not configured (no TICKET_SECRET)'),
  },
})

export function registerEventRoutes(app: App) {
  app.openapi(eventsRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const principal = c.get('principal')
    // Refuse before touching the Durable Object, so unknown ids never create one.
    await requireChangeset(getDb(c.env.DB), principal.tenantId, changeset_id)

    const wantsSse = (c.req.header('accept') ?? '').includes('text/event-stream')
    const isUpgrade = c.req.header('upgrade')?.toLowerCase() === 'websocket'
    if (!isUpgrade && !wantsSse) {
      throw new ApiError('upgrade_required', 'Open this URL as a WebSocket, or send `Accept: text/event-stream` for SSE', {
        headers: { Upgrade: 'websocket' },
      })
    }
    const headers = new Headers(c.req.raw.headers)
    headers.set('x-changeset-id', changeset_id)
    // The room files the stream under its key, so revoking the key can hang it up.
    headers.set('x-key-id', principal.keyId)
    headers.delete('authorization')
    const forwarded = new Request(c.req.raw.url, { method: 'GET', headers })
    const res = await c.env.CHANGESET_ROOM.getByName(changeset_id).fetch(forwarded)
    if (res.status === 401) throw new ApiError('unauthorized', 'API key has been revoked')
    if (res.status === 404) throw changesetNotFound(changeset_id)
    if (res.status === 503) throw new ApiError('unavailable', 'Event streams are unavailable; try again shortly')
    return res
  })

  app.openapi(ticketRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const principal = c.get('principal')
    const secret = c.env.TICKET_SECRET
    if (!secret) throw new ApiError('unavailable', 'Event tickets are not configured on this deployment (TICKET_SECRET)')
    await requireChangeset(getDb(c.env.DB), principal.tenantId, changeset_id)
    const exp = Math.floor(Date.now() / 1000) + TICKET_TTL_SECONDS
    const ticket = await signTicket(secret, { changesetId: changeset_id, tenantId: principal.tenantId, keyId: principal.keyId, exp })
    return c.json(
      {
        ticket,
        expires_at: new Date(exp * 1000).toISOString(),
        url: `/api/changesets/${changeset_id}/events?ticket=${encodeURIComponent(ticket)}`,
      },
      201,
    )
  })
}
