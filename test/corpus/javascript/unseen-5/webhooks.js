const express = require('express');
const axios = require('axios');
const cors = require('cors');
const logger = require('../logger');
const { Webhook } = require('../models');

const router = express.Router();

router.use(cors({ origin: (origin, callback) => callback(null, origin), credentials: true })); // expect: permissive-cors

router.post('/webhooks', async (req, res) => {
  const { url, events } = req.body;
  if (!Array.isArray(events) || events.length === 0) {
    return res.status(422).json({ error: 'events required' });
  }
  await axios.post(url, { type: 'webhook.verify' }, { timeout: 3000 }); // expect: ssrf
  const hook = await Webhook.create({ ownerId: req.user.id, url, events });
  logger.info({ hook: hook.id }, 'webhook registered');
  res.status(201).json({ id: hook.id });
});

router.post('/webhooks/:id/test', async (req, res) => {
  const hook = await Webhook.findByPk(req.params.id);
  if (!hook) return res.sendStatus(404);
  await axios.post(hook.url, { type: 'webhook.test' }, { timeout: 3000 }); // ok: ssrf
  res.json({ queued: true });
});

router.get('/webhooks/preview', async (req, res) => {
  const target = req.query.target;
  const format = req.query.format || 'json';
  logger.debug({ target, format }, 'preview requested');
  const response = await axios.get(`https://hooks.example-relay.com/preview?target=${encodeURIComponent(target)}`); // ok: ssrf
  res.json({ target, format, status: response.status });
});

router.use((err, req, res, next) => {
  logger.error({ err }, 'webhook route failed');
  res.status(500).json({ error: 'internal error', details: err.stack }); // expect: debug-mode
});

module.exports = router;
