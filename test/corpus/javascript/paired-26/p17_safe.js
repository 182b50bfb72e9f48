// corpus: path=src/routes/session.js
const express = require('express')
const { createSession } = require('../services/sessions')
const router = express.Router()

router.post('/session', async (req, res) => {
  const session = await createSession(req.body.email, req.body.password)
  if (!session) return res.status(401).json({ error: 'invalid_credentials' })
  res.cookie('sid', session.token, { maxAge: 86400000, sameSite: 'lax', httpOnly: true, secure: true }) // ok: insecure-cookie
  res.status(204).end()
})

module.exports = router
