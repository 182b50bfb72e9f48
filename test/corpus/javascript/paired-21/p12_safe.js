// corpus: path=src/routes/import.js
const express = require('express')

const router = express.Router()

router.post('/import', express.text(), (req, res) => {
  const payload = JSON.parse('' + req.body) // ok: code-injection
  res.json({ keys: Object.keys(payload || {}) })
})

module.exports = router
