// corpus: path=src/routes/locale.js
const express = require('express')

const router = express.Router()
const LOCALES = ['en', 'de', 'fr', 'es']

router.post('/preferences/locale', (req, res) => {
  const locale = LOCALES.includes(req.body.locale) ? req.body.locale : 'en'
  req.session.locale = locale // ok: trust-boundary
  res.status(204).end()
})

module.exports = router
