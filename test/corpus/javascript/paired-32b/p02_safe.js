// corpus: path=src/routes/pricing.js
const express = require('express')

const router = express.Router()

const FORMULAS = {
  flat: (base, qty) => base * qty,
  bulk: (base, qty) => base * qty * (qty >= 100 ? 0.9 : 1),
}

function withFormula(req, use) {
  use(FORMULAS[req.body.formula] || FORMULAS.flat)
}

router.post('/pricing/preview', express.json(), (req, res) => {
  withFormula(req, (formula) => {
    const price = formula // ok: code-injection
    res.json({ total: price(Number(req.body.base), Number(req.body.qty)) })
  })
})

module.exports = router
