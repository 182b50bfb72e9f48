// corpus: path=src/models/user.js
const bcrypt = require('bcrypt')
const db = require('../db')

async function createUser(email, password) {
  const passwordHash = await bcrypt.hash(password, 12) // ok: weak-hash
  const { rows } = await db.query(
    'INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id',
    [email, passwordHash]
  )
  return rows[0].id
}

module.exports = { createUser }
