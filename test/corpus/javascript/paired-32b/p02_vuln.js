// corpus: path=src/routes/pricing.js
const express = require('express')

const router = express.Router()

function withFormula(req, use) {
  use(req.body.formula)
}

router.post('/pricing/preview', express.json(), (req, res) => {
  withFormula(req, (formula) => {
    const price = new Function('base', 'qty', `return ${formula}`) // expect: code-injection
    res.json({ total: price(Number(req.body.base), Number(req.body.qty)) })
  })
})

module.exports = router
