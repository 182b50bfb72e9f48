// corpus: path=src/services/passwords.js
const crypto = require('crypto')

function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex')
  const hash = crypto.scryptSync(password, salt, 64).toString('hex') // ok: weak-hash
  return `${salt}:${hash}`
}

module.exports = { hashPassword }
