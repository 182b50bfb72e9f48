// corpus: path=src/services/passwords.js
const crypto = require('crypto')
const { users } = require('../db')

async function setPassword(userId, password) {
  const salt = crypto.randomBytes(16).toString('hex')
  const digest = crypto.scryptSync(password, salt, 64).toString('hex') // ok: weak-hash
  await users.update(userId, { passwordSalt: salt, passwordHash: digest })
}

module.exports = { setPassword }
