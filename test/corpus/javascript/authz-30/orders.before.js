const Router = require('@koa/router')
const passport = require('koa-passport')
const { Order } = require('../models')

const router = new Router({ prefix: '/orders' })
const jwt = passport.authenticate('jwt', { session: false })

router.get('/', jwt, async (ctx) => {
  ctx.body = await Order.findAll({ where: { customerId: ctx.state.user.id }, order: [['createdAt', 'DESC']] })
})

router.get('/:id/receipt', jwt, async (ctx) => {
  const order = await Order.findOne({ where: { id: ctx.params.id, customerId: ctx.state.user.id } })
  ctx.assert(order, 404)
  ctx.body = order.receipt()
})

router.post('/:id/cancel', jwt, async (ctx) => {
  const order = await Order.findOne({ where: { id: ctx.params.id, customerId: ctx.state.user.id } })
  ctx.assert(order, 404)
  await order.update({ status: 'cancelled' })
  ctx.body = { ok: true }
})

module.exports = router
