// corpus: path=src/pages/api/docs/[...slug].ts
import type { APIRoute } from 'astro'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { marked } from 'marked'
import DOMPurify from 'isomorphic-dompurify'
import { db, Docs, like, eq } from 'astro:db'
import { createClient } from '@libsql/client'

export const prerender = false

const CONTENT_ROOT = path.resolve('./content/docs')
const turso = createClient({ url: import.meta.env.TURSO_URL, authToken: import.meta.env.TURSO_TOKEN })

export const GET: APIRoute = async ({ params, url }) => {
  const slug = params.slug ?? 'index'
  const markdown = await readFile(path.join(CONTENT_ROOT, `${slug}.md`), 'utf8') // expect: path-traversal
  const html = await marked.parse(markdown)
  const highlight = url.searchParams.get('hl')
  const banner = highlight ? `<p class="hl">Results for ${highlight}</p>` : ''
  return new Response(banner + html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }) // expect: xss
}

export const HEAD: APIRoute = async ({ params }) => {
  const slug = (params.slug ?? 'index').replace(/[^a-z0-9/-]/gi, '')
  const file = path.resolve(CONTENT_ROOT, `${slug}.md`)
  if (!file.startsWith(CONTENT_ROOT + path.sep)) return new Response(null, { status: 400 })
  const markdown = await readFile(file, 'utf8') // ok: path-traversal
  return new Response(null, { headers: { 'Content-Length': String(Buffer.byteLength(markdown)) } })
}

export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData()
  const q = String(form.get('q') ?? '')
  const rows = await db.select().from(Docs).where(like(Docs.title, `%${q}%`)) // ok: sql-injection
  return Response.json(rows)
}

export const PUT: APIRoute = async ({ request, locals }) => {
  if (!locals.user?.isEditor) return new Response('Forbidden', { status: 403 })
  const { id, body } = await request.json()
  const html = DOMPurify.sanitize(await marked.parse(body))
  await db.update(Docs).set({ html }).where(eq(Docs.id, Number(id)))
  return new Response(html, { headers: { 'Content-Type': 'text/html' } }) // ok: xss
}

export const PATCH: APIRoute = async ({ request, url }) => {
  const tag = url.searchParams.get('tag') ?? ''
  const { ids } = (await request.json()) as { ids: number[] }
  const res = await turso.execute(`UPDATE docs SET tag = '${tag}' WHERE id IN (${ids.map(Number).join(',')})`) // expect: sql-injection
  return Response.json({ changed: res.rowsAffected })
}

export const DELETE: APIRoute = async ({ url, redirect }) => {
  const id = Number(url.searchParams.get('id'))
  await turso.execute({ sql: 'DELETE FROM docs WHERE id = ?', args: [id] }) // ok: sql-injection
  const back = url.searchParams.get('back') ?? '/docs'
  return redirect(back, 303) // expect: open-redirect
}
