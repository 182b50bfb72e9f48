// corpus: path=src/routes/calculator.js
const express = require('express')

const router = express.Router()

router.post('/calculator', (req, res) => {
  let expression = '2 * (3 + 4)'
  expression = req.body.expression
  const result = eval(expression) // expect: code-injection
  res.json({ result })
})

module.exports = router
