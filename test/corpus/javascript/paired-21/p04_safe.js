// corpus: path=src/routes/orders.js
const express = require('express')
const mysql = require('mysql2/promise')

const router = express.Router()
const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'shop', database: 'shop' })

router.get('/orders/:id', async (req, res) => {
  const id = Number.parseInt(req.params.id, 10)
  if (Number.isNaN(id)) return res.status(400).json({ error: 'bad id' })
  const [rows] = await pool.query('SELECT id, total, status FROM orders WHERE id = ' + id) // ok: sql-injection
  if (!rows.length) return res.status(404).json({ error: 'not found' })
  res.json(rows[0])
})

module.exports = router
