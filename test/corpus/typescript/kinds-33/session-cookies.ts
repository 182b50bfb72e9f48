// corpus: path=src/plugins/session.ts
import fp from 'fastify-plugin'
import cookie from '@fastify/cookie'
import session from '@fastify/session'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { randomBytes } from 'node:crypto'
import { verifyPassword } from '../auth/passwords'
import { users, refreshTokens } from '../db'

const THIRTY_DAYS = 60 * 60 * 24 * 30

function setThemeCookie(reply: FastifyReply, theme: string) {
  // Display preference only: the page script reads it before paint.
  reply.setCookie('theme', theme === 'dark' ? 'dark' : 'light', { path: '/', maxAge: THIRTY_DAYS }) // ok: insecure-cookie
}

export default fp(async function sessionPlugin(app: FastifyInstance) {
  await app.register(cookie, { secret: process.env.COOKIE_SECRET })

  // The admin console sits behind the same load balancer as the API; TLS ends there, which is
  // why secure was turned off, and the session id now also travels over plain HTTP.
  await app.register(session, {
    secret: process.env.SESSION_SECRET!,
    cookieName: 'admin_sid',
    cookie: { secure: false, httpOnly: true, maxAge: 8 * 60 * 60 * 1000 }, // expect: insecure-cookie
  })

  app.post<{ Body: { email: string; password: string; remember?: boolean } }>('/login', async (request, reply) => {
    const user = await users.findByEmail(request.body.email)
    if (!user || !(await verifyPassword(user.passwordHash, request.body.password))) {
      return reply.code(401).send({ error: 'invalid credentials' })
    }
    const sid = randomBytes(32).toString('base64url')
    await users.createSession(user.id, sid)
    reply.setCookie('sid', sid, { path: '/' }) // expect: insecure-cookie
    if (request.body.remember) {
      const refresh = randomBytes(48).toString('base64url')
      await refreshTokens.save(user.id, refresh)
      reply.header('set-cookie', `refresh_token=${refresh}; Path=/auth/refresh; Max-Age=${THIRTY_DAYS}`) // expect: insecure-cookie
    }
    return { id: user.id }
  })

  app.post<{ Body: { email: string; password: string } }>('/v2/login', async (request, reply) => {
    const user = await users.findByEmail(request.body.email)
    if (!user || !(await verifyPassword(user.passwordHash, request.body.password))) {
      return reply.code(401).send({ error: 'invalid credentials' })
    }
    const sid = randomBytes(32).toString('base64url')
    await users.createSession(user.id, sid)
    reply.setCookie('sid', sid, { path: '/', httpOnly: true, secure: true, sameSite: 'lax', signed: true }) // ok: insecure-cookie
    reply.header( // ok: insecure-cookie
      'set-cookie',
      `device_seen=1; Path=/; Max-Age=${THIRTY_DAYS}; Secure; SameSite=Lax`,
    )
    return { id: user.id }
  })

  app.post<{ Body: { theme: string } }>('/preferences/theme', async (request, reply) => {
    setThemeCookie(reply, request.body.theme)
    return { ok: true }
  })
})
