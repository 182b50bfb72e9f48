// corpus: path=workers/uploads/src/index.ts
export interface Env {
  UPLOADS: R2Bucket
  METADATA: KVNamespace
  DB: D1Database
  UPLOAD_SIGNING_KEY: string
  MAX_UPLOAD_BYTES?: string
}

const ALLOWED_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'application/pdf'])
const ID_PATTERN = /^[0-9a-f-]{36}$/

async function hmac(key: string, data: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
  const sig = await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(data))
  return btoa(String.fromCharCode(...new Uint8Array(sig))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

async function verifySignature(env: Env, id: string, expires: string | null, signature: string | null): Promise<boolean> {
  if (!expires || !signature) return false
  if (Number(expires) < Math.floor(Date.now() / 1000)) return false
  const expected = await hmac(env.UPLOAD_SIGNING_KEY, `${id}:${expires}`)
  const a = new TextEncoder().encode(expected)
  const b = new TextEncoder().encode(signature)
  return a.byteLength === b.byteLength && crypto.subtle.timingSafeEqual(a, b)
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url)
    if (request.method === 'GET' && url.pathname.startsWith('/files/')) {
      const id = url.pathname.slice('/files/'.length)
      if (!ID_PATTERN.test(id)) return json({ error: 'not_found' }, 404)
      const ok = await verifySignature(env, id, url.searchParams.get('expires'), url.searchParams.get('sig'))
      if (!ok) return json({ error: 'forbidden' }, 403)
      const object = await env.UPLOADS.get(id)
      if (!object) return json({ error: 'not_found' }, 404)
      const headers = new Headers()
      object.writeHttpMetadata(headers)
      headers.set('etag', object.httpEtag)
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      return new Response(object.body, { headers })
    }

    if (request.method === 'PUT' && url.pathname === '/files') {
      const contentType = request.headers.get('Content-Type') ?? ''
      if (!ALLOWED_TYPES.has(contentType)) return json({ error: 'unsupported_type' }, 415)
      const limit = Number(env.MAX_UPLOAD_BYTES ?? 10 * 1024 * 1024)
      const length = Number(request.headers.get('Content-Length') ?? 0)
      if (!length || length > limit) return json({ error: 'payload_too_large' }, 413)
      const id = crypto.randomUUID()
      await env.UPLOADS.put(id, request.body, { httpMetadata: { contentType } })
      const expires = Math.floor(Date.now() / 1000) + 3600
      const sig = await hmac(env.UPLOAD_SIGNING_KEY, `${id}:${expires}`)
      ctx.waitUntil(
        env.DB.prepare('INSERT INTO uploads (id, content_type, size, created_at) VALUES (?, ?, ?, ?)')
          .bind(id, contentType, length, new Date().toISOString())
          .run(),
      )
      return json({ id, url: `/files/${id}?expires=${expires}&sig=${sig}` }, 201)
    }

    return json({ error: 'not_found' }, 404)
  },
} satisfies ExportedHandler<Env>
