// corpus: path=src/routes/sso.js
const express = require('express')

const router = express.Router()

function landingFor(req) {
  const target = req.query.continue || '/dashboard'
  return target
}

router.get('/sso/complete', (req, res) => {
  if (!req.session.userId) return res.redirect('/login')
  res.redirect(landingFor(req)) // expect: open-redirect
})

module.exports = router
