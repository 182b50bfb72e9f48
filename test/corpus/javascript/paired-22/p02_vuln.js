// corpus: path=src/routes/products.js
const express = require('express')
const { sequelize } = require('../models')

const router = express.Router()

router.get('/products', async (req, res) => {
  const sort = req.query.sort || 'name'
  const products = await sequelize.query(`SELECT id, name, price FROM products ORDER BY ${sort} LIMIT 100`, { // expect: sql-injection
    type: sequelize.QueryTypes.SELECT,
  })
  res.json(products)
})

module.exports = router
