// corpus: path=src/routes/auth.js
const express = require('express')
const { verifyCredentials } = require('../services/users')
const logger = require('../logger')

const router = express.Router()

router.post('/login', async (req, res) => {
  const { email, password } = req.body
  const user = await verifyCredentials(email, password)
  if (!user) {
    logger.warn(`login failed email=${JSON.stringify(email)} password=${JSON.stringify(password)}`) // expect: sensitive-logging
    return res.status(401).json({ error: 'invalid credentials' })
  }
  req.session.userId = user.id
  res.json({ ok: true })
})

module.exports = router
