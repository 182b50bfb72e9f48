// corpus: path=src/worker/image-proxy.ts
import { Hono } from 'hono'
import { cache } from 'hono/cache'

type Bindings = {
  IMAGES: R2Bucket
  ORIGIN_HOST: string
  SIGNING_SECRET: string
}

const app = new Hono<{ Bindings: Bindings }>()

const WIDTHS = new Set([64, 128, 256, 512, 1024])
const FORMATS = new Set(['webp', 'avif', 'jpeg'])

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const sig = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message))
  return [...new Uint8Array(sig)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function signatureMatches(secret: string, message: string, given: string): Promise<boolean> {
  const expected = await hmacHex(secret, message)
  if (expected.length !== given.length) return false
  let diff = 0
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ given.charCodeAt(i)
  return diff === 0
}

app.get('/img/:key{[a-z0-9/_-]+\\.(?:jpg|png|webp)}', cache({ cacheName: 'images', cacheControl: 'public, max-age=604800' }), async (c) => {
  const key = c.req.param('key')
  const width = Number(c.req.query('w') ?? '512')
  const format = c.req.query('f') ?? 'webp'
  const sig = c.req.query('s') ?? ''
  if (!WIDTHS.has(width) || !FORMATS.has(format)) return c.text('unsupported size or format', 400)
  if (!(await signatureMatches(c.env.SIGNING_SECRET, `${key}:${width}:${format}`, sig))) return c.text('bad signature', 403)

  const object = await c.env.IMAGES.get(key)
  if (object) {
    return new Response(object.body, { headers: { 'content-type': object.httpMetadata?.contentType ?? 'image/jpeg' } })
  }

  const origin = new URL(`https://${c.env.ORIGIN_HOST}/`)
  origin.pathname = `/${key}`
  const upstream = await fetch(origin, { cf: { image: { width, format: format as 'webp' | 'avif' | 'jpeg' } } })
  if (!upstream.ok) return c.text('not found', 404)
  const body = await upstream.arrayBuffer()
  c.executionCtx.waitUntil(c.env.IMAGES.put(key, body, { httpMetadata: { contentType: upstream.headers.get('content-type') ?? 'image/jpeg' } }))
  return new Response(body, { headers: { 'content-type': upstream.headers.get('content-type') ?? 'image/jpeg' } })
})

export default app
