// corpus: path=src/routes/checkout.js
const express = require('express')
const { Order, Payment } = require('../models')
const mailer = require('../mailer')
const logger = require('../logger')

const router = express.Router()

async function reserveStock(order) {
  for (const line of order.lines) {
    await line.product.decrement('stock', { by: line.quantity })
  }
}

async function sendReceipt(order) {
  await mailer.send(order.email, 'Your receipt', { order })
}

async function recordAudit(userId, action, details) {
  await logger.audit({ userId, action, details })
}

router.post('/checkout', async (req, res, next) => {
  try {
    const order = await Order.create({ userId: req.user.id, lines: req.body.lines })
    reserveStock(order) // expect: missing-await
    const payment = await Payment.charge(order)
    await order.update({ paymentId: payment.id, status: 'paid' })
    sendReceipt(order).catch((err) => logger.warn({ err }, 'receipt failed')) // ok: missing-await
    res.status(201).json(order)
  } catch (err) {
    next(err)
  }
})

router.post('/checkout-v2', async (req, res, next) => {
  try {
    const order = await Order.create({ userId: req.user.id, lines: req.body.lines })
    await reserveStock(order) // ok: missing-await
    const payment = await Payment.charge(order)
    await order.update({ paymentId: payment.id, status: 'paid' })
    void recordAudit(req.user.id, 'checkout', { orderId: order.id }) // ok: missing-await
    res.status(201).json(order)
  } catch (err) {
    next(err)
  }
})

router.post('/orders/:id/cancel', async (req, res) => {
  const order = await Order.findByPk(req.params.id)
  if (!order) return res.sendStatus(404)
  await order.update({ status: 'cancelled' })
  recordAudit(req.user.id, 'cancel', { orderId: order.id }) // expect: missing-await
  res.sendStatus(204)
})

router.get('/orders/:id/receipt', async (req, res) => {
  const order = await Order.findByPk(req.params.id)
  const pending = sendReceipt(order) // ok: missing-await
  res.json({ queued: true })
  await pending
})

module.exports = router
