import { describe, expect, it, beforeEach } from 'vitest'
import app from '../src/worker/attachments'

class MemoryBucket {
  objects = new Map<string, { body: Uint8Array; contentType?: string }>()
  async put(key: string, body: ReadableStream | ArrayBuffer, opts?: { httpMetadata?: { contentType?: string } }) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(await new Response(body).arrayBuffer())
    this.objects.set(key, { body: bytes, contentType: opts?.httpMetadata?.contentType })
  }
  async get(key: string) {
    const obj = this.objects.get(key)
    if (!obj) return null
    return { body: obj.body, httpMetadata: { contentType: obj.contentType } }
  }
}

const TOKEN = 'test-token'
let env: { ATTACHMENTS: MemoryBucket; META: unknown; API_TOKEN: string }

beforeEach(() => {
  env = { ATTACHMENTS: new MemoryBucket(), META: {}, API_TOKEN: TOKEN }
})

function upload(file: File) {
  const body = new FormData()
  body.append('file', file)
  return app.request('/attachments', { method: 'POST', body, headers: { authorization: `Bearer ${TOKEN}` } }, env)
}

describe('attachments', () => {
  it('rejects requests without a token', async () => {
    const res = await app.request('/attachments/abc', {}, env)
    expect(res.status).toBe(401)
  })

  it('stores an allowed file', async () => {
    const res = await upload(new File([new Uint8Array([1, 2, 3])], 'a.png', { type: 'image/png' }))
    expect(res.status).toBe(201)
    const { key } = (await res.json()) as { key: string }
    expect(key).toMatch(/\.png$/)
    expect(env.ATTACHMENTS.objects.has(key)).toBe(true)
  })

  it('rejects unsupported types', async () => {
    const res = await upload(new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' }))
    expect(res.status).toBe(415)
  })
})
