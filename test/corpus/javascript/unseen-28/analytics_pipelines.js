// corpus: path=src/routes/analytics.js
const express = require('express')
const mongoose = require('mongoose')
const escapeStringRegexp = require('escape-string-regexp')
const { requireUser } = require('../middleware/auth')

const Order = mongoose.model('Order')
const Event = mongoose.model('Event')

const router = express.Router()
router.use(requireUser)

const GROUPABLE = { day: { $dateToString: { format: '%Y-%m-%d', date: '$createdAt' } }, status: '$status', country: '$shipping.country' }

router.post('/orders/summary', async (req, res) => {
  const groupBy = GROUPABLE[req.body.groupBy] || GROUPABLE.day
  const rows = await Order.aggregate([
    { $match: { tenantId: req.user.tenantId, status: { $in: ['paid', 'shipped'] } } }, // ok: nosql-injection
    { $group: { _id: groupBy, total: { $sum: '$amount' }, count: { $sum: 1 } } },
    { $sort: { _id: 1 } },
  ])
  res.json(rows)
})

router.post('/orders/explore', async (req, res) => {
  const rows = await Order.aggregate([
    { $match: { tenantId: req.user.tenantId, ...req.body.where } }, // expect: nosql-injection
    { $limit: 500 },
  ])
  res.json(rows)
})

router.post('/orders/custom', async (req, res) => {
  const pipeline = [{ $match: { tenantId: req.user.tenantId } }, ...req.body.stages]
  const rows = await Order.aggregate(pipeline) // expect: nosql-injection
  res.json(rows)
})

router.get('/events', async (req, res) => {
  const match = { tenantId: req.user.tenantId }
  if (req.query.type) match.type = String(req.query.type)
  if (req.query.path) match.path = { $regex: new RegExp(req.query.path) } // expect: regex-injection
  const rows = await Event.aggregate([{ $match: match }, { $sort: { at: -1 } }, { $limit: 200 }])
  res.json(rows)
})

router.get('/events/prefix', async (req, res) => {
  const prefix = escapeStringRegexp(String(req.query.prefix || ''))
  const rows = await Event.aggregate([
    { $match: { tenantId: req.user.tenantId, path: { $regex: `^${prefix}` } } }, // ok: regex-injection
    { $group: { _id: '$path', hits: { $sum: 1 } } },
  ])
  res.json(rows)
})

router.get('/events/where', async (req, res) => {
  const rows = await Event.find({ tenantId: req.user.tenantId, $where: `this.duration > ${req.query.min}` }) // expect: nosql-injection
  res.json(rows)
})

router.get('/events/slow', async (req, res) => {
  const min = Number(req.query.min) || 1000
  const rows = await Event.find({ tenantId: req.user.tenantId, duration: { $gt: min } }).limit(100) // ok: nosql-injection
  res.json(rows)
})

module.exports = router
