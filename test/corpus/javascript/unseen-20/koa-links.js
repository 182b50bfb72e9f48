// corpus: path=src/server/links.js
const Router = require('@koa/router')
const send = require('koa-send')
const fetch = require('node-fetch')
const escapeHtml = require('escape-html')
const { Link } = require('./models')

const router = new Router({ prefix: '/links' })
const ALLOWED_HOSTS = new Set(['example.com', 'docs.example.com'])

router.get('/go/:slug', async (ctx) => {
  const link = await Link.findOne({ slug: ctx.params.slug })
  if (!link) ctx.throw(404)
  await Link.updateOne({ _id: link._id }, { $inc: { clicks: 1 } })
  ctx.redirect(link.target)
})

router.get('/out', async (ctx) => {
  ctx.redirect(ctx.query.url) // expect: open-redirect
})

router.get('/out/checked', async (ctx) => {
  let target
  try {
    target = new URL(ctx.query.url)
  } catch {
    ctx.throw(400, 'bad url')
  }
  if (!ALLOWED_HOSTS.has(target.hostname)) ctx.throw(400, 'host not allowed')
  ctx.redirect(target.toString()) // ok: open-redirect
})

router.get('/preview', async (ctx) => {
  const res = await fetch(ctx.query.url, { redirect: 'follow', timeout: 5000 }) // expect: ssrf
  const html = await res.text()
  const title = (html.match(/<title>([^<]*)<\/title>/i) || [])[1] || ctx.query.url
  ctx.type = 'html'
  ctx.body = `<h2>${title}</h2><p>${ctx.query.url}</p>` // expect: xss
})

router.get('/preview/safe', async (ctx) => {
  ctx.type = 'html'
  ctx.body = `<p>Preview of ${escapeHtml(ctx.query.url)}</p>` // ok: xss
})

router.get('/assets/:file', async (ctx) => {
  await send(ctx, ctx.params.file, { root: __dirname + '/public' }) // ok: path-traversal
})

router.get('/exports', async (ctx) => {
  await send(ctx, ctx.query.path, { root: '/' }) // expect: path-traversal
})

router.post('/', async (ctx) => {
  const { target, slug } = ctx.request.body
  const created = await Link.create({ target, slug, owner: ctx.state.user.id })
  ctx.status = 201
  ctx.body = { slug: created.slug }
})

module.exports = router
