// corpus: path=src/auth/tokens.js
const jwt = require('jsonwebtoken')

const SIGNING_KEY = process.env.JWT_SIGNING_KEY // ok: hardcoded-secret

function issueToken(user) {
  return jwt.sign({ sub: user.id, roles: user.roles }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '1h' })
}

module.exports = { issueToken }
