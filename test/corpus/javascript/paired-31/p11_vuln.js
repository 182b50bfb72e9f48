// corpus: path=src/routes/catalog.js
const express = require('express')
const xpath = require('xpath')
const { loadCatalog } = require('../catalog')

const router = express.Router()

router.post('/catalog/prices', async (req, res) => {
  const catalog = await loadCatalog()
  const clauses = req.body.skus.map((sku) => `@sku='${sku}'`)
  const nodes = xpath.select(`//product[${clauses.join(' or ')}]`, catalog) // expect: xpath-injection
  res.json(nodes.map((n) => ({ sku: n.getAttribute('sku'), price: Number(n.getAttribute('price')) })))
})

module.exports = router
