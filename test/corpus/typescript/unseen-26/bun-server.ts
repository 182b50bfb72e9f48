// corpus: path=src/server.ts
import { Database } from 'bun:sqlite'
import { $ } from 'bun'

const db = new Database(process.env.DB_PATH ?? 'app.db', { create: true })
db.run('CREATE TABLE IF NOT EXISTS links (slug TEXT PRIMARY KEY, target TEXT NOT NULL, hits INTEGER DEFAULT 0)')

const byslug = db.query<{ target: string }, [string]>('SELECT target FROM links WHERE slug = ?')
const SLUG = /^[A-Za-z0-9_-]{3,32}$/

Bun.serve({
  port: Number(process.env.PORT ?? 3000),
  async fetch(req) {
    const url = new URL(req.url)

    if (url.pathname.startsWith('/l/')) {
      const slug = url.pathname.slice(3)
      const row = byslug.get(slug) // ok: sql-injection
      if (!row) return new Response('Not found', { status: 404 })
      db.run('UPDATE links SET hits = hits + 1 WHERE slug = ?', [slug])
      return Response.redirect(row.target, 302) // ok: open-redirect
    }

    if (url.pathname === '/api/links' && req.method === 'POST') {
      const { slug, target } = (await req.json()) as { slug: string; target: string }
      if (!SLUG.test(slug)) return Response.json({ error: 'bad slug' }, { status: 400 })
      const parsed = new URL(target)
      if (parsed.protocol !== 'https:') return Response.json({ error: 'https only' }, { status: 400 })
      db.run('INSERT INTO links (slug, target) VALUES (?, ?)', [slug, parsed.toString()])
      return Response.json({ slug }, { status: 201 })
    }

    if (url.pathname === '/api/links/search') {
      const q = url.searchParams.get('q') ?? ''
      const rows = db.query(`SELECT slug, target FROM links WHERE target LIKE '%${q}%' LIMIT 20`).all() // expect: sql-injection
      return Response.json(rows)
    }

    if (url.pathname === '/api/whois') {
      const domain = url.searchParams.get('domain') ?? ''
      const out = await $`whois ${domain}`.text() // ok: command-injection
      return new Response(out)
    }

    if (url.pathname === '/api/dig') {
      const host = url.searchParams.get('host') ?? ''
      const proc = Bun.spawn(['sh', '-c', `dig +short ${host}`]) // expect: command-injection
      return new Response(await new Response(proc.stdout).text())
    }

    if (url.pathname === '/api/archive') {
      const name = url.searchParams.get('name') ?? 'links'
      return new Response(Bun.file(`./exports/${name}.tgz`)) // expect: path-traversal
    }

    return new Response('Not found', { status: 404 })
  },
})
