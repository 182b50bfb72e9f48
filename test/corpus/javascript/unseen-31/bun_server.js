// corpus: path=server.js
import { Database } from 'bun:sqlite'
import { join, normalize, basename } from 'node:path'
import { $ } from 'bun'

const db = new Database(process.env.DB_PATH ?? 'links.sqlite', { create: true })
db.run('create table if not exists links (slug text primary key, target text not null, hits integer default 0, owner text)')

const PUBLIC_DIR = join(import.meta.dir, 'public')
const EXPORT_DIR = join(import.meta.dir, 'exports')
const lookup = db.query('select target from links where slug = ?1')
const bump = db.query('update links set hits = hits + 1 where slug = ?1')

function html(body, status = 200) {
  return new Response(`<!doctype html><meta charset="utf-8"><body>${body}</body>`, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } }) // expect: xss
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
}

Bun.serve({
  port: Number(process.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url)

    if (url.pathname === '/api/links' && req.method === 'GET') {
      const owner = url.searchParams.get('owner') ?? ''
      const rows = db.query(`select slug, target, hits from links where owner = '${owner}' order by hits desc`).all() // expect: sql-injection
      return Response.json(rows)
    }

    if (url.pathname === '/api/links/top' && req.method === 'GET') {
      const limit = Math.min(Number(url.searchParams.get('limit')) || 10, 100)
      const rows = db.query('select slug, hits from links order by hits desc limit ?1').all(limit) // ok: sql-injection
      return Response.json(rows)
    }

    if (url.pathname === '/api/links' && req.method === 'POST') {
      const { slug, target } = await req.json()
      if (!/^[a-z0-9-]{3,40}$/.test(slug)) return Response.json({ error: 'bad slug' }, { status: 400 })
      db.query('insert into links (slug, target, owner) values (?1, ?2, ?3)').run(slug, target, req.headers.get('x-user') ?? 'anonymous')
      return Response.json({ slug }, { status: 201 })
    }

    if (url.pathname.startsWith('/go/')) {
      const slug = url.pathname.slice(4)
      const row = lookup.get(slug)
      if (!row) return html(`<p>No link named <b>${slug}</b>.</p>`, 404)
      bump.run(slug)
      return Response.redirect(row.target, 302)
    }

    if (url.pathname === '/preview') {
      const slug = url.searchParams.get('slug') ?? ''
      const row = lookup.get(slug)
      return html(row ? `<a href="/go/${encodeURIComponent(slug)}">${escapeHtml(row.target)}</a>` : `<p>No link named ${escapeHtml(slug)}</p>`) // ok: xss
    }

    if (url.pathname === '/continue') {
      return Response.redirect(url.searchParams.get('to') ?? '/', 302) // expect: open-redirect
    }

    if (url.pathname.startsWith('/static/')) {
      const file = Bun.file(join(PUBLIC_DIR, url.pathname.slice('/static/'.length))) // expect: path-traversal
      return (await file.exists()) ? new Response(file) : new Response('not found', { status: 404 })
    }

    if (url.pathname.startsWith('/exports/')) {
      const name = basename(decodeURIComponent(url.pathname.slice('/exports/'.length)))
      const file = Bun.file(join(EXPORT_DIR, name)) // ok: path-traversal
      return (await file.exists()) ? new Response(file) : new Response('not found', { status: 404 })
    }

    if (url.pathname === '/api/exports' && req.method === 'POST') {
      const { owner } = await req.json()
      const rows = db.query('select slug, target, hits from links where owner = ?1').all(String(owner))
      const out = join(EXPORT_DIR, `${String(owner).replace(/[^a-z0-9]/gi, '_')}-${Date.now()}.csv`)
      await Bun.write(out, rows.map((r) => `${r.slug},${r.target},${r.hits}`).join('\n'))
      await $`gzip -9 ${out}` // ok: command-injection
      return Response.json({ file: `${basename(out)}.gz` })
    }

    if (url.pathname === '/api/ping' && req.method === 'POST') {
      const { host } = await req.json()
      const result = await $`sh -c ${`ping -c 1 ${host}`}`.nothrow().text() // expect: command-injection
      return new Response(result)
    }

    return new Response('not found', { status: 404 })
  },
  error(err) {
    return new Response(`<pre>${err.stack}</pre>`, { status: 500, headers: { 'Content-Type': 'text/html' } }) // expect: error-exposure
  },
})

console.log(`listening on ${normalize(PUBLIC_DIR)}`)
