const { Pool } = require('pg')
const jwt = require('jsonwebtoken')

const pool = new Pool({
  host: 'db.internal',
  user: 'billing',
  password: 'Sup3rS3cretPa55!', // expect: hardcoded-secret
  database: 'billing',
})

const pool2 = new Pool({
  host: 'db.internal',
  user: 'billing',
  password: process.env.PGPASSWORD, // ok: hardcoded-secret
  database: 'billing',
})

function token(user) {
  return jwt.sign({ sub: user.id }, 'my_jwt_secret_2024') // expect: hardcoded-secret
}

module.exports = { pool, pool2, token }
