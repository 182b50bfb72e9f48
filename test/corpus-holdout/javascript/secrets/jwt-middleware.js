// corpus: path=src/middleware/jwt.js
const jwt = require('jsonwebtoken')

const SECRET = process.env.JWT_SECRET

function requireAuth(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '')
  try {
    req.user = jwt.verify(token, SECRET, { algorithms: ['HS256'] }) // ok: jwt-weak
    next()
  } catch {
    res.status(401).json({ error: 'invalid token' })
  }
}

function optionalAuth(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '')
  req.user = token ? jwt.decode(token) : null // expect: jwt-weak
  next()
}

function legacyAuth(req, res, next) {
  const token = req.cookies.legacy_token
  try {
    req.user = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] }) // expect: jwt-weak
    next()
  } catch {
    res.status(401).end()
  }
}

function issueToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, SECRET, { expiresIn: '1h', algorithm: 'HS256' }) // ok: jwt-weak
}

function issueServiceToken(service) {
  return jwt.sign({ sub: service }, 'svc-shared-secret-2f8a91c4e7', { expiresIn: '10m' }) // expect: hardcoded-secret
}

module.exports = { requireAuth, optionalAuth, legacyAuth, issueToken, issueServiceToken }
