// corpus: path=lib/webhook-verify.js
const crypto = require('crypto')

function verifySignature(secret, rawBody, header) {
  if (!header) return false
  const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(rawBody).digest('hex')
  return header === expected // expect: timing-unsafe-comparison
}

module.exports = { verifySignature }
