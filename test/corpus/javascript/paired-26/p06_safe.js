// corpus: path=src/auth/callback.js
const express = require('express')
const router = express.Router()

const ALLOWED_HOSTS = new Set(['app.example.com', 'admin.example.com'])

router.get('/auth/done', (req, res) => {
  const returnUrl = req.query.return_url || '/dashboard'
  const target = new URL(returnUrl, 'https://app.example.com')
  req.session.loggedInAt = Date.now()
  if (!ALLOWED_HOSTS.has(target.hostname)) return res.redirect('/dashboard')
  res.redirect(target.toString()) // ok: open-redirect
})

module.exports = router
