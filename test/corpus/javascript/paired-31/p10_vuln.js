// corpus: path=src/auth/tokens.js
const jwt = require('jsonwebtoken')

class TokenService {
  constructor() {
    this.secret = 'b7f3c9e1-prod-signing-key-4d2a8f60e5' // expect: hardcoded-secret
    this.ttl = '15m'
  }

  issue(user) {
    return jwt.sign({ sub: user.id, role: user.role }, this.secret, { algorithm: 'HS256', expiresIn: this.ttl })
  }

  verify(token) {
    return jwt.verify(token, this.secret, { algorithms: ['HS256'] })
  }
}

module.exports = new TokenService()
