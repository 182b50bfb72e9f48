// corpus: path=src/worker.js
import { AutoRouter, error, json } from 'itty-router'

// Link shortener and image proxy on Cloudflare Workers. D1 holds links, KV holds click counts.
const router = AutoRouter()

const ALLOWED_IMAGE_HOSTS = new Set(['images.example-cdn.com', 'avatars.githubusercontent.com'])

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])

router.get('/api/links', async (request, env) => {
  const owner = request.query.owner
  const { results } = await env.DB.prepare(`SELECT slug, target, clicks FROM links WHERE owner = '${owner}' ORDER BY created_at DESC`).all() // expect: sql-injection
  return json(results)
})

router.get('/api/v2/links', async (request, env) => {
  const owner = request.query.owner
  const { results } = await env.DB.prepare('SELECT slug, target, clicks FROM links WHERE owner = ?1 ORDER BY created_at DESC').bind(owner).all() // ok: sql-injection
  return json(results)
})

router.get('/s/:slug', async ({ params }, env) => {
  const link = await env.DB.prepare('SELECT target FROM links WHERE slug = ?').bind(params.slug).first()
  if (!link) return error(404)
  await env.CLICKS.put(params.slug, String(Number((await env.CLICKS.get(params.slug)) || 0) + 1))
  // The target was stored by the link's owner, who is allowed to point anywhere: that is the product.
  return Response.redirect(link.target, 302) // ok: open-redirect
})

router.get('/logout', (request) => {
  const next = request.query.next || '/'
  return Response.redirect(new URL(next, request.url).toString(), 302) // expect: open-redirect
})

router.get('/v2/logout', (request) => {
  const next = new URL(request.query.next || '/', request.url)
  const self = new URL(request.url)
  return Response.redirect(next.origin === self.origin ? next.toString() : self.origin + '/', 302) // ok: open-redirect
})

router.get('/img', async (request) => {
  const src = request.query.src
  const upstream = await fetch(src, { cf: { cacheTtl: 86400 } }) // expect: ssrf
  return new Response(upstream.body, { headers: { 'content-type': upstream.headers.get('content-type') || 'image/png' } })
})

router.get('/v2/img', async (request) => {
  const src = new URL(request.query.src)
  if (src.protocol !== 'https:' || !ALLOWED_IMAGE_HOSTS.has(src.hostname)) return error(400, 'host not allowed')
  const upstream = await fetch(src.toString(), { cf: { cacheTtl: 86400 } }) // ok: ssrf
  return new Response(upstream.body, { headers: { 'content-type': upstream.headers.get('content-type') || 'image/png' } })
})

router.get('/preview/:slug', async ({ params, query }, env) => {
  const link = await env.DB.prepare('SELECT target FROM links WHERE slug = ?').bind(params.slug).first()
  if (!link) return error(404)
  const html = `<!doctype html><h1>${query.title || params.slug}</h1><p>Goes to ${escapeHtml(link.target)}</p>`
  return new Response(html, { headers: { 'content-type': 'text/html;charset=utf-8' } }) // expect: xss
})

router.get('/v2/preview/:slug', async ({ params, query }, env) => {
  const link = await env.DB.prepare('SELECT target FROM links WHERE slug = ?').bind(params.slug).first()
  if (!link) return error(404)
  const html = `<!doctype html><h1>${escapeHtml(query.title || params.slug)}</h1><p>Goes to ${escapeHtml(link.target)}</p>`
  return new Response(html, { headers: { 'content-type': 'text/html;charset=utf-8' } }) // ok: xss
})

router.delete('/api/links', async (request, env) => {
  const { slugs } = await request.json()
  await env.DB.exec(`DELETE FROM links WHERE slug IN (${slugs.map((s) => `'${s}'`).join(',')})`) // expect: sql-injection
  return json({ deleted: slugs.length })
})

export default { ...router }
