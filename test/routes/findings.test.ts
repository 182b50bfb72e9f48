import v1 from '../fixtures/changesets/app-v1.diff?raw'
import v2 from '../fixtures/changesets/app-v2.diff?raw'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { api, createTenantKey, openEvents, postJson, submit, waitForStatus, type TestKey } from '../helpers'

type Finding = Record<string, any>
const RANK: Record<string, number> = { critical: 0, major: 1, minor: 2, info: 3 }

async function reviewed(key: TestKey, diff = v1): Promise<string> {
  const id = await submit(key, { title: 'User lookup', author: 'ada', diff })
  await waitForStatus(key, id, 'reviewed')
  return id
}

async function allFindings(key: TestKey, id: string, query = ''): Promise<Finding[]> {
  const out: Finding[] = []
  let cursor: string | null = null
  do {
    const sep = query ? '&' : ''
    const res: Response = await api(`/api/changesets/${id}/findings?${query}${sep}limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key })
    expect200(res)
    const page = await res.json<{ data: Finding[]; next_cursor: string | null }>()
    out.push(...page.data)
    cursor = page.next_cursor
  } while (cursor)
  return out
}

function expect200(res: Response) {
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}`)
}

function byRule(findings: Finding[], ruleId: string): Finding {
  const found = findings.find((f) => f.rule_id === ruleId)
  if (!found) throw new Error(`no ${ruleId} in ${findings.map((f) => f.rule_id).join(', ')}`)
  return found
}

describe('GET /api/changesets/{id}/findings', () => {
  it('lists findings in a stable (severity, file, line) order across pages with no gaps or duplicates', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const first = await (await api(`/api/changesets/${id}/findings?limit=100`, { key })).json<{ data: Finding[] }>()
    const paged = await allFindings(key, id)
    expect(paged.map((f) => f.id)).toEqual(first.data.map((f) => f.id))
    expect(new Set(paged.map((f) => f.id)).size).toBe(paged.length)
    expect(paged.length).toBeGreaterThanOrEqual(8)
    const keys = paged.map((f) => [RANK[f.severity]!, f.file_path ?? '', f.line ?? -1] as const)
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2])
    expect(keys).toEqual(sorted)
    const sql = byRule(paged, 'python/sql-injection')
    expect(sql).toMatchObject({ severity: 'critical', category: 'security', file_path: 'app/db.py', line: 9, status: 'open', source: 'rule' })
    expect(sql.message).toContain('cursor.execute')
    expect(sql.fingerprint).toMatch(/^[0-9a-f]+$/)
  })

  it('filters by minimum severity, category, status, file and rule', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const all = await allFindings(key, id)
    const major = await allFindings(key, id, 'severity=major')
    expect(major.map((f) => f.id)).toEqual(all.filter((f) => RANK[f.severity]! <= 1).map((f) => f.id))
    const security = await allFindings(key, id, 'category=security')
    expect(security.length).toBeGreaterThan(0)
    expect(security.every((f) => f.category === 'security')).toBe(true)
    const js = await allFindings(key, id, 'file_path=web/app.js')
    expect(js.length).toBeGreaterThan(0)
    expect(js.every((f) => f.file_path === 'web/app.js')).toBe(true)
    const rule = await allFindings(key, id, 'rule_id=python/sql-injection')
    expect(rule).toHaveLength(1)
    // Each finding names the weaknesses its rule reports, as GET /api/rules does.
    expect(rule[0]!.cwe).toEqual(['CWE-89'])
    for (const f of security) expect(f.cwe.length, f.rule_id).toBeGreaterThan(0)
    expect(await allFindings(key, id, 'status=dismissed')).toEqual([])
  })

  it('422 for invalid filters and cursors, 404 for unknown changesets', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    for (const q of ['severity=urgent', 'status=closed', 'limit=0', 'limit=101', 'cursor=garbage']) {
      const res = await api(`/api/changesets/${id}/findings?${q}`, { key })
      expect(res.status, q).toBe(422)
    }
    expect((await api('/api/changesets/nope/findings', { key })).status).toBe(404)
  })
})

describe('triage', () => {
  it('dismisses with who/when/why, updates the verdict and summary, pushes an event, and reopens', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const before = await (await api(`/api/changesets/${id}`, { key })).json<Record<string, any>>()
    expect(before.verdict).toBe('changes_requested')
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'snapshot')

    const blocking = (await allFindings(key, id)).filter((f) => RANK[f.severity]! <= 1)
    for (const f of blocking) {
      const res = await api(`/api/changesets/${id}/findings/${f.id}`, { method: 'PATCH', key, body: JSON.stringify({ status: 'dismissed', reason: 'accepted risk in this prototype' }) })
      expect(res.status).toBe(200)
      const updated = await res.json<Finding>()
      expect(updated).toMatchObject({ status: 'dismissed', status_reason: 'accepted risk in this prototype', status_by: expect.any(String) })
      expect(updated.status_at).toBeTruthy()
    }
    const after = await (await api(`/api/changesets/${id}`, { key })).json<Record<string, any>>()
    expect(after.verdict).toBe('approved_with_comments')
    expect(after.summary.by_status.dismissed).toBe(blocking.length)
    expect(after.summary.by_severity.critical).toBe(0)
    const event = await socket.waitFor((m) => m.type === 'findings' && m.verdict === 'approved_with_comments')
    expect(event.by_status.dismissed).toBe(blocking.length)

    const reopened = await api(`/api/changesets/${id}/findings/${blocking[0]!.id}`, { method: 'PATCH', key, body: JSON.stringify({ status: 'open' }) })
    expect((await reopened.json<Finding>()).status).toBe('open')
    expect((await (await api(`/api/changesets/${id}`, { key })).json<Record<string, any>>()).verdict).toBe('changes_requested')

    const history = await (await api(`/api/changesets/${id}/history`, { key })).json<{ data: Array<Record<string, any>> }>()
    expect(history.data.filter((e) => e.type === 'status').map((e) => e.to)).toEqual(['pending', 'in_progress', 'reviewed'])
    const triage = history.data.filter((e) => e.type === 'triage')
    expect(triage).toHaveLength(blocking.length + 1)
    expect(triage[0]).toMatchObject({ from: 'open', to: 'dismissed' })
    expect(JSON.parse(triage[0]!.detail)).toMatchObject({ finding_id: blocking[0]!.id, reason: 'accepted risk in this prototype' })
    socket.ws.close(1000)
  })

  it('validates the body and refuses other tenants and read-only keys', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const [finding] = await allFindings(key, id)
    const url = `/api/changesets/${id}/findings/${finding!.id}`
    expect((await api(url, { method: 'PATCH', key, body: JSON.stringify({ status: 'closed' }) })).status).toBe(422)
    expect((await api(url, { method: 'PATCH', key, body: '{' })).status).toBe(400)
    const stranger = await createTenantKey()
    expect((await api(url, { method: 'PATCH', key: stranger, body: JSON.stringify({ status: 'dismissed' }) })).status).toBe(404)
    const reader = await createTenantKey(['read'], key.tenantId)
    expect((await api(url, { method: 'PATCH', key: reader, body: JSON.stringify({ status: 'dismissed' }) })).status).toBe(403)
    expect((await api(`/api/changesets/${id}/findings/nope`, { method: 'PATCH', key, body: JSON.stringify({ status: 'dismissed' }) })).status).toBe(404)
  })
})

describe('revisions', () => {
  it('matches findings by fingerprint: dismissed stays dismissed, fixed becomes resolved, new is open', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const v1Findings = await allFindings(key, id)
    const yaml = v1Findings.find((f) => f.rule_id === 'python/unsafe-deserialization' && f.message.includes('yaml'))!
    await api(`/api/changesets/${id}/findings/${yaml.id}`, { method: 'PATCH', key, body: JSON.stringify({ status: 'dismissed', reason: 'config is trusted' }) })

    const res = await postJson(`/api/changesets/${id}/revisions`, key, { diff: v2 })
    expect(res.status).toBe(202)
    expect(await res.json()).toMatchObject({ message: 'Revision submitted', revision: 2, status: 'pending', changeset_id: id })
    const done = await waitForStatus(key, id, 'reviewed')
    expect(done.revision).toBe(2)

    const v2Findings = await allFindings(key, id)
    const sqlInjection = byRule(v2Findings, 'python/sql-injection')
    expect(sqlInjection).toMatchObject({ status: 'resolved', status_by: 'system', last_revision: 1 })
    expect(sqlInjection.status_reason).toContain('revision 2')
    const yamlAfter = v2Findings.find((f) => f.id === yaml.id)!
    expect(yamlAfter).toMatchObject({ status: 'dismissed', status_reason: 'config is trusted', last_revision: 2 })
    const shell = byRule(v2Findings, 'python/shell-injection')
    expect(shell).toMatchObject({ status: 'open', first_revision: 2, last_revision: 2 })
    // A finding that moved down a line keeps its identity.
    const evalV1 = byRule(v1Findings, 'python/code-eval')
    const evalV2 = byRule(v2Findings, 'python/code-eval')
    expect(evalV2.id).toBe(evalV1.id)
    expect(evalV2.line).toBe(evalV1.line + 1)

    const revisions = await (await api(`/api/changesets/${id}/revisions`, { key })).json<{ data: Array<Record<string, any>> }>()
    expect(revisions.data.map((r) => r.number)).toEqual([1, 2])
    expect(revisions.data[1]).toMatchObject({ status: 'reviewed', file_count: 3 })
    expect(revisions.data[1]!.summary).toMatchObject({ new_findings: 1, resolved_findings: 1 })
    expect(revisions.data[0]!.summary.findings).toBe(v1Findings.length)
  })

  it('refuses revisions of unknown changesets and bad bodies', async ({ expect }) => {
    const key = await createTenantKey()
    expect((await postJson('/api/changesets/nope/revisions', key, { diff: v2 })).status).toBe(404)
    const id = await reviewed(key)
    expect((await postJson(`/api/changesets/${id}/revisions`, key, {})).status).toBe(422)
    expect((await postJson(`/api/changesets/${id}/revisions`, key, { diff: v2, files: [] })).status).toBe(422)
  })
})

describe('files', () => {
  it('lists files with language, counts and open findings; one file includes its diff', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const list = await (await api(`/api/changesets/${id}/files`, { key })).json<{ data: Array<Record<string, any>> }>()
    expect(list.data.map((f) => [f.file_path, f.language, f.additions, f.deletions, f.change_type])).toEqual([
      ['app/db.py', 'python', 19, 0, 'added'],
      ['app/api.py', 'python', 14, 0, 'added'],
      ['web/app.js', 'javascript', 6, 0, 'added'],
    ])
    expect(list.data[0]!.open_findings.critical).toBeGreaterThanOrEqual(2)
    const one = await (await api(`/api/changesets/${id}/files/${list.data[2]!.id}`, { key })).json<Record<string, any>>()
    expect(one.diff_content).toContain('innerHTML')
    expect((await api(`/api/changesets/${id}/files/nope`, { key })).status).toBe(404)
  })
})

describe('listing and deleting changesets', () => {
  it('pages newest first with filters, with no gaps or duplicates while new rows arrive', async ({ expect }) => {
    const key = await createTenantKey()
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push(await submit(key, { title: `t${i}`, author: i % 2 ? 'bob' : 'ada', diff: v1 }))
    const seen: string[] = []
    let cursor: string | null = null
    let inserted = false
    do {
      const res: Response = await api(`/api/changesets?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key })
      const page = await res.json<{ data: Array<Record<string, any>>; next_cursor: string | null }>()
      seen.push(...page.data.map((c) => c.id))
      cursor = page.next_cursor
      if (!inserted) {
        inserted = true
        await submit(key, { title: 'late', author: 'eve', diff: v1 })
      }
    } while (cursor)
    expect(seen).toEqual([...ids].reverse())

    const bobs = await (await api('/api/changesets?author=bob', { key })).json<{ data: Array<Record<string, any>> }>()
    expect(bobs.data.map((c) => c.title).sort()).toEqual(['t1', 't3'])
    for (const id of ids) await waitForStatus(key, id, 'reviewed')
    const requested = await (await api('/api/changesets?verdict=changes_requested&status=reviewed', { key })).json<{ data: Array<Record<string, any>> }>()
    expect(requested.data.length).toBeGreaterThanOrEqual(5)
    expect(requested.data[0]).toMatchObject({ status: 'reviewed', verdict: 'changes_requested', file_count: 3 })
    expect(requested.data[0]!.open_findings.critical).toBeGreaterThan(0)
    const future = await (await api(`/api/changesets?created_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, { key })).json<{ data: unknown[] }>()
    expect(future.data).toEqual([])
    const other = await createTenantKey()
    expect((await (await api('/api/changesets', { key: other })).json<{ data: unknown[] }>()).data).toEqual([])
  })

  it('DELETE removes the changeset with files, findings and history and closes watchers', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'snapshot')
    const stranger = await createTenantKey()
    expect((await api(`/api/changesets/${id}`, { method: 'DELETE', key: stranger })).status).toBe(404)
    const res = await api(`/api/changesets/${id}`, { method: 'DELETE', key })
    expect(res.status).toBe(204)
    expect(await socket.closed).toEqual({ code: 4404, reason: 'changeset deleted' })
    expect((await api(`/api/changesets/${id}`, { key })).status).toBe(404)
    for (const table of ['changeset_files', 'findings', 'changeset_events', 'revisions', 'review_commits']) {
      const row = await env.DB.prepare(`select count(*) as n from ${table} where changeset_id = ?`).bind(id).first<{ n: number }>()
      expect(row!.n, table).toBe(0)
    }
    expect((await api(`/api/changesets/${id}`, { method: 'DELETE', key })).status).toBe(404)
  })
})
