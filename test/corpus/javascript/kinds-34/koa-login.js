// corpus: path=src/auth/login.js
const Router = require('@koa/router')
const bodyParser = require('koa-bodyparser')
const bcrypt = require('bcryptjs')
const SparkMD5 = require('spark-md5')
const { randomBytes } = require('crypto')
const sessions = require('./session-store')
const users = require('../users')

const router = new Router({ prefix: '/auth' })
const WEEK = 7 * 24 * 60 * 60 * 1000

async function verifyPassword(user, password) {
  if (user.passwordHash.startsWith('$2')) {
    return bcrypt.compare(password, user.passwordHash) // ok: weak-hash
  }
  // accounts imported from the old PHP site
  return SparkMD5.hash(password) === user.passwordHash // expect: weak-hash
}

router.post('/login', bodyParser(), async (ctx) => {
  const { email, password, remember } = ctx.request.body
  const user = await users.byEmail(String(email || '').toLowerCase())
  if (!user || !(await verifyPassword(user, String(password || '')))) {
    ctx.status = 401
    ctx.body = { error: 'Invalid email or password' }
    return
  }
  const sid = randomBytes(32).toString('base64url')
  await sessions.put(sid, { userId: user.id }, remember ? WEEK : 12 * 60 * 60 * 1000)
  ctx.cookies.set('sid', sid, { // expect: insecure-cookie
    maxAge: remember ? WEEK : undefined,
    httpOnly: false,
    overwrite: true,
  })
  ctx.cookies.set('last_login_email', user.email, { maxAge: 30 * 24 * 3600 * 1000, httpOnly: false, sameSite: 'lax' }) // ok: insecure-cookie
  ctx.body = { id: user.id, name: user.name }
})

router.post('/logout', async (ctx) => {
  const sid = ctx.cookies.get('sid')
  if (sid) await sessions.del(sid)
  ctx.cookies.set('sid', null)
  ctx.status = 204
})

module.exports = router
