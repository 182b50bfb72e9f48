// corpus: path=src/routes/impersonate.js
const express = require('express')
const { requireRole } = require('../middleware/auth')
const { findUser } = require('../services/users')

const router = express.Router()

router.post('/support/impersonate', requireRole('support'), async (req, res) => {
  const target = await findUser(req.body.userId)
  if (!target) return res.sendStatus(404)
  req.session.actingAs = target.id // ok: trust-boundary
  res.redirect('/dashboard')
})

module.exports = router
