// corpus: path=lib/webhook-verify.js
const crypto = require('crypto')

function verifySignature(secret, rawBody, header) {
  if (!header) return false
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', secret).update(rawBody).digest('hex'))
  const given = Buffer.from(header)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) // ok: timing-unsafe-comparison
}

module.exports = { verifySignature }
