import { env, exports } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { findIllFormedString } from '../../src/middleware/read-body'
import { api, BASE, createTenantKey, getChangeset, postJson, sampleChangeset, submit, type TestKey } from '../helpers'

const encoder = new TextEncoder()

/** A submission whose title holds `bad` raw bytes in the middle of otherwise valid JSON. */
function submissionWithTitleBytes(bad: number[]): Uint8Array {
  const json = JSON.stringify(sampleChangeset({ title: 'TITLE' }))
  const [before, after] = json.split('TITLE') as [string, string]
  return new Uint8Array([...encoder.encode(before + 'ab'), ...bad, ...encoder.encode('cd' + after)])
}

function postBytes(path: string, key: TestKey, body: Uint8Array, contentType = 'application/json', method = 'POST') {
  return exports.default.fetch(
    new Request(`${BASE}${path}`, { method, headers: { authorization: `Bearer ${key.key}`, 'content-type': contentType }, body }),
  )
}

async function changesetCount(tenantId: string): Promise<number> {
  return (await env.DB.prepare('select count(*) as n from changesets where tenant_id = ?').bind(tenantId).first<{ n: number }>())!.n
}

describe('request bodies are decoded as strict UTF-8', () => {
  const invalid: Array<[string, number[]]> = [
    ['bytes ff fe', [0xff, 0xfe]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ]
  for (const [name, bytes] of invalid) {
    it(`400 bad_request for ${name}, naming the byte offset, and nothing is stored`, async ({ expect }) => {
      const key = await createTenantKey()
      const body = submissionWithTitleBytes(bytes)
      const res = await postBytes('/api/changesets', key, body)
      expect(res.status).toBe(400)
      const error = (await res.json<Record<string, any>>()).error
      expect(error).toMatchObject({ code: 'bad_request', message: 'Request body is not valid UTF-8', request_id: expect.any(String) })
      const offset = new TextDecoder().decode(body).indexOf('ab\uFFFD') + 2
      expect(error.details).toEqual([{ path: 'body', message: `invalid UTF-8 sequence at byte ${offset}` }])
      expect(await changesetCount(key.tenantId)).toBe(0)
    })
  }

  it('a body that ends inside a multi-byte sequence is refused too', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postBytes('/api/keys', key, new Uint8Array([...encoder.encode('{"name":"caf'), 0xc3]))
    expect(res.status).toBe(400)
    expect((await res.json<Record<string, any>>()).error.details[0].message).toBe('invalid UTF-8 sequence at byte 12')
  })

  it('triage reasons are checked the same way', async ({ expect }) => {
    const key = await createTenantKey()
    const body = new Uint8Array([...encoder.encode('{"status":"dismissed","reason":"x'), 0xff, ...encoder.encode('"}')])
    const res = await postBytes(`/api/changesets/${crypto.randomUUID()}/findings/f`, key, body, 'application/json', 'PATCH')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } })
  })

  it('valid multi-byte text round-trips unchanged (accents, CJK, emoji, a leading BOM is dropped)', async ({ expect }) => {
    const key = await createTenantKey()
    const title = 'Café · 日本語 · 🚀 · ﷽'
    const json = JSON.stringify(sampleChangeset({ title, author: 'Zoë' }))
    const res = await postBytes('/api/changesets', key, new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(json)]))
    expect(res.status).toBe(202)
    const id = ((await res.json()) as { changeset_id: string }).changeset_id
    expect(await getChangeset(key, id)).toMatchObject({ title, author: 'Zoë' })
  })

  it('a body that is not JSON keeps its media-type answer (415), whatever its bytes', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postBytes('/api/changesets', key, new Uint8Array([0xff, 0x00, 0xfe]), 'application/octet-stream')
    expect(res.status).toBe(415)
  })

  it('malformed JSON is still 400 in the error shape', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await postBytes('/api/changesets', key, encoder.encode('{"title":'))
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request', message: 'Malformed JSON in request body' } })
  })
})

describe('lone surrogates in JSON strings', () => {
  const cases: Array<[string, string, string]> = [
    ['a high surrogate in the title', '{"title":"a\\ud800b","author":"ada","diff":"x"}', 'json.title'],
    ['a low surrogate at the end', '{"title":"t","author":"ada\\udc00","diff":"x"}', 'json.author'],
    ['a reversed pair', '{"title":"\\udc00\\ud800","author":"ada","diff":"x"}', 'json.title'],
    [
      'deep in the files',
      '{"title":"t","author":"ada","files":[{"file_path":"a.py","diff_content":"ok"},{"file_path":"b.py","diff_content":"+x = \'\\ud83d\'\\n"}]}',
      'json.files.1.diff_content',
    ],
    ['in a key', '{"title":"t","author":"ada","diff":"x","options":{"\\ud800":1}}', 'json.options'],
  ]
  for (const [name, body, path] of cases) {
    it(`422 naming ${path} for ${name}`, async ({ expect }) => {
      const key = await createTenantKey()
      const res = await postBytes('/api/changesets', key, encoder.encode(body))
      expect(res.status).toBe(422)
      expect(await res.json()).toMatchObject({
        error: { code: 'validation_failed', details: [{ path, message: expect.stringContaining('surrogate') }] },
      })
      expect(await changesetCount(key.tenantId)).toBe(0)
    })
  }

  it('escaped surrogate pairs are fine', async ({ expect }) => {
    const key = await createTenantKey()
    const body = JSON.stringify(sampleChangeset()).replace('"Add arithmetic helper"', '"rocket \\ud83d\\ude80"')
    const res = await postBytes('/api/changesets', key, encoder.encode(body))
    expect(res.status).toBe(202)
    const id = ((await res.json()) as { changeset_id: string }).changeset_id
    expect((await getChangeset(key, id)).title).toBe('rocket 🚀')
  })

  it('the walk reports the first bad string in document order and survives deep nesting', ({ expect }) => {
    expect(findIllFormedString({ a: ['ok', { b: '\ud800' }], c: '\udc00' })).toBe('json.a.1.b')
    let deep: unknown = '\ud800'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(findIllFormedString(deep)).toBe(`json${'.0'.repeat(100_000)}`)
    expect(findIllFormedString({ fine: ['\ud83d\ude80', 1, null, true] })).toBeUndefined()
  })
})

describe('the body is read once', () => {
  it('validators and handlers see the checked body, streamed or not', async ({ expect }) => {
    const key = await createTenantKey()
    const bytes = encoder.encode(JSON.stringify(sampleChangeset({ title: 'streamed' })))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // Split inside a multi-byte character to show decoding happens on the whole body.
        controller.enqueue(bytes.slice(0, 7))
        controller.enqueue(bytes.slice(7))
        controller.close()
      },
    })
    const res = await exports.default.fetch(
      new Request(`${BASE}/api/changesets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/json' },
        body: stream,
      }),
    )
    expect(res.status).toBe(202)
    const id = await submit(key, sampleChangeset({ title: 'é'.repeat(10) }))
    expect((await getChangeset(key, id)).title).toBe('é'.repeat(10))
    expect((await api('/api/changesets', { key })).status).toBe(200)
    expect((await postJson('/api/keys', key, { name: 'ci' })).status).toBe(201)
  })
})
