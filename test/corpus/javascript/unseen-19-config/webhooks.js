// corpus: path=src/services/webhooks.js
'use strict';

const crypto = require('crypto');
const https = require('https');
const axios = require('axios');

const config = require('../config');
const { Webhook, Delivery } = require('../models');

const SIGNING_SECRET = 'whsec_Mk4Tq8Vz2Xn6Lr1Hb9Jd3Fw7Cs5Gy0Pa'; // expect: hardcoded-secret

const partnerAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // expect: tls-verify-disabled
const defaultAgent = new https.Agent({ keepAlive: true, ca: config.partnerCa }); // ok: tls-verify-disabled

function sign(body, timestamp) {
  return crypto.createHmac('sha256', SIGNING_SECRET).update(`${timestamp}.${body}`).digest('hex');
}

function legacySignature(body) {
  return crypto.createHash('md5').update(SIGNING_SECRET + body).digest('hex'); // expect: weak-hash
}

function payloadChecksum(body) {
  // Lets receivers spot duplicated deliveries; the HMAC above is what authenticates.
  return crypto.createHash('sha1').update(body).digest('base64'); // ok: weak-hash
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250); // ok: insecure-random
}

function deliveryId() {
  return crypto.randomUUID(); // ok: insecure-random
}

async function deliver(webhook, event) {
  const body = JSON.stringify({ id: deliveryId(), type: event.type, data: event.data });
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': 'application/json',
    'x-shipyard-timestamp': String(timestamp),
    'x-shipyard-signature': sign(body, timestamp),
    'content-md5': payloadChecksum(body),
  };
  if (webhook.legacy) headers['x-shipyard-legacy-signature'] = legacySignature(body);

  let attempt = 0;
  for (;;) {
    try {
      const response = await axios.post(webhook.url, body, {
        headers,
        timeout: 10000,
        httpsAgent: webhook.partner ? partnerAgent : defaultAgent,
      });
      await Delivery.create({ webhookId: webhook.id, status: response.status });
      return response.status;
    } catch (err) {
      attempt += 1;
      if (attempt >= 5) {
        await Delivery.create({ webhookId: webhook.id, status: err.response?.status || 0, error: err.message });
        throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, jitter(2 ** attempt * 1000)));
    }
  }
}

async function rotateSecret(webhookId) {
  const secret = crypto.randomBytes(24).toString('base64url'); // ok: insecure-random
  await Webhook.update({ secret }, { where: { id: webhookId } });
  return secret;
}

function claimCode() {
  return Math.random().toString(36).slice(2, 8).toUpperCase(); // expect: insecure-random
}

module.exports = { deliver, rotateSecret, claimCode, sign };
