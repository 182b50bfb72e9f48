// corpus: path=src/auth/callback.js
const express = require('express')
const router = express.Router()

router.get('/auth/done', (req, res) => {
  const returnUrl = req.query.return_url || '/dashboard'
  req.session.loggedInAt = Date.now()
  res.redirect(returnUrl) // expect: open-redirect
})

module.exports = router
