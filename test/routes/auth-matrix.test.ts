import { describe, it } from 'vitest'
import { createApp } from '../../src/app'
import { api, createTenantKey, submit, waitForStatus, type TestKey } from '../helpers'

/** Every `/api/*` route the app registers, with the scope it needs and a valid body for writes. */
function apiRoutes() {
  return createApp()
    .routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
    .map((r) => ({ method: r.method, path: r.path }))
    .filter((r, i, all) => all.findIndex((o) => o.method === r.method && o.path === r.path) === i)
}

const BODIES: Record<string, unknown> = {
  'POST /api/changesets': { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: '@@ -0,0 +1 @@\n+x = 1\n' }] },
  'POST /api/changesets/:changeset_id/revisions': { files: [{ file_path: 'a.py', diff_content: '@@ -0,0 +1 @@\n+x = 2\n' }] },
  'PATCH /api/changesets/:changeset_id/findings/:finding_id': { status: 'dismissed', reason: 'x' },
  'POST /api/keys': { name: 'k' },
}

function requestFor(route: { method: string; path: string }, ids: Record<string, string>) {
  const path = route.path.replace(/:([a-z_]+)/g, (_, name: string) => ids[name] ?? 'unknown')
  const key = `${route.method} ${route.path}`
  const headers: Record<string, string> = route.path.endsWith('/events') ? { upgrade: 'websocket' } : {}
  const body = BODIES[key] ?? (route.method === 'GET' || route.method === 'DELETE' ? undefined : {})
  return { path, init: { method: route.method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) } }
}

async function fixtureIds(owner: TestKey) {
  const id = await submit(owner, {
    title: 'matrix',
    author: 'a',
    files: [{ file_path: 'a.js', diff_content: '@@ -0,0 +1 @@\n+if (a == b) eval(c)\n' }],
  })
  await waitForStatus(owner, id, 'reviewed')
  const findings = await (await api(`/api/changesets/${id}/findings`, { key: owner })).json<{ data: Array<{ id: string }> }>()
  const files = await (await api(`/api/changesets/${id}/files`, { key: owner })).json<{ data: Array<{ id: string }> }>()
  return { changeset_id: id, finding_id: findings.data[0]!.id, file_id: files.data[0]!.id }
}

describe('authentication on every /api route', () => {
  const routes = apiRoutes()

  it('covers the whole API surface', ({ expect }) => {
    expect(routes.length).toBeGreaterThanOrEqual(17)
  })

  it('refuses every route without a key, with a bad key and with a revoked key (401)', async ({ expect }) => {
    const owner = await createTenantKey()
    const ids = await fixtureIds(owner)
    const revoked = await createTenantKey(['read', 'write', 'admin'], owner.tenantId)
    await api(`/api/keys/${revoked.keyId}`, { method: 'DELETE', key: owner })
    for (const route of routes) {
      const { path, init } = requestFor(route, ids)
      for (const key of [undefined, 'cra_live_' + '0'.repeat(40), revoked.key]) {
        const res = await api(path, { ...init, ...(key ? { key } : {}) })
        expect(res.status, `${route.method} ${route.path} with ${key ? 'a bad key' : 'no key'}`).toBe(401)
        expect(res.headers.get('www-authenticate'), route.path).toContain('Bearer')
      }
    }
  })

  it('a read-only key gets 403 on every write route and through on every read route', async ({ expect }) => {
    const owner = await createTenantKey()
    const ids = await fixtureIds(owner)
    const reader = await createTenantKey(['read'], owner.tenantId)
    for (const route of routes) {
      const { path, init } = requestFor(route, ids)
      const res = await api(path, { ...init, key: reader })
      const isKeyRoute = route.path.startsWith('/api/keys')
      const isWrite = route.method !== 'GET' && !route.path.endsWith('/events/ticket')
      if (isWrite || isKeyRoute) expect(res.status, `${route.method} ${route.path}`).toBe(403)
      else expect([101, 200, 201], `${route.method} ${route.path}`).toContain(res.status)
      res.webSocket?.accept()
      res.webSocket?.close(1000)
    }
  })

  it("another tenant's key gets 404 on every route that names a resource, WebSocket and SSE included", async ({ expect }) => {
    const owner = await createTenantKey()
    const ids = await fixtureIds(owner)
    const stranger = await createTenantKey()
    for (const route of routes.filter((r) => r.path.includes(':changeset_id'))) {
      const { path, init } = requestFor(route, ids)
      const res = await api(path, { ...init, key: stranger })
      expect(res.status, `${route.method} ${route.path}`).toBe(404)
    }
    const sse = await api(`/api/changesets/${ids.changeset_id}/events`, { key: stranger, headers: { accept: 'text/event-stream' } })
    expect(sse.status).toBe(404)
    // And the owner's data is untouched.
    expect((await api(`/api/changesets/${ids.changeset_id}`, { key: owner })).status).toBe(200)
  })
})
