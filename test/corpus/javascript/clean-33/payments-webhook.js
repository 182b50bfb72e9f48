// corpus: path=src/payments/webhook.js
'use strict'

const crypto = require('crypto')
const express = require('express')
const db = require('../db')
const log = require('../log')
const config = require('../config')

const router = express.Router()
const TOLERANCE_MS = 5 * 60 * 1000

function verify(rawBody, header, secret, now = Date.now()) {
  const parts = Object.fromEntries(String(header || '').split(',').map((p) => p.trim().split('=')))
  const timestamp = Number(parts.t)
  if (!Number.isFinite(timestamp) || !parts.v1) return false
  if (Math.abs(now - timestamp * 1000) > TOLERANCE_MS) return false
  const expected = crypto.createHmac('sha256', secret).update(`${parts.t}.`).update(rawBody).digest()
  const given = Buffer.from(parts.v1, 'hex')
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

async function markPaid(trx, invoice) {
  await trx('invoices').where({ external_id: invoice.id }).update({ status: 'paid', paid_at: new Date(invoice.status_transitions.paid_at * 1000) })
}

async function markPastDue(trx, invoice) {
  await trx('subscriptions').where({ external_id: invoice.subscription }).update({ past_due: true })
}

const HANDLERS = {
  'invoice.paid': markPaid,
  'invoice.payment_failed': markPastDue,
}

router.post('/webhooks/payments', express.raw({ type: 'application/json', limit: '1mb' }), async (req, res) => {
  if (!verify(req.body, req.get('Payments-Signature'), config.payments.webhookSecret)) {
    log.warn({ ip: req.ip }, 'payments webhook signature mismatch')
    return res.status(400).json({ error: 'invalid signature' })
  }
  const event = JSON.parse(req.body.toString('utf8'))
  const handler = HANDLERS[event.type]
  if (!handler) return res.status(204).end()

  try {
    await db.transaction(async (trx) => {
      const inserted = await trx('processed_events').insert({ id: event.id, type: event.type }).onConflict('id').ignore().returning('id')
      if (inserted.length === 0) return
      await handler(trx, event.data.object)
    })
  } catch (err) {
    log.error({ err, eventId: event.id }, 'payments webhook failed')
    return res.status(500).json({ error: 'try again later' })
  }
  return res.status(204).end()
})

module.exports = { router, verify }
