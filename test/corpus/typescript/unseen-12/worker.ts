// corpus: path=src/worker.ts
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { setCookie } from 'hono/cookie'
import { sign } from 'hono/jwt'

type Bindings = { DB: D1Database; AI: Ai; JWT_SECRET: string }

const app = new Hono<{ Bindings: Bindings }>()

app.use('/api/*', cors({ origin: (origin) => (origin.endsWith('.example.com') ? origin : null), credentials: true })) // ok: permissive-cors

app.get('/api/notes', async (c) => {
  const tag = c.req.query('tag') ?? ''
  const { results } = await c.env.DB.prepare(`SELECT id, body FROM notes WHERE tag = '${tag}'`).all() // expect: sql-injection
  return c.json(results)
})

app.get('/api/notes/:id', async (c) => {
  const row = await c.env.DB.prepare('SELECT id, body FROM notes WHERE id = ?').bind(c.req.param('id')).first() // ok: sql-injection
  return row ? c.json(row) : c.notFound()
})

app.post('/api/login', async (c) => {
  const { user } = await c.req.json<{ user: string }>()
  const token = await sign({ sub: user, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET) // ok: hardcoded-secret
  setCookie(c, 'session', token, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' }) // ok: insecure-cookie
  return c.json({ ok: true })
})

app.post('/api/calc', async (c) => {
  const { expression } = await c.req.json<{ expression: string }>()
  const result = new Function(`return (${expression})`)() // expect: code-injection
  return c.json({ result })
})

app.get('/hello', (c) => {
  const name = c.req.query('name') ?? 'world'
  return c.html(`<p>Hello, ${name}</p>`) // expect: xss
})

app.get('/hello/v2', (c) => {
  const name = c.req.query('name') ?? 'world'
  return c.text(`Hello, ${name}`) // ok: xss
})

export default app
