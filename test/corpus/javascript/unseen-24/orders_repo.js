const { QueryTypes } = require('sequelize')
const { sequelize, Order } = require('../models')

async function listOrders(req, res) {
  const status = req.query.status
  const customer = req.query.customer
  const page = Math.max(1, parseInt(req.query.page, 10) || 1)

  const where = {}
  if (status) where.status = status
  if (customer) where.customerId = customer

  const orders = await Order.findAll({ where, limit: 50, offset: (page - 1) * 50, order: [['createdAt', 'DESC']] })
  res.json({ orders, page })
}

async function totals(req, res) {
  const rows = await sequelize.query(
    'SELECT status, COUNT(*) AS n, SUM(total) AS amount FROM orders GROUP BY status',
    { type: QueryTypes.SELECT },
  )
  res.json(rows)
}

async function search(req, res) {
  const customer = req.query.customer
  const since = req.query.since || '1970-01-01'
  const rows = await sequelize.query(
    `SELECT id, total, status FROM orders WHERE customer_name LIKE '%${customer}%' AND created_at > '${since}'`, // expect: sql-injection
    { type: QueryTypes.SELECT },
  )
  res.json(rows)
}

async function searchSafe(req, res) {
  const rows = await sequelize.query(
    'SELECT id, total, status FROM orders WHERE customer_name LIKE :name AND created_at > :since', // ok: sql-injection
    {
      replacements: { name: `%${req.query.customer}%`, since: req.query.since || '1970-01-01' },
      type: QueryTypes.SELECT,
    },
  )
  res.json(rows)
}

async function byStatus(req, res) {
  const status = req.params.status
  const rows = await sequelize.query(`SELECT * FROM orders WHERE status = $1`, { // ok: sql-injection
    bind: [status],
    type: QueryTypes.SELECT,
  })
  res.json(rows)
}

module.exports = { listOrders, totals, search, searchSafe, byStatus }
