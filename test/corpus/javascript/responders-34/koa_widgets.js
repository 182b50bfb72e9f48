// corpus: path=src/widgets.js
const Koa = require('koa')
const Router = require('@koa/router')
const escape = require('lodash/escape')
const widgets = require('./widget-store')

const app = new Koa()
const router = new Router()

function renderWidget(ctx, widget, caption) {
  ctx.type = 'html'
  ctx.body = `<figure class="widget"><img src="/static/${widget.image}" alt=""><figcaption>${caption}</figcaption></figure>` // expect: xss
}

function renderPlainWidget(ctx, widget, caption) {
  ctx.type = 'html'
  ctx.body = `<figure class="widget"><img src="/static/${widget.image}" alt=""><figcaption>${escape(caption)}</figcaption></figure>` // ok: xss
}

function widgetStatus(ctx, widget) {
  ctx.body = { id: widget.id, active: widget.active, updatedAt: widget.updatedAt }
}

router.get('/widgets/:id', async (ctx) => {
  const widget = await widgets.find(ctx.params.id)
  if (!widget) ctx.throw(404)
  renderWidget(ctx, widget, ctx.query.caption || widget.title)
})

router.get('/widgets/:id/embed', async (ctx) => {
  const widget = await widgets.find(ctx.params.id)
  if (!widget) ctx.throw(404)
  renderPlainWidget(ctx, widget, ctx.query.caption || widget.title)
})

router.get('/widgets/:id/status', async (ctx) => {
  const widget = await widgets.find(ctx.params.id)
  if (!widget) ctx.throw(404)
  widgetStatus(ctx, widget)
})

app.use(router.routes()).use(router.allowedMethods())
module.exports = app
