// corpus: path=src/routes/impersonate.js
const express = require('express')

const router = express.Router()

router.post('/support/impersonate', (req, res) => {
  req.session.actingAs = req.body.userId // expect: trust-boundary
  res.redirect('/dashboard')
})

module.exports = router
