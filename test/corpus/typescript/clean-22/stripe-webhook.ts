// corpus: path=src/routes/stripe-webhook.ts
import express, { Router, type Request, type Response } from 'express'
import Stripe from 'stripe'
import { logger } from '../lib/logger'
import { SubscriptionsRepository } from '../billing/subscriptions.repository'
import { db } from '../db'
import { config } from '../config'

const stripe = new Stripe(config.stripe.secretKey, { apiVersion: '2024-06-20' })
const subscriptions = new SubscriptionsRepository(db)

export const stripeWebhookRouter = Router()

const HANDLED = new Set<Stripe.Event.Type>([
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.payment_failed',
])

stripeWebhookRouter.post('/webhooks/stripe', express.raw({ type: 'application/json', limit: '1mb' }), async (req: Request, res: Response) => {
  const signature = req.header('stripe-signature')
  if (!signature) {
    res.status(400).json({ error: 'missing signature' })
    return
  }

  let event: Stripe.Event
  try {
    event = stripe.webhooks.constructEvent(req.body as Buffer, signature, config.stripe.webhookSecret)
  } catch (err) {
    logger.warn({ err }, 'stripe webhook signature check failed')
    res.status(400).json({ error: 'invalid signature' })
    return
  }

  if (!HANDLED.has(event.type)) {
    res.json({ received: true, ignored: true })
    return
  }

  try {
    await handleEvent(event)
    res.json({ received: true })
  } catch (err) {
    logger.error({ err, eventId: event.id, type: event.type }, 'stripe webhook handling failed')
    res.status(500).json({ error: 'handler failed' })
  }
})

async function handleEvent(event: Stripe.Event): Promise<void> {
  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated': {
      const sub = event.data.object as Stripe.Subscription
      const accountId = sub.metadata.account_id
      if (!accountId) {
        logger.warn({ subscription: sub.id }, 'subscription without account metadata')
        return
      }
      const existing = await subscriptions.findActiveForAccount(accountId)
      const seats = sub.items.data[0]?.quantity ?? 1
      if (existing) {
        await subscriptions.changeSeats(existing.id, seats)
      } else {
        await subscriptions.create({ account_id: accountId, plan_id: sub.items.data[0]?.price.id ?? 'unknown', seats, trialDays: 0 })
      }
      return
    }
    case 'customer.subscription.deleted': {
      const sub = event.data.object as Stripe.Subscription
      const existing = sub.metadata.account_id ? await subscriptions.findActiveForAccount(sub.metadata.account_id) : undefined
      if (existing) await subscriptions.cancelAtPeriodEnd(existing.id)
      return
    }
    case 'invoice.payment_failed': {
      const invoice = event.data.object as Stripe.Invoice
      const accountId = invoice.subscription_details?.metadata?.account_id
      const existing = accountId ? await subscriptions.findActiveForAccount(accountId) : undefined
      if (existing) await subscriptions.markPastDue([existing.id])
      return
    }
    default:
      return
  }
}
