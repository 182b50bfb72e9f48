// corpus: path=src/worker.js
const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com'])

function corsHeaders(origin) {
  if (!ALLOWED_ORIGINS.has(origin)) return {}
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } // ok: permissive-cors
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url)
    if (url.pathname === '/proxy') {
      const target = url.searchParams.get('url')
      const upstream = await fetch(target, { headers: { 'User-Agent': 'edge-proxy' } }) // expect: ssrf
      return new Response(upstream.body, { status: upstream.status })
    }
    if (url.pathname === '/hello') {
      const name = url.searchParams.get('name') || 'there'
      return new Response(`<h1>Hello ${name}</h1>`, { headers: { 'content-type': 'text/html' } }) // expect: xss
    }
    if (url.pathname === '/hello.json') {
      const name = url.searchParams.get('name') || 'there'
      return Response.json({ greeting: `Hello ${name}` }) // ok: xss
    }
    if (url.pathname === '/notes') {
      const tag = url.searchParams.get('tag')
      const { results } = await env.DB.prepare('SELECT id, body FROM notes WHERE tag = ?').bind(tag).all() // ok: sql-injection
      return Response.json(results, { headers: corsHeaders(request.headers.get('Origin')) })
    }
    if (url.pathname === '/notes/search') {
      const q = url.searchParams.get('q')
      const { results } = await env.DB.prepare(`SELECT id, body FROM notes WHERE body LIKE '%${q}%'`).all() // expect: sql-injection
      return Response.json(results)
    }
    return new Response('not found', { status: 404, headers: { 'Access-Control-Allow-Origin': '*' } })
  },
}
