// corpus: path=test/worker/attachments.spec.ts
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
    return {
      body: obj.body,
      httpMetadata: { contentType: obj.contentType },
      writeHttpMetadata(headers: Headers) {
        if (obj.contentType) headers.set('content-type', obj.contentType)
      },
    }
  }
  async delete(key: string) {
    this.objects.delete(key)
  }
}

class MemoryKV {
  values = new Map<string, string>()
  async get(key: string, type?: 'json') {
    const value = this.values.get(key)
    if (value === undefined) return null
    return type === 'json' ? JSON.parse(value) : value
  }
  async put(key: string, value: string) {
    this.values.set(key, value)
  }
  async delete(key: string) {
    this.values.delete(key)
  }
}

const TOKEN = 'test-token'
let env: { ATTACHMENTS: MemoryBucket; META: MemoryKV; API_TOKEN: string }

beforeEach(() => {
  env = { ATTACHMENTS: new MemoryBucket(), META: new MemoryKV(), API_TOKEN: TOKEN }
})

const auth = { authorization: `Bearer ${TOKEN}` }

function upload(file: File) {
  const body = new FormData()
  body.append('file', file)
  return app.request('/attachments', { method: 'POST', body, headers: auth }, env)
}

function png(name = 'a.png', bytes = [1, 2, 3]) {
  return new File([new Uint8Array(bytes)], name, { type: 'image/png' })
}

describe('attachments', () => {
  it('rejects requests without a token', async () => {
    const res = await app.request('/attachments/abc', {}, env)
    expect(res.status).toBe(401)
  })

  it('stores an allowed file', async () => {
    const res = await upload(png())
    expect(res.status).toBe(201)
    const { key } = (await res.json()) as { key: string }
    expect(key).toMatch(/\.png$/)
    expect(env.ATTACHMENTS.objects.has(key)).toBe(true)
    expect(env.META.values.has(`att:${key}`)).toBe(true)
  })

  it('returns the existing key for identical content', async () => {
    const first = (await (await upload(png('one.png'))).json()) as { key: string }
    const second = await upload(png('two.png'))
    expect(second.status).toBe(200)
    expect(await second.json()).toEqual({ key: first.key, deduplicated: true })
    expect(env.ATTACHMENTS.objects.size).toBe(1)
  })

  it('rejects unsupported types', async () => {
    const res = await upload(new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' }))
    expect(res.status).toBe(415)
  })

  it('serves a stored file as a download with a cleaned name', async () => {
    const { key } = (await (await upload(png('../../etc/My Photo (1).png'))).json()) as { key: string }
    const res = await app.request(`/attachments/${key}`, { headers: auth }, env)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=".._.._etc_My_Photo_1_.png"')
  })

  it('answers 404 for keys that are not ours', async () => {
    for (const key of ['../secrets.txt', 'abc', '00000000-0000-0000-0000-000000000000.exe']) {
      const res = await app.request(`/attachments/${encodeURIComponent(key)}`, { headers: auth }, env)
      expect(res.status).toBe(404)
    }
  })

  it('deletes the object and both index entries', async () => {
    const { key } = (await (await upload(png())).json()) as { key: string }
    const res = await app.request(`/attachments/${key}`, { method: 'DELETE', headers: auth }, env)
    expect(res.status).toBe(204)
    expect(env.ATTACHMENTS.objects.size).toBe(0)
    expect(env.META.values.size).toBe(0)
  })
})
