// corpus: path=src/auth/tokens.js
const jwt = require('jsonwebtoken')

const JWT_SECRET = process.env.JWT_SECRET // ok: hardcoded-secret

function issueAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '15m' })
}

module.exports = { issueAccessToken }
