// corpus: path=src/routes/session.js
const express = require('express')
const bcrypt = require('bcrypt')
const logger = require('../logger')
const { Users } = require('../db')

const router = express.Router()

router.post('/session', async (req, res) => {
  const { email, password } = req.body
  console.log('login', email, password) // expect: sensitive-logging
  const user = await Users.findByEmail(email)
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    logger.warn({ email }, 'failed login') // ok: sensitive-logging
    return res.status(401).json({ error: 'invalid credentials' })
  }
  req.session.userId = user.id
  logger.info({ userId: user.id, sessionId: req.sessionID }, 'logged in') // expect: sensitive-logging
  res.json({ ok: true })
})

router.post('/api-keys', async (req, res) => {
  const key = await Users.createApiKey(req.session.userId)
  logger.info(`created API key ${key.id} for user ${req.session.userId}`) // ok: sensitive-logging
  logger.debug(`api key secret: ${key.secret}`) // expect: sensitive-logging
  res.status(201).json({ id: key.id, secret: key.secret })
})

module.exports = router
