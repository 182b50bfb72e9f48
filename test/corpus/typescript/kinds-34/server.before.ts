import Koa from 'koa'
import Router from '@koa/router'
import bodyParser from 'koa-bodyparser'
import session from 'koa-session'
import helmet from 'koa-helmet'
import { randomBytes } from 'node:crypto'
import { verifyLogin, findUserById } from './users'
import { renderDashboard } from './views'

const app = new Koa()
app.keys = [process.env.SESSION_KEY_1!, process.env.SESSION_KEY_2!]
app.proxy = true

app.use(async (ctx, next) => {
  try {
    await next()
  } catch (err) {
    const error = err as Error & { status?: number; expose?: boolean }
    ctx.status = error.status ?? 500
    ctx.body = { error: error.expose ? error.message : 'Internal Server Error' }
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
      httpOnly: true,
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
  ctx.body = { ok: true }
})

router.get('/dashboard', async (ctx) => {
  const user = ctx.session?.userId ? await findUserById(ctx.session.userId) : null
  if (!user) return ctx.redirect('/login')
  ctx.type = 'html'
  ctx.body = renderDashboard(user)
})

app.use(router.routes()).use(router.allowedMethods())

app.listen(Number(process.env.PORT ?? 3000))
