// corpus: path=src/routes/sso.js
const Router = require('@koa/router')
const router = new Router()
const TRUSTED = ['https://app.example.com', 'https://docs.example.com']

router.get('/sso/return', async (ctx) => {
  ctx.redirect(ctx.query.target) // expect: open-redirect
})

router.get('/v2/sso/return', async (ctx) => {
  const target = String(ctx.query.target || '')
  ctx.redirect(TRUSTED.some((origin) => target === origin || target.startsWith(origin + '/')) ? target : '/') // ok: open-redirect
})

module.exports = router
