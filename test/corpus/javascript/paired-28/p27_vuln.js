// corpus: path=src/routes/calc.js
const express = require('express')
const vm = require('vm')

const router = express.Router()

// Evaluate the arithmetic expression of the pricing calculator.
router.get('/calc', (req, res) => {
  const value = vm.runInThisContext(String(req.query.expr)) // expect: code-injection
  res.json({ value })
})

module.exports = router
