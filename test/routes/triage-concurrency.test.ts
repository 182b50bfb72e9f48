import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { getDb } from '../../src/db/client'
import { findFinding, setFindingStatus } from '../../src/db/findings'
import { api, createTenantKey, sampleChangeset, submit, waitForStatus, type TestKey } from '../helpers'

const RISKY = '@@ -0,0 +1,2 @@\n+import pickle\n+data = pickle.loads(blob)\n'

async function reviewedFinding(key: TestKey): Promise<{ changesetId: string; findingId: string }> {
  const changesetId = await submit(key, sampleChangeset({ files: [{ file_path: 'load.py', diff_content: RISKY }] }))
  await waitForStatus(key, changesetId, 'reviewed')
  const page = await (await api(`/api/changesets/${changesetId}/findings`, { key })).json<{ data: Array<{ id: string }> }>()
  return { changesetId, findingId: page.data[0]!.id }
}

function triage(key: TestKey, changesetId: string, findingId: string, body: Record<string, unknown>) {
  return api(`/api/changesets/${changesetId}/findings/${findingId}`, { method: 'PATCH', key, body: JSON.stringify(body) })
}

async function triageHistory(key: TestKey, changesetId: string, findingId: string) {
  const res = await api(`/api/changesets/${changesetId}/history?limit=100`, { key })
  const { data } = await res.json<{ data: Array<{ type: string; from: string; to: string; detail: string }> }>()
  return data.filter((e) => e.type === 'triage' && JSON.parse(e.detail).finding_id === findingId)
}

describe('concurrent triage', () => {
  it('8 concurrent PATCHes to the same status: one transition, one history row, the rest are no-ops', async ({ expect }) => {
    const key = await createTenantKey()
    const { changesetId, findingId } = await reviewedFinding(key)
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => triage(key, changesetId, findingId, { status: 'dismissed', reason: `reviewer ${i}` })),
    )
    for (const res of responses) expect(res.status).toBe(200)
    const bodies = await Promise.all(responses.map((r) => r.json<Record<string, any>>()))
    expect(new Set(bodies.map((b) => b.status))).toEqual(new Set(['dismissed']))
    // Every answer shows the one reason that was stored.
    expect(new Set(bodies.map((b) => b.status_reason)).size).toBe(1)

    const history = await triageHistory(key, changesetId, findingId)
    expect(history.map((e) => `${e.from} → ${e.to}`)).toEqual(['open → dismissed'])
    expect(JSON.parse(history[0]!.detail).reason).toBe(bodies[0]!.status_reason)
  })

  it('8 concurrent PATCHes to different statuses: only real transitions, a consistent chain, losers get 409', async ({ expect }) => {
    const key = await createTenantKey()
    const { changesetId, findingId } = await reviewedFinding(key)
    const targets = ['dismissed', 'resolved', 'open', 'dismissed', 'resolved', 'open', 'dismissed', 'resolved']
    const responses = await Promise.all(targets.map((status) => triage(key, changesetId, findingId, { status })))
    const statuses = responses.map((r) => r.status)
    expect(statuses.every((s) => s === 200 || s === 409), statuses.join(',')).toBe(true)
    for (const res of responses.filter((r) => r.status === 409)) {
      expect(await res.json()).toMatchObject({ error: { code: 'conflict', request_id: expect.any(String) } })
    }

    const history = await triageHistory(key, changesetId, findingId)
    expect(history.length).toBeGreaterThanOrEqual(1)
    expect(history.length).toBeLessThanOrEqual(statuses.filter((s) => s === 200).length)
    let current = 'open'
    for (const entry of history) {
      expect(entry.from, 'no x → x rows').not.toBe(entry.to)
      expect(entry.from, 'each row starts where the last ended').toBe(current)
      current = entry.to
    }
    const finding = await (await api(`/api/changesets/${changesetId}/findings?limit=100`, { key })).json<{ data: Array<Record<string, any>> }>()
    expect(finding.data.find((f) => f.id === findingId)!.status).toBe(current)
  })

  it('re-setting the current status is 200 with no history row and the reason kept', async ({ expect }) => {
    const key = await createTenantKey()
    const { changesetId, findingId } = await reviewedFinding(key)
    expect((await triage(key, changesetId, findingId, { status: 'dismissed', reason: 'fixture' })).status).toBe(200)
    const again = await triage(key, changesetId, findingId, { status: 'dismissed', reason: 'other words' })
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ status: 'dismissed', status_reason: 'fixture' })
    expect((await triage(key, changesetId, findingId, { status: 'open' })).status).toBe(200)
    expect(await triage(key, changesetId, findingId, { status: 'open' }).then((r) => r.status)).toBe(200)
    const history = await triageHistory(key, changesetId, findingId)
    expect(history.map((e) => `${e.from} → ${e.to}`)).toEqual(['open → dismissed', 'dismissed → open'])
  })

  it('expected_status makes the change conditional: 409 naming the current status when it differs', async ({ expect }) => {
    const key = await createTenantKey()
    const { changesetId, findingId } = await reviewedFinding(key)
    const stale = await triage(key, changesetId, findingId, { status: 'resolved', expected_status: 'dismissed' })
    expect(stale.status).toBe(409)
    expect(await stale.json()).toMatchObject({
      error: { code: 'conflict', details: [{ path: 'json.expected_status', message: 'current status is open' }] },
    })
    expect((await triage(key, changesetId, findingId, { status: 'resolved', expected_status: 'open' })).status).toBe(200)
    expect(await triageHistory(key, changesetId, findingId)).toHaveLength(1)
    expect((await triage(key, changesetId, findingId, { status: 'bogus', expected_status: 'open' })).status).toBe(422)
  })

  it('a lost compare-and-set writes nothing: no history, no status, no verdict or updated_at change', async ({ expect }) => {
    const key = await createTenantKey()
    const { changesetId, findingId } = await reviewedFinding(key)
    const db = getDb(env.DB)
    const finding = (await findFinding(db, key.tenantId, changesetId, findingId))!
    const before = await env.DB.prepare('select verdict, updated_at from changesets where id = ?').bind(changesetId).first()
    const applied = await setFindingStatus(db, {
      finding,
      from: 'resolved', // not what the row holds
      revision: 1,
      status: 'dismissed',
      reason: null,
      by: 'test',
      now: new Date(Date.now() + 60_000).toISOString(),
    })
    expect(applied).toBe(false)
    expect((await findFinding(db, key.tenantId, changesetId, findingId))!.status).toBe('open')
    expect(await env.DB.prepare('select verdict, updated_at from changesets where id = ?').bind(changesetId).first()).toEqual(before)
    expect(await triageHistory(key, changesetId, findingId)).toEqual([])

    const won = await setFindingStatus(db, { finding, from: 'open', revision: 1, status: 'dismissed', reason: null, by: 'test', now: new Date().toISOString() })
    expect(won).toBe(true)
    const after = await env.DB.prepare('select verdict, updated_at from changesets where id = ?').bind(changesetId).first<Record<string, string>>()
    expect(after!.updated_at).not.toBe((before as Record<string, string>).updated_at)
  })
})
