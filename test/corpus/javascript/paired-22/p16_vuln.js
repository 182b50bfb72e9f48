// corpus: path=src/services/passwords.js
const crypto = require('crypto')

function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex')
  const hash = crypto.createHash('sha1').update(salt + password).digest('hex') // expect: weak-hash
  return `${salt}:${hash}`
}

module.exports = { hashPassword }
