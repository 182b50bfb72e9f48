const crypto = require('crypto')

function encrypt(text, key) {
  const cipher = crypto.createCipheriv('des-ecb', key, null) // expect: weak-cipher
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex')
}

function encryptSafe(text, key) {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv) // ok: weak-cipher
  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
  return { iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), enc: enc.toString('hex') }
}

function storePassword(password) {
  return crypto.createHash('md5').update(password).digest('hex') // expect: weak-hash
}

function storePasswordSafe(password) {
  const salt = crypto.randomBytes(16)
  return salt.toString('hex') + ':' + crypto.scryptSync(password, salt, 64).toString('hex') // ok: weak-hash
}

function sessionId() {
  return Math.random().toString(36).substring(2) // expect: insecure-random
}

module.exports = { encrypt, encryptSafe, storePassword, storePasswordSafe, sessionId }
