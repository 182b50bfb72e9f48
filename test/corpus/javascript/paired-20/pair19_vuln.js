// corpus: path=src/routes/products.js
const express = require('express')
const { Pool } = require('pg')

const pool = new Pool()
const router = express.Router()

router.get('/products', async (req, res) => {
  const sort = String(req.query.sort || 'name').trim()
  const { rows } = await pool.query(`SELECT id, name, price FROM products ORDER BY ${sort}`) // expect: sql-injection
  res.json(rows)
})

module.exports = router
