// corpus: path=src/services/api-keys.js
'use strict'

const crypto = require('crypto')
const db = require('../db')

const KEY_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

function hashKey(key) {
  return crypto.createHash('sha256').update(key).digest('hex')
}

// Personal API keys: shown once, stored as a SHA-256 digest.
function generateKey(prefix) {
  let body = ''
  for (let i = 0; i < 40; i++) {
    body += KEY_CHARS[(Math.random() * KEY_CHARS.length) | 0] // expect: insecure-random
  }
  return `${prefix}_${body}`
}

function generateKeyV2(prefix) {
  const bytes = crypto.randomBytes(40)
  let body = ''
  for (const b of bytes) body += KEY_CHARS[b % KEY_CHARS.length] // ok: insecure-random
  return `${prefix}_${body}`
}

class WebhookEndpoint {
  // Each endpoint gets its own signing secret when it is created.
  signingSecret = 'whsec_' + Math.random().toString(16).slice(2) + Math.random().toString(16).slice(2) // expect: insecure-random
  createdAt = new Date()

  constructor(url, events) {
    this.url = url
    this.events = events
  }

  async save(workspaceId) {
    const [row] = await db('webhook_endpoints')
      .insert({ workspace_id: workspaceId, url: this.url, events: this.events, secret: this.signingSecret })
      .returning('id')
    return row.id
  }
}

class DeliveryLog {
  // Sample roughly one delivery in twenty for the debug log; nothing depends on which.
  sampled = Math.random() < 0.05 // ok: insecure-random

  record(delivery) {
    if (this.sampled) db('delivery_samples').insert(delivery).catch(() => {})
  }
}

async function createKey(userId, label) {
  const key = generateKey('fb')
  await db('api_keys').insert({ user_id: userId, label, key_hash: hashKey(key), last4: key.slice(-4) })
  return key
}

async function createKeyV2(userId, label) {
  const key = generateKeyV2('fb')
  await db('api_keys').insert({ user_id: userId, label, key_hash: hashKey(key), last4: key.slice(-4) })
  return key
}

module.exports = { createKey, createKeyV2, WebhookEndpoint, DeliveryLog }
