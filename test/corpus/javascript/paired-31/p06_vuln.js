// corpus: path=src/routes/auth.js
const express = require('express')
const logger = require('../logger')
const { verifyLogin, startSession } = require('../services/auth')

const router = express.Router()

router.post('/login', async (req, res) => {
  logger.debug('login attempt', req.body) // expect: sensitive-logging
  const user = await verifyLogin(req.body.email, req.body.password)
  if (!user) return res.status(401).json({ error: 'invalid credentials' })
  await startSession(req, user)
  res.json({ ok: true })
})

module.exports = router
