// corpus: path=src/lib/vault.js
const crypto = require('crypto')

const KEY = Buffer.from(process.env.VAULT_KEY, 'hex')

// Encrypt a customer's stored card token.
function sealCardToken(token) {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv) // ok: weak-cipher
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

module.exports = { sealCardToken }
