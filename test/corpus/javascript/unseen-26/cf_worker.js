// corpus: path=workers/links/src/index.js
import { jwtVerify, decodeJwt, createRemoteJWKSet } from 'jose'

const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'))

async function currentUser(request) {
  const token = (request.headers.get('Authorization') || '').replace(/^Bearer /, '')
  const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com/', audience: 'links' }) // ok: jwt-weak
  return payload
}

async function legacyUser(request) {
  const token = (request.headers.get('Authorization') || '').replace(/^Bearer /, '')
  const claims = decodeJwt(token) // expect: jwt-weak
  return { id: claims.sub, admin: claims.role === 'admin' }
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url)

    if (url.pathname === '/go') {
      const slug = url.searchParams.get('s')
      const row = await env.DB.prepare('SELECT target FROM links WHERE slug = ?1').bind(slug).first() // ok: sql-injection
      if (!row) return new Response('Not found', { status: 404 })
      return Response.redirect(row.target, 302) // ok: open-redirect
    }

    if (url.pathname === '/out') {
      return Response.redirect(url.searchParams.get('u'), 302) // expect: open-redirect
    }

    if (url.pathname === '/stats') {
      const user = await legacyUser(request)
      const slug = url.searchParams.get('s')
      const { results } = await env.DB.prepare( // expect: sql-injection
        `SELECT day, clicks FROM clicks WHERE slug = '${slug}' AND owner = '${user.id}' ORDER BY day`,
      ).all()
      return Response.json(results)
    }

    if (url.pathname === '/unfurl') {
      await currentUser(request)
      const res = await fetch(url.searchParams.get('target'), { redirect: 'follow' }) // expect: ssrf
      return new Response(await res.text(), { headers: { 'Content-Type': 'text/plain' } })
    }

    if (url.pathname === '/missing') {
      const slug = url.searchParams.get('s') || ''
      return new Response(`<h1>No link called ${slug}</h1>`, { // expect: xss
        status: 404,
        headers: { 'Content-Type': 'text/html' },
      })
    }

    if (url.pathname === '/missing-safe') {
      const slug = url.searchParams.get('s') || ''
      return new Response(`<h1>No link called ${escapeHtml(slug)}</h1>`, { // ok: xss
        status: 404,
        headers: { 'Content-Type': 'text/html' },
      })
    }

    if (url.pathname === '/health') {
      return Response.json({ ok: true, colo: request.cf && request.cf.colo })
    }

    return new Response('Not found', { status: 404 })
  },
}
