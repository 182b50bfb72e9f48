const { pool } = require('../db')
const express = require('express')

const router = express.Router()

const SORTABLE = {
  date: 'issued_at',
  amount: 'total_cents',
  customer: 'customer_name',
}

router.get('/invoices', async (req, res, next) => {
  const { status, customer } = req.query
  const page = Math.max(1, parseInt(req.query.page, 10) || 1)
  const values = [req.user.accountId]
  let sql = `SELECT id, number, customer_name, total_cents, status, issued_at
    FROM invoices WHERE account_id = $1`
  if (status) {
    values.push(status)
    sql += ` AND status = $${values.length}`
  }
  if (customer) {
    values.push(`%${customer}%`)
    sql += ` AND customer_name ILIKE $${values.length}`
  }
  sql += ' ORDER BY issued_at DESC'
  sql += ` LIMIT 50 OFFSET ${(page - 1) * 50}`
  try {
    const { rows } = await pool.query(sql, values)
    res.json(rows)
  } catch (err) {
    next(err)
  }
})

router.get('/invoices/overdue', async (req, res, next) => {
  const days = Number(req.query.days) || 30
  const values = [req.user.accountId, days]
  let sql = `SELECT id, number, customer_name, total_cents, due_at
    FROM invoices
    WHERE account_id = $1 AND paid_at IS NULL
      AND due_at < now() - ($2 || ' days')::interval`
  sql += ' ORDER BY due_at'
  try {
    const { rows } = await pool.query(sql, values)
    res.json(rows)
  } catch (err) {
    next(err)
  }
})

router.get('/invoices/:id', async (req, res, next) => {
  try {
    const { rows } = await pool.query(
      'SELECT * FROM invoices WHERE id = $1 AND account_id = $2',
      [req.params.id, req.user.accountId],
    )
    if (!rows.length) return res.sendStatus(404)
    res.json(rows[0])
  } catch (err) {
    next(err)
  }
})

module.exports = router
