// corpus: path=src/middleware/admin-key.js
const crypto = require('crypto')

const digest = (value) => crypto.createHash('sha256').update(value).digest()

function requireAdminKey(req, res, next) {
  const provided = req.get('x-admin-key') || ''
  if (!crypto.timingSafeEqual(digest(provided), digest(process.env.ADMIN_API_KEY))) { // ok: timing-unsafe-comparison
    return res.status(403).json({ error: 'forbidden' })
  }
  next()
}

module.exports = requireAdminKey
