// corpus: path=src/routes/auth.js
const express = require('express')
const winston = require('winston')
const { findUserByEmail, verifyPassword } = require('../services/users')

const logger = winston.createLogger({ transports: [new winston.transports.Console()] })
const router = express.Router()

router.post('/login', async (req, res) => {
  const { email, password } = req.body
  console.log(`login attempt for ${email}`)  // expect: log-injection
  const user = await findUserByEmail(email)
  if (!user || !(await verifyPassword(user, password))) {
    logger.warn('failed login for ' + email)  // expect: log-injection
    logger.warn('failed login', { email })  // ok: log-injection
    return res.status(401).json({ error: 'Invalid credentials' })
  }
  logger.info(`user ${user.id} logged in`)  // ok: log-injection
  res.json({ ok: true })
})

router.get('/invite/:code', async (req, res) => {
  const code = req.params.code
  logger.info(`invite lookup ${JSON.stringify(code)}`)  // ok: log-injection
  const safeCode = code.replace(/[\r\n]/g, '')
  logger.info(`invite code ${safeCode} opened`)  // ok: log-injection
  const page = parseInt(req.query.page, 10) || 1
  console.log(`invite page ${page}`)  // ok: log-injection
  res.json({ code: safeCode })
})

router.post('/password/forgot', (req, res) => {
  const ref = req.get('Referer')
  logger.info(`password reset requested from ${ref}`)  // expect: log-injection
  res.status(202).end()
})

module.exports = router
