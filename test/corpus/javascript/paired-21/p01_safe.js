// corpus: path=src/routes/reports.js
const express = require('express')
const { pool } = require('../db')

const router = express.Router()

router.get('/reports', async (req, res) => {
  const settings = new Map()
  settings.set('order', 'created_at')
  settings.set('requested', req.query.sort)
  const order = settings.get('order')
  const { rows } = await pool.query(`SELECT id, title FROM reports ORDER BY ${order} DESC LIMIT 50`) // ok: sql-injection
  res.json(rows)
})

module.exports = router
