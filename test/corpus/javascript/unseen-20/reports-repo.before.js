const { QueryTypes } = require('sequelize')
const { sequelize } = require('../db')
const knex = require('../db/knex')

const SORTABLE = new Set(['created_at', 'total', 'status'])

async function listOrders(req, res) {
  const { status, customer, sort, direction, from, to } = req.query
  const limit = Math.min(Number(req.query.limit) || 50, 200)

  const where = []
  const replacements = {}
  if (status) {
    where.push('status = :status')
    replacements.status = status
  }
  if (customer) {
    where.push('customer_id = :customer')
    replacements.customer = customer
  }

  const orderBy = SORTABLE.has(sort) ? sort : 'created_at'
  const dir = direction === 'asc' ? 'ASC' : 'DESC'
  const rows = await sequelize.query(
    `SELECT * FROM orders ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${orderBy} ${dir} LIMIT ${limit}`,
    { replacements, type: QueryTypes.SELECT },
  )
  res.json(rows)
}

async function orderTotals(req, res) {
  const rows = await knex('orders')
    .select('status')
    .sum({ total: 'total' })
    .groupBy('status')
  res.json(rows)
}

module.exports = { listOrders, orderTotals }
