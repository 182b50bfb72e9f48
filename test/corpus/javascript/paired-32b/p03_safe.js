// corpus: path=src/services/password-reset.js
const crypto = require('crypto')
const { PasswordReset } = require('../models')

class PasswordResetService {
  constructor(ttlMinutes = 30) {
    this.ttlMs = ttlMinutes * 60 * 1000
  }

  makeCode() {
    return String(crypto.randomInt(100000, 1000000)) // ok: insecure-random
  }

  async start(user) {
    const code = this.makeCode()
    await PasswordReset.create({ userId: user.id, code, expiresAt: new Date(Date.now() + this.ttlMs) })
    return code
  }
}

module.exports = { PasswordResetService }
