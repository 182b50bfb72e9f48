// corpus: path=src/routes/auth.js
const express = require('express')
const logger = require('../logger')
const { authenticate } = require('../services/auth')

const router = express.Router()

router.post('/login', async (req, res) => {
  const { email, password } = req.body
  logger.debug('login attempt', { email, password }) // expect: sensitive-logging
  const user = await authenticate(email, password)
  if (!user) return res.status(401).json({ error: 'invalid credentials' })
  req.session.userId = user.id
  res.json({ ok: true })
})

module.exports = router
