// corpus: path=src/billing/stripe.ts
import Stripe from 'stripe'

export const stripe = new Stripe('sk_live_51NcQpLHf82kYtZb0qR7vWm3XaJd9EwKs4TgUy6PoBn1CxViAl', { // expect: hardcoded-secret
  apiVersion: '2024-06-20',
})
