// corpus: path=src/auth/tokens.js
const jwt = require('jsonwebtoken')

const JWT_SECRET = 'k7#Qp2!vX9rT$eLm4WzB8nYc' // expect: hardcoded-secret

function issueAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '15m' })
}

module.exports = { issueAccessToken }
