// corpus: path=src/routes/products.js
const express = require('express')
const escapeRegExp = require('lodash/escapeRegExp')
const Product = require('../models/product')

const router = express.Router()

router.get('/products/search', async (req, res) => {
  const terms = [].concat(req.query.q || []).slice(0, 5)
  const clauses = terms.map((term) => ({ name: new RegExp(escapeRegExp(String(term)), 'i') })) // ok: regex-injection
  const products = await Product.find(clauses.length ? { $and: clauses } : {}).limit(50)
  res.json(products)
})

module.exports = router
