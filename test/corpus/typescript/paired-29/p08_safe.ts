// corpus: path=src/billing/stripe.ts
import Stripe from 'stripe'

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { // ok: hardcoded-secret
  apiVersion: '2024-06-20',
})
