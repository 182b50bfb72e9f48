import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { api, createTenantKey, postJson, SAMPLE_DIFF, sampleChangeset, submit, waitForStatus, type TestKey } from '../helpers'

const CONTROLS: Array<[string, string]> = [
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['ESC', '\u001b'],
  ['vertical tab', '\u000b'],
  ['DEL', '\u007f'],
  ['C1 CSI', '\u009b'],
]

async function firstFinding(key: TestKey): Promise<{ changesetId: string; findingId: string }> {
  const changesetId = await submit(key, sampleChangeset({ files: [{ file_path: 'a.py', diff_content: '@@ -0,0 +1,1 @@\n+data = pickle.loads(blob)\n' }] }))
  await waitForStatus(key, changesetId, 'reviewed')
  const page = await (await api(`/api/changesets/${changesetId}/findings`, { key })).json<{ data: Array<{ id: string }> }>()
  return { changesetId, findingId: page.data[0]!.id }
}

type Field = { name: string; path: string; send: (key: TestKey, value: string) => Promise<Response> }

const FIELDS: Field[] = [
  { name: 'title', path: 'json.title', send: (key, v) => postJson('/api/changesets', key, sampleChangeset({ title: `Fix ${v} bug` })) },
  { name: 'author', path: 'json.author', send: (key, v) => postJson('/api/changesets', key, sampleChangeset({ author: `ada${v}` })) },
  { name: 'description', path: 'json.description', send: (key, v) => postJson('/api/changesets', key, sampleChangeset({ description: `line${v}` })) },
  { name: 'key name', path: 'json.name', send: (key, v) => postJson('/api/keys', key, { name: `ci${v}` }) },
  { name: 'tenant name', path: 'json.tenant_name', send: (key, v) => postJson('/api/keys', key, { name: 'ci', tenant_name: `Acme${v}` }) },
]

describe('control characters in human-written text are refused with 422 naming the field', () => {
  for (const field of FIELDS) {
    it(`${field.name}`, async ({ expect }) => {
      const key = await createTenantKey()
      for (const [label, char] of CONTROLS) {
        const res = await field.send(key, char)
        expect(res.status, label).toBe(422)
        const body = await res.json<Record<string, any>>()
        expect(body.error.code, label).toBe('validation_failed')
        expect(body.error.details, label).toContainEqual({ path: field.path, message: expect.stringContaining('control characters') })
      }
      const stored = await env.DB.prepare('select count(*) as n from changesets where tenant_id = ?').bind(key.tenantId).first<{ n: number }>()
      expect(stored!.n).toBe(0)
    })
  }

  it('triage reason', async ({ expect }) => {
    const key = await createTenantKey()
    const { changesetId, findingId } = await firstFinding(key)
    for (const [label, char] of CONTROLS) {
      const res = await api(`/api/changesets/${changesetId}/findings/${findingId}`, {
        method: 'PATCH',
        key,
        body: JSON.stringify({ status: 'dismissed', reason: `fixture${char}` }),
      })
      expect(res.status, label).toBe(422)
      expect((await res.json<Record<string, any>>()).error.details).toContainEqual({ path: 'json.reason', message: expect.stringContaining('control characters') })
    }
    const ok = await api(`/api/changesets/${changesetId}/findings/${findingId}`, {
      method: 'PATCH',
      key,
      body: JSON.stringify({ status: 'dismissed', reason: 'a fixture,\n\tnot a real call\r\n' }),
    })
    expect(ok.status).toBe(200)
    expect((await ok.json<Record<string, any>>()).status_reason).toBe('a fixture,\n\tnot a real call\r\n')
  })

  it('tab and line breaks stay allowed in descriptions', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postJson('/api/changesets', key, sampleChangeset({ description: 'Why:\r\n\t- it was slow\n' }))
    expect(res.status).toBe(202)
  })
})

describe('diffs keep their bytes, except NUL', () => {
  it('NUL in diff_content or diff is 422 naming the field', async ({ expect }) => {
    const key = await createTenantKey()
    const nulDiff = '@@ -0,0 +1,1 @@\n+x = "\u0000"\n'
    const perFile = await postJson('/api/changesets', key, sampleChangeset({ files: [{ file_path: 'a.py', diff_content: SAMPLE_DIFF }, { file_path: 'b.py', diff_content: nulDiff }] }))
    expect(perFile.status).toBe(422)
    expect((await perFile.json<Record<string, any>>()).error.details).toContainEqual({ path: 'json.files.1.diff_content', message: expect.stringContaining('NUL') })

    const whole = await postJson('/api/changesets', key, { title: 't', author: 'a', diff: `diff --git a/b.py b/b.py\n--- a/b.py\n+++ b/b.py\n${nulDiff}` })
    expect(whole.status).toBe(422)
    expect((await whole.json<Record<string, any>>()).error.details).toContainEqual({ path: 'json.diff', message: expect.stringContaining('NUL') })
  })

  it('other control characters in code (ESC in a string, form feed, BEL) are accepted as they are', async ({ expect }) => {
    const key = await createTenantKey()
    const diff = '@@ -0,0 +1,3 @@\n+RED = "\u001b[31m"\n+\f\n+BELL = "\u0007"\n'
    const id = await submit(key, sampleChangeset({ files: [{ file_path: 'colors.py', diff_content: diff }] }))
    await waitForStatus(key, id, 'reviewed')
    const files = await (await api(`/api/changesets/${id}/files`, { key })).json<{ data: Array<{ id: string }> }>()
    const file = await (await api(`/api/changesets/${id}/files/${files.data[0]!.id}`, { key })).json<{ diff_content: string }>()
    expect(file.diff_content).toBe(diff)
  })
})
