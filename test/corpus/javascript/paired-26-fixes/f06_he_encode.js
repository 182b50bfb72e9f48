// corpus: path=src/routes/errors.js
const express = require('express')
const he = require('he')
const router = express.Router()

router.get('/oops', (req, res) => {
  res.status(400).send(`<p>Unknown report type: ${req.query.type}</p>`) // expect: xss
})

router.get('/v2/oops', (req, res) => {
  res.status(400).send(`<p>Unknown report type: ${he.encode(String(req.query.type || ''))}</p>`) // ok: xss
})

module.exports = router
