import { describe, it } from 'vitest'
import { api, createTenantKey, openEvents, submit, type TestKey } from '../helpers'

/** From wrangler.toml: RATE_LIMIT_TICKET and RATE_LIMIT_STREAM. */
const TICKET_OPENS_PER_MINUTE = 10
const KEY_OPENS_PER_MINUTE = 120

async function mintTicket(key: TestKey, changesetId: string): Promise<string> {
  const res = await api(`/api/changesets/${changesetId}/events/ticket`, { method: 'POST', key })
  if (res.status !== 201) throw new Error(`ticket failed: ${res.status} ${await res.text()}`)
  return encodeURIComponent((await res.json<{ ticket: string }>()).ticket)
}

function openWithTicket(changesetId: string, ticket: string): Promise<Response> {
  return api(`/api/changesets/${changesetId}/events?ticket=${ticket}`, { headers: { upgrade: 'websocket' } })
}

function hangUp(res: Response): void {
  res.webSocket?.accept()
  res.webSocket?.close(1000)
}

/** Rate-limit windows are aligned to the wall clock; a test that straddles one retries once. */
async function inOneWindow(attempt: () => Promise<void>): Promise<void> {
  for (let i = 0; ; i++) {
    const window = Math.floor(Date.now() / 60_000)
    try {
      return await attempt()
    } catch (err) {
      if (i > 0 || Math.floor(Date.now() / 60_000) === window) throw err
    }
  }
}

describe('a ticket opens exactly one route', () => {
  it('/api/changesets/events?ticket=x is a 401 in the error shape, not a 500', async ({ expect }) => {
    const res = await api('/api/changesets/events?ticket=x')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('Bearer')
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized', request_id: expect.any(String) } })
  })

  it('every other path with ?ticket= goes through API-key auth, even with a valid ticket', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const ticket = await mintTicket(key, id)
    const probes: Array<[string, string]> = [
      ['GET', `/api/changesets/events?ticket=${ticket}`],
      ['GET', `/api/changesets/${id}/findings/events?ticket=${ticket}`],
      ['GET', `/api/changesets/${id}/files/events?ticket=${ticket}`],
      ['GET', `/api/changesets/${id}/events/ticket/events?ticket=${ticket}`],
      ['GET', `/api/keys/events?ticket=${ticket}`],
      ['GET', `/api/events?ticket=${ticket}`],
      ['GET', `/api/changesets/${id}?ticket=${ticket}`],
      ['GET', `/api/changesets?ticket=${ticket}`],
      ['POST', `/api/changesets/${id}/events?ticket=${ticket}`],
      ['DELETE', `/api/changesets/${id}/events?ticket=${ticket}`],
    ]
    for (const [method, path] of probes) {
      // (workerd sends every WebSocket upgrade as a GET, so other methods go without one.)
      const res = await api(path, { method, headers: method === 'GET' ? { upgrade: 'websocket' } : {} })
      expect(res.status, `${method} ${path}`).toBe(401)
      expect(res.headers.get('www-authenticate'), path).toContain('Bearer')
      expect(await res.json(), path).toMatchObject({ error: { code: 'unauthorized' } })
    }
  })

  it('the events route itself still opens with a ticket, as a WebSocket and as SSE', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const socket = await openEvents(id, { query: `?ticket=${await mintTicket(key, id)}` })
    expect(await socket.waitFor((m) => m.type === 'snapshot')).toMatchObject({ changeset_id: id })
    socket.ws.close(1000)
    const sse = await api(`/api/changesets/${id}/events?ticket=${await mintTicket(key, id)}`, { headers: { accept: 'text/event-stream' } })
    expect(sse.status).toBe(200)
    await sse.body?.cancel()
  })
})

describe('stream opens are rate limited', () => {
  it(`one ticket opens at most ${TICKET_OPENS_PER_MINUTE} streams a minute, then 429 with Retry-After`, async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const ticket = await mintTicket(key, id)
    const statuses: number[] = []
    let limited: Response | undefined
    // A window boundary can reset the count once, so allow for two windows' worth.
    for (let i = 0; i <= 2 * TICKET_OPENS_PER_MINUTE && !limited; i++) {
      const res = await openWithTicket(id, ticket)
      statuses.push(res.status)
      if (res.status === 429) limited = res
      hangUp(res)
    }
    expect(limited?.status, `statuses: ${statuses.join(',')}`).toBe(429)
    expect(limited?.headers.get('retry-after')).toBe('60')
    expect(await limited?.json()).toMatchObject({ error: { code: 'rate_limited', message: expect.stringContaining('ticket') } })
    expect(statuses.filter((s) => s === 101).length).toBeGreaterThanOrEqual(TICKET_OPENS_PER_MINUTE)

    // The limit is per ticket: a fresh one from the same key opens again.
    const fresh = await openWithTicket(id, await mintTicket(key, id))
    expect(fresh.status).toBe(101)
    hangUp(fresh)
  }, 30_000)

  it('streams opened with tickets count against the key that minted them, like its own opens', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    await inOneWindow(async () => {
      // Cheap opens: without an upgrade they end in 426, after being counted.
      let limited: Response | undefined
      for (let i = 0; i <= 2 * KEY_OPENS_PER_MINUTE && !limited; i++) {
        const res = await api(`/api/changesets/${id}/events`, { key })
        if (res.status === 429) limited = res
        else expect(res.status).toBe(426)
      }
      expect(limited?.status).toBe(429)
      expect(await limited?.json()).toMatchObject({ error: { code: 'rate_limited', message: expect.stringContaining('event streams') } })

      const withTicket = await openWithTicket(id, await mintTicket(key, id))
      expect(withTicket.status).toBe(429)
      const sse = await api(`/api/changesets/${id}/events`, { key, headers: { accept: 'text/event-stream' } })
      expect(sse.status).toBe(429)
    })
    // Another key of the same tenant has its own budget.
    const other = await createTenantKey(['read'], key.tenantId)
    const res = await api(`/api/changesets/${id}/events`, { key: other, headers: { upgrade: 'websocket' } })
    expect(res.status).toBe(101)
    hangUp(res)
  }, 30_000)
})
