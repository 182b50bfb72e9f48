// corpus: path=src/webhooks/hooks.js
const crypto = require('crypto');
const express = require('express');
const axios = require('axios');

const router = express.Router();

function verifySignature(req) {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.rawBody).digest('hex');
  const given = Buffer.from(String(req.get('x-signature') || ''));
  return given.length === expected.length && crypto.timingSafeEqual(given, Buffer.from(expected));
}

function legacySignature(payload, secret) {
  return crypto.createHash('md5').update(secret + payload).digest('hex'); // expect: weak-hash
}

router.post('/incoming', (req, res) => {
  if (!verifySignature(req)) return res.sendStatus(401);
  res.sendStatus(204);
});

router.post('/subscriptions', async (req, res) => {
  const { callback } = req.body;
  await axios.post(callback, { type: 'subscription.verify', challenge: crypto.randomUUID() }); // expect: ssrf
  res.status(201).json({ ok: true });
});

router.post('/subscriptions/v2', async (req, res) => {
  const url = new URL(req.body.callback);
  if (url.protocol !== 'https:' || !['hooks.slack.com', 'discord.com'].includes(url.hostname)) return res.sendStatus(400);
  await axios.post(url.toString(), { type: 'subscription.verify' }); // ok: ssrf
  res.status(201).json({ ok: true });
});

router.get('/debug/env', (req, res) => {
  res.json({ node: process.version, uptime: process.uptime() });
});

module.exports = { router, legacySignature };
