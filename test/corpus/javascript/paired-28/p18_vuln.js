// corpus: path=src/auth/tokens.js
const jwt = require('jsonwebtoken')

// Issue an access token for a signed-in user.
function issueAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, 'k8Jd2mQz7vR1xW4pL9sT3yB6nH0cF5gA', { expiresIn: '15m' }) // expect: hardcoded-secret
}

module.exports = { issueAccessToken }
