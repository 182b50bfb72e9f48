// corpus: path=src/routes/sso.js
const express = require('express')

const router = express.Router()
const TRUSTED_HOSTS = new Set(['app.example.com', 'docs.example.com'])

function landingFor(req) {
  try {
    const target = new URL(String(req.query.continue || '/dashboard'), 'https://app.example.com')
    return TRUSTED_HOSTS.has(target.host) ? target.href : '/dashboard'
  } catch {
    return '/dashboard'
  }
}

router.get('/sso/complete', (req, res) => {
  if (!req.session.userId) return res.redirect('/login')
  res.redirect(landingFor(req)) // ok: open-redirect
})

module.exports = router
