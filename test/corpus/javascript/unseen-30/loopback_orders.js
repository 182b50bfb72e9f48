// corpus: path=common/models/order.js
'use strict'

const path = require('path')
const fs = require('fs')
const crypto = require('crypto')
const { promisify } = require('util')
const request = require('request-promise-native')

const INVOICE_DIR = path.join(__dirname, '../../storage/invoices')

module.exports = function (Order) {
  const execute = (sql, params) => promisify(Order.dataSource.connector.execute).call(Order.dataSource.connector, sql, params) // also: sql-injection

  Order.byStatus = async function (status, sortBy) {
    const sql = `SELECT id, customer_id, total, status FROM orders WHERE status = '${status}' ORDER BY created_at DESC`
    return execute(sql, []) // expect: sql-injection
  }
  Order.remoteMethod('byStatus', {
    accepts: [{ arg: 'status', type: 'string', required: true }, { arg: 'sortBy', type: 'string' }],
    returns: { arg: 'orders', type: 'array', root: true },
    http: { verb: 'get', path: '/by-status' },
  })

  Order.totals = async function (from, to) {
    return execute('SELECT date_trunc(\'day\', created_at) AS day, sum(total) AS total FROM orders WHERE created_at BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1', [from, to]) // ok: sql-injection
  }
  Order.remoteMethod('totals', {
    accepts: [{ arg: 'from', type: 'date', required: true }, { arg: 'to', type: 'date', required: true }],
    returns: { arg: 'totals', type: 'array', root: true },
    http: { verb: 'get', path: '/totals' },
  })

  Order.search = async function (filterJson) {
    const where = JSON.parse(filterJson || '{}')
    return Order.find({ where, limit: 50 })
  }
  Order.remoteMethod('search', {
    accepts: { arg: 'filter', type: 'string' },
    returns: { arg: 'orders', type: 'array', root: true },
    http: { verb: 'get', path: '/search' },
  })

  Order.invoice = function (id, file, res, cb) {
    const target = path.join(INVOICE_DIR, file)
    res.download(target, (err) => cb(err)) // expect: path-traversal
  }
  Order.remoteMethod('invoice', {
    accepts: [
      { arg: 'id', type: 'number', required: true },
      { arg: 'file', type: 'string', required: true },
      { arg: 'res', type: 'object', http: { source: 'res' } },
    ],
    http: { verb: 'get', path: '/:id/invoice' },
  })

  Order.invoicePdf = async function (id, res) {
    const order = await Order.findById(id)
    if (!order) throw Object.assign(new Error('not found'), { statusCode: 404 })
    res.download(path.join(INVOICE_DIR, `${order.id}.pdf`)) // ok: path-traversal
  }
  Order.remoteMethod('invoicePdf', {
    accepts: [{ arg: 'id', type: 'number', required: true }, { arg: 'res', type: 'object', http: { source: 'res' } }],
    http: { verb: 'get', path: '/:id/invoice.pdf' },
  })

  Order.notify = async function (id, callbackUrl) {
    const order = await Order.findById(id)
    await request.post({ uri: callbackUrl, json: { id: order.id, status: order.status } }) // expect: ssrf
    return { sent: true }
  }
  Order.remoteMethod('notify', {
    accepts: [{ arg: 'id', type: 'number', required: true }, { arg: 'callbackUrl', type: 'string', required: true }],
    returns: { arg: 'result', type: 'object', root: true },
    http: { verb: 'post', path: '/:id/notify' },
  })

  Order.trackingToken = function (id) {
    const token = crypto.randomBytes(24).toString('hex') // ok: insecure-random
    return Order.updateAll({ id }, { trackingToken: token }).then(() => ({ token }))
  }
  Order.remoteMethod('trackingToken', {
    accepts: { arg: 'id', type: 'number', required: true },
    returns: { arg: 'result', type: 'object', root: true },
    http: { verb: 'post', path: '/:id/tracking-token' },
  })

  Order.observe('before save', async (ctx) => {
    const data = ctx.instance || ctx.data
    if (data.total != null) data.total = Math.round(data.total * 100) / 100
    if (ctx.isNewInstance) data.reference = `ORD-${Date.now().toString(36).toUpperCase()}`
  })

  Order.afterRemote('create', async (ctx, order) => {
    await fs.promises.appendFile(path.join(INVOICE_DIR, 'created.log'), `${order.id}\t${new Date().toISOString()}\n`)
  })
}
