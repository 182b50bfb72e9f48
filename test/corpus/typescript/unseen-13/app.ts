// corpus: path=src/worker/app.ts
import { Hono } from 'hono'
import { html, raw } from 'hono/html'
import { getCookie } from 'hono/cookie'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'

type Bindings = { DB: D1Database; ASSETS: Fetcher; ALLOWED_FEEDS: string }

const app = new Hono<{ Bindings: Bindings }>()

app.get('/healthz', (c) => c.text('ok'))

app.get('/search', async (c) => {
  const q = c.req.query('q') ?? ''
  const { results } = await c.env.DB.prepare('select id, title from articles where title like ?1 limit 20')
    .bind(`%${q}%`)
    .all()
  return c.html(html`<h1>Results for ${q}</h1><ul>${results.map((r) => html`<li>${r.title}</li>`)}</ul>`) // ok: xss
})

app.get('/preview', (c) => {
  const title = c.req.query('title') ?? 'Untitled'
  return c.html(`<h1>${title}</h1><p>Preview only</p>`) // expect: xss
})

app.get('/banner', (c) => {
  const message = c.req.query('message') ?? ''
  return c.html(html`<div class="banner">${raw(message)}</div>`) // expect: xss
})

app.get('/go', (c) => {
  const to = c.req.query('to') ?? '/'
  return c.redirect(to) // expect: open-redirect
})

app.get('/go-local', (c) => {
  const to = c.req.query('to') ?? '/'
  return c.redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/') // ok: open-redirect
})

app.get('/feed', async (c) => {
  const feed = c.req.query('url')
  if (!feed) return c.json({ error: 'url required' }, 400)
  const res = await fetch(feed, { headers: { accept: 'application/rss+xml' } }) // expect: ssrf
  return c.body(await res.text(), 200, { 'content-type': 'application/xml' })
})

app.get('/feed/allowed', async (c) => {
  const feed = c.req.query('url') ?? ''
  const allowed = c.env.ALLOWED_FEEDS.split(',')
  if (!allowed.includes(feed)) return c.json({ error: 'feed not allowed' }, 403)
  const res = await fetch(feed) // ok: ssrf
  return c.body(await res.text(), 200, { 'content-type': 'application/xml' })
})

app.post(
  '/articles',
  zValidator('json', z.object({ title: z.string().min(1), body: z.string() })),
  async (c) => {
    const { title, body } = c.req.valid('json')
    const author = getCookie(c, 'uid')
    await c.env.DB.prepare('insert into articles (title, body, author) values (?1, ?2, ?3)').bind(title, body, author).run()
    return c.json({ ok: true }, 201)
  },
)

app.get('/articles/:sort', async (c) => {
  const sort = c.req.param('sort')
  const { results } = await c.env.DB.prepare(`select id, title from articles order by ${sort} desc`).all() // expect: sql-injection
  return c.json(results)
})

app.get('/assets/*', (c) => c.env.ASSETS.fetch(c.req.raw))

export default app
