import { describe, it } from 'vitest'
import { encodeCursor } from '../../src/db/cursor'
import { api, createTenantKey, postJson, submit, waitForStatus, type TestKey } from '../helpers'

// A cursor continues the list it came from: `?cursor=` alone keeps that list's filters and page
// size; sent with other filters it is a 422, never a page of some other list.

type Json = Record<string, any>
type Page = { data: Json[]; next_cursor: string | null }

async function page(key: TestKey, path: string): Promise<Page> {
  const res = await api(path, { key })
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return res.json<Page>()
}

/** Walks a list from `first`, then with the cursor alone. */
async function walkFrom(key: TestKey, first: string): Promise<Page[]> {
  const pages = [await page(key, first)]
  const base = first.split('?')[0]
  while (pages.at(-1)!.next_cursor) pages.push(await page(key, `${base}?cursor=${pages.at(-1)!.next_cursor}`))
  return pages
}

async function expectCursorRefused(expect: any, key: TestKey, path: string) {
  const res = await api(path, { key })
  expect(res.status, path).toBe(422)
  expect(await res.json()).toMatchObject({
    error: { code: 'validation_failed', details: [{ path: 'query.cursor', message: expect.any(String) }], request_id: expect.any(String) },
  })
}

const consoleLogs = (path: string, n: number) => ({
  file_path: path,
  diff_content: `@@ -0,0 +1,${n} @@\n${Array.from({ length: n }, (_, i) => `+console.log("${path} ${i}", v${i})`).join('\n')}\n`,
})

describe('GET /api/changesets', () => {
  it('?cursor= alone continues the filtered list with its page size', async ({ expect }) => {
    const key = await createTenantKey()
    const bobs: string[] = []
    for (let i = 0; i < 10; i++) {
      const id = await submit(key, { title: `c${i}`, author: i % 2 ? 'bob' : 'ada', files: [consoleLogs('a.js', 1)] })
      if (i % 2) bobs.unshift(id)
    }
    const pages = await walkFrom(key, '/api/changesets?author=bob&limit=2')
    expect(pages.map((p) => p.data.length)).toEqual([2, 2, 1])
    expect(pages.flatMap((p) => p.data.map((c) => c.id))).toEqual(bobs)

    // The same filters again are fine; an explicit limit changes the page size mid-walk.
    const cursor = pages[0]!.next_cursor!
    const same = await page(key, `/api/changesets?author=bob&limit=3&cursor=${cursor}`)
    expect(same.data.map((c) => c.id)).toEqual(bobs.slice(2, 5))

    await expectCursorRefused(expect, key, `/api/changesets?author=ada&cursor=${cursor}`)
    await expectCursorRefused(expect, key, `/api/changesets?author=bob&verdict=approved&cursor=${cursor}`)
    await expectCursorRefused(expect, key, `/api/changesets?status=reviewed&cursor=${cursor}`)
  })

  it('refuses cursors that are not ours, or whose filters would not pass as a query, with 422', async ({ expect }) => {
    const key = await createTenantKey()
    const k = { createdAt: '2026-01-01T00:00:00.000Z', id: 'x' }
    const forged = [
      'garbage',
      encodeCursor({ key: k, filters: {}, limit: 0 }),
      encodeCursor({ key: k, filters: {}, limit: 101 }),
      encodeCursor({ key: k, filters: { created_after: 'not a date' }, limit: 5 }),
      encodeCursor({ key: k, filters: { status: 'bogus' }, limit: 5 }),
      encodeCursor({ key: k, filters: { author: 'x'.repeat(101) }, limit: 5 }),
      encodeCursor({ key: k, filters: { unknown: 1 }, limit: 5 }),
      encodeCursor({ key: { createdAt: 1, id: 'x' }, filters: {}, limit: 5 }),
      btoa(JSON.stringify(k)), // a bare sort key, as cursors were before they carried filters
    ]
    for (const cursor of forged) await expectCursorRefused(expect, key, `/api/changesets?cursor=${encodeURIComponent(cursor)}`)
  })
})

describe('GET …/findings, …/history and …/revisions', () => {
  it('findings: ?cursor= alone keeps the filters; other filters are a 422', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'logs', author: 'ada', files: [consoleLogs('src/a.js', 3), consoleLogs('src/b.js', 4)], options: { profile: 'strict' } })
    await waitForStatus(key, id, 'reviewed')
    const pages = await walkFrom(key, `/api/changesets/${id}/findings?file_path=src/b.js&limit=1`)
    expect(pages.map((p) => p.data.length)).toEqual([1, 1, 1, 1])
    expect(pages.every((p) => p.data[0]!.file_path === 'src/b.js')).toBe(true)
    const cursor = pages[0]!.next_cursor!
    await expectCursorRefused(expect, key, `/api/changesets/${id}/findings?file_path=src/a.js&cursor=${cursor}`)
    await expectCursorRefused(expect, key, `/api/changesets/${id}/findings?severity=critical&cursor=${cursor}`)
    expect((await page(key, `/api/changesets/${id}/findings?file_path=src/b.js&cursor=${cursor}`)).data).toHaveLength(1)
  })

  it('history: ?cursor= alone keeps the type filter and page size', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'logs', author: 'ada', files: [consoleLogs('src/a.js', 3)], options: { profile: 'strict' } })
    await waitForStatus(key, id, 'reviewed')
    const findings = await page(key, `/api/changesets/${id}/findings`)
    for (const f of findings.data) {
      const res = await api(`/api/changesets/${id}/findings/${f.id}`, { method: 'PATCH', key, body: JSON.stringify({ status: 'dismissed', reason: 'debug build' }) })
      expect(res.status).toBe(200)
    }
    const triage = await walkFrom(key, `/api/changesets/${id}/history?type=triage&limit=2`)
    expect(triage.map((p) => p.data.length)).toEqual([2, 1])
    expect(triage.flatMap((p) => p.data).every((e) => e.type === 'triage')).toBe(true)
    const all = await walkFrom(key, `/api/changesets/${id}/history?limit=1`)
    expect(all.length).toBeGreaterThanOrEqual(6) // pending, in_progress, reviewed + three triage changes
    expect(all.every((p) => p.data.length === 1)).toBe(true)
    await expectCursorRefused(expect, key, `/api/changesets/${id}/history?type=status&cursor=${triage[0]!.next_cursor}`)
  })

  it('revisions: ?cursor= alone keeps the page size; another list\'s cursor is a 422', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'three', author: 'ada', files: [consoleLogs('src/a.js', 1)] })
    for (let r = 2; r <= 3; r++) expect((await postJson(`/api/changesets/${id}/revisions`, key, { files: [consoleLogs(`src/r${r}.js`, 1)] })).status).toBe(202)
    const pages = await walkFrom(key, `/api/changesets/${id}/revisions?limit=1`)
    expect(pages.map((p) => p.data.map((r) => r.number))).toEqual([[1], [2], [3]])
    const history = await page(key, `/api/changesets/${id}/history?limit=1`)
    await expectCursorRefused(expect, key, `/api/changesets/${id}/revisions?cursor=${history.next_cursor}`)
  })
})
