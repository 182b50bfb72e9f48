// corpus: path=src/index.ts
import { Elysia, t } from 'elysia'
import { cookie } from '@elysiajs/cookie'
import { drizzle } from 'drizzle-orm/bun-sqlite'
import { Database } from 'bun:sqlite'
import { eq, sql } from 'drizzle-orm'
import { bookmarks } from './schema'

const sqlite = new Database('bookmarks.db')
const db = drizzle(sqlite)
const SORTABLE = { title: bookmarks.title, created: bookmarks.createdAt } as const

const app = new Elysia()
  .use(cookie())
  .get('/bookmarks', ({ query }) => {
    return db.select().from(bookmarks).where(sql.raw(`folder = '${query.folder}'`)) // expect: sql-injection
  })
  .get(
    '/bookmarks/by-folder',
    ({ query }) => db.select().from(bookmarks).where(eq(bookmarks.folder, query.folder)).orderBy(SORTABLE[query.sort]), // ok: sql-injection
    { query: t.Object({ folder: t.String(), sort: t.Union([t.Literal('title'), t.Literal('created')]) }) },
  )
  .get('/bookmarks/tagged', ({ query }) => {
    return db.all(sql`select * from bookmarks where tags like ${'%' + query.tag + '%'}`) // ok: sql-injection
  })
  .get('/bookmarks/count', ({ query }) => {
    return db.all(sql`select count(*) as n from bookmarks where ${sql.raw(query.where ?? '1 = 1')}`) // expect: sql-injection
  })
  .get(
    '/bookmarks/:id',
    async ({ params, error }) => {
      const [row] = await db.select().from(bookmarks).where(eq(bookmarks.id, params.id))
      return row ?? error(404, 'not found')
    },
    { params: t.Object({ id: t.Numeric() }) },
  )
  .post(
    '/bookmarks',
    ({ body }) => db.insert(bookmarks).values(body).returning(), // expect: mass-assignment
  )
  .post(
    '/bookmarks/typed',
    ({ body }) => db.insert(bookmarks).values({ title: body.title, url: body.url, folder: body.folder }).returning(), // ok: mass-assignment
    { body: t.Object({ title: t.String({ maxLength: 200 }), url: t.String({ format: 'uri' }), folder: t.String() }) },
  )
  .get('/open', ({ query, set }) => {
    set.redirect = query.url // expect: open-redirect
  })
  .get('/fetch-title', async ({ query }) => {
    const res = await fetch(query.url) // expect: ssrf
    const html = await res.text()
    return { title: /<title>(.*?)<\/title>/i.exec(html)?.[1] ?? null }
  })
  .get('/hello', ({ query, set }) => {
    set.headers['content-type'] = 'text/html; charset=utf-8'
    return `<p>Hello ${query.name ?? 'there'}</p>` // expect: xss
  })
  .get('/hello.json', ({ query }) => ({ greeting: `Hello ${query.name ?? 'there'}` })) // ok: xss
  .post('/session', ({ cookie: { sid }, body }) => {
    sid.set({ value: crypto.randomUUID(), httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600 }) // ok: insecure-cookie
    return { ok: true }
  })
  .listen(3000)

export type App = typeof app
