// corpus: path=src/server.ts
import Koa from 'koa'
import Router from '@koa/router'
import bodyParser from 'koa-bodyparser'
import session from 'koa-session'
import helmet from 'koa-helmet'
import httpProxy from 'http-proxy'
import { randomBytes } from 'node:crypto'
import { verifyLogin, findUserById } from './users'
import { renderDashboard } from './views'

const app = new Koa()
app.keys = [process.env.SESSION_KEY_1!, process.env.SESSION_KEY_2!]
app.proxy = true

const proxy = httpProxy.createProxyServer({ changeOrigin: true, proxyTimeout: 10_000 })
const GRAFANA_URL = process.env.GRAFANA_URL ?? 'http://grafana.monitoring.svc:3000'

app.use(async (ctx, next) => {
  try {
    await next()
  } catch (err) {
    const error = err as Error & { status?: number; expose?: boolean }
    ctx.status = error.status ?? 500
    ctx.body = { error: error.message, stack: error.stack, status: ctx.status } // expect: debug-mode
    ctx.app.emit('error', error, ctx)
  }
})

app.use(helmet())
app.use(bodyParser())
app.use(
  session(
    {
      key: 'acme.sess',
      maxAge: 86_400_000,
      httpOnly: false, // expect: insecure-cookie
      secure: true,
      sameSite: 'lax',
      signed: true,
    },
    app,
  ),
)

const router = new Router()

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string }
  const user = await verifyLogin(email, password)
  if (!user) {
    ctx.status = 401
    ctx.body = { error: 'invalid credentials' }
    return
  }
  ctx.session!.userId = user.id
  const rememberToken = randomBytes(32).toString('hex')
  await user.saveRememberToken(rememberToken)
  ctx.cookies.set('remember_me', rememberToken, { maxAge: 30 * 86_400_000, signed: true, secure: false }) // expect: insecure-cookie
  ctx.cookies.set('ui_lang', user.locale ?? 'en', { httpOnly: false, maxAge: 365 * 86_400_000 }) // ok: insecure-cookie
  ctx.body = { ok: true }
})

router.get('/dashboard', async (ctx) => {
  const user = ctx.session?.userId ? await findUserById(ctx.session.userId) : null
  if (!user) return ctx.redirect('/login')
  ctx.type = 'html'
  ctx.body = renderDashboard(user)
})

router.get('/dashboard/notice', async (ctx) => {
  const notice = String(ctx.query.notice ?? '')
  ctx.type = 'html'
  ctx.body = `<div class="notice">${notice}</div>` // expect: xss
})

router.all('/metrics-proxy/(.*)', async (ctx) => {
  const upstream = String(ctx.query.upstream ?? GRAFANA_URL)
  ctx.respond = false
  proxy.web(ctx.req, ctx.res, { target: upstream }) // expect: ssrf
})

router.all('/grafana/(.*)', async (ctx) => {
  if (!ctx.session?.userId) ctx.throw(401)
  ctx.respond = false
  ctx.req.url = ctx.req.url!.replace(/^\/grafana/, '')
  proxy.web(ctx.req, ctx.res, { target: GRAFANA_URL }) // ok: ssrf
})

app.use(router.routes()).use(router.allowedMethods())

app.listen(Number(process.env.PORT ?? 3000))
