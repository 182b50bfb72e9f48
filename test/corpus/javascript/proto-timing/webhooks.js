// corpus: path=src/routes/webhooks.js
const express = require('express');
const crypto = require('crypto');
const Stripe = require('stripe');
const logger = require('../lib/logger');
const { enqueue } = require('../jobs/queue');
const Order = require('../models/order');

const router = express.Router();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

// Raw bodies: every provider signs the exact bytes it sent.
router.use(express.raw({ type: 'application/json', limit: '1mb' }));

router.post('/github', async (req, res) => {
  const signature = req.get('x-hub-signature-256') || '';
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET).update(req.body).digest('hex');
  if (signature !== expected) { // expect: timing-unsafe-comparison
    logger.warn({ delivery: req.get('x-github-delivery') }, 'github webhook signature mismatch');
    return res.status(401).send('bad signature');
  }
  const event = req.get('x-github-event');
  const payload = JSON.parse(req.body.toString('utf8'));
  if (event === 'ping') return res.status(204).end(); // ok: timing-unsafe-comparison
  if (event === 'push' && payload.ref === 'refs/heads/main') { // ok: timing-unsafe-comparison
    await enqueue('deploy', { sha: payload.after, repo: payload.repository.full_name });
  }
  res.status(202).json({ queued: true });
});

router.post('/shopify', async (req, res) => {
  const hmacHeader = req.get('x-shopify-hmac-sha256') || '';
  const digest = crypto.createHmac('sha256', process.env.SHOPIFY_API_SECRET).update(req.body).digest('base64');
  const a = Buffer.from(digest);
  const b = Buffer.from(hmacHeader);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) { // ok: timing-unsafe-comparison
    return res.status(401).end();
  }
  const topic = req.get('x-shopify-topic');
  const order = JSON.parse(req.body.toString('utf8'));
  if (topic === 'orders/paid') { // ok: timing-unsafe-comparison
    await Order.updateOne({ shopifyId: String(order.id) }, { $set: { status: 'paid' } });
  }
  res.status(200).end();
});

router.post('/stripe', async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    logger.warn({ err }, 'stripe webhook rejected');
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'checkout.session.completed') { // ok: timing-unsafe-comparison
    const session = event.data.object;
    await Order.updateOne({ checkoutSession: session.id }, { $set: { status: 'paid' } });
  }
  res.json({ received: true });
});

router.post('/mailgun', express.json(), async (req, res) => {
  const { timestamp, token, signature } = req.body.signature || {};
  const computed = crypto.createHmac('sha256', process.env.MAILGUN_SIGNING_KEY).update(timestamp + token).digest('hex');
  if (computed !== signature) { // expect: timing-unsafe-comparison
    return res.sendStatus(406);
  }
  const eventData = req.body['event-data'] || {};
  if (eventData.event === 'failed' && eventData.severity === 'permanent') { // ok: timing-unsafe-comparison
    await enqueue('bounce', { recipient: eventData.recipient });
  }
  res.sendStatus(200);
});

module.exports = router;
