// corpus: path=src/server.ts
import { Database } from 'bun:sqlite'
import { $ } from 'bun'
import { join, basename, extname } from 'node:path'

const db = new Database(process.env.DB_PATH ?? 'media.sqlite', { create: true })
const MEDIA_ROOT = process.env.MEDIA_ROOT ?? './media'
const ADMIN_TOKEN = process.env.ADMIN_TOKEN ?? ''
const ALLOWED_FORMATS = new Set(['webp', 'avif', 'jpeg', 'png'])

db.run('create table if not exists media (id integer primary key, name text not null, owner text not null, format text)')

function json(data: unknown, status = 200): Response {
  return Response.json(data, { status })
}

Bun.serve({
  port: Number(process.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url)

    if (url.pathname === '/media' && req.method === 'GET') {
      const owner = url.searchParams.get('owner') ?? ''
      const order = url.searchParams.get('order') ?? 'id'
      const rows = db.query(`select id, name, format from media where owner = ?1 order by ${order}`).all(owner) // expect: sql-injection
      return json(rows)
    }

    if (url.pathname === '/media/by-name' && req.method === 'GET') {
      const name = url.searchParams.get('name') ?? ''
      const row = db.query('select id, name, format from media where name = ?1').get(name) // ok: sql-injection
      return row ? json(row) : json({ error: 'not found' }, 404)
    }

    if (url.pathname.startsWith('/files/')) {
      const name = decodeURIComponent(url.pathname.slice('/files/'.length))
      const file = Bun.file(join(MEDIA_ROOT, name)) // expect: path-traversal
      return (await file.exists()) ? new Response(file) : new Response('not found', { status: 404 })
    }

    if (url.pathname === '/convert' && req.method === 'POST') {
      const form = await req.formData()
      const upload = form.get('file') as File | null
      const format = String(form.get('format') ?? 'webp')
      if (!upload || !ALLOWED_FORMATS.has(format)) return json({ error: 'bad request' }, 400)
      const input = join(MEDIA_ROOT, 'incoming', `${crypto.randomUUID()}${extname(upload.name)}`)
      await Bun.write(input, upload)
      const output = input.replace(/\.[^.]+$/, `.${format}`)
      await $`magick ${input} -strip -quality 82 ${output}` // ok: command-injection
      return json({ file: basename(output) })
    }

    if (url.pathname === '/thumbnail' && req.method === 'POST') {
      const { name, width } = (await req.json()) as { name: string; width: string }
      const proc = Bun.spawn(['sh', '-c', `magick ${join(MEDIA_ROOT, basename(name))} -resize ${width}x thumb.webp`], { cwd: MEDIA_ROOT }) // expect: command-injection
      await proc.exited
      return json({ ok: proc.exitCode === 0 })
    }

    if (url.pathname === '/probe' && req.method === 'POST') {
      const { name } = (await req.json()) as { name: string }
      const proc = Bun.spawn(['ffprobe', '-v', 'quiet', '-print_format', 'json', '-show_format', join(MEDIA_ROOT, basename(name))]) // ok: command-injection
      return new Response(proc.stdout, { headers: { 'Content-Type': 'application/json' } })
    }

    if (url.pathname === '/admin/git-log') {
      if (req.headers.get('x-admin-token') !== ADMIN_TOKEN) return json({ error: 'forbidden' }, 403) // expect: timing-unsafe-comparison
      const range = url.searchParams.get('range') ?? 'HEAD~10..HEAD'
      const log = await $`git log --oneline ${{ raw: range }}`.text() // expect: command-injection
      return new Response(log)
    }

    return json({ error: 'not found' }, 404)
  },
  error(err) {
    return new Response(`<pre>${err.stack}</pre>`, { status: 500, headers: { 'Content-Type': 'text/html' } }) // expect: error-exposure
  },
})
