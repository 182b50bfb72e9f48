// corpus: path=app/api/webhooks/stripe/route.ts
import { headers } from 'next/headers'
import { NextResponse } from 'next/server'
import Stripe from 'stripe'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { logger } from '@/lib/logger'

const stripe = new Stripe(env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' })

const RELEVANT = new Set<Stripe.Event.Type>(['checkout.session.completed', 'customer.subscription.updated', 'customer.subscription.deleted'])

export async function POST(request: Request) {
  const body = await request.text()
  const signature = (await headers()).get('stripe-signature')
  if (!signature) return NextResponse.json({ error: 'missing signature' }, { status: 400 })

  let event: Stripe.Event
  try {
    event = stripe.webhooks.constructEvent(body, signature, env.STRIPE_WEBHOOK_SECRET)
  } catch (err) {
    logger.warn({ err: (err as Error).name }, 'stripe signature check failed')
    return NextResponse.json({ error: 'invalid signature' }, { status: 400 })
  }
  if (!RELEVANT.has(event.type)) return new NextResponse(null, { status: 204 })

  const seen = await db.processedEvent.findUnique({ where: { id: event.id } })
  if (seen) return new NextResponse(null, { status: 204 })

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object as Stripe.Checkout.Session
      await db.workspace.update({
        where: { id: session.client_reference_id ?? '' },
        data: { stripeCustomerId: String(session.customer), plan: 'pro' },
      })
      break
    }
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const sub = event.data.object as Stripe.Subscription
      await db.workspace.updateMany({
        where: { stripeCustomerId: String(sub.customer) },
        data: { plan: sub.status === 'active' ? 'pro' : 'free', seats: sub.items.data[0]?.quantity ?? 1 },
      })
      break
    }
  }
  await db.processedEvent.create({ data: { id: event.id, type: event.type } })
  logger.info({ eventId: event.id, type: event.type }, 'stripe event handled')
  return new NextResponse(null, { status: 204 })
}
