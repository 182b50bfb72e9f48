// corpus: path=src/server/login.ts
import Fastify from 'fastify'
import cookie from '@fastify/cookie'
import argon2 from 'argon2'
import { randomUUID } from 'node:crypto'
import { users, sessions } from './store'

const server = Fastify({ logger: true })
await server.register(cookie, { secret: process.env.COOKIE_SECRET })

interface LoginBody {
  email: string
  password: string
  remember?: boolean
}

server.post<{ Body: LoginBody }>('/login', async (request, reply) => {
  const { email, password, remember } = request.body
  const user = await users.byEmail(email)
  if (!user || !(await argon2.verify(user.passwordHash, password))) {
    return reply.code(401).send({ error: 'invalid credentials' })
  }
  const sid = randomUUID()
  await sessions.create(sid, user.id)
  reply.setCookie('sid', sid, { // expect: insecure-cookie
    path: '/',
    maxAge: remember ? 60 * 60 * 24 * 30 : undefined,
  })
  reply.setCookie('last_email', email, { path: '/login', maxAge: 60 * 60 * 24 * 365 })
  return { ok: true }
})

server.post<{ Body: { ticket: string } }>('/login/sso', async (request, reply) => {
  const user = await users.bySsoTicket(request.body.ticket)
  if (!user) return reply.code(401).send({ error: 'invalid ticket' })
  const sid = randomUUID()
  await sessions.create(sid, user.id)
  reply.setCookie('sid', sid, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' }) // ok: insecure-cookie
  return { ok: true }
})

server.post('/logout', async (request, reply) => {
  const sid = request.cookies.sid
  if (sid) await sessions.destroy(sid)
  reply.clearCookie('sid', { path: '/' })
  return { ok: true }
})

export default server
