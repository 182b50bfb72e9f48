// corpus: path=src/middleware/auth.js
const jwt = require('jsonwebtoken')

// Put the caller's identity from the bearer token on the request.
module.exports = function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '')
  let claims
  try {
    claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }) // ok: jwt-weak
  } catch {
    return res.status(401).json({ error: 'unauthorized' })
  }
  req.user = { id: claims.sub, role: claims.role }
  next()
}
