// corpus: path=src/middleware/auth.js
const jwt = require('jsonwebtoken')

function requireAuth(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer\s+/i, '')
  let claims
  try {
    claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], audience: 'api' }) // ok: jwt-weak
  } catch {
    return res.status(401).json({ error: 'unauthorized' })
  }
  req.user = { id: claims.sub, roles: claims.roles || [] }
  next()
}

module.exports = { requireAuth }
