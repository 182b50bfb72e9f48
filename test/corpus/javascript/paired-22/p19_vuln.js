// corpus: path=src/routes/auth.js
const express = require('express')
const { createSession } = require('../sessions')

const router = express.Router()

router.post('/auth/login', async (req, res) => {
  const sid = await createSession(req.body.email, req.body.password)
  if (!sid) return res.status(401).json({ error: 'unauthorized' })
  res.cookie('sid', sid, { maxAge: 86400000, sameSite: 'none' }) // expect: insecure-cookie
  res.status(204).end()
})

module.exports = router
