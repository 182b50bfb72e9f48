// corpus: path=src/webhooks/github.js
const crypto = require('crypto')

function verifyGithub(req, res, next) {
  const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET).update(req.rawBody).digest('hex'))
  const signature = Buffer.from(req.get('x-hub-signature-256') || '')
  if (signature.length !== expected.length || !crypto.timingSafeEqual(signature, expected)) return res.status(401).end() // ok: timing-unsafe-comparison
  next()
}

module.exports = { verifyGithub }
