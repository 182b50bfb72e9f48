// corpus: path=src/routes/calc.js
const express = require('express')

const router = express.Router()

router.get('/calc', (req, res) => {
  const expr = String(req.query.expr || '0')
  const value = eval(expr) // expect: code-injection
  res.json({ value })
})

module.exports = router
