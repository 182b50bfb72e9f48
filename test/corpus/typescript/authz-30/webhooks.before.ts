import { Hono } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { verifySignature } from '../lib/signature'
import { enqueueEvent } from '../queue'

type Env = { Bindings: { ADMIN_TOKEN: string; HOOK_SECRET: string } }
const app = new Hono<Env>()

app.post('/hooks/billing', async (c) => {
  const raw = await c.req.text()
  if (!(await verifySignature(raw, c.req.header('x-signature') ?? '', c.env.HOOK_SECRET))) return c.text('bad signature', 401)
  await enqueueEvent(JSON.parse(raw))
  return c.body(null, 202)
})

app.post('/hooks/replay/:id', (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next), async (c) => {
  await enqueueEvent({ replay: c.req.param('id') })
  return c.body(null, 202)
})

export default app
