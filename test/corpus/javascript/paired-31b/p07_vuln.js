// corpus: path=src/lib/card-vault.js
const crypto = require('crypto')

class CardVault {
  constructor(secret) {
    this.key = crypto.createHash('sha256').update(secret).digest().subarray(0, 24)
  }

  seal(pan) {
    const iv = crypto.randomBytes(8)
    const cipher = crypto.createCipheriv('des-ede3-cbc', this.key, iv) // expect: weak-cipher
    return Buffer.concat([iv, cipher.update(pan, 'utf8'), cipher.final()]).toString('base64')
  }
}

module.exports = new CardVault(process.env.VAULT_SECRET)
