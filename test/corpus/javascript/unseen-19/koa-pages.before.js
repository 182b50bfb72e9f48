const Koa = require('koa')
const Router = require('@koa/router')
const bodyParser = require('koa-bodyparser')
const pug = require('pug')
const path = require('path')
const { Page } = require('./models/page')

const app = new Koa()
const router = new Router()
const VIEWS = path.join(__dirname, 'views')
const renderPage = pug.compileFile(path.join(VIEWS, 'page.pug'))

router.get('/pages/:slug', async (ctx) => {
  const page = await Page.findOne({ where: { slug: ctx.params.slug, published: true } })
  if (!page) ctx.throw(404)
  ctx.type = 'html'
  ctx.body = renderPage({ page })
})

router.get('/search', async (ctx) => {
  const q = String(ctx.query.q || '').slice(0, 100)
  const pages = await Page.search(q)
  ctx.body = { pages }
})

router.post('/pages', async (ctx) => {
  const { slug, title, body } = ctx.request.body
  const page = await Page.create({ slug, title, body, authorId: ctx.state.user.id })
  ctx.status = 201
  ctx.body = page
})

app.use(bodyParser())
app.use(router.routes()).use(router.allowedMethods())

module.exports = app
