// corpus: path=src/http/auth.router.ts
import Router from '@koa/router'
import bcrypt from 'bcryptjs'
import jwt from 'jsonwebtoken'
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { users } from '../db/users'
import { audit } from '../audit'

const router = new Router({ prefix: '/auth' })
const JWT_SECRET = process.env.JWT_SECRET as string
const LEGACY_SIGNING_KEY = 'k7Qp2xV9mZ4rT8wL1nB6yH3cF5gJ0dSa' // expect: hardcoded-secret
const SUPPORT_PASSWORD_HINT = 'Ask support for a reset link; we never email passwords' // ok: hardcoded-secret

router.post('/login', async (ctx) => {
  const { email, password, remember } = ctx.request.body as { email: string; password: string; remember?: boolean }
  const user = await users.findByEmail(email)
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    console.warn(`failed login for ${email} from ${ctx.ip}`) // expect: log-injection
    ctx.status = 401
    ctx.body = { error: 'invalid_credentials' }
    return
  }
  ctx.session!.userId = user.id
  ctx.session!.remember = Boolean(remember) // ok: trust-boundary
  const locale = ctx.request.body.locale
  ctx.session!.locale = ['en', 'de', 'fr'].includes(locale) ? locale : 'en' // ok: trust-boundary
  ctx.session!.role = ctx.request.body.role ?? user.role // expect: trust-boundary
  await audit.record({ userId: user.id, action: 'login', ip: ctx.ip })
  ctx.body = { token: jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h' }) }
})

router.post('/legacy/migrate', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string }
  const user = await users.findLegacyByEmail(email)
  if (!user) {
    ctx.status = 404
    return
  }
  const legacyHash = createHash('md5').update(password + user.salt).digest('hex') // expect: weak-hash
  if (legacyHash !== user.legacyHash) { // expect: timing-unsafe-comparison
    ctx.status = 401
    return
  }
  await users.setPassword(user.id, await bcrypt.hash(password, 12))
  ctx.status = 204
})

router.get('/legacy/callback', async (ctx) => {
  const { uid, sig } = ctx.query as { uid: string; sig: string }
  const expected = createHmac('sha256', LEGACY_SIGNING_KEY).update(uid).digest()
  const given = Buffer.from(sig ?? '', 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) { // ok: timing-unsafe-comparison
    ctx.status = 401
    return
  }
  ctx.session!.userId = uid // ok: trust-boundary
  ctx.redirect('/')
})

router.get('/impersonate', async (ctx) => {
  const token = ctx.query.token as string
  const claims = jwt.decode(token) as { sub: string; role: string } | null // expect: jwt-weak
  if (claims?.role !== 'support') {
    ctx.status = 403
    return
  }
  ctx.session!.userId = claims.sub // expect: trust-boundary
  ctx.redirect('/')
})

router.get('/session', async (ctx) => {
  const token = ctx.get('authorization').replace(/^Bearer /, '')
  const claims = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] }) as { sub: string } // ok: jwt-weak
  ctx.body = { userId: claims.sub, etag: createHash('md5').update(claims.sub).digest('hex') } // ok: weak-hash
})

export default router
