// corpus: path=src/worker/attachments.ts
import { Hono } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { HTTPException } from 'hono/http-exception'
import { etag } from 'hono/etag'

type Bindings = {
  ATTACHMENTS: R2Bucket
  META: KVNamespace
  API_TOKEN: string
}

type AttachmentMeta = {
  key: string
  originalName: string
  size: number
  contentType: string
  sha256: string
  uploadedAt: string
}

const MAX_BYTES = 10 * 1024 * 1024
const ALLOWED_TYPES = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['application/pdf', 'pdf'],
])
const KEY_PATTERN = /^[0-9a-f-]{36}\.(png|jpg|pdf)$/

const app = new Hono<{ Bindings: Bindings }>()

app.use('/attachments/*', async (c, next) => bearerAuth({ token: c.env.API_TOKEN })(c, next))
app.use('/attachments/:key', etag())

async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

function safeDownloadName(name: string, ext: string): string {
  const base = name.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_').slice(0, 80) || 'attachment'
  return `${base}.${ext}`
}

app.post('/attachments', async (c) => {
  const form = await c.req.formData()
  const file = form.get('file')
  if (!(file instanceof File)) throw new HTTPException(400, { message: 'file is required' })
  if (file.size > MAX_BYTES) throw new HTTPException(413, { message: 'file too large' })
  const ext = ALLOWED_TYPES.get(file.type)
  if (!ext) throw new HTTPException(415, { message: 'unsupported type' })

  const bytes = await file.arrayBuffer()
  const sha256 = await sha256Hex(bytes)
  const existing = await c.env.META.get<{ key: string }>(`sha:${sha256}`, 'json')
  if (existing) return c.json({ key: existing.key, deduplicated: true }, 200)

  const key = `${crypto.randomUUID()}.${ext}`
  await c.env.ATTACHMENTS.put(key, bytes, {
    httpMetadata: { contentType: file.type },
    sha256,
  })
  const meta: AttachmentMeta = {
    key,
    originalName: safeDownloadName(file.name, ext),
    size: file.size,
    contentType: file.type,
    sha256,
    uploadedAt: new Date().toISOString(),
  }
  await Promise.all([
    c.env.META.put(`att:${key}`, JSON.stringify(meta)),
    c.env.META.put(`sha:${sha256}`, JSON.stringify({ key })),
  ])
  return c.json({ key }, 201)
})

app.get('/attachments/:key', async (c) => {
  const key = c.req.param('key')
  if (!KEY_PATTERN.test(key)) throw new HTTPException(404, { message: 'not found' })
  const [object, meta] = await Promise.all([
    c.env.ATTACHMENTS.get(key),
    c.env.META.get<AttachmentMeta>(`att:${key}`, 'json'),
  ])
  if (!object) throw new HTTPException(404, { message: 'not found' })
  const headers = new Headers()
  object.writeHttpMetadata(headers)
  headers.set('x-content-type-options', 'nosniff')
  headers.set('cache-control', 'private, max-age=3600')
  if (meta) headers.set('content-disposition', `attachment; filename="${meta.originalName}"`)
  return new Response(object.body, { headers })
})

app.delete('/attachments/:key', async (c) => {
  const key = c.req.param('key')
  if (!KEY_PATTERN.test(key)) throw new HTTPException(404, { message: 'not found' })
  const meta = await c.env.META.get<AttachmentMeta>(`att:${key}`, 'json')
  await c.env.ATTACHMENTS.delete(key)
  await c.env.META.delete(`att:${key}`)
  if (meta) await c.env.META.delete(`sha:${meta.sha256}`)
  return c.body(null, 204)
})

export default app
