// corpus: path=src/routes/webhooks.js
'use strict'

const express = require('express')
const config = require('../config')
const logger = require('../logger')
const queue = require('../queue')
const { GitHubClient } = require('../services/github-client')
const { safeEqual } = require('../lib/crypto')
const { WebhookDelivery, Workspace } = require('../models')

const router = express.Router()
const HANDLED_EVENTS = new Set(['pull_request', 'release', 'installation', 'ping'])

router.post('/github', express.raw({ type: 'application/json', limit: '5mb' }), async (req, res, next) => {
  const event = req.get('x-github-event')
  const deliveryId = req.get('x-github-delivery')
  const signature = req.get('x-hub-signature-256')

  if (!GitHubClient.verifyWebhook(req.body, signature)) {
    logger.warn({ deliveryId, event }, 'github webhook signature mismatch') // ok: log-injection
    return res.status(401).json({ error: 'invalid signature' })
  }
  if (!HANDLED_EVENTS.has(event)) {
    return res.status(202).json({ ignored: true })
  }

  try {
    const payload = JSON.parse(req.body.toString('utf8'))
    const key = GitHubClient.deliveryKey(deliveryId)
    const [delivery, created] = await WebhookDelivery.findOrCreate({ key }, { event, received_at: new Date() })
    if (!created) {
      logger.info({ deliveryId, deliveryRowId: delivery.id }, 'duplicate delivery skipped')
      return res.status(200).json({ duplicate: true })
    }
    await queue.add('github-event', { event, deliveryId, payload }, { jobId: key, attempts: 5, backoff: { type: 'exponential', delay: 2000 } })
    logger.info({ deliveryId, event, action: payload.action }, 'github webhook queued')
    return res.status(202).json({ queued: true })
  } catch (err) {
    return next(err)
  }
})

router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const stripe = require('stripe')(config.stripe.secretKey)
  let event
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), config.stripe.webhookSecret)
  } catch (err) {
    logger.warn({ reason: err.message }, 'stripe webhook rejected')
    return res.status(400).send('invalid signature')
  }
  if (event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.deleted') {
    const subscription = event.data.object
    await Workspace.query()
      .patch({ plan: subscription.status === 'active' ? 'team' : 'free', plan_renews_at: new Date(subscription.current_period_end * 1000) })
      .where({ stripe_customer_id: subscription.customer })
  }
  logger.info({ eventId: event.id, type: event.type }, 'stripe event handled')
  return res.json({ received: true })
})

router.post('/inbound/:workspaceSlug', express.json({ limit: '256kb' }), async (req, res) => {
  const workspace = await Workspace.query().findOne({ slug: req.params.workspaceSlug })
  if (!workspace || !workspace.inbound_secret) return res.sendStatus(404)
  const provided = req.get('x-changelog-secret') || ''
  if (!safeEqual(provided, workspace.inbound_secret)) return res.sendStatus(401)
  const { title, body = '', label = 'chore' } = req.body
  if (typeof title !== 'string' || !title.trim()) return res.status(422).json({ error: 'title is required' })
  await queue.add('inbound-entry', { workspaceId: workspace.id, title: title.slice(0, 300), body: String(body), label })
  logger.info({ workspaceId: workspace.id }, 'inbound entry queued')
  return res.status(202).json({ queued: true })
})

module.exports = router
