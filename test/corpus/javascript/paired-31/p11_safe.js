// corpus: path=src/routes/catalog.js
const express = require('express')
const xpath = require('xpath')
const { loadCatalog } = require('../catalog')

const router = express.Router()
const SKU = /^[A-Z0-9-]{3,20}$/

router.post('/catalog/prices', async (req, res) => {
  const catalog = await loadCatalog()
  const skus = req.body.skus.filter((sku) => SKU.test(sku))
  if (skus.length !== req.body.skus.length) return res.status(400).json({ error: 'invalid sku' })
  const clauses = skus.map((sku) => `@sku='${sku}'`)
  const nodes = xpath.select(`//product[${clauses.join(' or ')}]`, catalog) // ok: xpath-injection
  res.json(nodes.map((n) => ({ sku: n.getAttribute('sku'), price: Number(n.getAttribute('price')) })))
})

module.exports = router
