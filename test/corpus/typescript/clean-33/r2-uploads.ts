// corpus: path=src/routes/uploads.ts
import { Hono } from 'hono'
import type { AppEnv } from '../types'
import { requireUser } from '../auth/middleware'

const TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif' }
const MAX_BYTES = 5 * 1024 * 1024

export const uploads = new Hono<AppEnv>()

uploads.post('/api/avatars', requireUser, async (c) => {
  const form = await c.req.formData()
  const file = form.get('avatar')
  if (!(file instanceof File)) return c.json({ error: 'avatar file is required' }, 400)
  const ext = TYPES[file.type]
  if (!ext) return c.json({ error: 'PNG, JPEG, WebP or GIF only' }, 415)
  if (file.size > MAX_BYTES) return c.json({ error: 'at most 5 MB' }, 413)

  const user = c.get('user')
  const key = `avatars/${user.id}/${crypto.randomUUID()}.${ext}`
  await c.env.UPLOADS.put(key, file.stream(), {
    httpMetadata: { contentType: file.type, cacheControl: 'public, max-age=31536000, immutable' },
    customMetadata: { uploadedBy: String(user.id) },
  })
  const previous = await c.env.DB.prepare('SELECT avatar_key FROM users WHERE id = ?').bind(user.id).first<{ avatar_key: string | null }>()
  await c.env.DB.prepare('UPDATE users SET avatar_key = ?, updated_at = ? WHERE id = ?').bind(key, Date.now(), user.id).run()
  if (previous?.avatar_key) c.executionCtx.waitUntil(c.env.UPLOADS.delete(previous.avatar_key))
  return c.json({ key, url: `${c.env.ASSETS_URL}/${key}` }, 201)
})

uploads.get('/avatars/:userId/:file{[0-9a-f-]{36}\\.(png|jpg|webp|gif)}', async (c) => {
  const key = `avatars/${c.req.param('userId')}/${c.req.param('file')}`
  const object = await c.env.UPLOADS.get(key)
  if (!object) return c.notFound()
  const headers = new Headers()
  object.writeHttpMetadata(headers)
  headers.set('etag', object.httpEtag)
  headers.set('X-Content-Type-Options', 'nosniff')
  return new Response(object.body, { headers })
})
