import { env } from 'cloudflare:workers'
import { describe, it, vi } from 'vitest'
import { signTicket } from '../../src/auth/tickets'
import { api, createTenantKey, openEvents, postJson, sampleChangeset, submit, waitForStatus } from '../helpers'

const ADMIN_TOKEN = 'test-admin-token'

describe('API keys', () => {
  it('401 with WWW-Authenticate for a missing, malformed or unknown key', async ({ expect }) => {
    for (const authorization of [undefined, 'Basic abc', 'Bearer', 'Bearer cra_live_nope']) {
      const res = await api('/api/changesets/x', { headers: authorization ? { authorization } : {} })
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="code-review-assistant"/)
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } })
    }
  })

  it('keeps the welcome, health and docs routes public', async ({ expect }) => {
    for (const path of ['/', '/health', '/openapi.json', '/docs']) {
      expect((await api(path)).status, path).toBe(200)
    }
  })

  it('a read-only key can read but not write (403)', async ({ expect }) => {
    const writer = await createTenantKey(['read', 'write'])
    const reader = await createTenantKey(['read'], writer.tenantId)
    const id = await submit(writer)
    expect((await api(`/api/changesets/${id}`, { key: reader })).status).toBe(200)
    const res = await postJson('/api/changesets', reader, sampleChangeset())
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } })
  })

  it('creates keys with an admin key, shows the key once, never stores or lists it', async ({ expect }) => {
    const admin = await createTenantKey(['admin'])
    const created = await postJson('/api/keys', admin, { name: 'ci', scopes: ['read'] })
    expect(created.status).toBe(201)
    const body = await created.json<Record<string, any>>()
    expect(body.key).toMatch(/^cra_live_[0-9A-Za-z]{40}$/)
    expect(body).toMatchObject({ name: 'ci', scopes: ['read'], tenant_id: admin.tenantId, revoked_at: null })
    expect(body.key.startsWith(body.prefix)).toBe(true)

    const works = await api('/api/changesets/none', { key: body.key })
    expect(works.status).toBe(404)

    const list = await api('/api/keys', { key: admin })
    const text = await list.text()
    expect(list.status).toBe(200)
    expect(text).not.toContain(body.key)
    expect(text).not.toContain('hash')
    const stored = await env.DB.prepare('select * from api_keys where id = ?').bind(body.id).first<Record<string, string>>()
    expect(JSON.stringify(stored)).not.toContain(body.key)
  })

  it('a revoked key is refused with 401', async ({ expect }) => {
    const admin = await createTenantKey(['admin'])
    const created = await (await postJson('/api/keys', admin, { name: 'temp', scopes: ['read'] })).json<Record<string, any>>()
    const revoked = await api(`/api/keys/${created.id}`, { method: 'DELETE', key: admin })
    expect(revoked.status).toBe(200)
    expect((await revoked.json<Record<string, any>>()).revoked_at).toBeTruthy()
    const res = await api('/api/changesets/x', { key: created.key })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized', message: 'API key has been revoked' } })
  })

  it('key management needs the admin scope and stays inside the tenant', async ({ expect }) => {
    const writer = await createTenantKey(['read', 'write'])
    expect((await postJson('/api/keys', writer, { name: 'x' })).status).toBe(403)
    const adminA = await createTenantKey(['admin'])
    const adminB = await createTenantKey(['admin'])
    const keyOfB = await (await postJson('/api/keys', adminB, { name: 'b' })).json<Record<string, any>>()
    expect((await api(`/api/keys/${keyOfB.id}`, { method: 'DELETE', key: adminA })).status).toBe(404)
    expect((await postJson('/api/keys', adminA, { name: 'x', tenant_id: adminB.tenantId })).status).toBe(403)
  })

  it('the ADMIN_TOKEN bootstraps a tenant’s first key and can do nothing else', async ({ expect }) => {
    const res = await postJson('/api/keys', ADMIN_TOKEN, { name: 'first', tenant_id: 'acme', tenant_name: 'Acme', scopes: ['admin'] })
    expect(res.status).toBe(201)
    const key = await res.json<Record<string, any>>()
    expect(key.tenant_id).toBe('acme')
    expect((await api('/api/keys?tenant_id=acme', { key: ADMIN_TOKEN })).status).toBe(200)
    expect((await api('/api/changesets/x', { key: ADMIN_TOKEN })).status).toBe(401)
    expect((await api('/api/keys', { key: key.key })).status).toBe(200)
  })
})

describe('tenant isolation', () => {
  it('another tenant’s changeset is 404 on every route, including the event stream', async ({ expect }) => {
    const owner = await createTenantKey()
    const stranger = await createTenantKey()
    const id = await submit(owner)
    await waitForStatus(owner, id, 'reviewed')
    const probes: Array<[string, RequestInit]> = [
      [`/api/changesets/${id}`, {}],
      [`/api/changesets/${id}/events`, { headers: { upgrade: 'websocket' } }],
      [`/api/changesets/${id}/events`, { headers: { accept: 'text/event-stream' } }],
      [`/api/changesets/${id}/events/ticket`, { method: 'POST' }],
    ]
    for (const [path, init] of probes) {
      const res = await api(path, { ...init, key: stranger })
      expect(res.status, `${init.method ?? 'GET'} ${path}`).toBe(404)
    }
  })
})

describe('event tickets', () => {
  it('a ticket opens the stream without a header; it is bound to one changeset and expires', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const other = await submit(key)
    const issued = await api(`/api/changesets/${id}/events/ticket`, { method: 'POST', key })
    expect(issued.status).toBe(201)
    const { ticket, url } = await issued.json<{ ticket: string; url: string }>()

    const socket = await openEvents(id, { query: `?ticket=${encodeURIComponent(ticket)}` })
    expect(await socket.waitFor((m) => m.type === 'snapshot')).toMatchObject({ changeset_id: id })
    socket.ws.close(1000)
    expect(url).toBe(`/api/changesets/${id}/events?ticket=${encodeURIComponent(ticket)}`)

    const elsewhere = await api(`/api/changesets/${other}/events?ticket=${encodeURIComponent(ticket)}`, { headers: { upgrade: 'websocket' } })
    expect(elsewhere.status).toBe(401)

    const [payload, signature] = ticket.split('.') as [string, string]
    const tampered = `${payload}x.${signature}`
    const bad = await api(`/api/changesets/${id}/events?ticket=${encodeURIComponent(tampered)}`, { headers: { upgrade: 'websocket' } })
    expect(bad.status).toBe(401)

    const expired = await signTicket('test-ticket-secret', { changesetId: id, tenantId: key.tenantId, keyId: key.keyId, exp: Math.floor(Date.now() / 1000) - 1 })
    const late = await api(`/api/changesets/${id}/events?ticket=${encodeURIComponent(expired)}`, { headers: { upgrade: 'websocket' } })
    expect(late.status).toBe(401)
    expect(await late.json()).toMatchObject({ error: { message: 'Invalid ticket: ticket expired' } })
  })

  it('a forged ticket for another tenant cannot see the changeset', async ({ expect }) => {
    const owner = await createTenantKey()
    const id = await submit(owner)
    const forged = await signTicket('not-the-secret', { changesetId: id, tenantId: owner.tenantId, keyId: owner.keyId, exp: Math.floor(Date.now() / 1000) + 60 })
    const res = await api(`/api/changesets/${id}/events?ticket=${encodeURIComponent(forged)}`, { headers: { upgrade: 'websocket' } })
    expect(res.status).toBe(401)
    // A valid ticket naming another tenant (and its key) still only sees that tenant's data.
    const stranger = await createTenantKey()
    const wrongTenant = await signTicket('test-ticket-secret', { changesetId: id, tenantId: stranger.tenantId, keyId: stranger.keyId, exp: Math.floor(Date.now() / 1000) + 60 })
    const res2 = await api(`/api/changesets/${id}/events?ticket=${encodeURIComponent(wrongTenant)}`, { headers: { upgrade: 'websocket' } })
    expect(res2.status).toBe(404)
  })
})

describe('rate limits', () => {
  it('answers 429 with Retry-After once a key exceeds its write budget', async ({ expect }) => {
    const key = await createTenantKey(['read', 'write'])
    let limited: Response | undefined
    // The budget is 120 a minute in fixed windows: a loop that straddles a window's end gets a fresh
    // budget partway, so it may take up to twice the budget to be refused.
    for (let i = 0; i < 250 && !limited; i++) {
      // A cheap write: validation fails after the limiter has counted it.
      const res = await postJson('/api/changesets', key, {})
      if (res.status === 429) limited = res
    }
    expect(limited?.status).toBe(429)
    expect(limited?.headers.get('retry-after')).toBe('60')
    expect(await limited?.json()).toMatchObject({ error: { code: 'rate_limited' } })
    // Another key is unaffected.
    const other = await createTenantKey(['read', 'write'])
    expect((await postJson('/api/changesets', other, {})).status).toBe(422)
  })
})

describe('security headers and CORS', () => {
  it('sets security headers on every response and no CORS for unlisted origins', async ({ expect }) => {
    const res = await api('/health', { headers: { origin: 'https://evil.example' } })
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('strict-transport-security')).toContain('max-age')
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('secrets stay out of logs', () => {
  it('no log line carries an API key, a ticket or the admin token', async ({ expect }) => {
    const lines: string[] = []
    const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '))
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(capture))
    try {
      const key = await createTenantKey()
      const id = await submit(key)
      await waitForStatus(key, id, 'reviewed')
      const { ticket } = await (await api(`/api/changesets/${id}/events/ticket`, { method: 'POST', key })).json<{ ticket: string }>()
      await api(`/api/changesets/${id}/events?ticket=${encodeURIComponent(ticket)}`)
      await api('/api/changesets/x', { key: 'cra_live_' + 'A'.repeat(40) })
      const created = await (await postJson('/api/keys', ADMIN_TOKEN, { name: 'n', tenant_id: 't-logs' })).json<Record<string, string>>()
      expect(lines.length).toBeGreaterThan(3)
      const all = lines.join('\n')
      for (const secret of [key.key, ticket, ADMIN_TOKEN, created.key!, 'A'.repeat(40)]) expect(all).not.toContain(secret)
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })
})
