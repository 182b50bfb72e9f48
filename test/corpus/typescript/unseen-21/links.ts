// corpus: path=src/routes/links.ts
import { Hono } from 'hono'
import { html } from 'hono/html'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'
import { drizzle } from 'drizzle-orm/d1'
import { desc, eq, sql } from 'drizzle-orm'
import { links, clicks } from '../db/schema'
import type { AppEnv } from '../types'

const CreateLink = z.object({
  url: z.string().url(),
  slug: z.string().regex(/^[a-z0-9-]{3,32}$/).optional(),
})

export const linksRoute = new Hono<AppEnv>()

linksRoute.get('/', async (c) => {
  const db = drizzle(c.env.DB)
  const owner = c.get('userId')
  const rows = await db.select().from(links).where(eq(links.ownerId, owner)).orderBy(desc(links.createdAt)).limit(50)
  return c.json(rows)
})

linksRoute.post('/', zValidator('json', CreateLink), async (c) => {
  const db = drizzle(c.env.DB)
  const { url, slug } = c.req.valid('json')
  const row = await db
    .insert(links)
    .values({ url, slug: slug ?? crypto.randomUUID().slice(0, 8), ownerId: c.get('userId') })
    .returning()
    .get()
  return c.json(row, 201)
})

linksRoute.get('/search', async (c) => {
  const term = c.req.query('term') ?? ''
  const { results } = await c.env.DB.prepare(`SELECT slug, url FROM links WHERE url LIKE '%${term}%' LIMIT 20`).all() // expect: sql-injection
  return c.json(results)
})

linksRoute.get('/search-safe', async (c) => {
  const term = c.req.query('term') ?? ''
  const { results } = await c.env.DB.prepare('SELECT slug, url FROM links WHERE url LIKE ?1 LIMIT 20') // ok: sql-injection
    .bind(`%${term}%`)
    .all()
  return c.json(results)
})

linksRoute.get('/stats/:slug', async (c) => {
  const db = drizzle(c.env.DB)
  const slug = c.req.param('slug')
  const groupBy = c.req.query('by') ?? 'country'
  const rows = await db.all(sql.raw(`SELECT ${groupBy} AS k, count(*) AS n FROM clicks WHERE slug = '${slug}' GROUP BY 1`)) // expect: sql-injection
  return c.json(rows)
})

linksRoute.get('/r/:slug', async (c) => {
  const db = drizzle(c.env.DB)
  const link = await db.select().from(links).where(eq(links.slug, c.req.param('slug'))).get()
  if (!link) return c.notFound()
  c.executionCtx.waitUntil(
    db.insert(clicks).values({ slug: link.slug, country: c.req.header('cf-ipcountry') ?? 'XX', at: Date.now() }).run(),
  )
  return c.redirect(link.url, 302) // ok: open-redirect
})

linksRoute.get('/go', (c) => {
  const to = c.req.query('to')
  if (!to) return c.text('missing target', 400)
  return c.redirect(to) // expect: open-redirect
})

linksRoute.post('/preview', async (c) => {
  const { url } = await c.req.json<{ url: string }>()
  const res = await fetch(url, { headers: { 'user-agent': 'LinkPreview/1.0' }, redirect: 'follow' }) // expect: ssrf
  const text = await res.text()
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1] ?? url
  return c.json({ title })
})

linksRoute.get('/embed', (c) => {
  const title = c.req.query('title') ?? 'Shared link'
  const slug = c.req.query('slug') ?? ''
  return c.html(html`<div class="card"><h3>${title}</h3><a href="/r/${slug}">Open</a></div>`) // ok: xss
})

linksRoute.get('/badge', (c) => {
  const label = c.req.query('label') ?? 'links'
  return c.html(`<span class="badge">${label}</span>`) // expect: xss
})
