// corpus: path=server/routes/payments.js
const express = require('express');
const braintree = require('braintree');
const Stripe = require('stripe');

const router = express.Router();
const stripe = Stripe(process.env.STRIPE_SECRET_KEY);

// Endpoint secret for the /webhooks/stripe endpoint in the live dashboard.
const endpointSecret = 'whsec_156hVIPmbN9qZ8xxkt8YDz5XVtUxlOb1'; // expect: hardcoded-secret

const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Production,
  merchantId: 'q7k2m9rzp4xt8vnc',
  publicKey: 'h3w8d6y2b5n9t4kq', // ok: hardcoded-secret
  privateKey: '4ce4c1631afd7eef365a1ac865ab7129', // expect: hardcoded-secret
});

/** Stripe's test card numbers, shown on the staging checkout page only. */
const TEST_CARDS = {
  visa: '4242424242424242',
  declined: '4000000000000002',
  requires3ds: '4000002500003155',
};

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'payment_intent.succeeded') req.app.emit('order:paid', event.data.object.metadata.orderId);
  res.json({ received: true });
});

router.get('/braintree/client-token', async (req, res, next) => {
  try {
    const { clientToken } = await gateway.clientToken.generate({ customerId: req.user.braintreeId });
    res.json({ clientToken });
  } catch (err) {
    next(err);
  }
});

router.post('/intents', async (req, res, next) => {
  try {
    const intent = await stripe.paymentIntents.create({ amount: req.body.amount, currency: 'eur', metadata: { orderId: req.body.orderId } });
    // The intent's client secret is meant for this customer's browser to confirm the payment.
    res.json({ clientSecret: intent.client_secret });
  } catch (err) {
    next(err);
  }
});

router.get('/staging/test-cards', (req, res) => {
  if (process.env.APP_ENV !== 'staging') return res.sendStatus(404);
  res.json(TEST_CARDS);
});

module.exports = router;
