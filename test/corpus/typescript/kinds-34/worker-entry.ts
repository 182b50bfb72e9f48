// corpus: path=src/index.ts
import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { html, raw } from 'hono/html'

type Env = { Bindings: { DB: D1Database; ENVIRONMENT: string } }

const app = new Hono<Env>()

app.onError((err, c) => {
  console.error(err)
  return c.text(`Something broke:\n${err.message}\n\n${err.stack}`, 500) // expect: debug-mode
})

app.get('/search', async (c) => {
  const q = c.req.query('q') ?? ''
  const { results } = await c.env.DB.prepare('SELECT slug, title FROM posts WHERE title LIKE ?1 LIMIT 20')
    .bind(`%${q}%`)
    .all<{ slug: string; title: string }>()
  return c.html( // ok: xss
    html`<h1>Results for “${q}”</h1>
      <ul>${results.map((r) => html`<li><a href="/p/${r.slug}">${r.title}</a></li>`)}</ul>`,
  )
})

app.get('/welcome', (c) => {
  const name = c.req.query('name') ?? 'friend'
  return c.html(html`<p>Welcome back, ${raw(name)}!</p>`) // expect: xss
})

app.get('/banner', (c) => {
  const msg = c.req.query('msg')
  if (!msg) return c.body(null, 204)
  return c.html(`<div class="banner">${decodeURIComponent(msg)}</div>`) // expect: xss
})

app.post('/prefs/theme', async (c) => {
  const { theme } = await c.req.json<{ theme: 'light' | 'dark' }>()
  setCookie(c, 'theme', theme === 'dark' ? 'dark' : 'light', { path: '/', maxAge: 31536000 }) // ok: insecure-cookie
  return c.json({ theme })
})

app.post('/session/refresh', async (c) => {
  const current = getCookie(c, 'session')
  if (!current) return c.json({ error: 'no session' }, 401)
  const row = await c.env.DB.prepare('SELECT user_id FROM sessions WHERE id = ?1').bind(current).first<{ user_id: string }>()
  if (!row) return c.json({ error: 'expired' }, 401)
  const next = crypto.randomUUID()
  await c.env.DB.batch([
    c.env.DB.prepare('DELETE FROM sessions WHERE id = ?1').bind(current),
    c.env.DB.prepare('INSERT INTO sessions (id, user_id) VALUES (?1, ?2)').bind(next, row.user_id),
  ])
  setCookie(c, 'session', next, { path: '/', sameSite: 'Lax', maxAge: 60 * 60 * 24 * 7 }) // expect: insecure-cookie
  return c.json({ ok: true })
})

app.post('/session/refresh-safe', async (c) => {
  const current = getCookie(c, '__Host-session')
  if (!current) return c.json({ error: 'no session' }, 401)
  const next = crypto.randomUUID()
  await c.env.DB.prepare('UPDATE sessions SET id = ?1 WHERE id = ?2').bind(next, current).run()
  setCookie(c, '__Host-session', next, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax', maxAge: 604800 }) // ok: insecure-cookie
  return c.json({ ok: true })
})

export default app
