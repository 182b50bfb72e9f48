// corpus: path=src/routes/catalog.js
const fs = require('fs')
const express = require('express')
const xpath = require('xpath')
const { DOMParser } = require('@xmldom/xmldom')

const router = express.Router()
const catalog = new DOMParser().parseFromString(fs.readFileSync('data/catalog.xml', 'utf8'), 'text/xml')
const SKU = /^[A-Z0-9-]{4,20}$/

router.get('/catalog/price', (req, res) => {
  const sku = String(req.query.sku || '')
  if (!SKU.test(sku)) return res.sendStatus(400)
  const nodes = xpath.select(`//product[@sku='${sku}']/price/text()`, catalog) // ok: xpath-injection
  if (!nodes.length) return res.sendStatus(404)
  res.json({ price: nodes[0].nodeValue })
})

module.exports = router
