// corpus: path=src/routes/search.js
const express = require('express')
const { searchProducts } = require('../services/search')

const router = express.Router()

router.get('/search', async (req, res) => {
  const terms = String(req.query.q || '').split(/\s+/).filter(Boolean)
  const chips = terms.map((t) => `<span class="chip">${t}</span>`).join('')
  const results = await searchProducts(terms)
  res.send(`<div class="chips">${chips}</div><p>${results.length} results</p>`) // expect: xss
})

module.exports = router
