// corpus: path=src/routes/session.js
const express = require('express')
const { startSession } = require('../services/sessions')

const router = express.Router()

router.post('/session', async (req, res) => {
  const sid = await startSession(req.user.id)
  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax' }) // ok: insecure-cookie
  res.json({ ok: true })
})

module.exports = router
