import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { getDb } from '../../src/db/client'
import { findings } from '../../src/db/schema'
import { signPageToken } from '../../src/page/token'
import { api, createTenantKey, postJson, sampleChangeset, submit, waitForStatus, type TestKey } from '../helpers'
import { eq } from 'drizzle-orm'

const RISKY_DIFF = `@@ -1,3 +1,8 @@
 import os
 
 def load(blob):
+    import pickle
+    data = pickle.loads(blob)
+    result = eval(blob)
+    os.system("rm -rf " + blob)
+    return data
`

async function reviewed(key: TestKey, overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await submit(key, sampleChangeset({ files: [{ file_path: 'app/load.py', diff_content: RISKY_DIFF }, { file_path: 'app/other.py', diff_content: '@@ -0,0 +1 @@\n+x = 1\n' }], ...overrides }))
  await waitForStatus(key, id, 'reviewed')
  return id
}

async function link(key: TestKey, id: string, body: Record<string, unknown> = {}): Promise<{ url: string; path: string; token: string }> {
  const res = await postJson(`/api/changesets/${id}/links`, key, body)
  if (res.status !== 201) throw new Error(`link failed: ${res.status} ${await res.text()}`)
  const { url } = await res.json<{ url: string }>()
  const parsed = new URL(url)
  return { url, path: parsed.pathname + parsed.search, token: parsed.searchParams.get('t')! }
}

describe('POST /api/changesets/{id}/links', () => {
  it('returns a signed page URL on the request origin, view scope and 30 days by default', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const res = await postJson(`/api/changesets/${id}/links`, key, {})
    expect(res.status).toBe(201)
    const body = await res.json<{ url: string; scope: string; expires_at: string }>()
    // PUBLIC_BASE_URL when set, else the request's origin.
    expect(body.url.startsWith(`${env.PUBLIC_BASE_URL || 'http://review.test'}/r/${id}?t=`)).toBe(true)
    expect(body.scope).toBe('view')
    const days = (Date.parse(body.expires_at) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(29.9)
    expect(days).toBeLessThanOrEqual(30)
  })

  it('needs the write scope, refuses more than 90 days, and 404s for another tenant', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const reader = await createTenantKey(['read'], key.tenantId)
    expect((await postJson(`/api/changesets/${id}/links`, reader, {})).status).toBe(403)
    const tooLong = await postJson(`/api/changesets/${id}/links`, key, { expires_in_days: 91 })
    expect(tooLong.status).toBe(422)
    expect(await tooLong.json()).toMatchObject({ error: { code: 'validation_failed' } })
    const other = await createTenantKey()
    expect((await postJson(`/api/changesets/${id}/links`, other, {})).status).toBe(404)
  })
})

describe('GET /r/{id}', () => {
  it('renders status, counts and findings under their diff lines, with strict headers', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const { path } = await link(key, id)
    const res = await api(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const html = await res.text()
    expect(html).toContain('id="status" class="status status-reviewed"')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/) // no inline script
    expect(html).toMatch(/<tr class="add"><td class="ln">5<\/td>.*pickle\.loads/)
    // Rule ids are `namespace/name`; the link opens the rule's page.
    const ruleLink = html.match(/<a class="rule" href="([^"]+)"/)![1]!
    expect(ruleLink).toMatch(/^\/docs\/rules\/[\w-]+\/[\w-]+$/)
    expect((await api(ruleLink)).status).toBe(200)
    // The file with findings is open, the one without is collapsed.
    expect(html).toMatch(/<details class="file" open data-path="app\/load.py">/)
    expect(html).toMatch(/<details class="file" data-path="app\/other.py">/)
    // No triage controls with a view link.
    expect(html).not.toContain('form class="triage"')
  })

  it('escapes attacker-controlled titles, paths and messages', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key, { title: '<script>alert("title")</script>', author: '"><img src=x onerror=alert(1)>' })
    await getDb(env.DB).update(findings).set({ message: '<script>alert("msg")</script>', suggestion: "'><b>x</b>" }).where(eq(findings.changesetId, id))
    const html = await (await api((await link(key, id)).path)).text()
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>x</b>')
    expect(html).toContain('&lt;script&gt;alert(&quot;msg&quot;)&lt;/script&gt;')
    expect(html).toContain('<title>Review: &lt;script&gt;')
  })

  it('filters by severity, status and file from the URL', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const { path } = await link(key, id)
    const all = await (await api(`${path.replace('/r/', '/r/').replace('?', '/findings?')}`)).text()
    const critical = await (await api(`${path.replace('?', '/findings?')}&severity=critical`)).text()
    const count = (html: string) => (html.match(/<article class="finding /g) ?? []).length
    expect(count(all)).toBeGreaterThan(count(critical))
    expect(critical).not.toMatch(/data-severity="(major|minor|info)"/)
    expect(count(await (await api(`${path.replace('?', '/findings?')}&status=dismissed`)).text())).toBe(0)
    expect(count(await (await api(`${path.replace('?', '/findings?')}&file=app/other.py`)).text())).toBe(0)
    // Nonsense filter values are ignored, not a 500.
    expect((await api(`${path}&severity=%00&status=zzz`)).status).toBe(200)
  })

  it('gives the same plain 404 for a bad, expired, foreign or revoked token', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const other = await submit(key)
    const { token } = await link(key, id)
    const expired = await signPageToken('test-page-link-secret', { changesetId: id, tenantId: key.tenantId, scope: 'view', exp: Math.floor(Date.now() / 1000) - 1 })
    const wrongTenant = await signPageToken('test-page-link-secret', { changesetId: id, tenantId: 'someone-else', scope: 'view', exp: Math.floor(Date.now() / 1000) + 60 })
    const unknownSecret = await signPageToken('not-the-secret', { changesetId: id, tenantId: key.tenantId, scope: 'view', exp: Math.floor(Date.now() / 1000) + 60 })
    const cases = [
      `/r/${id}`,
      `/r/${id}?t=garbage`,
      `/r/${id}?t=${encodeURIComponent(expired)}`,
      `/r/${id}?t=${encodeURIComponent(wrongTenant)}`,
      `/r/${id}?t=${encodeURIComponent(unknownSecret)}`,
      `/r/${other}?t=${encodeURIComponent(token)}`,
      `/r/${id}/findings?t=${encodeURIComponent(expired)}`,
      `/r/${id}/report?t=${encodeURIComponent(expired)}`,
    ]
    for (const path of cases) {
      const res = await api(path)
      expect(res.status, path).toBe(404)
      const html = await res.text()
      expect(html).toContain('<h1>Not found</h1>')
      expect(html).not.toContain(id)
    }
    // Deleting the changeset voids its links.
    expect((await api(`/r/${id}?t=${encodeURIComponent(token)}`)).status).toBe(200)
    expect((await api(`/api/changesets/${id}`, { method: 'DELETE', key })).status).toBe(204)
    expect((await api(`/r/${id}?t=${encodeURIComponent(token)}`)).status).toBe(404)
  })

  it('accepts links signed with the previous secret during a rotation', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const old = await signPageToken('test-page-link-secret-old', { changesetId: id, tenantId: key.tenantId, scope: 'view', exp: Math.floor(Date.now() / 1000) + 60 })
    expect((await api(`/r/${id}?t=${encodeURIComponent(old)}`)).status).toBe(200)
  })

  it('serves Markdown, SARIF, rdjson and JSON downloads with the page token', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const { path } = await link(key, id)
    for (const [format, type] of [['markdown', 'text/markdown'], ['sarif', 'application/sarif+json'], ['rdjson', 'application/json'], ['json', 'application/json']]) {
      const res = await api(`${path.replace('?', '/report?')}&format=${format}`)
      expect(res.status, format).toBe(200)
      expect(res.headers.get('content-type')).toContain(type)
      expect(res.headers.get('content-disposition')).toContain('attachment')
    }
  })

  it('serves its module script and stylesheet from the same origin', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const html = await (await api((await link(key, id)).path)).text()
    const script = html.match(/<script type="module" src="([^"]+)"/)![1]!
    const style = html.match(/<link rel="stylesheet" href="([^"]+)"/)![1]!
    const js = await api(script)
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toContain('text/javascript')
    expect(await js.text()).toContain('new WebSocket')
    expect((await api(style)).headers.get('content-type')).toContain('text/css')
  })
})

describe('page token calls', () => {
  it('mints a ticket that opens the event stream, and only with a valid token', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const { token } = await link(key, id)
    expect((await api(`/r/${id}/ticket?t=bad`, { method: 'POST' })).status).toBe(404)
    const res = await api(`/r/${id}/ticket?t=${encodeURIComponent(token)}`, { method: 'POST' })
    expect(res.status).toBe(201)
    const { url } = await res.json<{ url: string }>()
    expect(url).toMatch(new RegExp(`^/r/${id}/events\\?ticket=`))
    const ws = await api(url, { headers: { upgrade: 'websocket' } })
    expect(ws.status).toBe(101)
    ws.webSocket!.accept()
    const first = await new Promise<Record<string, unknown>>((resolve) => ws.webSocket!.addEventListener('message', (e) => resolve(JSON.parse(String(e.data)))))
    expect(first).toMatchObject({ type: 'snapshot', status: 'reviewed' })
    ws.webSocket!.close(1000)
    // A page ticket does not open the API's route, and an API ticket does not open the page's.
    expect((await api(url.replace(`/r/${id}/events`, `/api/changesets/${id}/events`), { headers: { upgrade: 'websocket' } })).status).toBe(401)
    const apiTicket = await (await api(`/api/changesets/${id}/events/ticket`, { method: 'POST', key })).json<{ ticket: string }>()
    expect((await api(`/r/${id}/events?ticket=${encodeURIComponent(apiTicket.ticket)}`, { headers: { upgrade: 'websocket' } })).status).toBe(404)
  })

  it('triages with a triage token only, and the counts follow', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const view = await link(key, id)
    const triage = await link(key, id, { scope: 'triage' })
    const page = await (await api(triage.path)).text()
    expect(page).toContain('form class="triage"')
    const findingId = page.match(/data-finding-id="([^"]+)"/)![1]!
    const patch = (token: string, body: unknown) =>
      api(`/r/${id}/findings/${findingId}?t=${encodeURIComponent(token)}`, { method: 'PATCH', body: JSON.stringify(body) })
    expect((await patch(view.token, { status: 'dismissed', reason: 'test fixture' })).status).toBe(403)
    expect((await patch('nope', { status: 'dismissed' })).status).toBe(404)
    expect((await patch(triage.token, { status: 'nonsense' })).status).toBe(422)
    const before = await (await api(`/api/changesets/${id}`, { key })).json<{ summary: { by_status: Record<string, number> } }>()
    const res = await patch(triage.token, { status: 'dismissed', reason: 'test fixture' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'dismissed', status_reason: 'test fixture', status_by: 'review page' })
    const after = await (await api(`/api/changesets/${id}`, { key })).json<{ summary: Record<string, any> }>()
    expect(JSON.stringify(after.summary)).not.toBe(JSON.stringify(before.summary))
    // Without JavaScript: a form post, then back to the page.
    const form = await api(`/r/${id}/findings/${findingId}?t=${encodeURIComponent(triage.token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'status=open',
      redirect: 'manual',
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toContain(`/r/${id}?t=`)
    const listed = await (await api(`/api/changesets/${id}/findings?status=open&limit=100`, { key })).json<{ data: Array<{ id: string }> }>()
    expect(listed.data.map((f) => f.id)).toContain(findingId)
  })

  it('bounds triage bodies', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    const triage = await link(key, id, { scope: 'triage' })
    const res = await api(`/r/${id}/findings/x?t=${encodeURIComponent(triage.token)}`, { method: 'PATCH', body: JSON.stringify({ status: 'open', reason: 'x'.repeat(100_000) }) })
    expect(res.status).toBe(413)
  })
})
