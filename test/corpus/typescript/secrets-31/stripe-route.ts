// corpus: path=src/app/api/webhooks/stripe/route.ts
import Stripe from 'stripe';
import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

const stripe = new Stripe('sk_live_51Ox7QkLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5UeDk3Xq9vLm2Rt7Wn4Bp8Yc1Hf6Js0Gz5Ue00Zr8a7F', { // expect: hardcoded-secret
  apiVersion: '2024-06-20',
  typescript: true,
});

const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_Qm7vL2xT9pKw4Zr8a7F3kQ9mX2vB8nR4'; // expect: hardcoded-secret

export const PLANS = {
  starter: { priceId: 'price_1Ox7QkLm2Rt7Wn4Bp8Yc1Hf6', seats: 3 }, // ok: hardcoded-secret
  team: { priceId: 'price_1Ox7QkLm2Rt7Wn4Bq0Zr8a7F', seats: 20 }, // ok: hardcoded-secret
} as const;

export async function POST(req: Request) {
  const body = await req.text();
  const signature = headers().get('stripe-signature');
  if (!signature) return NextResponse.json({ error: 'missing signature' }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, webhookSecret);
  } catch {
    return NextResponse.json({ error: 'bad signature' }, { status: 400 });
  }

  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await prisma.subscription.upsert({
      where: { customerId: String(session.customer) },
      create: { customerId: String(session.customer), status: 'active', userId: session.client_reference_id! },
      update: { status: 'active' },
    });
  }
  return NextResponse.json({ received: true });
}
