// corpus: path=src/routes/downloads.ts
import { Hono } from 'hono'
import { z } from 'zod'
import { zValidator } from '@hono/zod-validator'
import { bearerAuth } from 'hono/bearer-auth'

type Env = {
  Bindings: {
    FILES: R2Bucket
    DB: D1Database
    DOWNLOAD_TOKEN: string
  }
}

const KeyParam = z.object({ id: z.string().uuid() })
const ListQuery = z.object({
  prefix: z.enum(['reports', 'exports', 'invoices']).default('reports'),
  cursor: z.string().optional(),
})

export const downloads = new Hono<Env>()

downloads.use('*', async (c, next) => bearerAuth({ token: c.env.DOWNLOAD_TOKEN })(c, next))

downloads.get('/', zValidator('query', ListQuery), async (c) => {
  const { prefix, cursor } = c.req.valid('query')
  const listed = await c.env.FILES.list({ prefix: `${prefix}/`, cursor, limit: 100 })
  return c.json({
    files: listed.objects.map((o) => ({ key: o.key, size: o.size, uploaded: o.uploaded.toISOString() })),
    cursor: listed.truncated ? listed.cursor : null,
  })
})

downloads.get('/:id', zValidator('param', KeyParam), async (c) => {
  const { id } = c.req.valid('param')
  const row = await c.env.DB.prepare('SELECT object_key, file_name, content_type FROM downloads WHERE id = ? AND revoked_at IS NULL')
    .bind(id)
    .first<{ object_key: string; file_name: string; content_type: string }>()
  if (!row) return c.json({ error: 'not found' }, 404)

  const object = await c.env.FILES.get(row.object_key)
  if (!object) return c.json({ error: 'gone' }, 410)

  const safeName = row.file_name.replace(/[^\w.-]+/g, '_')
  await c.env.DB.prepare('UPDATE downloads SET download_count = download_count + 1, last_downloaded_at = ? WHERE id = ?')
    .bind(new Date().toISOString(), id)
    .run()
  return new Response(object.body, {
    headers: {
      'content-type': row.content_type,
      'content-disposition': `attachment; filename="${safeName}"`,
      etag: object.httpEtag,
      'cache-control': 'private, max-age=0, no-store',
    },
  })
})

downloads.delete('/:id', zValidator('param', KeyParam), async (c) => {
  const { id } = c.req.valid('param')
  const result = await c.env.DB.prepare('UPDATE downloads SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
    .bind(new Date().toISOString(), id)
    .run()
  if (result.meta.changes === 0) return c.json({ error: 'not found' }, 404)
  return c.body(null, 204)
})
