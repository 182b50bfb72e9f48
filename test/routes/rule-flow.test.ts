import { describe, it } from 'vitest'
import { FLOW_DOCS } from '../../src/review/rules/flow/catalogue'
import { api, createTenantKey } from '../helpers'

// Rules the data-flow analysis answers say what it follows: sources, sinks and sanitizers.

type Rule = { id: string; flow: { sources: string[]; sinks: string[]; sanitizers: string[] } | null }

describe('rule flow metadata', () => {
  it('GET /api/rules gives every flow rule its sources, sinks and sanitizers, and null to line rules', async ({ expect }) => {
    const key = await createTenantKey(['read'])
    const res = await api('/api/rules', { key })
    expect(res.status).toBe(200)
    const rules = (await res.json<{ data: Rule[] }>()).data
    const byId = new Map(rules.map((r) => [r.id, r]))
    for (const [id, flow] of Object.entries(FLOW_DOCS)) expect(byId.get(id)?.flow, id).toEqual(flow)
    expect(byId.get('python/sql-injection')!.flow!.sinks.join(' ')).toContain('cursor.execute')
    const lineRule = rules.find((r) => r.id.startsWith('hygiene/'))
    expect(lineRule).toBeDefined()
    expect(lineRule!.flow).toBeNull()
    for (const rule of rules) expect(rule).toHaveProperty('flow')
  })

  it('GET /api/rules names the CWE ids each rule reports', async ({ expect }) => {
    const key = await createTenantKey(['read'])
    const rules = (await (await api('/api/rules', { key })).json<{ data: Array<Rule & { cwe: string[]; category: string }> }>()).data
    expect(rules.find((r) => r.id === 'python/sql-injection')!.cwe).toEqual(['CWE-89'])
    expect(rules.find((r) => r.id === 'hygiene/todo-comment')!.cwe).toEqual([])
    for (const rule of rules) if (rule.category === 'security') expect(rule.cwe.length, rule.id).toBeGreaterThan(0)
    const page = await (await api('/docs/rules/js/ssrf')).text()
    expect(page).toContain('<a href="https://cwe.mitre.org/data/definitions/918.html">CWE-918</a>')
  })

  it('GET /api/rules carries an ETag per filtered list and answers 304 to a client that already holds it', async ({ expect }) => {
    const key = await createTenantKey(['read'])
    const first = await api('/api/rules?pack=secrets', { key })
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toMatch(/^application\/json/)
    expect(first.headers.get('cache-control')).toBe('no-store')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"rules-[0-9a-z]+-[0-9a-z]+"$/)
    const body = await first.text()
    expect(JSON.parse(body).data.every((r: { pack: string }) => r.pack === 'secrets')).toBe(true)

    // The same list again: the same bytes and validator; the client's copy is current.
    const again = await api('/api/rules?pack=secrets', { key })
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe(body)
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const cached = await api('/api/rules?pack=secrets', { key, headers: { 'If-None-Match': header } })
      expect(cached.status, header).toBe(304)
      expect(cached.headers.get('etag')).toBe(etag)
      expect(await cached.text()).toBe('')
    }

    // A HEAD request reads the validator without the list.
    const head = await api('/api/rules?pack=secrets', { key, method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)

    // Another filter is another list with its own validator; a stale validator gets the list.
    const all = await api('/api/rules', { key, headers: { 'If-None-Match': etag } })
    expect(all.status).toBe(200)
    expect(all.headers.get('etag')).not.toBe(etag)
    expect((await all.json<{ data: Rule[] }>()).data.length).toBeGreaterThan(JSON.parse(body).data.length)

    // Still a keyed route: no key, no list, whatever the validator.
    expect((await api('/api/rules', { headers: { 'If-None-Match': '*' } })).status).toBe(401)
  })

  it('the OpenAPI Rule schema documents flow', async ({ expect }) => {
    const doc = await (await api('/openapi.json')).json<Record<string, any>>()
    const flow = doc.components.schemas.Rule.properties.flow
    expect(flow).toBeDefined()
    expect(JSON.stringify(flow)).toMatch(/sanitizers/)
    expect(doc.components.schemas.Rule.required).toContain('flow')
  })

  it('the rule page lists sources, sinks and sanitizers, with code spans escaped', async ({ expect }) => {
    const res = await api('/docs/rules/python/sql-injection')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<h2>Data flow</h2>')
    expect(html).toMatch(/<h3>Sources<\/h3><ul><li>/)
    expect(html).toMatch(/<h3>Sinks<\/h3><ul><li>DB-API <code>cursor.execute<\/code>/)
    expect(html).toMatch(/<h3>Sanitizers<\/h3><ul><li>bound parameters<\/li>/)
    // Backticks in the catalogue (flow lists and description alike) become code, not literal text.
    expect(html).not.toContain('`')
    expect(html).toContain('SQLAlchemy <code>text()</code>')
    const plain = await (await api('/docs/rules/hygiene/todo-comment')).text()
    expect(plain).not.toContain('Data flow')
  })
})
