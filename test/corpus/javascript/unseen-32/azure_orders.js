// corpus: path=OrdersApi/index.js
'use strict'

// HTTP-triggered Azure Function (v3 programming model, authLevel "anonymous" in function.json):
// `req.query`, `req.params` and `req.body` are what the caller sent. The storefront's partners call
// the webhook route with the shared key in a header.
const sql = require('mssql')
const crypto = require('crypto')

const poolPromise = new sql.ConnectionPool(process.env.SQL_CONNECTION).connect()
const SORTS = { newest: 'o.CreatedAt DESC', oldest: 'o.CreatedAt ASC', total: 'o.Total DESC' }
const RETURN_HOSTS = ['shop.example-store.com', 'admin.example-store.com']

function keysMatch(given, expected) {
  const a = crypto.createHash('sha256').update(String(given || '')).digest()
  const b = crypto.createHash('sha256').update(String(expected || '')).digest()
  return crypto.timingSafeEqual(a, b)
}

async function listOrders(context, req) {
  const pool = await poolPromise
  const customer = req.query.customer
  const order = SORTS[req.query.sort] || SORTS.newest
  const result = await pool.request().query(`SELECT TOP 100 o.Id, o.Total, o.Status FROM Orders o WHERE o.CustomerRef = '${customer}' ORDER BY ${order}`) // expect: sql-injection
  context.res = { body: result.recordset }
}

async function listOrdersByStatus(context, req) {
  const pool = await poolPromise
  const order = SORTS[req.query.sort] || SORTS.newest
  const result = await pool.request()
    .input('status', sql.NVarChar(20), req.query.status) // ok: sql-injection
    .query(`SELECT TOP 100 o.Id, o.Total, o.Status FROM Orders o WHERE o.Status = @status ORDER BY ${order}`)
  context.res = { body: result.recordset }
}

async function searchOrders(context, req) {
  const pool = await poolPromise
  const term = String(req.query.q || '')
  const result = await pool.request().query`SELECT TOP 50 Id, Reference FROM Orders WHERE Reference LIKE ${'%' + term + '%'}` // ok: sql-injection
  context.res = { body: result.recordset }
}

async function partnerWebhook(context, req) {
  if (req.headers['x-partner-key'] !== process.env.PARTNER_KEY) { // expect: timing-unsafe-comparison
    context.res = { status: 401 }
    return
  }
  const pool = await poolPromise
  await pool.request()
    .input('ref', sql.NVarChar(40), req.body.reference)
    .input('status', sql.NVarChar(20), req.body.status)
    .query('UPDATE Orders SET Status = @status WHERE Reference = @ref')
  context.res = { status: 204 }
}

async function partnerWebhookV2(context, req) {
  if (!keysMatch(req.headers['x-partner-key'], process.env.PARTNER_KEY)) { // ok: timing-unsafe-comparison
    context.res = { status: 401 }
    return
  }
  try {
    context.bindings.orderEvents = { reference: String(req.body.reference), status: String(req.body.status) }
    context.res = { status: 202 }
  } catch (err) {
    context.log.error('webhook v2 failed', err)
    context.res = { status: 500, body: { error: 'Internal error', invocation: context.invocationId } } // ok: error-exposure
  }
}

async function checkoutDone(context, req) {
  context.res = { status: 302, headers: { Location: req.query.returnUrl } } // expect: open-redirect
}

async function checkoutDoneChecked(context, req) {
  let target = 'https://shop.example-store.com/orders'
  try {
    const url = new URL(req.query.returnUrl)
    if (url.protocol === 'https:' && RETURN_HOSTS.includes(url.hostname)) target = url.href
  } catch (_) {
    context.log.warn('bad returnUrl')
  }
  context.res = { status: 302, headers: { Location: target } } // ok: open-redirect
}

const ROUTES = {
  'GET orders': listOrders,
  'GET orders/by-status': listOrdersByStatus,
  'GET orders/search': searchOrders,
  'POST webhook': partnerWebhook,
  'POST v2/webhook': partnerWebhookV2,
  'GET checkout/done': checkoutDone,
  'GET v2/checkout/done': checkoutDoneChecked,
}

module.exports = async function (context, req) {
  const handler = ROUTES[`${req.method} ${req.params.route || ''}`]
  if (!handler) {
    context.res = { status: 404 }
    return
  }
  try {
    await handler(context, req)
  } catch (err) {
    context.log.error(err)
    context.res = { status: 500, body: { error: err.message, stack: err.stack } } // expect: error-exposure
  }
}
