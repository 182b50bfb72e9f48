// corpus: path=src/routes/invoices.js
const express = require('express')
const mysql = require('mysql2')
const pool = require('../db/pool')
const router = express.Router()

router.get('/invoices', async (req, res) => {
  const sort = req.query.sort || 'created_at'
  const [rows] = await pool.promise().query(`SELECT id, total FROM invoices ORDER BY ${sort} DESC`) // expect: sql-injection
  res.json(rows)
})

router.get('/invoices/v2', async (req, res) => {
  const sort = req.query.sort || 'created_at'
  const [rows] = await pool.promise().query(`SELECT id, total FROM invoices ORDER BY ${mysql.escapeId(sort)} DESC`) // ok: sql-injection
  res.json(rows)
})

module.exports = router
