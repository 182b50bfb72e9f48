// corpus: path=server/routes/accounts.js
const Joi = require('joi')
const crypto = require('crypto')
const jwt = require('jsonwebtoken')
const { pool } = require('../db')

const TOKEN_TTL = '2h'

module.exports = [
  {
    method: 'POST',
    path: '/accounts/login',
    options: {
      auth: false,
      validate: { payload: Joi.object({ email: Joi.string().email().required(), password: Joi.string().required() }) },
    },
    handler: async (request, h) => {
      const { email, password } = request.payload
      const { rows } = await pool.query('SELECT id, password_hash, salt FROM accounts WHERE email = $1', [email]) // ok: sql-injection
      const account = rows[0]
      if (!account) return h.response({ error: 'invalid' }).code(401)
      const attempt = crypto.createHash('md5').update(account.salt + password).digest('hex') // expect: weak-hash
      if (attempt !== account.password_hash) return h.response({ error: 'invalid' }).code(401)
      const token = jwt.sign({ sub: account.id }, 'change-me-in-prod-7f3a', { expiresIn: TOKEN_TTL }) // expect: hardcoded-secret
      return { token }
    },
  },
  {
    method: 'GET',
    path: '/accounts/{id}/export',
    handler: async (request, h) => {
      const { rows } = await pool.query(`SELECT * FROM exports WHERE account_id = ${request.params.id}`) // expect: sql-injection
      return rows
    },
  },
  {
    method: 'GET',
    path: '/accounts/verify',
    options: { auth: false },
    handler: async (request, h) => {
      const decoded = jwt.verify(request.query.token, process.env.JWT_SECRET, { algorithms: ['HS256'] }) // ok: jwt-weak
      return { sub: decoded.sub }
    },
  },
  {
    method: 'GET',
    path: '/accounts/peek',
    options: { auth: false },
    handler: async (request, h) => {
      const decoded = jwt.decode(request.query.token) // expect: jwt-weak
      const { rows } = await pool.query('SELECT id, email FROM accounts WHERE id = $1', [decoded.sub])
      return rows[0] || {}
    },
  },
]
