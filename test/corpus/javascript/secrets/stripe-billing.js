// corpus: path=server/billing/stripe.js
const Stripe = require('stripe');

const stripe = new Stripe('sk_live_51MzQ8rLk3Jd7Hs2Vb9Nf4Tc6Yp1Xw5Ea0Rg8Ku2Zi3Oq7Lm', { apiVersion: '2023-10-16' }); // expect: hardcoded-secret
const testStripe = new Stripe(process.env.STRIPE_TEST_KEY, { apiVersion: '2023-10-16' }); // ok: hardcoded-secret

async function createCheckout(customerId, priceId) {
  return stripe.checkout.sessions.create({
    customer: customerId,
    mode: 'subscription',
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: 'https://app.example.com/billing/done',
    cancel_url: 'https://app.example.com/billing',
  });
}

const AWS_CONFIG = {
  region: 'eu-central-1',
  accessKeyId: 'AKIA4QWERTYZXCVB7NM2', // expect: hardcoded-secret
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY9', // expect: hardcoded-secret
};

module.exports = { stripe, testStripe, createCheckout, AWS_CONFIG };
