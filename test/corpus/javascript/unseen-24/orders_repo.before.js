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

module.exports = { listOrders, totals }
