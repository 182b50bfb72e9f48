// corpus: path=src/auth/login.ts
import { Hono } from 'hono'
import { setCookie } from 'hono/cookie'
import { createSession, verifyLogin } from './sessions'

export const auth = new Hono()

auth.post('/login', async (c) => {
  const { email, password } = await c.req.json<{ email: string; password: string }>()
  const user = await verifyLogin(email, password)
  if (!user) return c.json({ error: 'invalid credentials' }, 401)
  const session = await createSession(user.id)
  setCookie(c, 'session', session.id, { path: '/', maxAge: 60 * 60 * 24 * 14 }) // expect: insecure-cookie
  return c.json({ ok: true })
})
