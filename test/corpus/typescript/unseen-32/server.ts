// corpus: path=src/server.ts
import { Database } from 'bun:sqlite'
import { $ } from 'bun'
import { basename, join, resolve, sep } from 'node:path'

const db = new Database('data/links.sqlite', { create: true })
db.exec('PRAGMA journal_mode = WAL')

const UPLOADS = resolve(Bun.env.UPLOAD_DIR ?? 'data/uploads')
const getLink = db.query<{ target: string }, [string]>('SELECT target FROM links WHERE slug = ?1')
const countClick = db.query('UPDATE links SET clicks = clicks + 1 WHERE slug = ?1')

function isAdmin(req: Request): boolean {
  return req.headers.get('authorization') === `Bearer ${Bun.env.ADMIN_TOKEN}` // expect: timing-unsafe-comparison
}

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  routes: {
    '/go/:slug': (req) => {
      const row = getLink.get(req.params.slug) // ok: sql-injection
      if (!row) return new Response('not found', { status: 404 })
      countClick.run(req.params.slug)
      // targets are written by the admin API below, never by visitors
      return Response.redirect(row.target, 302) // ok: open-redirect
    },

    '/out': (req) => {
      const to = new URL(req.url).searchParams.get('to') ?? '/'
      return Response.redirect(to, 302) // expect: open-redirect
    },

    '/api/links/search': (req) => {
      const q = new URL(req.url).searchParams.get('q') ?? ''
      const rows = db.query(`SELECT slug, target, clicks FROM links WHERE slug LIKE '${q}%' ORDER BY clicks DESC`).all() // expect: sql-injection
      return Response.json(rows)
    },

    '/api/links/by-owner': (req) => {
      const owner = new URL(req.url).searchParams.get('owner') ?? ''
      const rows = db.query('SELECT slug, target FROM links WHERE owner = $owner').all({ $owner: owner }) // ok: sql-injection
      return Response.json(rows)
    },

    '/api/links': {
      POST: async (req) => {
        if (!isAdmin(req)) return new Response('forbidden', { status: 403 })
        const body = (await req.json()) as { slug: string; target: string }
        db.run(`INSERT INTO links (slug, target, clicks) VALUES ('${body.slug}', '${body.target}', 0)`) // expect: sql-injection
        return Response.json({ slug: body.slug }, { status: 201 })
      },
      DELETE: async (req) => {
        if (!isAdmin(req)) return new Response('forbidden', { status: 403 })
        const { slug } = (await req.json()) as { slug: string }
        db.run('DELETE FROM links WHERE slug = ?', [slug]) // ok: sql-injection
        return new Response(null, { status: 204 })
      },
    },

    '/uploads/:name': (req) => {
      return new Response(Bun.file(join(UPLOADS, req.params.name))) // expect: path-traversal
    },

    '/uploads/checked/:name': (req) => {
      const full = resolve(UPLOADS, req.params.name)
      if (!full.startsWith(UPLOADS + sep)) return new Response('bad path', { status: 400 })
      return new Response(Bun.file(full)) // ok: path-traversal
    },

    '/api/uploads': {
      POST: async (req) => {
        const form = await req.formData()
        const file = form.get('file') as File
        const folder = String(form.get('folder') ?? 'misc')
        await Bun.write(join(UPLOADS, folder, file.name), file) // expect: path-traversal
        return Response.json({ ok: true }, { status: 201 })
      },
    },

    '/api/thumbnail': {
      POST: async (req) => {
        const { name, width } = (await req.json()) as { name: string; width: number }
        const src = join(UPLOADS, basename(name))
        // Bun's shell quotes every interpolated value as one argument
        await $`convert ${src} -resize ${String(width)} ${src}.thumb.png`.quiet() // ok: command-injection
        return Response.json({ thumb: `${basename(name)}.thumb.png` })
      },
    },

    '/api/archive': {
      POST: async (req) => {
        if (!isAdmin(req)) return new Response('forbidden', { status: 403 })
        const { folder, excludes } = (await req.json()) as { folder: string; excludes: string }
        const out = await $`tar czf - -C ${UPLOADS} ${{ raw: excludes }} ${basename(folder)}`.blob() // expect: command-injection
        return new Response(out, { headers: { 'content-type': 'application/gzip' } })
      },
    },

    '/api/probe': {
      POST: async (req) => {
        const { name } = (await req.json()) as { name: string }
        const proc = Bun.spawn(['sh', '-c', `ffprobe -v quiet -print_format json -show_format ${join(UPLOADS, name)}`]) // expect: command-injection
        return new Response(proc.stdout, { headers: { 'content-type': 'application/json' } })
      },
    },

    '/api/probe/v2': {
      POST: async (req) => {
        const { name } = (await req.json()) as { name: string }
        const proc = Bun.spawn(['ffprobe', '-v', 'quiet', '-print_format', 'json', '-show_format', join(UPLOADS, basename(name))]) // ok: command-injection
        return new Response(proc.stdout, { headers: { 'content-type': 'application/json' } })
      },
    },
  },

  error(err) {
    return new Response(`<pre>${err.stack}</pre>`, { status: 500, headers: { 'content-type': 'text/html' } }) // expect: error-exposure
  },
})
