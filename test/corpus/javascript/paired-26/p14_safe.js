// corpus: path=src/services/accounts.js
const crypto = require('crypto')
const db = require('../db')

async function createAccount(email, password) {
  const salt = crypto.randomBytes(16).toString('hex')
  const hash = crypto.scryptSync(password, salt, 64).toString('hex') // ok: weak-hash
  return db('accounts').insert({ email, salt, password_hash: hash }).returning('id')
}

module.exports = { createAccount }
