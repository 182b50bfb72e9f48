// corpus: path=src/routes/invoices.js
const express = require('express')
const { knex } = require('../db')

const router = express.Router()

router.get('/invoices', async (req, res) => {
  const status = req.query.status || 'open'
  const rows = await knex.raw(`SELECT id, total FROM invoices WHERE account_id = ? AND status = '${status}'`, [req.user.accountId]) // expect: sql-injection
  res.json(rows.rows)
})

module.exports = router
