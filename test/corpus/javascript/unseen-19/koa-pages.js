// corpus: path=src/koa-pages.js
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
  if (page.layout) {
    const custom = pug.compile(page.layout) // expect: template-injection
    ctx.body = custom({ page })
    return
  }
  ctx.body = renderPage({ page })
})

router.get('/search', async (ctx) => {
  const q = String(ctx.query.q || '').slice(0, 100)
  const pages = await Page.search(q)
  if (pages.length === 0) {
    ctx.type = 'html'
    ctx.body = '<p>No pages match ' + ctx.query.q + '</p>' // expect: xss
    return
  }
  ctx.body = { pages }
})

router.post('/pages', async (ctx) => {
  const { slug, title, body, layout } = ctx.request.body
  const page = await Page.create({ slug, title, body, layout, authorId: ctx.state.user.id })
  ctx.status = 201
  ctx.body = page
})

router.get('/preview', async (ctx) => {
  ctx.type = 'html'
  ctx.body = pug.render(ctx.query.source || 'p Empty preview') // expect: template-injection
})

router.get('/hello', async (ctx) => {
  ctx.type = 'html'
  ctx.body = pug.render('p Hello #{name}', { name: ctx.query.name || 'there' }) // ok: template-injection, xss
})

app.use(bodyParser())
app.use(router.routes()).use(router.allowedMethods())

module.exports = app
