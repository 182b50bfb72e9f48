// corpus: path=src/services/accounts.js
const argon2 = require('argon2')
const { User } = require('../models')

async function createAccount({ email, password }) {
  const passwordHash = await argon2.hash(password, { type: argon2.argon2id }) // ok: weak-hash
  return User.create({ email: email.toLowerCase(), passwordHash })
}

async function checkPassword(user, password) {
  return argon2.verify(user.passwordHash, password) // ok: weak-hash
}

module.exports = { createAccount, checkPassword }
