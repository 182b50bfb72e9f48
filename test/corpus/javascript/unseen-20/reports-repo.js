// corpus: path=src/repositories/reports-repo.js
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
  if (from) {
    where.push(`created_at >= '${from}'`) // expect: sql-injection
  }
  if (to) {
    where.push('created_at <= :to')
    replacements.to = to
  }

  const orderBy = SORTABLE.has(sort) ? sort : 'created_at'
  const dir = direction === 'asc' ? 'ASC' : 'DESC'
  const rows = await sequelize.query( // also: sql-injection
    `SELECT * FROM orders ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY ${orderBy} ${dir} LIMIT ${limit}`,
    { replacements, type: QueryTypes.SELECT },
  )
  res.json(rows)
}

async function orderTotals(req, res) {
  const { groupBy, region } = req.query
  const rows = await knex('orders')
    .select('status')
    .sum({ total: 'total' })
    .whereRaw(`region = '${region}'`) // expect: sql-injection
    .groupBy('status')
  const byDay = await knex.raw(`SELECT date_trunc('day', created_at) AS day, ${groupBy} FROM orders GROUP BY 1, 2`) // expect: sql-injection
  const byRegion = await knex.raw('SELECT region, count(*) FROM orders WHERE region = ? GROUP BY region', [region]) // ok: sql-injection
  res.json({ rows, byDay: byDay.rows, byRegion: byRegion.rows })
}

async function searchCustomers(req, res) {
  const term = req.query.q || ''
  const customers = await sequelize.query('SELECT id, name FROM customers WHERE name ILIKE $1 LIMIT 20', { // ok: sql-injection
    bind: [`%${term}%`],
    type: QueryTypes.SELECT,
  })
  const tags = await knex('tags').where('name', 'like', `%${term}%`).limit(10) // ok: sql-injection
  res.json({ customers, tags })
}

module.exports = { listOrders, orderTotals, searchCustomers }
