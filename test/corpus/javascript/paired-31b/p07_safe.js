// corpus: path=src/lib/card-vault.js
const crypto = require('crypto')

class CardVault {
  constructor(secret) {
    this.key = crypto.createHash('sha256').update(secret).digest()
  }

  seal(pan) {
    const iv = crypto.randomBytes(12)
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, iv) // ok: weak-cipher
    const body = Buffer.concat([cipher.update(pan, 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
  }
}

module.exports = new CardVault(process.env.VAULT_SECRET)
