// corpus: path=src/middleware/jwt.js
const jwt = require('jsonwebtoken')

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').split(' ')[1]
  const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256', 'none'] }) // expect: jwt-weak
  req.user = { id: claims.sub, role: claims.role }
  next()
}

module.exports = { authenticate }
