import { Hono } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { HTTPException } from 'hono/http-exception'

type Bindings = {
  ATTACHMENTS: R2Bucket
  META: KVNamespace
  API_TOKEN: string
}

const MAX_BYTES = 10 * 1024 * 1024
const ALLOWED_TYPES = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['application/pdf', 'pdf'],
])

const app = new Hono<{ Bindings: Bindings }>()

app.use('/attachments/*', async (c, next) => bearerAuth({ token: c.env.API_TOKEN })(c, next))

app.post('/attachments', async (c) => {
  const form = await c.req.formData()
  const file = form.get('file')
  if (!(file instanceof File)) throw new HTTPException(400, { message: 'file is required' })
  if (file.size > MAX_BYTES) throw new HTTPException(413, { message: 'file too large' })
  const ext = ALLOWED_TYPES.get(file.type)
  if (!ext) throw new HTTPException(415, { message: 'unsupported type' })

  const key = `${crypto.randomUUID()}.${ext}`
  await c.env.ATTACHMENTS.put(key, file.stream(), {
    httpMetadata: { contentType: file.type },
  })
  return c.json({ key }, 201)
})

app.get('/attachments/:key', async (c) => {
  const object = await c.env.ATTACHMENTS.get(c.req.param('key'))
  if (!object) throw new HTTPException(404, { message: 'not found' })
  return new Response(object.body, {
    headers: { 'content-type': object.httpMetadata?.contentType ?? 'application/octet-stream' },
  })
})

export default app
