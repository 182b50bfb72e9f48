// corpus: path=src/lib/vault.js
const crypto = require('crypto')

const KEY = Buffer.from(process.env.VAULT_KEY, 'hex')

// Encrypt a customer's stored card token.
function sealCardToken(token) {
  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null) // expect: weak-cipher
  return Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]).toString('base64')
}

module.exports = { sealCardToken }
