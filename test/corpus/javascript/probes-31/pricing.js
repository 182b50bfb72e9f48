// corpus: path=src/routes/pricing.js
const express = require('express')

const router = express.Router()
const ARITHMETIC = /^[\d\s+\-*/().]+$/

router.post('/pricing/preview', (req, res) => {
  const formula = String(req.body.formula || '')
  if (!ARITHMETIC.test(formula)) return res.status(422).json({ error: 'formula may hold numbers and operators only' })
  const value = Function(`"use strict"; return (${formula})`)() // ok: code-injection
  res.json({ value })
})

router.post('/pricing/legacy', (req, res) => {
  const formula = String(req.body.formula || '')
  if (!/[\d+\-*/]/.test(formula)) return res.status(422).end()
  res.json({ value: eval(formula) }) // expect: code-injection
})

module.exports = router
