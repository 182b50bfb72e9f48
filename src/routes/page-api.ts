import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { signTicket, TICKET_TTL_SECONDS, verifyTicket } from '../auth/tickets'
import { requireChangeset } from '../changesets/access'
import { publishFindingCounts } from '../do/notify'
import { FindingSchema, toFindingJson, TriageSchema } from '../contracts/finding'
import { getDb, nowIso } from '../db/client'
import { findFinding, setFindingStatus } from '../db/findings'
import type { FindingRow, FindingStatus } from '../db/schema'
import { ApiError, bodyErrorResponses, changesetNotFound, errorResponses, findingNotFound } from '../errors'
import { limitTicketUses } from '../middleware/rate-limit'
import { openPage, type PageAccess } from '../page/access'
import { filterQuery, readFilters } from '../page/filters'
import type { App, AppEnv } from '../types'
import { jsonContent } from './openapi'

/**
 * What the review page calls with its page token instead of an API key: an event ticket, the
 * event stream itself, and (with a `triage` token) dismiss/reopen.
 */

/** Page tickets name a pseudo key per changeset: their streams are filed there, never under a real key. */
const pageKeyId = (changesetId: string) => `page:${changesetId}`
/** Recorded as who triaged, where an API key would record its name. */
const PAGE_ACTOR = 'review page'

async function requirePage(c: Context<AppEnv>, changesetId: string): Promise<PageAccess> {
  const access = await openPage(c.env, changesetId, c.req.query('t'))
  if (!access) throw changesetNotFound(changesetId)
  return access
}

async function triageFromPage(c: Context<AppEnv>, changesetId: string, findingId: string, status: FindingStatus, reason: string | null): Promise<FindingRow> {
  const access = await requirePage(c, changesetId)
  if (access.claims.scope !== 'triage') throw new ApiError('forbidden', 'This page link may only view the review')
  const db = getDb(c.env.DB)
  const finding = await findFinding(db, access.claims.tenantId, changesetId, findingId)
  if (!finding) throw findingNotFound(findingId)
  if (finding.status === status) return finding
  const now = nowIso()
  const applied = await setFindingStatus(db, { finding, from: finding.status, revision: access.changeset.revision, status, reason, by: PAGE_ACTOR, now })
  if (!applied) {
    const current = await findFinding(db, access.claims.tenantId, changesetId, findingId)
    if (current?.status === status) return current
    throw new ApiError('conflict', `Finding ${findingId} changed while this triage ran; reload and retry`)
  }
  c.get('log').info('finding.triaged', { changeset_id: changesetId, finding_id: findingId, from: finding.status, to: status, via: 'page' })
  await publishFindingCounts(c.env, changesetId, access.changeset.revision, c.get('log'))
  return { ...finding, status, statusReason: reason, statusBy: PAGE_ACTOR, statusAt: now }
}

const pageTriageRoute = createRoute({
  method: 'patch',
  path: '/r/{changeset_id}/findings/{finding_id}',
  tags: ['review page'],
  summary: 'Dismiss or reopen a finding with a triage page token',
  security: [{ PageToken: [] }],
  request: {
    params: z.object({ changeset_id: z.string(), finding_id: z.string() }),
    query: z.object({ t: z.string().optional() }),
    body: { content: jsonContent(TriageSchema.pick({ status: true, reason: true })), required: true },
  },
  responses: { 200: { description: 'The updated finding', content: jsonContent(FindingSchema) }, ...errorResponses, ...bodyErrorResponses },
})

export function registerPageApiRoutes(app: App) {
  app.post('/r/:changeset_id/ticket', async (c) => {
    const changesetId = c.req.param('changeset_id')
    const access = await requirePage(c, changesetId)
    const secret = c.env.TICKET_SECRET
    if (!secret) throw new ApiError('unavailable', 'Event tickets are not configured on this deployment (TICKET_SECRET)')
    const exp = Math.floor(Date.now() / 1000) + TICKET_TTL_SECONDS
    const ticket = await signTicket(secret, { changesetId, tenantId: access.claims.tenantId, keyId: pageKeyId(changesetId), exp })
    const url = `/r/${encodeURIComponent(changesetId)}/events?ticket=${encodeURIComponent(ticket)}`
    return c.json({ ticket, expires_at: new Date(exp * 1000).toISOString(), url }, 201)
  })

  app.get('/r/:changeset_id/events', async (c) => {
    const changesetId = c.req.param('changeset_id')
    const secret = c.env.TICKET_SECRET
    const checked = secret ? await verifyTicket(secret, c.req.query('ticket') ?? '', changesetId) : undefined
    // Only tickets minted here: one minted with an API key opens the API's own events route.
    if (!checked?.ok || checked.ticket.keyId !== pageKeyId(changesetId)) throw changesetNotFound(changesetId)
    await limitTicketUses(c.env, checked.ticket.id)
    await requireChangeset(getDb(c.env.DB), checked.ticket.tenantId, changesetId)
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket' && !(c.req.header('accept') ?? '').includes('text/event-stream')) {
      throw new ApiError('upgrade_required', 'Open this URL as a WebSocket', { headers: { Upgrade: 'websocket' } })
    }
    const headers = new Headers(c.req.raw.headers)
    headers.set('x-changeset-id', changesetId)
    headers.set('x-key-id', checked.ticket.keyId)
    const res = await c.env.CHANGESET_ROOM.getByName(changesetId).fetch(new Request(c.req.raw.url, { method: 'GET', headers }))
    if (res.status === 404) throw changesetNotFound(changesetId)
    if (res.status >= 400) throw new ApiError('unavailable', 'Event streams are unavailable; try again shortly')
    return res
  })

  app.openapi(pageTriageRoute, async (c) => {
    const { changeset_id, finding_id } = c.req.valid('param')
    const { status, reason } = c.req.valid('json')
    return c.json(toFindingJson(await triageFromPage(c, changeset_id, finding_id, status, reason ?? null)), 200)
  })

  // The same triage from a plain form, so the page works with JavaScript off.
  app.post('/r/:changeset_id/findings/:finding_id', async (c) => {
    const changesetId = c.req.param('changeset_id')
    const form = await c.req.parseBody()
    const status = form.status
    if (status !== 'open' && status !== 'dismissed') throw new ApiError('validation_failed', 'status must be `open` or `dismissed`')
    const reason = typeof form.reason === 'string' && form.reason.trim() ? form.reason.trim().slice(0, 2000) : null
    await triageFromPage(c, changesetId, c.req.param('finding_id'), status, reason)
    // Back to the same filtered view, at the finding.
    const query = `t=${encodeURIComponent(c.req.query('t') ?? '')}${filterQuery(readFilters((name) => c.req.query(name)))}`
    return c.redirect(`/r/${encodeURIComponent(changesetId)}?${query}#finding-${encodeURIComponent(c.req.param('finding_id'))}`, 303)
  })
}
