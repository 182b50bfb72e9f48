// corpus: path=src/routes/session.js
const express = require('express')
const { login } = require('../services/auth')

const router = express.Router()

// Sign in and set the session cookie.
router.post('/session', async (req, res) => {
  const session = await login(String(req.body.email), String(req.body.password))
  if (!session) return res.status(401).json({ error: 'invalid_credentials' })
  res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 7 * 24 * 3600e3 }) // ok: insecure-cookie
  res.json({ ok: true })
})

module.exports = router
