// corpus: path=src/routes/orders.js
const express = require('express')
const { body, param, query, validationResult, matchedData } = require('express-validator')
const { Order, sequelize } = require('../models')
const { requireLogin } = require('../middleware/auth')

const router = express.Router()

function validate(req, res, next) {
  const result = validationResult(req)
  if (!result.isEmpty()) return res.status(422).json({ errors: result.array() })
  next()
}

router.get(
  '/orders',
  requireLogin,
  query('status').optional().isIn(['open', 'shipped', 'cancelled']),
  query('limit').optional().isInt({ min: 1, max: 100 }).toInt(),
  validate,
  async (req, res) => {
    const { status = 'open', limit = 20 } = matchedData(req)
    const [rows] = await sequelize.query(`SELECT id, total FROM orders WHERE customer_id = ${Number(req.user.id)} AND status = '${status}' LIMIT ${limit}`) // ok: sql-injection
    res.json(rows)
  },
)

router.get('/orders/export', requireLogin, query('from').isISO8601(), async (req, res) => {
  const [rows] = await sequelize.query(`SELECT * FROM orders WHERE customer_id = ${Number(req.user.id)} AND created_at >= '${req.query.from}'`) // expect: sql-injection
  res.json(rows)
})

router.patch(
  '/orders/:id',
  requireLogin,
  param('id').isInt().toInt(),
  body('note').optional().isString().isLength({ max: 500 }),
  body('deliveryDate').optional().isISO8601().toDate(),
  validate,
  async (req, res) => {
    const { id } = matchedData(req)
    const order = await Order.findOne({ where: { id, customerId: req.user.id } })
    if (!order) return res.sendStatus(404)
    await order.update(req.body) // expect: mass-assignment
    res.json(order)
  },
)

router.post(
  '/orders/:id/notes',
  requireLogin,
  param('id').isInt().toInt(),
  body('note').isString().isLength({ min: 1, max: 500 }),
  validate,
  async (req, res) => {
    const { id, note } = matchedData(req)
    await sequelize.query('INSERT INTO order_notes (order_id, author_id, note) VALUES (?, ?, ?)', { replacements: [id, req.user.id, note] }) // ok: sql-injection
    res.sendStatus(201)
  },
)

module.exports = router
