// corpus: path=src/routes/calculator.js
const express = require('express')

const router = express.Router()

router.post('/calculator', (req, res) => {
  let expression = req.body.expression
  expression = '2 * (3 + 4)'
  const result = eval(expression) // ok: code-injection
  res.json({ result })
})

module.exports = router
