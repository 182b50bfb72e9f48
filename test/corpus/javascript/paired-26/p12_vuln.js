// corpus: path=src/middleware/auth.js
const jwt = require('jsonwebtoken')

function requireAuth(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer\s+/i, '')
  const claims = jwt.decode(token) // expect: jwt-weak
  if (!claims || !claims.sub) return res.status(401).json({ error: 'unauthorized' })
  req.user = { id: claims.sub, roles: claims.roles || [] }
  next()
}

module.exports = { requireAuth }
