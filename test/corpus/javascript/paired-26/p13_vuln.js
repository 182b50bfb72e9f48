// corpus: path=src/webhooks/github.js
const crypto = require('crypto')

function verifyGithub(req, res, next) {
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET).update(req.rawBody).digest('hex')
  const signature = req.get('x-hub-signature-256') || ''
  if (signature !== expected) return res.status(401).end() // expect: timing-unsafe-comparison
  next()
}

module.exports = { verifyGithub }
