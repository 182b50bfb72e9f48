// corpus: path=src/services/passwords.js
const crypto = require('crypto')
const { users } = require('../db')

async function setPassword(userId, password) {
  const salt = crypto.randomBytes(16).toString('hex')
  const digest = crypto.createHash('sha1').update(salt + password).digest('hex') // expect: weak-hash
  await users.update(userId, { passwordSalt: salt, passwordHash: digest })
}

module.exports = { setPassword }
