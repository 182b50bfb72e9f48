import { describe, it } from 'vitest'
import { api, createTenantKey, postJson, sampleChangeset } from '../helpers'

describe('Cache-Control', () => {
  it('every /api/* response is no-store, errors included', async ({ expect }) => {
    const key = await createTenantKey()
    const submitted = await postJson('/api/changesets', key, sampleChangeset())
    const { changeset_id } = await submitted.clone().json<{ changeset_id: string }>()
    const responses: Array<[string, Response]> = [
      ['202 submit', submitted],
      ['200 get', await api(`/api/changesets/${changeset_id}`, { key })],
      ['200 list', await api('/api/changesets', { key })],
      ['200 report', await api(`/api/changesets/${changeset_id}/report?format=markdown`, { key })],
      ['401', await api('/api/changesets')],
      ['404', await api('/api/changesets/nope', { key })],
      ['404 no route', await api('/api/nothing', { key })],
      ['405', await api('/api/changesets', { method: 'PUT', key, body: '{}' })],
      ['422', await postJson('/api/changesets', key, {})],
      ['400', await api('/api/changesets', { method: 'POST', key, body: '{' })],
      ['426', await api(`/api/changesets/${changeset_id}/events`, { key })],
    ]
    for (const [name, res] of responses) expect(res.headers.get('cache-control'), name).toBe('no-store')
  })

  it('the event stream keeps no-transform alongside no-store', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postJson('/api/changesets', key, sampleChangeset())
    const { changeset_id } = await res.json<{ changeset_id: string }>()
    const controller = new AbortController()
    const sse = await api(`/api/changesets/${changeset_id}/events`, { key, headers: { accept: 'text/event-stream' }, signal: controller.signal })
    expect(sse.status).toBe(200)
    expect(sse.headers.get('cache-control')).toBe('no-store, no-transform')
    controller.abort()
    await sse.body?.cancel().catch(() => {})
  })

  it('public docs assets stay cacheable', async ({ expect }) => {
    const html = await (await api('/docs')).text()
    const [asset] = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!)
    expect((await api(asset!)).headers.get('cache-control')).toContain('immutable')
    expect((await api('/docs/rules/python/sql-injection')).headers.get('cache-control')).not.toBe('no-store')
  })
})
