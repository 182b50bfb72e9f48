// corpus: path=src/services/sessions.js
const crypto = require('crypto')

function tooltipId() {
  return 'tip-' + Math.random().toString(36).slice(2, 8) // ok: insecure-random
}

function newSessionId() {
  return Math.random().toString(36).slice(2) + Date.now().toString(36) // expect: insecure-random
}

function newSessionIdSafe() {
  return crypto.randomBytes(24).toString('base64url') // ok: insecure-random
}

module.exports = { tooltipId, newSessionId, newSessionIdSafe }
