import { Hono } from 'hono'

type Env = { Bindings: { API_BASE: string } }
const app = new Hono<Env>()

app.get('/fetch', async (c) => {
  const target = c.req.query('url')!
  const res = await fetch(target) // expect: ssrf
  return c.text(await res.text())
})

app.get('/fetch-allowed', async (c) => {
  const target = new URL(c.req.query('url')!)
  if (target.hostname !== 'images.example.com') return c.text('forbidden', 403)
  const res = await fetch(target) // ok: ssrf
  return c.body(res.body)
})

app.get('/user/:id', async (c) => {
  const res = await fetch(`${c.env.API_BASE}/users/${encodeURIComponent(c.req.param('id'))}`) // ok: ssrf
  return c.json(await res.json())
})

app.get('/login', (c) => {
  return c.redirect(c.req.query('returnTo') ?? '/') // expect: open-redirect
})

export default app
