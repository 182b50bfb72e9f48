import { describe, it } from 'vitest'
import { api, createTenantKey, postJson, sampleChangeset } from '../helpers'

describe('a trailing slash names the same resource', () => {
  it('GET /api/changesets/ lists like /api/changesets', async ({ expect }) => {
    const key = await createTenantKey()
    await postJson('/api/changesets', key, sampleChangeset())
    const plain = await api('/api/changesets', { key })
    const slashed = await api('/api/changesets/', { key })
    expect(slashed.status).toBe(200)
    expect((await slashed.json<{ data: unknown[] }>()).data).toEqual((await plain.json<{ data: unknown[] }>()).data)
  })

  it('POST /api/changesets/ submits like /api/changesets', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postJson('/api/changesets/', key, sampleChangeset())
    expect(res.status).toBe(202)
    const { changeset_id } = await res.json<{ changeset_id: string }>()
    expect((await api(`/api/changesets/${changeset_id}/`, { key })).status).toBe(200)
  })

  it('the same auth, validation and method checks apply with the slash', async ({ expect }) => {
    const key = await createTenantKey()
    expect((await api('/api/changesets/')).status).toBe(401)
    expect((await postJson('/api/changesets/', key, { title: '' })).status).toBe(422)
    const wrongMethod = await api('/api/changesets/', { method: 'PUT', key, body: '{}' })
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD, POST')
    expect((await api('/api/nothing-here/', { key })).status).toBe(404)
  })

  it('public pages too', async ({ expect }) => {
    expect((await api('/health/')).status).toBe(200)
    expect((await api('/docs/')).status).toBe(200)
    expect((await api('/docs/rules/python/sql-injection/')).status).toBe(200)
  })
})
