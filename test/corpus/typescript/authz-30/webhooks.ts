import { Hono } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { verifySignature } from '../lib/signature'
import { enqueueEvent } from '../queue'

type Env = { Bindings: { ADMIN_TOKEN: string; HOOK_SECRET: string } }
const app = new Hono<Env>()

app.post('/hooks/billing', async (c) => {
  const raw = await c.req.text()
  const signature = c.req.header('x-signature') ?? c.req.header('stripe-signature') ?? ''
  if (!(await verifySignature(raw, signature, c.env.HOOK_SECRET))) return c.text('bad signature', 401)
  await enqueueEvent(JSON.parse(raw))
  return c.body(null, 202)
})

app.post('/hooks/:id/replay', (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next), async (c) => { // ok: missing-authorization
  await enqueueEvent({ replay: c.req.param('id'), requestedAt: Date.now() })
  return c.body(null, 202)
})

export default app
