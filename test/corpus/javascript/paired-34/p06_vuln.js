// corpus: path=src/models/user.js
const md5 = require('md5')
const crypto = require('crypto')
const db = require('../db')

async function createUser(email, password) {
  const salt = crypto.randomBytes(16).toString('hex')
  const passwordHash = md5(salt + password) // expect: weak-hash
  const { rows } = await db.query(
    'INSERT INTO users (email, password_salt, password_hash) VALUES ($1, $2, $3) RETURNING id',
    [email, salt, passwordHash]
  )
  return rows[0].id
}

module.exports = { createUser }
