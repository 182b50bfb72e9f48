// corpus: path=server/app.js
const Koa = require('koa')
const Router = require('@koa/router')
const bodyParser = require('koa-bodyparser')
const send = require('koa-send')
const path = require('path')
const { Sequelize, QueryTypes } = require('sequelize')

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false })
const app = new Koa()
const router = new Router()
const DOCS = path.join(__dirname, 'docs')

router.get('/docs/:page', async (ctx) => {
  await send(ctx, ctx.params.page, { root: DOCS }) // ok: path-traversal
})

router.get('/attachments', async (ctx) => {
  const file = ctx.query.file
  ctx.attachment(file)
  ctx.body = require('fs').createReadStream(path.join(__dirname, 'attachments', file)) // expect: path-traversal
})

router.get('/products', async (ctx) => {
  const { category, sort = 'name' } = ctx.query
  const rows = await sequelize.query(
    `SELECT id, name, price FROM products WHERE category = :category ORDER BY ${sort}`, // expect: sql-injection
    { replacements: { category }, type: QueryTypes.SELECT },
  )
  ctx.body = rows
})

router.get('/products/:id', async (ctx) => {
  const rows = await sequelize.query('SELECT id, name, price FROM products WHERE id = ?', {
    replacements: [ctx.params.id], // ok: sql-injection
    type: QueryTypes.SELECT,
  })
  if (!rows.length) ctx.throw(404)
  ctx.body = rows[0]
})

router.post('/feedback', async (ctx) => {
  const { name, message } = ctx.request.body
  ctx.type = 'html'
  ctx.body = `<p>Thanks ${name}! We received: ${message}</p>` // expect: xss
})

router.get('/go', async (ctx) => {
  ctx.redirect(ctx.query.to || '/') // expect: open-redirect
})

router.get('/health', async (ctx) => {
  ctx.body = { ok: true, uptime: process.uptime() }
})

app.use(bodyParser())
app.use(router.routes()).use(router.allowedMethods())

module.exports = app
