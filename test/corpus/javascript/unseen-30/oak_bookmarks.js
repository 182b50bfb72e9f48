// corpus: path=server/routes/bookmarks.js
import { Router, Status } from 'https://deno.land/x/oak@v12.6.1/mod.ts'
import { Client } from 'https://deno.land/x/postgres@v0.17.0/mod.ts'
import { join, basename } from 'https://deno.land/std@0.210.0/path/mod.ts'
import { escape } from 'https://deno.land/std@0.210.0/html/entities.ts'

const client = new Client(Deno.env.get('DATABASE_URL'))
await client.connect()

const SNAPSHOT_DIR = Deno.env.get('SNAPSHOT_DIR') ?? './snapshots'
const router = new Router({ prefix: '/bookmarks' })

router.get('/', async (ctx) => {
  const tag = ctx.request.url.searchParams.get('tag')
  const result = tag
    ? await client.queryObject(`SELECT id, url, title FROM bookmarks WHERE owner = $1 AND $2 = ANY(tags) ORDER BY created_at DESC`, [ctx.state.user.id, tag]) // ok: sql-injection
    : await client.queryObject`SELECT id, url, title FROM bookmarks WHERE owner = ${ctx.state.user.id} ORDER BY created_at DESC`
  ctx.response.body = result.rows
})

router.get('/search', async (ctx) => {
  const q = ctx.request.url.searchParams.get('q') ?? ''
  const result = await client.queryObject(`SELECT id, url, title FROM bookmarks WHERE owner = ${ctx.state.user.id} AND title ILIKE '%${q}%'`) // expect: sql-injection
  ctx.response.body = result.rows
})

router.get('/:id', async (ctx) => {
  const result = await client.queryObject('SELECT id, url, title, notes FROM bookmarks WHERE id = $1 AND owner = $2', [ctx.params.id, ctx.state.user.id])
  if (!result.rows.length) ctx.throw(Status.NotFound, 'no such bookmark')
  ctx.response.body = result.rows[0]
})

router.get('/:id/card', async (ctx) => {
  const result = await client.queryObject('SELECT url, title, notes FROM bookmarks WHERE id = $1 AND owner = $2', [ctx.params.id, ctx.state.user.id])
  const bookmark = result.rows[0]
  if (!bookmark) ctx.throw(Status.NotFound, 'no such bookmark')
  const note = ctx.request.url.searchParams.get('note') ?? ''
  ctx.response.type = 'text/html'
  ctx.response.body = `<div class="card"><a href="/go/${bookmark.id}">${escape(bookmark.title)}</a><p>${note}</p></div>` // expect: xss
})

router.get('/:id/preview', async (ctx) => {
  const title = ctx.request.url.searchParams.get('title') ?? 'Untitled'
  ctx.response.type = 'text/html'
  ctx.response.body = `<h1>${escape(title)}</h1><iframe src="/bookmarks/${encodeURIComponent(ctx.params.id)}/snapshot" sandbox></iframe>` // ok: xss
})

router.get('/:id/snapshot', async (ctx) => {
  const name = ctx.request.url.searchParams.get('file') ?? `${ctx.params.id}.html`
  ctx.response.type = 'text/html'
  ctx.response.headers.set('Content-Security-Policy', "default-src 'none'; img-src data:")
  ctx.response.body = await Deno.readTextFile(join(SNAPSHOT_DIR, name)) // expect: path-traversal
})

router.post('/:id/snapshot', async (ctx) => {
  const result = await client.queryObject('SELECT url FROM bookmarks WHERE id = $1 AND owner = $2', [ctx.params.id, ctx.state.user.id])
  if (!result.rows.length) ctx.throw(Status.NotFound, 'no such bookmark')
  const command = new Deno.Command('monolith', { args: [result.rows[0].url, '-o', join(SNAPSHOT_DIR, `${basename(ctx.params.id)}.html`)] }) // ok: command-injection
  const { success } = await command.output()
  ctx.response.status = success ? Status.Created : Status.BadGateway
})

router.post('/import', async (ctx) => {
  const body = await ctx.request.body({ type: 'json' }).value
  const page = await fetch(body.url) // expect: ssrf
  const html = await page.text()
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? body.url
  await client.queryObject('INSERT INTO bookmarks (owner, url, title) VALUES ($1, $2, $3)', [ctx.state.user.id, body.url, title])
  ctx.response.status = Status.Created
})

router.get('/go/:id', async (ctx) => {
  const result = await client.queryObject('SELECT url FROM bookmarks WHERE id = $1 AND owner = $2', [ctx.params.id, ctx.state.user.id])
  if (!result.rows.length) ctx.throw(Status.NotFound, 'no such bookmark')
  ctx.response.redirect(result.rows[0].url)
})

router.get('/out', (ctx) => {
  ctx.response.redirect(ctx.request.url.searchParams.get('to') ?? '/') // expect: open-redirect
})

export default router
