// corpus: path=src/routes/webhooks.js
const express = require('express')
const Stripe = require('stripe')
const crypto = require('crypto')
const fetch = require('node-fetch')
const { Order, Subscription, Integration } = require('../models')

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY)
const router = express.Router()

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET)
  } catch (err) {
    return res.status(400).send('invalid signature')
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object
    const order = await Order.findOne({ _id: session.metadata.orderId }) // ok: nosql-injection
    if (order) {
      order.status = 'paid'
      order.paymentIntent = session.payment_intent
      await order.save()
    }
  }
  if (event.type === 'customer.subscription.deleted') {
    await Subscription.updateOne({ stripeId: event.data.object.id }, { $set: { active: false } }) // ok: nosql-injection
  }
  res.json({ received: true })
})

router.post('/webhooks/github', express.json(), async (req, res) => {
  const signature = req.get('x-hub-signature-256') || ''
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_HOOK_SECRET).update(JSON.stringify(req.body)).digest('hex')
  if (signature !== expected) return res.status(401).end() // expect: timing-unsafe-comparison
  const integration = await Integration.findOne({ repo: req.body.repository.full_name }) // ok: nosql-injection
  if (integration) await integration.updateOne({ $set: { lastPushAt: new Date() } })
  res.status(202).end()
})

router.post('/integrations', express.json(), async (req, res) => {
  const { name, callbackUrl } = req.body
  const probe = await fetch(callbackUrl, { method: 'POST', body: JSON.stringify({ ping: true }) }) // expect: ssrf
  const integration = await Integration.create({ name: String(name), callbackUrl, ownerId: req.user.id, healthy: probe.ok })
  res.status(201).json({ id: integration.id })
})

router.post('/integrations/slack', express.json(), async (req, res) => {
  const url = new URL(String(req.body.webhookUrl))
  if (url.protocol !== 'https:' || url.hostname !== 'hooks.slack.com') {
    return res.status(422).json({ error: 'validation_failed' })
  }
  await fetch(url.href, { method: 'POST', body: JSON.stringify({ text: 'Connected to Acme' }) }) // ok: ssrf
  res.status(201).end()
})

router.get('/orders/lookup', async (req, res) => {
  const order = await Order.findOne({ reference: req.query.ref, email: req.query.email }) // expect: nosql-injection
  res.json(order ? { status: order.status } : null)
})

router.get('/orders/:ref', async (req, res) => {
  const order = await Order.findOne({ reference: req.params.ref, ownerId: req.user.id }) // ok: nosql-injection
  res.json(order ? { status: order.status } : null)
})

module.exports = router
