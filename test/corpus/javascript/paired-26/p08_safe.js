// corpus: path=src/routes/widgets.js
const Router = require('@koa/router')
const router = new Router()

router.post('/widgets/:id/settings', async (ctx) => {
  const settings = JSON.parse(ctx.request.body.settings) // ok: code-injection
  await ctx.state.db.widgets.update(ctx.params.id, { settings })
  ctx.status = 204
})

module.exports = router
