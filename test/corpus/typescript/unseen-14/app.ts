// corpus: path=src/app.ts
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { getCookie, setCookie, deleteCookie } from 'hono/cookie'
import { jwt, sign } from 'hono/jwt'
import { secureHeaders } from 'hono/secure-headers'

type Bindings = { JWT_SECRET: string; DB: D1Database; ALLOWED_ORIGINS: string }

const app = new Hono<{ Bindings: Bindings }>()

app.use('*', secureHeaders())
app.use(
  '/api/*',
  cors({ // expect: permissive-cors
    origin: (origin) => origin,
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  }),
)
app.use('/widgets/*', cors({ origin: '*', allowMethods: ['GET'] })) // ok: permissive-cors
app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next)) // ok: jwt-weak, hardcoded-secret

app.post('/login', async (c) => {
  const { email, password } = await c.req.json<{ email: string; password: string }>()
  const user = await c.env.DB.prepare('SELECT id, password_hash FROM users WHERE email = ?').bind(email).first<{ id: string; password_hash: string }>()
  if (!user || !(await verifyPassword(password, user.password_hash))) return c.json({ error: 'invalid credentials' }, 401)
  const token = await sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET)
  setCookie(c, 'session', token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', maxAge: 3600 }) // ok: insecure-cookie
  setCookie(c, 'last_login', new Date().toISOString(), { path: '/', maxAge: 86400 * 30 }) // ok: insecure-cookie
  setCookie(c, 'refresh', crypto.randomUUID(), { path: '/auth/refresh', secure: false, httpOnly: true }) // expect: insecure-cookie
  return c.json({ ok: true })
})

app.post('/logout', (c) => {
  deleteCookie(c, 'session', { path: '/' })
  return c.json({ ok: true })
})

app.get('/me', (c) => {
  const token = getCookie(c, 'session')
  return c.json({ signedIn: Boolean(token) })
})

async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [saltHex, hashHex] = stored.split(':')
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits'])
  const salt = Uint8Array.from(saltHex.match(/../g)!.map((h) => parseInt(h, 16)))
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 100_000, hash: 'SHA-256' }, key, 256)
  const hex = [...new Uint8Array(bits)].map((b) => b.toString(16).padStart(2, '0')).join('')
  return hex === hashHex
}

export default app
