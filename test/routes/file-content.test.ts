import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { createApp } from '../../src/app'
import { api, BASE, createTenantKey, postJson, submit, waitForStatus, type TestKey } from '../helpers'

// `files[].content` end to end: the real API, D1 and queue consumer. The analysis sees the whole
// file, yet reports only what the change touched.

type Json = Record<string, any>

const PAD = Array.from({ length: 10 }, (_, i) => `    log.debug("step ${i}")`)

/** A Flask download view: the name is read on line 4 and opened on line 15, ten lines apart. */
function view(nameLine: string, sinkLine: string): string {
  return ['from flask import request, send_file', '', 'def download():', nameLine, ...PAD, sinkLine, ''].join('\n')
}

const TAINTED = view('    name = request.args.get("f")', '    return send_file(name)')
// Only the sink changes; the request read sits eleven lines above, outside the hunk.
const SINK_ADDED = '@@ -15,1 +15,1 @@\n-    return send_file("report.pdf")\n+    return send_file(name)\n'
// Only the source changes; the sink sits eleven lines below, outside the hunk.
const SOURCE_ADDED = '@@ -4,1 +4,1 @@\n-    name = "report.pdf"\n+    name = request.args.get("f")\n'
// Touches neither: the file's existing flaw is not this change's finding.
const UNRELATED = '@@ -1,2 +1,3 @@\n from flask import request, send_file\n+import os\n \n'
const SHIFTED = ['from flask import request, send_file', 'import os', ...TAINTED.split('\n').slice(1)].join('\n')

const file = (diff: string, content?: string) => ({ file_path: 'app/download.py', diff_content: diff, ...(content === undefined ? {} : { content }) })

async function reviewed(key: TestKey, files: unknown[]): Promise<string> {
  const id = await submit(key, { title: 'Download view', author: 'ada', files })
  await waitForStatus(key, id, 'reviewed', 30_000)
  return id
}

async function findings(key: TestKey, id: string, rule = 'python/path-traversal'): Promise<Json[]> {
  const res = await api(`/api/changesets/${id}/findings?rule_id=${encodeURIComponent(rule)}`, { key })
  if (res.status !== 200) throw new Error(`findings: ${res.status} ${await res.text()}`)
  return (await res.json<{ data: Json[] }>()).data
}

/** The real app with `[vars]` overridden, as a deployment would configure them. */
async function postWith(vars: Record<string, string>, key: TestKey, path: string, body: unknown) {
  const ctx = createExecutionContext()
  const res = await createApp().fetch(
    new Request(`${BASE}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    { ...env, ...vars },
    ctx,
  )
  await waitOnExecutionContext(ctx)
  return res
}

async function count(sql: string, ...params: unknown[]): Promise<number> {
  return (await env.DB.prepare(sql).bind(...params).first<{ n: number }>())!.n
}

describe('files[].content: the analysis sees the whole file', { timeout: 30_000 }, () => {
  it('an added sink fed by a source outside the hunk is found only with content, on the added line', async ({ expect }) => {
    const key = await createTenantKey()
    const without = await reviewed(key, [file(SINK_ADDED)])
    expect(await findings(key, without)).toEqual([])

    const withContent = await reviewed(key, [file(SINK_ADDED, TAINTED)])
    const found = await findings(key, withContent)
    expect(found).toMatchObject([{ rule_id: 'python/path-traversal', file_path: 'app/download.py', line: 15, end_line: null }])
    expect(found[0]!.message).toMatch(/line 4/)
  })

  it('an added source reaching an unchanged sink is reported on that sink, the statement the change made unsafe', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key, [file(SOURCE_ADDED, TAINTED)])
    expect(await findings(key, id)).toMatchObject([{ line: 15 }])
  })

  it('the same flaw is not reported when the change touches neither its source nor its sink', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key, [file(UNRELATED, SHIFTED)])
    expect(await findings(key, id)).toEqual([])
    const all = await (await api(`/api/changesets/${id}/findings`, { key })).json<{ data: Json[] }>()
    expect(all.data.every((f) => f.line === null || f.line === 2)).toBe(true)
  })

  it('content that disagrees with the diff is ignored: the hunks alone are reviewed', async ({ expect }) => {
    const key = await createTenantKey()
    const stale = view('    name = request.args.get("f")', '    return send_file(other)')
    const id = await reviewed(key, [file(SINK_ADDED, stale)])
    expect(await findings(key, id)).toEqual([])
  })

  it('stores the content; the file GET returns it, the file list does not', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'Two files', author: 'ada', files: [file(SINK_ADDED, TAINTED), { file_path: 'b.py', diff_content: SOURCE_ADDED }] })
    const list = await (await api(`/api/changesets/${id}/files`, { key })).json<{ data: Json[] }>()
    expect(list.data).toHaveLength(2)
    for (const f of list.data) {
      expect(f).not.toHaveProperty('content')
      expect(f).not.toHaveProperty('diff_content')
    }
    const one = await (await api(`/api/changesets/${id}/files/${list.data[0]!.id}`, { key })).json<Json>()
    expect(one).toMatchObject({ file_path: 'app/download.py', diff_content: SINK_ADDED, content: TAINTED })
    const other = await (await api(`/api/changesets/${id}/files/${list.data[1]!.id}`, { key })).json<Json>()
    expect(other.content).toBeNull()
  })

  it('revisions take content too, and the finding it reveals keeps its identity across a line shift', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key, [file(SINK_ADDED)])
    expect(await findings(key, id)).toEqual([])

    // Revision 2 changes the source only: the finding is on the unchanged sink, keyed by its text from the content.
    const rev2 = await postJson(`/api/changesets/${id}/revisions`, key, { files: [file(SOURCE_ADDED, TAINTED)] })
    expect(rev2.status).toBe(202)
    await waitForStatus(key, id, 'reviewed', 30_000)
    const [second] = await findings(key, id)
    expect(second).toMatchObject({ line: 15, first_revision: 2, last_revision: 2 })

    // Revision 3 adds an import at the top and rewrites the sink, now on line 16 inside a hunk: same finding.
    const shiftedDiff = '@@ -1,2 +1,3 @@\n from flask import request, send_file\n+import os\n \n@@ -15,1 +16,1 @@\n-    return send_file("report.pdf")\n+    return send_file(name)\n'
    const rev3 = await postJson(`/api/changesets/${id}/revisions`, key, { files: [file(shiftedDiff, SHIFTED)] })
    expect(rev3.status).toBe(202)
    await waitForStatus(key, id, 'reviewed', 30_000)
    const [third] = await findings(key, id)
    expect(third).toMatchObject({ id: second!.id, fingerprint: second!.fingerprint, line: 16, first_revision: 2, last_revision: 3, status: 'open' })
    expect(await count('select count(*) as n from changeset_files where changeset_id = ? and content is not null', id)).toBe(2)
  })
})

describe('files[].content: validation and limits', () => {
  it('NUL in content is refused like NUL in a diff (422 naming the field, nothing written)', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postJson('/api/changesets', key, { title: 'NUL', author: 'ada', files: [file(SINK_ADDED, 'x = 1\u0000\n')] })
    expect(res.status).toBe(422)
    const body = await res.json<Json>()
    expect(body.error).toMatchObject({ code: 'validation_failed', details: [{ path: 'json.files.0.content' }] })
    expect(await count('select count(*) as n from changesets where tenant_id = ?', key.tenantId)).toBe(0)
  })

  it('content must be a string', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postJson('/api/changesets', key, { title: 'Bad', author: 'ada', files: [{ ...file(SINK_ADDED), content: 42 }] })
    expect(res.status).toBe(422)
    expect((await res.json<Json>()).error.details[0].path).toBe('json.files.0.content')
  })

  it('413 naming MAX_FILE_CONTENT_BYTES when one file’s content is over it, on submissions and revisions alike', async ({ expect }) => {
    const key = await createTenantKey()
    const big = file(SINK_ADDED, TAINTED + '#'.repeat(200))
    const res = await postWith({ MAX_FILE_CONTENT_BYTES: '200' }, key, '/api/changesets', { title: 'Big', author: 'ada', files: [big] })
    expect(res.status).toBe(413)
    const body = await res.json<Json>()
    expect(body.error).toMatchObject({ code: 'payload_too_large', details: [{ path: 'MAX_FILE_CONTENT_BYTES' }] })
    expect(body.error.message).toContain('app/download.py')
    expect(await count('select count(*) as n from changesets where tenant_id = ?', key.tenantId)).toBe(0)

    const id = await submit(key, { title: 'Small', author: 'ada', files: [file(SINK_ADDED)] })
    const rev = await postWith({ MAX_FILE_CONTENT_BYTES: '200' }, key, `/api/changesets/${id}/revisions`, { files: [big] })
    expect(rev.status).toBe(413)
    expect(JSON.stringify(await rev.json())).toContain('MAX_FILE_CONTENT_BYTES')
    expect(await count('select count(*) as n from changeset_files where changeset_id = ?', id)).toBe(1)
  })

  it('a diff and content that together would not fit one stored row are refused with 413, not a D1 error', async ({ expect }) => {
    const key = await createTenantKey()
    const lines = Array.from({ length: 20_000 }, (_, i) => `x${i} = ${'1'.repeat(40)}`)
    const diff = `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`
    const content = `${lines.join('\n')}\n`
    const res = await postWith({ MAX_FILE_CONTENT_BYTES: '1900000', MAX_FILE_DIFF_BYTES: '1900000' }, key, '/api/changesets', {
      title: 'Huge new file',
      author: 'ada',
      files: [{ file_path: 'gen/table.py', diff_content: diff, content }],
    })
    expect(res.status).toBe(413)
    const body = await res.json<Json>()
    expect(body.error.details[0].path).toBe('MAX_FILE_CONTENT_BYTES')
    expect(body.error.message).toMatch(/together/)
  })

  it('content counts towards MAX_BODY_BYTES', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postWith({ MAX_BODY_BYTES: '2000' }, key, '/api/changesets', { title: 'Body', author: 'ada', files: [file(SINK_ADDED, TAINTED + '#'.repeat(3000))] })
    expect(res.status).toBe(413)
    expect(JSON.stringify(await res.json())).toContain('MAX_BODY_BYTES')
  })

  it('the OpenAPI document describes content as optional input, and only the single-file response carries it', async ({ expect }) => {
    const schemas = (await (await api('/openapi.json')).json<Json>()).components.schemas
    expect(schemas.FileInput.properties.content.description).toMatch(/MAX_FILE_CONTENT_BYTES/)
    expect(schemas.FileInput.required).not.toContain('content')
    expect(schemas.ChangesetFile.properties).not.toHaveProperty('content')
    expect(JSON.stringify(schemas.ChangesetFileWithDiff)).toContain('"content"')
    expect(schemas.Finding.properties.end_line.description).toMatch(/null/)
  })

  it('/health reports the content and revision limits', async ({ expect }) => {
    const health = await (await api('/health')).json<Json>()
    expect(health.config.limits).toMatchObject({ max_file_content_bytes: 1024 * 1024, max_revisions: 20 })
  })
})

describe('files[].content at MAX_FILES', () => {
  it('300 files, each with content, are stored in D1 statements under 100 parameters and reviewed', async ({ expect }) => {
    const key = await createTenantKey()
    // ~12 kB each: 300 of them come to ~3.7 MB, under the 5 MiB body limit, over the 1 MB statement budget.
    const body = Array.from({ length: 300 }, (_, i) => `def f${i}(a, b):\n    return a + b  # ${'pad '.repeat(10)}\n`).join('')
    const files = Array.from({ length: 300 }, (_, i) => ({
      file_path: `src/m${i}.py`,
      diff_content: `@@ -1,0 +1,1 @@\n+def added(a, b):\n`,
      content: `def added(a, b):\n${body.slice(0, 12_000)}`,
    }))
    const res = await postJson('/api/changesets', key, { title: 'Wide', author: 'ada', files })
    expect(res.status).toBe(202)
    const { changeset_id: id } = await res.json<{ changeset_id: string }>()
    expect(await count('select count(*) as n from changeset_files where changeset_id = ? and length(content) > 12000', id)).toBe(300)
    const done = await waitForStatus(key, id, ['reviewed', 'failed'], 120_000)
    expect(done.status).toBe('reviewed')
  }, 150_000)
})
