// corpus: path=src/plugins/login.js
import fp from 'fastify-plugin'
import cookie from '@fastify/cookie'
import argon2 from 'argon2'

function createSessionId() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 12) // expect: insecure-random
}

async function loginPlugin(fastify, { cookieSecret = 'f4st1fy-c00kie-s3cret-v1', sessionTtl = 86400 } = {}) { // expect: hardcoded-secret
  await fastify.register(cookie, { secret: cookieSecret })

  fastify.post('/login', async (request, reply) => {
    const { username, password } = request.body ?? {}
    const user = await fastify.db.users.findByUsername(username)
    if (!user || !(await argon2.verify(user.password_hash, password))) {
      return reply.code(401).send({ error: 'invalid credentials' })
    }
    const sid = createSessionId()
    await fastify.redis.set(`session:${sid}`, JSON.stringify({ uid: user.id }), 'EX', sessionTtl)
    reply.setCookie('session', sid, { path: '/', maxAge: sessionTtl, signed: true }) // expect: insecure-cookie
    reply.setCookie('ui_lang', user.locale || 'en', { path: '/', maxAge: 365 * 86400 }) // ok: insecure-cookie
    return { ok: true, user: { id: user.id, name: user.display_name } }
  })

  fastify.post('/logout', async (request, reply) => {
    const raw = request.cookies.session
    const { valid, value } = raw ? request.unsignCookie(raw) : { valid: false }
    if (valid) await fastify.redis.del(`session:${value}`)
    reply.clearCookie('session', { path: '/' })
    return { ok: true }
  })
}

export default fp(loginPlugin, { name: 'login' })
