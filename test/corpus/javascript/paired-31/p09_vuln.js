// corpus: path=src/webhooks/shipping.js
const crypto = require('crypto')
const express = require('express')
const { markShipped } = require('../services/orders')

const router = express.Router()

function signatureOf(body) {
  return crypto.createHmac('sha256', process.env.SHIPPING_WEBHOOK_SECRET).update(body).digest('hex')
}

router.post('/webhooks/shipping', express.raw({ type: 'application/json' }), async (req, res) => {
  const sent = req.get('X-Shipping-Signature') || ''
  if (sent !== signatureOf(req.body)) { // expect: timing-unsafe-comparison
    return res.sendStatus(401)
  }
  const event = JSON.parse(req.body.toString('utf8'))
  await markShipped(event.orderId, event.trackingNumber)
  res.sendStatus(204)
})

module.exports = router
