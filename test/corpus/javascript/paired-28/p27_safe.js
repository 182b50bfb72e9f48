// corpus: path=src/routes/calc.js
const express = require('express')
const { evaluate } = require('mathjs')

const router = express.Router()

// Evaluate the arithmetic expression of the pricing calculator.
router.get('/calc', (req, res) => {
  const value = evaluate(String(req.query.expr)) // ok: code-injection
  res.json({ value })
})

module.exports = router
