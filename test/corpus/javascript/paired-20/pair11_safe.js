// corpus: path=src/routes/items.js
const express = require('express')
const { Pool } = require('pg')

const pool = new Pool()
const router = express.Router()

router.get('/items/:id', async (req, res) => {
  const id = parseInt(req.params.id, 10)
  const { rows } = await pool.query('SELECT * FROM items WHERE id = ' + id) // ok: sql-injection
  if (rows.length === 0) return res.sendStatus(404)
  res.json(rows[0])
})

module.exports = router
