// corpus: path=src/routes/calc.js
const express = require('express')
const { evaluate } = require('mathjs')

const router = express.Router()

router.get('/calc', (req, res) => {
  const expr = String(req.query.expr || '0')
  const value = evaluate(expr) // ok: code-injection
  res.json({ value })
})

module.exports = router
