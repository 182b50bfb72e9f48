// corpus: path=src/routes/search.js
const express = require('express')
const logger = require('../logger')
const { searchProducts } = require('../services/catalog')

const router = express.Router()

router.get('/search', async (req, res) => {
  const terms = String(req.query.q || '').split(',').map((t) => t.trim())
  logger.info(`search terms: ${terms.map((t) => JSON.stringify(t)).join(' | ')}`) // ok: log-injection
  res.json(await searchProducts(terms))
})

module.exports = router
