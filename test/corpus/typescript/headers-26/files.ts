// corpus: path=src/routes/files.ts
import { Hono } from 'hono'
import { getObject } from '../storage'

type Bindings = { BUCKET: R2Bucket }

const files = new Hono<{ Bindings: Bindings }>()

files.get('/:key', async (c) => {
  const object = await getObject(c.env.BUCKET, c.req.param('key'))
  if (!object) return c.notFound()
  c.header('Content-Type', c.req.query('type') ?? object.httpMetadata?.contentType ?? 'application/octet-stream')  // expect: header-injection
  c.header('ETag', object.httpEtag)  // ok: header-injection
  return c.body(object.body)
})

files.get('/:key/meta', async (c) => {
  const object = await getObject(c.env.BUCKET, c.req.param('key'))
  if (!object) return c.notFound()
  c.header('X-Request-Id', c.req.header('x-request-id') ?? crypto.randomUUID())  // ok: header-injection
  return c.json({ size: object.size, uploaded: object.uploaded })
})

files.get('/:key/proxy', async (c) => {
  const object = await getObject(c.env.BUCKET, c.req.param('key'))
  if (!object) return c.notFound()
  const headers = new Headers()
  object.writeHttpMetadata(headers)
  headers.set('Content-Type', new URL(c.req.url).searchParams.get('as') ?? 'application/octet-stream')  // expect: header-injection
  headers.set('Cache-Control', 'private, max-age=60')  // ok: header-injection
  return new Response(object.body, { headers })
})

export default files
