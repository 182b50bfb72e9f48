// corpus: path=src/middleware/auth.js
const jwt = require('jsonwebtoken')

// Put the caller's identity from the bearer token on the request.
module.exports = function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '')
  const claims = jwt.decode(token) // expect: jwt-weak
  if (!claims || !claims.sub) return res.status(401).json({ error: 'unauthorized' })
  req.user = { id: claims.sub, role: claims.role }
  next()
}
