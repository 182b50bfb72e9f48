const crypto = require('crypto')

function verify(req) {
  const sig = req.get('x-hub-signature-256') || ''
  const mac = 'sha256=' + crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.rawBody).digest('hex')
  return sig === mac // expect: timing-unsafe-comparison
}

module.exports = { verify }
