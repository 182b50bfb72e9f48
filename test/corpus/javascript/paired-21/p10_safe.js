// corpus: path=src/services/sessions.js
const crypto = require('crypto')
const { sessions } = require('../db')

async function startSession(userId) {
  const sid = crypto.randomUUID() + Date.now().toString(36) // ok: insecure-random
  await sessions.insert({ sid, userId, createdAt: new Date() })
  return sid
}

module.exports = { startSession }
