import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { createApp } from '../../src/app'
import { BASE, api, createTenantKey, sampleChangeset, type TestKey } from '../helpers'

const app = createApp()

/** The real app with D1_READ_REPLICAS switched on (wrangler.toml ships it off). */
async function withReplicas(path: string, key: TestKey, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  headers.set('authorization', `Bearer ${key.key}`)
  if (init.body) headers.set('content-type', 'application/json')
  const ctx = createExecutionContext()
  const res = await app.fetch(new Request(`${BASE}${path}`, { ...init, headers }), { ...env, D1_READ_REPLICAS: 'on' }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

describe('D1 read replicas (D1_READ_REPLICAS)', () => {
  it('off by default: no session, no bookmark header', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await api('/api/changesets', { key })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-d1-bookmark')).toBeNull()
  })

  it('on: a write returns a bookmark, and a read that sends it back sees the write', async ({ expect }) => {
    const key = await createTenantKey()
    const created = await withReplicas('/api/changesets', key, { method: 'POST', body: JSON.stringify(sampleChangeset()) })
    expect(created.status).toBe(202)
    const bookmark = created.headers.get('x-d1-bookmark')
    expect(bookmark).toBeTruthy()
    const { changeset_id } = await created.json<{ changeset_id: string }>()

    const read = await withReplicas(`/api/changesets/${changeset_id}`, key, { headers: { 'x-d1-bookmark': bookmark! } })
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ id: changeset_id })
    expect(read.headers.get('x-d1-bookmark')).toBeTruthy()
  })

  it('on: a read without a bookmark starts anywhere and still answers with one', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await withReplicas('/api/changesets', key)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-d1-bookmark')).toBeTruthy()
  })

  it('on: a malformed bookmark is a 422, never a 500', async ({ expect }) => {
    const key = await createTenantKey()
    for (const bookmark of ['not a bookmark', "0000007b'; drop", 'a'.repeat(300)]) {
      const res = await withReplicas('/api/changesets', key, { headers: { 'x-d1-bookmark': bookmark } })
      expect(res.status).toBe(422)
      expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'header.x-d1-bookmark' }] } })
    }
  })

  it('on: event streams are left alone (their headers come from the room and cannot change)', async ({ expect }) => {
    const key = await createTenantKey()
    const created = await withReplicas('/api/changesets', key, { method: 'POST', body: JSON.stringify(sampleChangeset()) })
    const { changeset_id } = await created.json<{ changeset_id: string }>()
    const headers = new Headers({ authorization: `Bearer ${key.key}`, accept: 'text/event-stream' })
    const res = await app.fetch(new Request(`${BASE}/api/changesets/${changeset_id}/events`, { headers }), { ...env, D1_READ_REPLICAS: 'on' }, createExecutionContext())
    expect(res.status).toBe(200)
    expect(res.headers.get('x-d1-bookmark')).toBeNull()
    await res.body?.cancel()
  })
})
