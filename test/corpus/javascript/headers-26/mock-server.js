// corpus: path=src/mock-server.js
const Koa = require('koa')
const Router = require('@koa/router')
const bodyParser = require('koa-bodyparser')
const { loadFixture } = require('./fixtures')

const app = new Koa()
const router = new Router()

app.use(async (ctx, next) => {
  const started = Date.now()
  await next()
  ctx.set('X-Response-Time', `${Date.now() - started}ms`)
})

router.post('/mocks/respond', async (ctx) => {
  const { status = 200, headers = {}, body = '' } = ctx.request.body
  for (const [name, value] of Object.entries(headers)) {
    ctx.set(name, value)  // expect: header-injection
  }
  ctx.status = status
  ctx.body = body
})

router.get('/fixtures/:name', async (ctx) => {
  const fixture = await loadFixture(ctx.params.name)
  ctx.set('Cache-Control', ctx.query.cache || 'no-store')  // expect: header-injection
  ctx.attachment(`${ctx.params.name}.json`)  // ok: header-injection
  ctx.body = fixture
})

router.get('/fixtures/:name/raw', async (ctx) => {
  const fixture = await loadFixture(ctx.params.name)
  ctx.set('Content-Type', 'application/json; charset=utf-8')  // ok: header-injection
  ctx.set('X-Trace-Id', ctx.get('x-trace-id'))  // ok: header-injection
  ctx.body = JSON.stringify(fixture)
})

app.use(bodyParser())
app.use(router.routes())
app.listen(process.env.PORT || 4010)
