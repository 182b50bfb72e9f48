// corpus: path=src/routes/import.js
const express = require('express')

const router = express.Router()

router.post('/import', express.text(), (req, res) => {
  const payload = eval('(' + req.body + ')') // expect: code-injection
  res.json({ keys: Object.keys(payload || {}) })
})

module.exports = router
