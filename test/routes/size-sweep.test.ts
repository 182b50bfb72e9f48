import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { beforeAll, describe, it } from 'vitest'
import { createApp } from '../../src/app'
import { readConfig } from '../../src/config'
import { DEFAULT_MAX_FINDINGS } from '../../src/review'
import { api, BASE, createTenantKey, postJson, SAMPLE_DIFF, submit, waitForStatus, type TestKey } from '../helpers'

// Sizes through the real API, at and around every limit: D1 binds at most 100 parameters per
// statement, so anything that grows with the input (files, page ids, findings) must not bind
// one parameter per item. The param guard in test/setup.ts fails any test that tries.

const MAX_FILES = readConfig(env).limits.maxFiles
const MAX_REVISIONS = readConfig(env).limits.maxRevisions
const MAX_PAGE = 100

type Json = Record<string, any>
type Page = { data: Json[]; next_cursor: string | null }

const files = (n: number, prefix = 'src/f') => Array.from({ length: n }, (_, i) => ({ file_path: `${prefix}${i}.py`, diff_content: SAMPLE_DIFF }))

/** One `git diff` text with `n` new files. */
function wholeDiff(n: number): string {
  return Array.from({ length: n }, (_, i) => `diff --git a/lib/m${i}.py b/lib/m${i}.py\nnew file mode 100644\n--- /dev/null\n+++ b/lib/m${i}.py\n${SAMPLE_DIFF}`).join('')
}

/**
 * A JavaScript file whose every added line is a distinct leftover `console.log`: one finding per
 * line under the `strict` profile (the default profile leaves `console.log` alone).
 */
const STRICT = { profile: 'strict' }

function noisyFile(lines: number, tag: string) {
  const body = Array.from({ length: lines }, (_, i) => `+console.log("${tag} ${i}", value${i})`).join('\n')
  return { file_path: 'src/noisy.js', diff_content: `@@ -0,0 +1,${lines} @@\n${body}\n` }
}

async function json<T = Json>(res: Response, status = 200): Promise<T> {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${await res.text()}`)
  return res.json<T>()
}

/** Every row of a list, walking `next_cursor` alone (it carries the filters and page size). */
async function walk(key: TestKey, path: string, limit: number): Promise<{ rows: Json[]; pages: number[] }> {
  const sep = path.includes('?') ? '&' : '?'
  let page = await json<Page>(await api(`${path}${sep}limit=${limit}`, { key }))
  const rows = [...page.data]
  const pages = [page.data.length]
  while (page.next_cursor) {
    page = await json<Page>(await api(`${path.split('?')[0]}?cursor=${page.next_cursor}`, { key }))
    rows.push(...page.data)
    pages.push(page.data.length)
  }
  return { rows, pages }
}

/** Page sizes a walk of `total` rows at `limit` must produce: full pages, then the rest. */
function expectedPages(total: number, limit: number): number[] {
  const sizes = Array.from({ length: Math.floor(total / limit) }, () => limit)
  if (total % limit > 0 || total === 0) sizes.push(total % limit)
  return sizes
}

function expectErrorShape(expect: any, body: Json, code: string) {
  expect(body).toMatchObject({ error: { code, message: expect.any(String), request_id: expect.any(String) } })
}

async function count(sql: string, ...params: unknown[]): Promise<number> {
  return (await env.DB.prepare(sql).bind(...params).first<{ n: number }>())!.n
}

/** The real app with `[vars]` overridden, as a deployment would configure them. */
async function fetchWith(vars: Record<string, string>, path: string, init: RequestInit & { key: TestKey }) {
  const ctx = createExecutionContext()
  const headers = new Headers(init.headers)
  headers.set('authorization', `Bearer ${init.key.key}`)
  if (init.body !== undefined) headers.set('content-type', 'application/json')
  const res = await createApp().fetch(new Request(`${BASE}${path}`, { ...init, headers }), { ...env, ...vars }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

describe(`submissions of 1 to MAX_FILES (${MAX_FILES}) files`, () => {
  for (const n of [1, 10, 11, 50, 100, MAX_FILES - 1, MAX_FILES]) {
    it(`${n} files are stored in order, reviewed and listed`, async ({ expect }) => {
      const key = await createTenantKey()
      const id = await submit(key, { title: `${n} files`, author: 'ada', files: files(n) })
      const view = await waitForStatus(key, id, 'reviewed', 30_000)
      expect(view.summary).toMatchObject({ files_reviewed: n, lines_added: 4 * n })
      const listed = await json<{ data: Json[] }>(await api(`/api/changesets/${id}/files`, { key }))
      expect(listed.data.map((f) => f.file_path)).toEqual(files(n).map((f) => f.file_path))
      const last = await json(await api(`/api/changesets/${id}/files/${listed.data.at(-1)!.id}`, { key }))
      expect(last).toMatchObject({ file_path: `src/f${n - 1}.py`, diff_content: SAMPLE_DIFF, language: 'python' })
    }, 60_000)
  }

  it(`${MAX_FILES} files given as one whole diff are split, stored and reviewed`, async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'whole diff', author: 'ada', diff: wholeDiff(MAX_FILES) })
    const view = await waitForStatus(key, id, 'reviewed', 30_000)
    expect(view.summary).toMatchObject({ files_reviewed: MAX_FILES })
  }, 60_000)

  it(`a ${MAX_FILES}-file revision is stored and reviewed, and the first revision keeps its files`, async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'grows', author: 'ada', files: files(11) })
    await waitForStatus(key, id, 'reviewed', 30_000)
    await json(await postJson(`/api/changesets/${id}/revisions`, key, { files: files(MAX_FILES, 'lib/r') }), 202)
    const view = await waitForStatus(key, id, 'reviewed', 30_000)
    expect(view).toMatchObject({ revision: 2, summary: { files_reviewed: MAX_FILES } })
    expect((await json<{ data: Json[] }>(await api(`/api/changesets/${id}/files`, { key }))).data).toHaveLength(MAX_FILES)
    expect((await json<{ data: Json[] }>(await api(`/api/changesets/${id}/files?revision=1`, { key }))).data).toHaveLength(11)
  }, 60_000)

  it(`${MAX_FILES + 1} files are refused with 413 naming MAX_FILES (files, diff and revision), and nothing is written`, async ({ expect }) => {
    const key = await createTenantKey()
    for (const body of [
      { title: 'too many', author: 'ada', files: files(MAX_FILES + 1) },
      { title: 'too many', author: 'ada', diff: wholeDiff(MAX_FILES + 1) },
    ]) {
      const refused = await json(await postJson('/api/changesets', key, body), 413)
      expectErrorShape(expect, refused, 'payload_too_large')
      expect(refused.error.details).toEqual([expect.objectContaining({ path: 'MAX_FILES' })])
    }
    expect(await count('select count(*) as n from changesets where tenant_id = ?', key.tenantId)).toBe(0)

    const id = await submit(key, { title: 'small', author: 'ada', files: files(1) })
    const refused = await json(await postJson(`/api/changesets/${id}/revisions`, key, { files: files(MAX_FILES + 1) }), 413)
    expectErrorShape(expect, refused, 'payload_too_large')
    expect(await count('select count(*) as n from changeset_files where changeset_id = ?', id)).toBe(1)
    expect(await count('select count(*) as n from revisions where changeset_id = ?', id)).toBe(1)
  }, 60_000)
})

describe('the changesets list at every page size up to 100', () => {
  const total = MAX_PAGE + 1
  let key: TestKey
  let ids: string[]

  beforeAll(async () => {
    key = await createTenantKey()
    // A second key of the same tenant keeps the submissions under one key's write budget.
    const other = await createTenantKey(['read', 'write'], key.tenantId)
    ids = []
    for (let i = 0; i < total; i++) ids.push(await submit(i % 2 ? other : key, { title: `c${i}`, author: i % 3 ? 'ada' : 'bob', files: files(2) }))
    // Polled in D1 rather than through the API, to leave the key's read budget to the walks.
    const deadline = Date.now() + 60_000
    while ((await count("select count(*) as n from changesets where tenant_id = ? and status = 'reviewed'", key.tenantId)) < total) {
      if (Date.now() > deadline) throw new Error('the changesets were not all reviewed in time')
      await new Promise((r) => setTimeout(r, 50))
    }
  }, 120_000)

  for (const limit of [1, 2, 50, 99, 100]) {
    it(`limit=${limit} walks all ${total} changesets, newest first, in full pages`, async ({ expect }) => {
      const { rows, pages } = await walk(key, '/api/changesets', limit)
      expect(pages).toEqual(expectedPages(total, limit))
      expect(rows.map((r) => r.id)).toEqual([...ids].reverse())
      expect(rows.every((r) => r.file_count === 2 && r.status === 'reviewed')).toBe(true)
    }, 60_000)
  }

  it('filtered pages of up to 100 continue with the filters the cursor carries', async ({ expect }) => {
    const bobs = ids.filter((_, i) => i % 3 === 0).reverse()
    for (const limit of [1, 33, 100]) {
      const { rows } = await walk(key, '/api/changesets?author=bob&status=reviewed', limit)
      expect(rows.map((r) => r.id)).toEqual(bobs)
    }
  }, 60_000)

  it('a limit over 100 is a 422, not a bigger page', async ({ expect }) => {
    const refused = await json(await api('/api/changesets?limit=101', { key }), 422)
    expectErrorShape(expect, refused, 'validation_failed')
  })
})

describe(`a changeset with thousands of findings (${DEFAULT_MAX_FINDINGS} per review, accumulated over revisions)`, () => {
  const reviews = 3
  let key: TestKey
  let id: string

  beforeAll(async () => {
    key = await createTenantKey()
    id = await submit(key, { title: 'noisy', author: 'ada', files: [noisyFile(DEFAULT_MAX_FINDINGS + 50, 'r1')], options: STRICT })
    await waitForStatus(key, id, 'reviewed', 30_000)
    for (let r = 2; r <= reviews; r++) {
      await json(await postJson(`/api/changesets/${id}/revisions`, key, { files: [noisyFile(DEFAULT_MAX_FINDINGS + 50, `r${r}`)], options: STRICT }), 202)
      await waitForStatus(key, id, 'reviewed', 30_000)
    }
  }, 120_000)

  it('stores every review\'s findings: the earlier ones resolved, the latest open', async ({ expect }) => {
    const view = await json(await api(`/api/changesets/${id}`, { key }))
    expect(view).toMatchObject({ revision: reviews, status: 'reviewed' })
    expect(await count('select count(*) as n from findings where changeset_id = ?', id)).toBe(reviews * DEFAULT_MAX_FINDINGS)
    expect(await count("select count(*) as n from findings where changeset_id = ? and status = 'open'", id)).toBe(DEFAULT_MAX_FINDINGS)
  })

  for (const limit of [1, 100]) {
    it(`findings pages of ${limit}${limit === 1 ? ' (first 50 pages)' : ''} are full and never repeat`, async ({ expect }) => {
      if (limit === 1) {
        let cursor: string | null = null
        const seen = new Set<string>()
        for (let i = 0; i < 50; i++) {
          const page: Page = await json<Page>(await api(`/api/changesets/${id}/findings?${cursor ? `cursor=${cursor}` : 'limit=1'}`, { key }))
          expect(page.data).toHaveLength(1)
          seen.add(page.data[0]!.id)
          cursor = page.next_cursor
        }
        expect(seen.size).toBe(50)
        return
      }
      const { rows, pages } = await walk(key, `/api/changesets/${id}/findings`, limit)
      expect(pages).toEqual(expectedPages(reviews * DEFAULT_MAX_FINDINGS, limit))
      expect(new Set(rows.map((r) => r.id)).size).toBe(reviews * DEFAULT_MAX_FINDINGS)
      const open = await walk(key, `/api/changesets/${id}/findings?status=open`, limit)
      expect(open.rows).toHaveLength(DEFAULT_MAX_FINDINGS)
    }, 60_000)
  }

  it('the revision list and the history page at up to 100', async ({ expect }) => {
    const revisions = await walk(key, `/api/changesets/${id}/revisions`, 100)
    expect(revisions.rows.map((r) => r.number)).toEqual([1, 2, 3])
    expect(revisions.rows.every((r) => r.status === 'reviewed' || r.status === 'failed')).toBe(true)
    const history = await walk(key, `/api/changesets/${id}/history`, 2)
    expect(history.rows.length).toBeGreaterThanOrEqual(3 * reviews)
    expect(history.rows.map((r) => r.id)).toEqual([...history.rows.map((r) => r.id)].sort((a, b) => a - b))
  })

  for (const format of ['markdown', 'sarif', 'rdjson', 'json']) {
    it(`the ${format} report answers 200`, async ({ expect }) => {
      const res = await api(`/api/changesets/${id}/report?format=${format}`, { key })
      expect(res.status).toBe(200)
      expect((await res.text()).length).toBeGreaterThan(1000)
    }, 60_000)
  }

  it('DELETE removes the changeset with all its findings, files and history', async ({ expect }) => {
    const res = await api(`/api/changesets/${id}`, { method: 'DELETE', key })
    expect(res.status).toBe(204)
    expect((await api(`/api/changesets/${id}`, { key })).status).toBe(404)
    for (const table of ['findings', 'changeset_files', 'revisions', 'changeset_events']) {
      expect(await count(`select count(*) as n from ${table} where changeset_id = ?`, id)).toBe(0)
    }
  }, 60_000)
})

describe(`revisions up to MAX_REVISIONS (${MAX_REVISIONS})`, () => {
  it(`revision ${MAX_REVISIONS + 1} is a 409 naming MAX_REVISIONS, and nothing is written`, async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'many revisions', author: 'ada', files: files(1) })
    for (let r = 2; r <= MAX_REVISIONS; r++) await json(await postJson(`/api/changesets/${id}/revisions`, key, { files: files(2, `r${r}/f`) }), 202)
    const refused = await json(await postJson(`/api/changesets/${id}/revisions`, key, { files: files(1) }), 409)
    expectErrorShape(expect, refused, 'conflict')
    expect(refused.error.details).toEqual([expect.objectContaining({ path: 'MAX_REVISIONS' })])
    expect(await count('select count(*) as n from revisions where changeset_id = ?', id)).toBe(MAX_REVISIONS)
    const listed = await walk(key, `/api/changesets/${id}/revisions`, MAX_PAGE)
    expect(listed.rows.map((r) => r.number)).toEqual(Array.from({ length: MAX_REVISIONS }, (_, i) => i + 1))
  }, 60_000)

  it('with MAX_REVISIONS raised, revisions and history page at up to 100', async ({ expect }) => {
    const vars = { MAX_REVISIONS: '200' }
    const total = MAX_PAGE + 1
    const key = await createTenantKey()
    const id = await submit(key, { title: 'long-lived', author: 'ada', files: files(1) })
    for (let r = 2; r <= total; r++) {
      const res = await fetchWith(vars, `/api/changesets/${id}/revisions`, { method: 'POST', key, body: JSON.stringify({ files: files(1, `r${r}/f`) }) })
      expect(res.status).toBe(202)
    }
    for (const limit of [1, 50, 100]) {
      const { rows, pages } = await walk(key, `/api/changesets/${id}/revisions`, limit)
      expect(pages).toEqual(expectedPages(total, limit))
      expect(rows.map((r) => r.number)).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    }
    const events = await count('select count(*) as n from changeset_events where changeset_id = ?', id)
    expect(events).toBeGreaterThan(MAX_PAGE)
    for (const limit of [7, 100]) {
      const { rows } = await walk(key, `/api/changesets/${id}/history`, limit)
      expect(rows.length).toBeGreaterThanOrEqual(events)
    }
  }, 120_000)
})

describe('the key list', () => {
  it('lists 150 keys of one tenant', async ({ expect }) => {
    const admin = await createTenantKey()
    for (let i = 1; i < 150; i++) await createTenantKey(['read'], admin.tenantId)
    const listed = await json<{ data: Json[] }>(await api('/api/keys', { key: admin }))
    expect(listed.data).toHaveLength(150)
  }, 60_000)
})
