// corpus: path=src/worker/session.js
// Cloudflare Worker in front of the dashboard: signs users in against the API and keeps the
// session in a cookie it sets itself.

const SESSION_TTL = 60 * 60 * 12

function json(body, init = {}) {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers || {}) },
  })
}

async function createSession(env, userId) {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  const id = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  await env.SESSIONS.put(id, JSON.stringify({ userId, created: Date.now() }), { expirationTtl: SESSION_TTL })
  return id
}

async function login(request, env) {
  const { email, password } = await request.json()
  const upstream = await fetch(`${env.API_ORIGIN}/v1/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!upstream.ok) return json({ error: 'invalid credentials' }, { status: 401 })
  const { userId } = await upstream.json()
  const id = await createSession(env, userId)
  return json({ ok: true }, {
    headers: { 'Set-Cookie': `session=${id}; Path=/; Max-Age=${SESSION_TTL}; SameSite=Lax` }, // expect: insecure-cookie
  })
}

async function loginV2(request, env) {
  const { email, password } = await request.json()
  const upstream = await fetch(`${env.API_ORIGIN}/v1/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!upstream.ok) return json({ error: 'invalid credentials' }, { status: 401 })
  const { userId } = await upstream.json()
  const id = await createSession(env, userId)
  return json({ ok: true }, {
    headers: { 'Set-Cookie': `__Host-session=${id}; Path=/; Max-Age=${SESSION_TTL}; HttpOnly; Secure; SameSite=Lax` }, // ok: insecure-cookie
  })
}

// Magic-link sign-in: the link lands here and the session cookie is appended to the redirect.
async function magicLink(request, env) {
  const url = new URL(request.url)
  const token = url.searchParams.get('token')
  const record = token && (await env.MAGIC_LINKS.get(token, 'json'))
  if (!record) return Response.redirect(`${url.origin}/login?expired=1`, 302)
  await env.MAGIC_LINKS.delete(token)
  const id = await createSession(env, record.userId)
  const headers = new Headers({ Location: '/' })
  headers.append('Set-Cookie', `session=${id}; Path=/; HttpOnly; Max-Age=${SESSION_TTL}`) // expect: insecure-cookie
  headers.append('Set-Cookie', 'magic_link_used=1; Path=/; Max-Age=60')
  return new Response(null, { status: 302, headers })
}

async function logout(request, env) {
  const cookie = request.headers.get('cookie') || ''
  const match = /(?:^|;\s*)(?:__Host-)?session=([a-f0-9]{64})/.exec(cookie)
  if (match) await env.SESSIONS.delete(match[1])
  const headers = new Headers({ Location: '/login' })
  headers.append('Set-Cookie', '__Host-session=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax') // ok: insecure-cookie
  return new Response(null, { status: 302, headers })
}

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url)
    if (request.method === 'POST' && pathname === '/auth/login') return login(request, env)
    if (request.method === 'POST' && pathname === '/auth/v2/login') return loginV2(request, env)
    if (pathname === '/auth/magic') return magicLink(request, env)
    if (pathname === '/auth/logout') return logout(request, env)
    return fetch(request)
  },
}
