// corpus: path=src/auth/tokens.js
const jwt = require('jsonwebtoken')

// Issue an access token for a signed-in user.
function issueAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '15m' }) // ok: hardcoded-secret
}

module.exports = { issueAccessToken }
