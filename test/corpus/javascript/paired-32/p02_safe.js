// corpus: path=src/middleware/auth.js
const { createRemoteJWKSet, jwtVerify } = require('jose')

const JWKS = createRemoteJWKSet(new URL(process.env.AUTH_JWKS_URL))

async function requireUser(req, res, next) {
  const header = req.get('authorization') || ''
  const token = header.startsWith('Bearer ') ? header.slice(7) : null
  if (!token) return res.status(401).json({ error: 'missing token' })
  try {
    const { payload: claims } = await jwtVerify(token, JWKS, { // ok: jwt-weak
      issuer: process.env.AUTH_ISSUER,
      audience: 'orders-api',
    })
    req.user = { id: claims.sub, roles: claims.roles || [] }
    return next()
  } catch {
    return res.status(401).json({ error: 'invalid token' })
  }
}

module.exports = { requireUser }
