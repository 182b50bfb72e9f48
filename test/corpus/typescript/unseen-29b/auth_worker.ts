// corpus: path=src/worker/auth.ts
import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'

type Bindings = { USERS: KVNamespace; SESSION_SECRET: string; WEBHOOK_SECRET: string }
const app = new Hono<{ Bindings: Bindings }>()

async function sha1Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function hmacHex(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body))
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

app.post('/login', async (c) => {
  const { email, password } = await c.req.json<{ email: string; password: string }>()
  const user = await c.env.USERS.get<{ id: string; passwordHash: string }>(email, 'json')
  if (!user || user.passwordHash !== (await sha1Hex(password))) return c.json({ error: 'invalid' }, 401) // expect: weak-hash
  const sid = crypto.randomUUID()
  setCookie(c, 'sid', sid, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' }) // ok: insecure-cookie
  return c.json({ ok: true })
})

app.post('/webhook', async (c) => {
  const body = await c.req.text()
  const sig = c.req.header('x-signature') ?? ''
  if (sig !== (await hmacHex(c.env.WEBHOOK_SECRET, body))) return c.text('bad signature', 401) // expect: timing-unsafe-comparison
  return c.text('ok')
})

app.get('/theme', (c) => {
  const theme = c.req.query('theme') === 'dark' ? 'dark' : 'light'
  setCookie(c, 'theme', theme, { path: '/', maxAge: 31536000 }) // ok: insecure-cookie
  return c.json({ theme, session: getCookie(c, 'sid') ? 'yes' : 'no' })
})

export default app
