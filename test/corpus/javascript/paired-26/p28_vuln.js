// corpus: path=src/auth/tokens.js
const jwt = require('jsonwebtoken')

const SIGNING_KEY = 'k3y-f0r-pr0d-s1gn1ng-2024!' // expect: hardcoded-secret

function issueToken(user) {
  return jwt.sign({ sub: user.id, roles: user.roles }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '1h' })
}

module.exports = { issueToken }
