const express = require('express')
const { body, param, validationResult, matchedData } = require('express-validator')
const { Order } = require('../models')
const { requireLogin } = require('../middleware/auth')

const router = express.Router()

function validate(req, res, next) {
  const result = validationResult(req)
  if (!result.isEmpty()) return res.status(422).json({ errors: result.array() })
  next()
}

router.patch(
  '/orders/:id',
  requireLogin,
  param('id').isInt().toInt(),
  body('note').optional().isString().isLength({ max: 500 }),
  body('deliveryDate').optional().isISO8601().toDate(),
  validate,
  async (req, res) => {
    const { id, ...changes } = matchedData(req)
    const order = await Order.findOne({ where: { id, customerId: req.user.id } })
    if (!order) return res.sendStatus(404)
    await order.update(changes)
    res.json(order)
  },
)

module.exports = router
