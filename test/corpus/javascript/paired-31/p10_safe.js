// corpus: path=src/auth/tokens.js
const jwt = require('jsonwebtoken')

class TokenService {
  constructor() {
    this.secret = process.env.JWT_SIGNING_KEY // ok: hardcoded-secret
    if (!this.secret) throw new Error('JWT_SIGNING_KEY is not set')
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
