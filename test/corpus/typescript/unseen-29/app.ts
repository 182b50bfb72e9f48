// corpus: path=src/index.ts
import { Elysia, t } from 'elysia'
import { cors } from '@elysiajs/cors'
import { jwt } from '@elysiajs/jwt'
import { drizzle } from 'drizzle-orm/bun-sql'
import { eq, sql } from 'drizzle-orm'
import { links, clicks } from './schema'

const db = drizzle(process.env.DATABASE_URL!)

export const app = new Elysia()
  .use(cors({ origin: ['https://sho.rt', 'https://app.sho.rt'], credentials: true }))
  .use(jwt({ name: 'auth', secret: process.env.JWT_SECRET!, exp: '7d' }))
  .derive(async ({ auth, cookie: { session } }) => {
    const payload = session.value ? await auth.verify(session.value) : false
    return { user: payload ? { id: String(payload.sub) } : null }
  })
  .get('/:slug', async ({ params: { slug }, redirect, request, status }) => {
    const [link] = await db.select().from(links).where(eq(links.slug, slug)).limit(1)
    if (!link) return status(404, 'not found')
    await db.insert(clicks).values({ linkId: link.id, referer: request.headers.get('referer'), at: new Date() })
    return redirect(link.target, 302)
  })
  .get('/go', ({ query, redirect }) => redirect(query.url ?? '/', 302)) // expect: open-redirect
  .post(
    '/api/links',
    async ({ body, user, status }) => {
      if (!user) return status(401, 'sign in first')
      const [link] = await db.insert(links).values({ slug: body.slug, target: body.target, ownerId: user.id }).returning()
      return link
    },
    { body: t.Object({ slug: t.String({ pattern: '^[a-z0-9-]{3,32}$' }), target: t.String({ format: 'uri' }) }) },
  )
  .patch(
    '/api/links/:id',
    async ({ params, body, user, status }) => {
      if (!user) return status(401, 'sign in first')
      const [link] = await db.update(links).set(body).where(eq(links.id, params.id)).returning() // expect: mass-assignment
      return link
    },
    { body: t.Record(t.String(), t.Any()) },
  )
  .get(
    '/api/links/stats',
    async ({ query, user, status }) => {
      if (!user) return status(401, 'sign in first')
      const bucket = query.bucket ?? 'day'
      return db.execute(
        sql.raw(`select date_trunc('${bucket}', at) as bucket, count(*) from clicks join links on links.id = clicks.link_id where links.owner_id = '${user.id}' group by 1 order by 1`), // expect: sql-injection
      )
    },
    { query: t.Object({ bucket: t.Optional(t.String()) }) },
  )
  .get(
    '/api/links/top',
    async ({ query, user, status }) => {
      if (!user) return status(401, 'sign in first')
      return db.execute(sql`select slug, count(*) as n from clicks join links on links.id = clicks.link_id where links.owner_id = ${user.id} and at > now() - ${query.days} * interval '1 day' group by slug order by n desc limit 10`) // ok: sql-injection
    },
    { query: t.Object({ days: t.Numeric({ minimum: 1, maximum: 90 }) }) },
  )
  .get('/api/links/:id/export', async ({ params, user, set, status }) => {
    if (!user) return status(401, 'sign in first')
    const rows = await db.select().from(clicks).where(eq(clicks.linkId, params.id))
    set.headers['content-type'] = 'text/csv' // ok: header-injection
    set.headers['content-disposition'] = `attachment; filename="clicks-${params.id}.csv"` // expect: header-injection
    return rows.map((r) => `${r.at.toISOString()},${r.referer ?? ''}`).join('\n')
  })
  .onError(({ code, error, status }) => {
    if (code === 'VALIDATION') return status(422, { error: 'invalid request' }) // ok: error-exposure
    if (code === 'NOT_FOUND') return status(404, { error: 'not found' })
    return status(500, { error: String(error), detail: error instanceof Error ? error.stack : undefined }) // expect: error-exposure
  })
  .listen(Number(process.env.PORT ?? 3000))
