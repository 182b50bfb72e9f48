// corpus: path=src/routes/catalog.js
const express = require('express')
const xpath = require('xpath')
const { DOMParser } = require('@xmldom/xmldom')
const { loadCatalogXml } = require('../catalog')

const router = express.Router()

router.get('/catalog/item', async (req, res) => {
  const doc = new DOMParser().parseFromString(await loadCatalogXml(), 'text/xml')
  const nodes = xpath.select(`//item[@sku='${req.query.sku}']/price/text()`, doc) // expect: xpath-injection
  res.json({ price: nodes.length ? nodes[0].nodeValue : null })
})

module.exports = router
