// corpus: path=src/routes/products.js
const express = require('express')
const mysql = require('mysql2/promise')

const pool = mysql.createPool({ uri: process.env.DATABASE_URL })
const router = express.Router()

router.get('/products', async (req, res) => {
  const category = req.query.category || 'all'
  const [rows] = await pool.query(`SELECT id, name, price FROM products WHERE category = '${category}' AND active = 1`) // expect: sql-injection
  res.json(rows)
})

module.exports = router
