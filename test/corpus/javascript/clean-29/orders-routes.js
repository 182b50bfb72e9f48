// corpus: path=src/routes/orders.js
'use strict'

const express = require('express')
const { z } = require('zod')
const db = require('../db')
const logger = require('../logger')
const { requireUser } = require('../middleware/auth')
const { etag } = require('../lib/security')

const router = express.Router()

const SORTS = {
  newest: ['created_at', 'desc'],
  oldest: ['created_at', 'asc'],
  total: ['total_cents', 'desc'],
}
const listQuery = z.object({
  status: z.enum(['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded']).optional(),
  sort: z.enum(['newest', 'oldest', 'total']).default('newest'),
  page: z.coerce.number().int().min(1).default(1),
})

router.use(requireUser)

router.get('/', async (req, res, next) => {
  try {
    const { status, sort, page } = listQuery.parse(req.query)
    const [column, direction] = SORTS[sort]
    const query = db('orders').where({ user_id: req.user.id }).orderBy(column, direction).limit(20).offset((page - 1) * 20) // ok: sql-injection
    if (status) query.andWhere('status', status)
    const orders = await query
    res.render('orders/index', { orders, status, sort, page })
  } catch (err) {
    next(err)
  }
})

router.get('/search', async (req, res, next) => {
  try {
    const term = String(req.query.q || '').slice(0, 100)
    const rows = await db.raw(
      `SELECT o.id, o.number, o.total_cents FROM orders o
         JOIN order_items i ON i.order_id = o.id
         JOIN products p ON p.id = i.product_id
        WHERE o.user_id = ? AND p.name ILIKE ?
        GROUP BY o.id ORDER BY o.created_at DESC LIMIT 50`,
      [req.user.id, `%${term.replace(/[\\%_]/g, '\\$&')}%`], // ok: sql-injection
    )
    res.render('orders/search', { q: term, orders: rows.rows })
  } catch (err) {
    next(err)
  }
})

router.get('/:id', async (req, res, next) => {
  try {
    const order = await db('orders').where({ id: req.params.id, user_id: req.user.id }).first()
    if (!order) return res.status(404).render('errors/404')
    const items = await db('order_items as i')
      .join('products as p', 'p.id', 'i.product_id')
      .where('i.order_id', order.id)
      .select('p.name', 'p.sku', 'i.quantity', 'i.unit_price_cents')
    const tag = etag(JSON.stringify({ order, items }))
    if (req.get('If-None-Match') === tag) return res.status(304).end()
    res.set('ETag', tag)
    res.render('orders/show', { order, items })
  } catch (err) {
    next(err)
  }
})

router.get('/:id/invoice.pdf', async (req, res, next) => {
  try {
    const order = await db('orders').where({ id: req.params.id, user_id: req.user.id }).first()
    if (!order) return res.sendStatus(404)
    logger.info({ orderId: order.id, userId: req.user.id }, 'invoice downloaded')
    res.attachment(`invoice-${order.number}.pdf`) // ok: header-injection
    res.sendFile(`${order.id}.pdf`, { root: req.app.get('invoiceDir') }) // ok: path-traversal
  } catch (err) {
    next(err)
  }
})

router.post('/:id/cancel', async (req, res, next) => {
  try {
    const updated = await db('orders')
      .where({ id: req.params.id, user_id: req.user.id, status: 'pending' })
      .update({ status: 'cancelled', updated_at: db.fn.now() })
    if (!updated) return res.status(409).json({ error: 'order can no longer be cancelled' })
    logger.info({ orderId: req.params.id, userId: req.user.id }, 'order cancelled') // ok: log-injection
    res.redirect(303, `/orders/${encodeURIComponent(req.params.id)}`) // ok: open-redirect
  } catch (err) {
    next(err)
  }
})

module.exports = router
