import { describe, it } from 'vitest'
import { api, createTenantKey, getChangeset, openEvents, postJson, sampleChangeset, SAMPLE_DIFF, submit, waitForStatus } from '../helpers'

describe('POST /api/changesets', () => {
  it('accepts the original request shape and answers 202 with links', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postJson('/api/changesets', key, sampleChangeset())
    expect(res.status).toBe(202)
    const body = await res.json<Record<string, any>>()
    expect(body).toMatchObject({ message: 'Changeset submitted', status: 'pending', revision: 1 })
    expect(body.changeset_id).toMatch(/^[0-9a-f-]{36}$/)
    expect(body.links).toEqual({
      self: `/api/changesets/${body.changeset_id}`,
      findings: `/api/changesets/${body.changeset_id}/findings`,
      events: `/api/changesets/${body.changeset_id}/events`,
      report: `/api/changesets/${body.changeset_id}/report`,
    })
    expect(res.headers.get('location')).toBe(`/api/changesets/${body.changeset_id}`)
    expect(res.headers.get('x-request-id')).toBeTruthy()
  })

  it('is reviewed in the background: pending → reviewed, observed through GET', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const reviewed = await waitForStatus(key, id, 'reviewed')
    expect(reviewed).toMatchObject({
      id,
      title: 'Add arithmetic helper',
      description: 'A small helper',
      author: 'ada',
      status: 'reviewed',
      file_count: 1,
      revision: 1,
      error: null,
    })
    expect(reviewed.started_at).toBeTruthy()
    expect(reviewed.completed_at).toBeTruthy()
    expect(reviewed.summary).toMatchObject({ files_reviewed: 1, lines_added: 4, lines_removed: 0 })
    expect(['approved', 'approved_with_comments', 'changes_requested']).toContain(reviewed.verdict)
  })

  it('accepts a null or missing description', async ({ expect }) => {
    const key = await createTenantKey()
    const a = await submit(key, sampleChangeset({ description: null }))
    const b = await submit(key, { title: 't', author: 'a', files: [{ file_path: 'x.py', diff_content: SAMPLE_DIFF }] })
    expect((await getChangeset(key, a)).description).toBeNull()
    expect((await getChangeset(key, b)).description).toBeNull()
  })

  it('round-trips Unicode in titles, authors and paths exactly', async ({ expect }) => {
    const key = await createTenantKey()
    const title = 'Añadir búsqueda 🚀 — 检索 \u200d'
    const id = await submit(
      key,
      sampleChangeset({ title, author: 'Zoë Ørsted', files: [{ file_path: 'src/módulo/数据.py', diff_content: SAMPLE_DIFF }] }),
    )
    const row = await getChangeset(key, id)
    expect(row.title).toBe(title)
    expect(row.author).toBe('Zoë Ørsted')
  })

  it('ignores fields a client must not set', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(
      key,
      sampleChangeset({ id: 'chosen-id', status: 'reviewed', created_at: '2000-01-01T00:00:00Z', tenant_id: 'other', attempts: 99 }),
    )
    expect(id).not.toBe('chosen-id')
    const row = await getChangeset(key, id)
    expect(row.created_at).not.toBe('2000-01-01T00:00:00Z')
    expect(row.attempts).toBeLessThan(99)
  })
})

describe('validation', () => {
  const cases: Array<[string, unknown, string]> = [
    ['missing title', { author: 'a', files: [{ file_path: 'a.py', diff_content: '' }] }, 'json.title'],
    ['blank title', sampleChangeset({ title: '   ' }), 'json.title'],
    ['title over 200 chars', sampleChangeset({ title: 'x'.repeat(201) }), 'json.title'],
    ['missing author', { title: 't', files: [{ file_path: 'a.py', diff_content: '' }] }, 'json.author'],
    ['author over 100 chars', sampleChangeset({ author: 'x'.repeat(101) }), 'json.author'],
    ['empty files', sampleChangeset({ files: [] }), 'json.files'],
    ['neither files nor diff', { title: 't', author: 'a' }, 'json.files'],
    ['file without path', sampleChangeset({ files: [{ diff_content: '' }] }), 'json.files.0.file_path'],
    ['file without diff', sampleChangeset({ files: [{ file_path: 'a.py' }] }), 'json.files.0.diff_content'],
    ['title of the wrong type', sampleChangeset({ title: 42 }), 'json.title'],
    ['description of the wrong type', sampleChangeset({ description: ['x'] }), 'json.description'],
  ]
  for (const [name, body, path] of cases) {
    it(`422 for ${name}, naming ${path}`, async ({ expect }) => {
      const key = await createTenantKey()
      const res = await postJson('/api/changesets', key, body)
      expect(res.status).toBe(422)
      const error = (await res.json<Record<string, any>>()).error
      expect(error).toMatchObject({ code: 'validation_failed', message: 'Request validation failed' })
      expect(error.request_id).toBeTruthy()
      expect(error.details.map((d: { path: string }) => d.path)).toContain(path)
    })
  }

  it('400 for malformed JSON', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await api('/api/changesets', { method: 'POST', key, body: '{"title": ' })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } })
  })

  it('415 without a JSON content type', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await api('/api/changesets', { method: 'POST', key, body: 'x', headers: { 'content-type': 'text/plain' } })
    expect(res.status).toBe(415)
    expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } })
  })
})

describe('GET /api/changesets/{id}', () => {
  it('404 JSON for unknown ids, including ids of odd shapes', async ({ expect }) => {
    const key = await createTenantKey()
    for (const id of ['nope', '00000000-0000-0000-0000-000000000000', '%20', 'x'.repeat(100)]) {
      const res = await api(`/api/changesets/${id}`, { key })
      expect(res.status).toBe(404)
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
    }
  })

  it('404 for another tenant’s changeset', async ({ expect }) => {
    const owner = await createTenantKey()
    const stranger = await createTenantKey()
    const id = await submit(owner)
    const res = await api(`/api/changesets/${id}`, { key: stranger })
    expect(res.status).toBe(404)
  })
})

describe('events WebSocket', () => {
  it('a socket opened before the review sees in_progress then reviewed', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const socket = await openEvents(id, { key })
    const first = await socket.waitFor(() => true)
    expect(first).toMatchObject({ type: 'snapshot', changeset_id: id })
    await socket.waitFor((m) => m.type === 'status' && m.status === 'reviewed')
    const statuses = socket.messages.filter((m) => m.type === 'status').map((m) => m.status)
    if (first.status === 'pending') expect(statuses).toEqual(['in_progress', 'reviewed'])
    else expect(statuses.at(-1)).toBe('reviewed')
    socket.ws.close(1000)
  })

  it('a client that connects after completion gets the final status at once', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    await waitForStatus(key, id, 'reviewed')
    const socket = await openEvents(id, { key })
    const snapshot = await socket.waitFor((m) => m.type === 'snapshot')
    expect(snapshot).toMatchObject({ status: 'reviewed', revision: 1 })
    socket.ws.close(1000)
  })

  it('426 without an upgrade, 404 for unknown changesets', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const plain = await api(`/api/changesets/${id}/events`, { key })
    expect(plain.status).toBe(426)
    expect(await plain.json()).toMatchObject({ error: { code: 'upgrade_required' } })
    const unknown = await api(`/api/changesets/nope/events`, { key, headers: { upgrade: 'websocket' } })
    expect(unknown.status).toBe(404)
  })
})

describe('routing', () => {
  it('unknown routes answer 404 JSON; wrong methods 405 with Allow', async ({ expect }) => {
    const key = await createTenantKey()
    const missing = await api('/api/nothing-here', { key })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } })
    const wrong = await api('/api/changesets', { method: 'PUT', key, body: '{}' })
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toContain('POST')
    expect(await wrong.json()).toMatchObject({ error: { code: 'method_not_allowed' } })
  })
})
