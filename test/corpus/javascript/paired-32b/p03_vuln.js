// corpus: path=src/services/password-reset.js
const { PasswordReset } = require('../models')

class PasswordResetService {
  constructor(ttlMinutes = 30) {
    this.ttlMs = ttlMinutes * 60 * 1000
  }

  makeCode() {
    return String(Math.floor(100000 + Math.random() * 900000)) // expect: insecure-random
  }

  async start(user) {
    const code = this.makeCode()
    await PasswordReset.create({ userId: user.id, code, expiresAt: new Date(Date.now() + this.ttlMs) })
    return code
  }
}

module.exports = { PasswordResetService }
