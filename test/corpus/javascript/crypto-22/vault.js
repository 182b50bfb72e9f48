// corpus: path=src/lib/vault.js
const crypto = require('crypto')

const KEY = Buffer.from(process.env.VAULT_KEY, 'hex')
const ZERO_IV = Buffer.alloc(16, 0)

function sealLegacy(text) {
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, ZERO_IV) // expect: weak-cipher
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64')
}

function openLegacy(sealed) {
  const decipher = crypto.createDecipheriv('aes-256-cbc', KEY, ZERO_IV) // ok: weak-cipher
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8')
}

function seal(text) {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv) // ok: weak-cipher
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

function open(sealed) {
  const raw = Buffer.from(sealed, 'base64')
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12)) // ok: weak-cipher
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
}

function sealDeterministic(text) {
  const cipher = crypto.createCipheriv('aes-256-ctr', KEY, Buffer.from('00000000000000000000000000000000', 'hex')) // expect: weak-cipher
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('hex')
}

function passwordKey(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 10000, 32, 'sha512') // expect: weak-hash
}

function passwordKeyV2(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 210000, 32, 'sha512') // ok: weak-hash
}

module.exports = { sealLegacy, openLegacy, seal, open, sealDeterministic, passwordKey, passwordKeyV2 }
