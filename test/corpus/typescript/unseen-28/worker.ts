// corpus: path=src/worker.ts
import { parse as parseCookie } from 'cookie'

export interface Env {
  DB: D1Database
  ASSETS: R2Bucket
  SESSIONS: KVNamespace
  WEBHOOK_SECRET: string
  ALLOWED_ORIGINS: string
}

const SESSION_COOKIE = '__Host-sid'
const SIGNATURE_HEADER = 'x-hub-signature-256'
const PAGE_SIZE = 20
const MAX_PAGE = 100

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

function corsHeaders(request: Request, env: Env): Headers {
  const headers = new Headers({ Vary: 'Origin' })
  const origin = request.headers.get('Origin') ?? ''
  const allowed = env.ALLOWED_ORIGINS.split(',').map((o) => o.trim())
  if (allowed.includes(origin)) {
    headers.set('Access-Control-Allow-Origin', origin) // ok: permissive-cors
    headers.set('Access-Control-Allow-Credentials', 'true')
  }
  return headers
}

function preflight(request: Request): Response {
  const headers = new Headers()
  headers.set('Access-Control-Allow-Origin', request.headers.get('Origin') ?? '*') // expect: permissive-cors
  headers.set('Access-Control-Allow-Credentials', 'true')
  headers.set('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE')
  return new Response(null, { status: 204, headers })
}

async function hmacHex(secret: string, body: string): Promise<string> {
  const enc = new TextEncoder()
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, enc.encode(body))
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function handleWebhook(request: Request, env: Env): Promise<Response> {
  const body = await request.text()
  const expected = `sha256=${await hmacHex(env.WEBHOOK_SECRET, body)}`
  const given = request.headers.get(SIGNATURE_HEADER) ?? ''
  if (given !== expected) return new Response('bad signature', { status: 401 }) // expect: timing-unsafe-comparison
  const event = JSON.parse(body) as { action: string; repository: { full_name: string } }
  await env.DB.prepare('INSERT INTO events (action, repo) VALUES (?1, ?2)').bind(event.action, event.repository.full_name).run() // ok: sql-injection
  return new Response(null, { status: 204 })
}

async function listItems(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url)
  const sort = url.searchParams.get('sort') ?? 'created_at'
  const dir = url.searchParams.get('dir') === 'asc' ? 'ASC' : 'DESC'
  const page = Math.min(Math.max(Number(url.searchParams.get('page') ?? 1), 1), MAX_PAGE)
  const stmt = env.DB.prepare(`SELECT id, title FROM items ORDER BY ${sort} ${dir} LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`) // expect: sql-injection
  const { results } = await stmt.all()
  return Response.json(results, { headers: corsHeaders(request, env) })
}

async function search(request: Request, env: Env): Promise<Response> {
  const q = new URL(request.url).searchParams.get('q') ?? ''
  const { results } = await env.DB.prepare('SELECT id, title FROM items WHERE title LIKE ?1 LIMIT 20').bind(`%${q}%`).all() // ok: sql-injection
  const items = results.map((r) => `<li>${escapeHtml(String(r.title))}</li>`).join('')
  const html = `<ul>${items}</ul><p>Results for <b>${q}</b></p>` // expect: xss
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }) // also: xss
}

async function download(request: Request, env: Env, key: string): Promise<Response> {
  const object = await env.ASSETS.get(`public/${key}`)
  if (!object) return new Response('not found', { status: 404 })
  const name = new URL(request.url).searchParams.get('name') ?? key.split('/').pop()! // expect: header-injection
  const type = object.httpMetadata?.contentType ?? 'application/octet-stream'
  return new Response(object.body, { headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` } }) // also: header-injection
}

async function me(request: Request, env: Env): Promise<Response> {
  const sid = parseCookie(request.headers.get('Cookie') ?? '')[SESSION_COOKIE]
  if (!sid) return new Response('unauthorized', { status: 401 })
  const session = await env.SESSIONS.get<{ userId: string }>(`session:${sid}`, 'json')
  if (!session) return new Response('unauthorized', { status: 401 })
  const user = await env.DB.prepare('SELECT id, email, name FROM users WHERE id = ?1').bind(session.userId).first() // ok: sql-injection
  return Response.json(user, { headers: corsHeaders(request, env) })
}

export default {
  async fetch(request, env): Promise<Response> {
    const url = new URL(request.url)
    if (request.method === 'OPTIONS') return preflight(request)
    if (url.pathname === '/webhook' && request.method === 'POST') return handleWebhook(request, env)
    if (url.pathname === '/items') return listItems(request, env)
    if (url.pathname === '/search') return search(request, env)
    if (url.pathname === '/me') return me(request, env)
    const file = url.pathname.match(/^\/files\/(.+)$/)
    if (file) return download(request, env, decodeURIComponent(file[1]))
    if (url.pathname === '/go') {
      const to = url.searchParams.get('to') ?? '/'
      return Response.redirect(to, 302) // expect: open-redirect
    }
    if (url.pathname === '/back') {
      const target = new URL(url.searchParams.get('to') ?? '/', url.origin)
      return Response.redirect(target.origin === url.origin ? target.toString() : url.origin, 302)
    }
    return new Response('not found', { status: 404 })
  },
} satisfies ExportedHandler<Env>
