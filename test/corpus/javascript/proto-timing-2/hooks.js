// corpus: path=src/integrations/hooks.js
const crypto = require('crypto');
const express = require('express');
const twilio = require('twilio');
const { recordDelivery } = require('../services/deliveries');

const router = express.Router();

router.post('/sendgrid', express.json(), async (req, res) => {
  if (req.headers['x-webhook-token'] == process.env.SENDGRID_WEBHOOK_TOKEN) { // expect: timing-unsafe-comparison
    for (const event of req.body) await recordDelivery(event.sg_message_id, event.event);
    return res.sendStatus(204);
  }
  res.sendStatus(401);
});

router.post('/twilio/status', express.urlencoded({ extended: false }), async (req, res) => {
  const valid = twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN, req.get('x-twilio-signature'), `${process.env.PUBLIC_URL}${req.originalUrl}`, req.body); // ok: timing-unsafe-comparison
  if (!valid) return res.sendStatus(403);
  await recordDelivery(req.body.MessageSid, req.body.MessageStatus);
  res.sendStatus(204);
});

function verifyPaystack(req) {
  const hash = crypto.createHmac('sha512', process.env.PAYSTACK_SECRET_KEY).update(JSON.stringify(req.body)).digest('hex');
  return hash === req.headers['x-paystack-signature']; // expect: timing-unsafe-comparison
}

router.post('/paystack', express.json(), async (req, res) => {
  if (!verifyPaystack(req)) return res.sendStatus(401);
  if (req.body.event === 'charge.success') await recordDelivery(req.body.data.reference, 'paid'); // ok: timing-unsafe-comparison
  res.sendStatus(200);
});

module.exports = router;
