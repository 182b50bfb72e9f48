// corpus: path=src/routes/orders.js
const express = require('express')
const { db } = require('../db')
const { requireUser } = require('../middleware/auth')

const router = express.Router()

const PAGE_SIZE = 50
const SORTABLE = {
  placed: 'orders.placed_at',
  total: 'orders.total_cents',
  status: 'orders.status',
}

function serialize(row) {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    total: (row.total_cents / 100).toFixed(2),
    placedAt: row.placed_at.toISOString(),
    customer: row.customer_name,
  }
}

router.get('/', requireUser, async (req, res, next) => {
  try {
    const { status, q, sort = 'placed', dir = 'desc' } = req.query
    const page = Math.max(1, Number.parseInt(req.query.page, 10) || 1)
    let query = db('orders')
      .join('customers', 'customers.id', 'orders.customer_id')
      .select('orders.*', 'customers.name as customer_name')
      .where('orders.shop_id', req.user.shopId)
    if (status) query = query.where('orders.status', status)
    if (q) query = query.whereILike('customers.name', `%${q}%`)
    query = query.orderBy(SORTABLE[sort] || SORTABLE.placed, dir === 'asc' ? 'asc' : 'desc')
    if (req.query.then) {
      // secondary ordering for the new table view, e.g. then=customers.name
      query = query.orderByRaw(`${req.query.then} ${dir}`) // expect: sql-injection
    }
    const rows = await query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)
    res.json(rows.map(serialize))
  } catch (err) {
    next(err)
  }
})

router.get('/search', requireUser, async (req, res, next) => {
  try {
    const email = String(req.query.email || '').trim().toLowerCase()
    if (!email) return res.status(400).json({ error: 'email is required' })
    const rows = await db('orders')
      .join('customers', 'customers.id', 'orders.customer_id')
      .select('orders.*', 'customers.name as customer_name')
      .where('orders.shop_id', req.user.shopId)
      .whereRaw('lower(customers.email) = ?', [email]) // ok: sql-injection
      .orderBy('orders.placed_at', 'desc')
      .limit(20)
    res.json(rows.map(serialize))
  } catch (err) {
    next(err)
  }
})

router.get('/stats', requireUser, async (req, res, next) => {
  try {
    const { from, to, groupBy = 'day' } = req.query
    const buckets = { day: 'day', week: 'week', month: 'month' }
    const bucket = buckets[groupBy] || 'day'
    const range = db('orders').where('shop_id', req.user.shopId)
    if (from) range.where('placed_at', '>=', from)
    if (to) range.where('placed_at', '<', to)
    const rows = await range
      .select(db.raw(`date_trunc('${bucket}', placed_at) as period`))
      .sum('total_cents as revenue')
      .count('* as orders')
      .groupBy('period')
      .orderByRaw(`period ${req.query.order === 'desc' ? 'desc' : 'asc'}`) // ok: sql-injection
    res.json(rows)
  } catch (err) {
    next(err)
  }
})

router.post('/:id/notes', requireUser, async (req, res, next) => {
  try {
    const note = String(req.body.note || '').slice(0, 2000)
    const updated = await db('orders')
      .where({ id: req.params.id, shop_id: req.user.shopId })
      .update({ note, updated_at: db.fn.now() })
    if (!updated) return res.sendStatus(404)
    res.sendStatus(204)
  } catch (err) {
    next(err)
  }
})

module.exports = router
