// corpus: path=src/routes/locale.js
const express = require('express')

const router = express.Router()

router.post('/preferences/locale', (req, res) => {
  const prefs = { locale: req.body.locale, currency: req.body.currency }
  req.session.locale = prefs.locale // expect: trust-boundary
  res.status(204).end()
})

module.exports = router
