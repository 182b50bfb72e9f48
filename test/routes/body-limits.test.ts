import { env, exports } from 'cloudflare:workers'
import { describe, it, type ExpectStatic } from 'vitest'
import { readConfig } from '../../src/config'
import { SMALL_BODY_BYTES } from '../../src/middleware/body-limit'
import { api, BASE, createTenantKey, postJson, SAMPLE_DIFF, sampleChangeset, type TestKey } from '../helpers'

const MAX_BODY_BYTES = readConfig(env).limits.maxBodyBytes
const WRITE_METHODS = ['post', 'put', 'patch', 'delete']

/** `bytes` of JSON whitespace, produced lazily so the test sees how much the Worker pulled. */
function streamOf(bytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  const state = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= bytes) return controller.close()
      const n = Math.min(chunk.byteLength, bytes - state.pulled)
      controller.enqueue(chunk.slice(0, n))
      state.pulled += n
    },
  })
  return { stream, state }
}

function send(method: string, path: string, key: TestKey, body: BodyInit, headers: Record<string, string> = {}) {
  return exports.default.fetch(
    new Request(`${BASE}${path}`, {
      method: method.toUpperCase(),
      headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/json', ...headers },
      body,
    }),
  )
}

async function expect413(res: Response, expect: ExpectStatic, route: string, names?: string) {
  expect(res.status, route).toBe(413)
  const body = await res.json<Record<string, any>>()
  expect(body, route).toMatchObject({ error: { code: 'payload_too_large', message: expect.any(String), request_id: expect.any(String) } })
  if (names) expect(body.error.details[0].path, route).toBe(names)
  // Authenticated answers (API, review page) are never cached; the webhook answers GitHub only.
  if (!route.includes('/webhooks/')) expect(res.headers.get('cache-control') ?? '', route).toMatch(/\bno-store\b/)
}

/** Every operation of the document, path params filled with ids that do not exist. */
async function operations(filter: (op: Record<string, any>, method: string) => boolean) {
  const doc = await (await api('/openapi.json')).json<Record<string, any>>()
  const out: Array<{ method: string; path: string; route: string }> = []
  for (const [template, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<Record<string, any>>(item)) {
      if (!filter(op, method)) continue
      out.push({ method, path: template.replace(/\{[^}]+\}/g, () => crypto.randomUUID()), route: `${method} ${template}` })
    }
  }
  return out
}

describe('request body limits apply to every route with a body', () => {
  it('every operation with a requestBody answers 413 in the error shape for a body over MAX_BODY_BYTES (declared length)', async ({ expect }) => {
    const key = await createTenantKey()
    const ops = await operations((op) => op.requestBody !== undefined)
    expect(ops.map((o) => o.route)).toEqual(
      expect.arrayContaining(['post /api/changesets', 'patch /api/changesets/{changeset_id}/findings/{finding_id}', 'post /api/keys']),
    )
    const body = `{"title":"${'x'.repeat(MAX_BODY_BYTES)}"}`
    for (const op of ops) {
      await expect413(await send(op.method, op.path, key, body, { 'content-length': String(body.length) }), expect, op.route)
    }
  })

  it('the same with a streamed body of unknown length, and the upload is cut off rather than drained', async ({ expect }) => {
    const key = await createTenantKey()
    const ops = await operations((op) => op.requestBody !== undefined)
    for (const op of ops) {
      const { stream, state } = streamOf(60 * 1024 * 1024)
      await expect413(await send(op.method, op.path, key, stream), expect, op.route)
      expect(state.pulled, op.route).toBeLessThan(MAX_BODY_BYTES + 2 * 1024 * 1024)
    }
  })

  it('write routes that declare no body still refuse an oversized one', async ({ expect }) => {
    const key = await createTenantKey()
    const ops = await operations((op, method) => WRITE_METHODS.includes(method) && op.requestBody === undefined)
    expect(ops.length).toBeGreaterThan(0)
    // A buffered body: a stream nobody reads would stall the in-process fetch instead of failing.
    const body = new Uint8Array(SMALL_BODY_BYTES + 1).fill(0x20)
    for (const op of ops) {
      await expect413(await send(op.method, op.path, key, body), expect, op.route, 'body')
    }
  })
})

describe('per-route limits', () => {
  it('triage and key creation take at most 64 KiB; 60 MiB is refused and nothing is written', async ({ expect }) => {
    const key = await createTenantKey()
    const big = JSON.stringify({ name: 'k', scopes: ['read'], tenant_name: 'x'.repeat(SMALL_BODY_BYTES) })
    await expect413(await postJson('/api/keys', key, JSON.parse(big)), expect, 'post /api/keys', 'body')
    const { stream } = streamOf(60 * 1024 * 1024)
    await expect413(await send('post', '/api/keys', key, stream), expect, 'post /api/keys (stream)', 'body')
    const keys = await env.DB.prepare('select count(*) as n from api_keys where tenant_id = ?').bind(key.tenantId).first<{ n: number }>()
    expect(keys!.n).toBe(1)

    const triage = JSON.stringify({ status: 'dismissed', reason: 'x'.repeat(SMALL_BODY_BYTES) })
    await expect413(await send('patch', `/api/changesets/${crypto.randomUUID()}/findings/f`, key, triage), expect, 'patch finding', 'body')
  })

  it('submissions take bodies well past the small limit, up to MAX_BODY_BYTES', async ({ expect }) => {
    const key = await createTenantKey()
    const lines = Array.from({ length: 4000 }, (_, i) => `+value_${i} = ${i}  # ${'padding '.repeat(2)}`)
    const diff = `@@ -0,0 +1,${lines.length} @@\n${lines.join('\n')}\n`
    const body = sampleChangeset({ files: [{ file_path: 'app/values.py', diff_content: diff }, { file_path: 'b.py', diff_content: SAMPLE_DIFF }] })
    expect(JSON.stringify(body).length).toBeGreaterThan(2 * SMALL_BODY_BYTES)
    const res = await postJson('/api/changesets', key, body)
    expect(res.status).toBe(202)
  })

  it('a configured MAX_BODY_BYTES below 64 KiB caps the small routes too', async ({ expect }) => {
    const { createApp } = await import('../../src/app')
    const { createExecutionContext, waitOnExecutionContext } = await import('cloudflare:test')
    const key = await createTenantKey()
    const ctx = createExecutionContext()
    const res = await createApp().fetch(
      new Request(`${BASE}/api/keys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'n', tenant_name: 'x'.repeat(2000) }),
      }),
      { ...env, MAX_BODY_BYTES: '1000' },
      ctx,
    )
    await waitOnExecutionContext(ctx)
    await expect413(res, expect, 'post /api/keys', 'body')
  })
})
