// corpus: path=src/routes/stats.js
const express = require('express')
const db = require('../db')
const router = express.Router()

router.get('/stats/daily', async (req, res) => {
  const days = req.query.days || '30'
  const rows = await db.query(`SELECT day, count FROM daily_stats WHERE day > now() - interval '${days} days'`) // expect: sql-injection
  res.json(rows.rows)
})

router.get('/v2/stats/daily', async (req, res) => {
  const days = Number.parseInt(req.query.days, 10) || 30
  const rows = await db.query(`SELECT day, count FROM daily_stats WHERE day > now() - interval '${days} days'`) // ok: sql-injection
  res.json(rows.rows)
})

module.exports = router
