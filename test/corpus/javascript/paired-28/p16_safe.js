// corpus: path=src/services/users.js
const crypto = require('crypto')
const db = require('../db')

// Create a user account with a hashed password.
async function createUser(email, password) {
  const salt = crypto.randomBytes(16).toString('hex')
  const hash = crypto.scryptSync(password, salt, 64).toString('hex') // ok: weak-hash
  await db.query('INSERT INTO users (email, salt, password_hash) VALUES ($1, $2, $3)', [email, salt, hash])
}

module.exports = { createUser }
