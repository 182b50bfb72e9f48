// corpus: path=src/routes/login.js
const express = require('express')
const { verifyPassword } = require('../services/auth')

const router = express.Router()

// Record failed sign-in attempts for the security team.
router.post('/login', async (req, res) => {
  const ok = await verifyPassword(String(req.body.username), String(req.body.password))
  if (!ok) {
    console.warn('failed login for user ' + req.body.username + ' from ' + req.ip) // expect: log-injection
    return res.status(401).end()
  }
  res.status(204).end()
})

module.exports = router
