// corpus: path=src/server.js
const Koa = require('koa')
const Router = require('@koa/router')
const fastify = require('fastify')({ logger: true })
const { render } = require('./render')

const koa = new Koa()
const router = new Router()

router.get('/pages/:slug', async (ctx) => {
  ctx.response.type = ctx.query.type || 'html'  // expect: header-injection
  ctx.body = await render(ctx.params.slug)
})

router.get('/pages/:slug/raw', async (ctx) => {
  ctx.type = 'text/plain'  // ok: header-injection
  ctx.set('Content-Disposition', `inline; filename="${ctx.params.slug}.txt"`)  // expect: header-injection
  ctx.body = await render(ctx.params.slug)
})

fastify.get('/widgets/:id', async (request, reply) => {
  reply.type(request.query.type || 'application/json')  // expect: header-injection
  reply.headers({ 'cache-control': request.query.cache || 'no-cache' })  // expect: header-injection
  return render(request.params.id)
})

koa.use(router.routes())
koa.listen(3001)
fastify.listen({ port: 3002 })
