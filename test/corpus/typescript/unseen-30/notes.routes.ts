// corpus: path=routes/notes.ts
import { Router, Status } from 'jsr:@oak/oak'
import { escape } from 'jsr:@std/html'
import { join, basename } from 'jsr:@std/path'
import { DB } from 'https://deno.land/x/sqlite@v3.9.1/mod.ts'

const db = new DB(Deno.env.get('NOTES_DB') ?? './notes.db')
const ATTACHMENTS = Deno.env.get('ATTACHMENT_DIR') ?? './attachments'

export const notes = new Router({ prefix: '/notes' })

notes.get('/', (ctx) => {
  const q = ctx.request.url.searchParams.get('q') ?? ''
  const rows = db.query<[number, string]>('select id, title from notes where title like ? order by id desc limit 50', [`%${q}%`]) // ok: sql-injection
  const list = rows.map(([id, title]) => `<li><a href="/notes/${id}">${escape(title)}</a></li>`).join('')
  ctx.response.type = 'text/html'
  ctx.response.body = `<h1>Notes</h1><p>Results for ${q}</p><ul>${list}</ul>` // expect: xss
})

notes.get('/export', (ctx) => {
  const order = ctx.request.url.searchParams.get('order') ?? 'id'
  const rows = db.queryEntries(`select id, title, body from notes order by ${order}`) // expect: sql-injection
  ctx.response.headers.set('Content-Disposition', 'attachment; filename="notes.json"')
  ctx.response.body = rows
})

notes.get('/:id', (ctx) => {
  const [row] = db.queryEntries<{ id: number; title: string; body: string }>('select id, title, body from notes where id = ?', [Number(ctx.params.id)])
  if (!row) ctx.throw(Status.NotFound)
  ctx.response.type = 'text/html'
  ctx.response.body = `<article><h1>${escape(row.title)}</h1><pre>${escape(row.body)}</pre></article>` // ok: xss
})

notes.post('/', async (ctx) => {
  const form = await ctx.request.body.formData()
  const title = String(form.get('title') ?? '').slice(0, 200)
  const body = String(form.get('body') ?? '')
  db.query('insert into notes (title, body) values (?, ?)', [title, body])
  const next = form.get('next')
  ctx.response.redirect(typeof next === 'string' ? next : '/notes') // expect: open-redirect
})

notes.get('/:id/attachments/:file', async (ctx) => {
  const dir = join(ATTACHMENTS, String(Number(ctx.params.id)))
  const file = await Deno.readFile(join(dir, ctx.params.file)) // expect: path-traversal
  ctx.response.type = 'application/octet-stream'
  ctx.response.body = file
})

notes.delete('/:id/attachments/:file', async (ctx) => {
  const dir = join(ATTACHMENTS, String(Number(ctx.params.id)))
  await Deno.remove(join(dir, basename(ctx.params.file))) // ok: path-traversal
  ctx.response.status = Status.NoContent
})

notes.post('/:id/render', async (ctx) => {
  const { format } = await ctx.request.body.json()
  const id = Number(ctx.params.id)
  const cmd = new Deno.Command('sh', { args: ['-c', `pandoc notes/${id}.md -o out/${id}.${format}`] }) // expect: command-injection
  const { success } = await cmd.output()
  ctx.response.body = { success }
})

notes.post('/:id/thumbnail', async (ctx) => {
  const { width } = await ctx.request.body.json()
  const id = Number(ctx.params.id)
  const cmd = new Deno.Command('convert', { args: [`notes/${id}.png`, '-resize', `${Number(width) || 200}x`, `out/${id}-thumb.png`] }) // ok: command-injection
  const { success } = await cmd.output()
  ctx.response.body = { success }
})

notes.post('/import', async (ctx) => {
  const { url } = await ctx.request.body.json()
  const res = await fetch(url) // expect: ssrf
  const text = await res.text()
  for (const line of text.split('\n').filter(Boolean)) {
    db.query('insert into notes (title, body) values (?, ?)', [line.slice(0, 200), line])
  }
  ctx.response.body = { imported: true }
})
