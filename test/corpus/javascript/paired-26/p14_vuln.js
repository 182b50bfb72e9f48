// corpus: path=src/services/accounts.js
const crypto = require('crypto')
const db = require('../db')

async function createAccount(email, password) {
  const salt = crypto.randomBytes(8).toString('hex')
  const hash = crypto.createHash('md5').update(salt + password).digest('hex') // expect: weak-hash
  return db('accounts').insert({ email, salt, password_hash: hash }).returning('id')
}

module.exports = { createAccount }
