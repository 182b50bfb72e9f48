// corpus: path=src/plugins/billing-webhooks.js
'use strict'

const crypto = require('node:crypto')
const fp = require('fastify-plugin')

const SIGNATURE_TOLERANCE_SECONDS = 5 * 60

function parseSignatureHeader(header) {
  const parts = {}
  for (const piece of String(header || '').split(';')) {
    const [key, value] = piece.split('=')
    if (key && value) parts[key.trim()] = value.trim()
  }
  return parts
}

function verifyPaddleSignature(rawBody, header, secret) {
  const { ts, h1 } = parseSignatureHeader(header)
  if (!ts || !h1) return false
  const age = Math.abs(Math.floor(Date.now() / 1000) - Number(ts))
  if (!Number.isFinite(age) || age > SIGNATURE_TOLERANCE_SECONDS) return false
  const expected = crypto.createHmac('sha256', secret).update(`${ts}:${rawBody}`).digest('hex')
  const given = Buffer.from(h1, 'hex')
  const wanted = Buffer.from(expected, 'hex')
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted)
}

async function billingWebhooks(fastify, opts) {
  const { db, redis, log } = fastify

  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    req.rawBody = body
    try {
      done(null, JSON.parse(body))
    } catch (err) {
      err.statusCode = 400
      done(err, undefined)
    }
  })

  fastify.post('/webhooks/paddle', async (request, reply) => {
    if (!verifyPaddleSignature(request.rawBody, request.headers['paddle-signature'], opts.paddleSecret)) {
      log.warn({ ip: request.ip }, 'paddle webhook with a bad signature')
      return reply.code(401).send({ error: 'invalid signature' })
    }

    const event = request.body
    const fresh = await redis.set(`paddle:event:${event.event_id}`, '1', 'EX', 60 * 60 * 24 * 3, 'NX')
    if (fresh !== 'OK') {
      return reply.code(200).send({ duplicate: true })
    }

    switch (event.event_type) {
      case 'subscription.activated':
      case 'subscription.updated':
        await db('subscriptions')
          .insert({
            paddle_id: event.data.id,
            customer_id: event.data.customer_id,
            status: event.data.status,
            price_id: event.data.items[0]?.price?.id ?? null,
            renews_at: event.data.next_billed_at,
          })
          .onConflict('paddle_id')
          .merge()
        break
      case 'subscription.canceled':
        await db('subscriptions').where({ paddle_id: event.data.id }).update({ status: 'canceled', renews_at: null })
        break
      case 'transaction.completed':
        await db('invoices').insert({
          paddle_id: event.data.id,
          customer_id: event.data.customer_id,
          total_cents: Number(event.data.details.totals.total),
          currency: event.data.currency_code,
        })
        break
      default:
        log.info({ type: event.event_type }, 'paddle event ignored')
    }
    return reply.code(200).send({ received: true })
  })
}

module.exports = fp(billingWebhooks, { name: 'billing-webhooks' })
