// corpus: path=src/index.ts
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { html, raw } from 'hono/html'
import { jwt, decode, verify } from 'hono/jwt'
import { getCookie } from 'hono/cookie'

type Bindings = {
  DB: D1Database
  ASSETS: R2Bucket
  JWT_SECRET: string
  UPSTREAM: string
}

type Vars = { userId: string }

const app = new Hono<{ Bindings: Bindings; Variables: Vars }>()

app.use('/public/*', cors({ origin: '*' })) // ok: permissive-cors
app.use('/api/*', cors({ origin: (origin) => origin, credentials: true })) // expect: permissive-cors
app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next))

app.get('/api/notes', async (c) => {
  const q = c.req.query('q') ?? ''
  const userId = c.get('jwtPayload').sub as string
  const { results } = await c.env.DB.prepare('SELECT id, title FROM notes WHERE user_id = ? AND title LIKE ?') // ok: sql-injection
    .bind(userId, `%${q}%`)
    .all()
  return c.json(results)
})

app.get('/api/notes/by-tag', async (c) => {
  const tag = c.req.query('tag') ?? ''
  const userId = c.get('jwtPayload').sub as string
  const { results } = await c.env.DB.prepare(`SELECT id, title FROM notes WHERE user_id = ? AND tags LIKE '%${tag}%'`) // expect: sql-injection
    .bind(userId)
    .all()
  return c.json(results)
})

app.get('/embed/:id', async (c) => {
  const id = c.req.param('id')
  const title = c.req.query('title') ?? 'Shared note'
  const row = await c.env.DB.prepare('SELECT body FROM notes WHERE id = ? AND shared = 1').bind(id).first<{ body: string }>()
  if (!row) return c.notFound()
  return c.html(html`<!doctype html><title>${title}</title><article>${row.body}</article>`) // ok: xss
})

app.get('/oembed', (c) => {
  const callback = c.req.query('callback') ?? 'cb'
  const url = c.req.query('url') ?? ''
  return c.html(`<script>${callback}(${JSON.stringify({ url })})</script>`) // expect: xss
})

app.get('/preview', (c) => {
  const heading = c.req.query('heading') ?? ''
  return c.html(html`<h1>${raw(heading)}</h1>`) // expect: xss
})

app.get('/files/:key{.+}', async (c) => {
  const obj = await c.env.ASSETS.get(c.req.param('key'))
  if (!obj) return c.notFound()
  return new Response(obj.body, { headers: { 'content-type': obj.httpMetadata?.contentType ?? 'application/octet-stream' } })
})

app.get('/me', async (c) => {
  const token = getCookie(c, 'session')
  if (!token) return c.json({ error: 'unauthorized' }, 401)
  const { payload } = decode(token) // expect: jwt-weak
  const row = await c.env.DB.prepare('SELECT id, email FROM users WHERE id = ?').bind(payload.sub).first()
  return c.json(row)
})

app.get('/me/verified', async (c) => {
  const token = getCookie(c, 'session')
  if (!token) return c.json({ error: 'unauthorized' }, 401)
  const payload = await verify(token, c.env.JWT_SECRET, 'HS256') // ok: jwt-weak
  const row = await c.env.DB.prepare('SELECT id, email FROM users WHERE id = ?').bind(payload.sub).first()
  return c.json(row)
})

app.get('/proxy/avatar', async (c) => {
  const user = c.req.query('user') ?? ''
  const upstream = new URL(`/avatars/${encodeURIComponent(user)}.png`, c.env.UPSTREAM)
  return fetch(upstream) // ok: ssrf
})

app.get('/proxy/image', async (c) => {
  const src = c.req.query('src') ?? ''
  return fetch(src, { cf: { cacheTtl: 3600 } }) // expect: ssrf
})

export default app
