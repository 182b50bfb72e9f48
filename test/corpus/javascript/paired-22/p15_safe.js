// corpus: path=src/middleware/internal.js
const crypto = require('crypto')

function requireInternalToken(req, res, next) {
  const token = req.get('authorization')?.replace(/^Bearer /, '') || ''
  const given = crypto.createHash('sha256').update(token).digest()
  const expected = crypto.createHash('sha256').update(process.env.INTERNAL_TOKEN || '').digest()
  if (!crypto.timingSafeEqual(given, expected)) return res.status(401).json({ error: 'unauthorized' }) // ok: timing-unsafe-comparison
  next()
}

module.exports = { requireInternalToken }
