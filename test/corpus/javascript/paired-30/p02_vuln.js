// corpus: path=src/routes/catalog.js
const fs = require('fs')
const express = require('express')
const xpath = require('xpath')
const { DOMParser } = require('@xmldom/xmldom')

const router = express.Router()
const catalog = new DOMParser().parseFromString(fs.readFileSync('data/catalog.xml', 'utf8'), 'text/xml')

router.get('/catalog/price', (req, res) => {
  const nodes = xpath.select(`//product[@sku='${req.query.sku}']/price/text()`, catalog) // expect: xpath-injection
  if (!nodes.length) return res.sendStatus(404)
  res.json({ price: nodes[0].nodeValue })
})

module.exports = router
