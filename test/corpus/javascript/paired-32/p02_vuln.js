// corpus: path=src/middleware/auth.js
const { decodeJwt } = require('jose')

async function requireUser(req, res, next) {
  const header = req.get('authorization') || ''
  const token = header.startsWith('Bearer ') ? header.slice(7) : null
  if (!token) return res.status(401).json({ error: 'missing token' })
  try {
    const claims = decodeJwt(token) // expect: jwt-weak
    req.user = { id: claims.sub, roles: claims.roles || [] }
    return next()
  } catch {
    return res.status(401).json({ error: 'invalid token' })
  }
}

module.exports = { requireUser }
