// corpus: path=src/routes/projects.ts
import { Hono } from 'hono'
import { html } from 'hono/html'
import { zValidator } from '@hono/zod-validator'
import { setCookie } from 'hono/cookie'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import { drizzle } from 'drizzle-orm/d1'
import { and, asc, desc, eq, like, sql } from 'drizzle-orm'
import { projects } from '../db/schema'

type Bindings = { DB: D1Database; IMAGE_ORIGIN: string }
type Variables = { userId: string }

const app = new Hono<{ Bindings: Bindings; Variables: Variables }>()

const CreateProject = z.object({
  name: z.string().min(1).max(80),
  visibility: z.enum(['private', 'team', 'public']),
})
const SORTS = { name: projects.name, created: projects.createdAt, updated: projects.updatedAt } as const

app.get('/projects', async (c) => {
  const db = drizzle(c.env.DB)
  const status = c.req.query('status') ?? 'active'
  const key = (c.req.query('sort') ?? 'updated') as keyof typeof SORTS
  const column = SORTS[key] ?? projects.updatedAt
  const rows = await db
    .select()
    .from(projects)
    .where(and(eq(projects.ownerId, c.get('userId')), eq(projects.status, status))) // ok: sql-injection
    .orderBy(c.req.query('dir') === 'asc' ? asc(column) : desc(column))
  return c.json(rows)
})

app.get('/projects/search', async (c) => {
  const db = drizzle(c.env.DB)
  const term = c.req.query('term') ?? ''
  const byName = await db.select().from(projects).where(like(projects.name, `%${term}%`)) // ok: sql-injection
  const byTag = await db.select().from(projects).where(sql`${projects.tags} LIKE ${'%' + term + '%'}`) // ok: sql-injection
  const order = c.req.query('order') ?? 'name'
  const ranked = await db.all(sql.raw(`SELECT id, name FROM projects WHERE owner_id = '${c.get('userId')}' ORDER BY ${order} LIMIT 50`)) // expect: sql-injection
  return c.json({ byName, byTag, ranked })
})

app.post('/projects', zValidator('json', CreateProject), async (c) => {
  const body = c.req.valid('json')
  const db = drizzle(c.env.DB)
  const [row] = await db.insert(projects).values({ ...body, ownerId: c.get('userId') }).returning() // ok: mass-assignment
  return c.json(row, 201)
})

app.patch('/projects/:id', async (c) => {
  const patch = await c.req.json<Partial<typeof projects.$inferInsert>>()
  const db = drizzle(c.env.DB)
  await db.update(projects).set(patch).where(eq(projects.id, c.req.param('id'))) // expect: mass-assignment
  return c.body(null, 204)
})

app.get('/projects/:id/thumb', async (c) => {
  const src = c.req.query('src')
  if (!src) throw new HTTPException(400, { message: 'missing src' })
  const upstream = await fetch(src, { cf: { image: { width: 320, fit: 'cover' } } }) // expect: ssrf
  return new Response(upstream.body, { headers: { 'Content-Type': upstream.headers.get('Content-Type') ?? 'image/jpeg' } })
})

app.get('/projects/:id/cover', async (c) => {
  const path = c.req.query('path') ?? 'default.png'
  const res = await fetch(new URL(`/covers/${encodeURIComponent(path)}`, c.env.IMAGE_ORIGIN)) // ok: ssrf
  return new Response(res.body, res)
})

app.get('/projects/:id/embed', (c) => {
  const title = c.req.query('title') ?? 'Project'
  return c.html(html`<h1>${title}</h1><iframe src="/projects/${c.req.param('id')}/board"></iframe>`) // ok: xss
})

app.get('/projects/:id/welcome', (c) => {
  const name = c.req.query('name') ?? 'there'
  return c.html(`<p>Welcome, ${name}! Your board is ready.</p>`) // expect: xss
})

app.post('/preferences/theme', async (c) => {
  const { theme } = await c.req.json<{ theme: string }>()
  setCookie(c, 'theme', theme === 'dark' ? 'dark' : 'light', { path: '/', sameSite: 'Lax', maxAge: 31536000 }) // ok: insecure-cookie
  return c.body(null, 204)
})

app.post('/admin/impersonate', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>()
  const token = crypto.randomUUID()
  await c.env.DB.prepare('INSERT INTO impersonations (token, user_id, admin_id) VALUES (?1, ?2, ?3)').bind(token, userId, c.get('userId')).run()
  setCookie(c, 'impersonation_token', token, { path: '/', httpOnly: false, secure: false }) // expect: insecure-cookie
  return c.json({ ok: true })
})

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse()
  console.error('unhandled', err)
  return c.json({ error: err.message, stack: err.stack }, 500) // expect: error-exposure
})

export default app
