// corpus: path=src/routes/catalog.js
const express = require('express')
const xpath = require('xpath')
const { DOMParser } = require('@xmldom/xmldom')
const { loadCatalogXml } = require('../catalog')

const router = express.Router()
const priceBySku = xpath.parse("//item[@sku=$sku]/price/text()")

router.get('/catalog/item', async (req, res) => {
  const doc = new DOMParser().parseFromString(await loadCatalogXml(), 'text/xml')
  const nodes = priceBySku.select({ node: doc, variables: { sku: String(req.query.sku) } }) // ok: xpath-injection
  res.json({ price: nodes.length ? nodes[0].nodeValue : null })
})

module.exports = router
