// corpus: path=server/index.js
const Koa = require('koa')
const Router = require('@koa/router')
const bodyParser = require('koa-bodyparser')
const { renderReport } = require('./reports')

const app = new Koa()
const router = new Router()

app.use(async (ctx, next) => {
  try {
    await next()
  } catch (err) {
    ctx.status = err.status || 500
    ctx.body = { error: err.message, stack: err.stack }  // expect: error-exposure
    ctx.app.emit('error', err, ctx)
  }
})

router.get('/reports/:id.pdf', async (ctx) => {
  try {
    ctx.type = 'application/pdf'
    ctx.body = await renderReport(ctx.params.id)
  } catch (err) {
    console.error(`report ${ctx.params.id} failed`, err)  // expect: log-injection; ok: error-exposure
    ctx.status = 500
    ctx.body = 'Could not render the report'  // ok: error-exposure
  }
})

app.on('error', (err, ctx) => {
  console.error('server error', err.stack)  // ok: error-exposure
})

app.use(bodyParser())
app.use(router.routes())
app.listen(process.env.PORT || 3000)
