/**
 * Client data spread into a MongoDB filter (`{ ...req.body.where, tenantId }`, a socket or GraphQL argument), and an
 * aggregation pipeline whose stages the client wrote, are reported; an object the code filled field by field, stages
 * the code picked, and an ORM's `where` stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const ROUTES = { path: 'src/routes/orders.js' }

testRule(registered('js/nosql-injection'), {
  valid: [
    { ...ROUTES, code: "router.get('/orders', async (req, res) => {\n  const filter = {}\n  if (req.query.status) filter.status = String(req.query.status)\n  res.json(await Order.find({ ...filter, tenantId: req.user.tenantId }))\n})\n" },
    { ...ROUTES, code: "router.get('/orders', async (req, res) => {\n  const sort = req.query.sort === 'new' ? [{ $sort: { at: -1 } }] : []\n  res.json(await Order.aggregate([{ $match: { tenantId: req.user.tenantId } }, ...sort]))\n})\n" },
    { ...ROUTES, code: "router.get('/orders', async (req, res) => {\n  res.json(await Order.findAll({ where: { ...req.query, tenantId: req.user.tenantId } }))\n})\n" },
    { ...ROUTES, code: "router.get('/orders/:id', async (req, res) => {\n  res.json(await Order.findOne({ ...req.params, tenantId: req.user.tenantId }))\n})\n" },
  ],
  invalid: [
    { ...ROUTES, code: "router.post('/orders/explore', async (req, res) => {\n  res.json(await Order.find({ tenantId: req.user.tenantId, ...req.body.where }))\n})\n", findings: [{ line: 2, message: /spreads/ }] },
    { ...ROUTES, code: "router.post('/orders/summary', async (req, res) => {\n  const rows = await Order.aggregate([\n    { $match: { tenantId: req.user.tenantId, ...req.body.where } },\n    { $limit: 500 },\n  ])\n  res.json(rows)\n})\n", findings: [{ line: 2 }] },
    { ...ROUTES, code: "router.post('/orders/custom', async (req, res) => {\n  const pipeline = [{ $match: { tenantId: req.user.tenantId } }, ...req.body.stages]\n  res.json(await Order.aggregate(pipeline))\n})\n", findings: [{ line: 3, message: /pipeline stages/ }] },
    { path: 'server/realtime.js', code: "io.on('connection', (socket) => {\n  socket.on('search', async (filter, ack) => {\n    ack(await Message.find({ room: socket.data.room, ...filter }).limit(50))\n  })\n})\n", findings: [{ line: 3 }] },
    { path: 'src/graphql/resolvers.js', code: "module.exports = {\n  Query: {\n    async searchOrders(_parent, { filter }, { user }) {\n      return Order.find({ ...filter, accountId: user.accountId }).limit(50)\n    },\n  },\n}\n", findings: [{ line: 4 }] },
  ],
})
