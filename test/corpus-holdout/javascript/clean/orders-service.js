// corpus: path=src/services/orders.js
const { randomUUID } = require('node:crypto')
const { EventEmitter } = require('node:events')
const { pool } = require('../db')
const { NotFoundError, ConflictError, ValidationError } = require('../errors')
const logger = require('../logger')

const STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled']
const TRANSITIONS = {
  pending: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
}

const events = new EventEmitter()

function validateItems(items) {
  if (!Array.isArray(items) || items.length === 0) {
    throw new ValidationError('an order needs at least one item')
  }
  for (const [i, item] of items.entries()) {
    if (typeof item.sku !== 'string' || item.sku.length === 0) {
      throw new ValidationError(`items[${i}].sku is required`)
    }
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > 999) {
      throw new ValidationError(`items[${i}].quantity must be between 1 and 999`)
    }
  }
}

async function priceItems(client, items) {
  const skus = items.map((i) => i.sku)
  const { rows } = await client.query('SELECT sku, price_cents FROM products WHERE sku = ANY($1)', [skus])
  const prices = new Map(rows.map((r) => [r.sku, r.price_cents]))
  return items.map((item) => {
    const price = prices.get(item.sku)
    if (price === undefined) throw new ValidationError(`unknown sku ${item.sku}`)
    return { ...item, priceCents: price, totalCents: price * item.quantity }
  })
}

async function createOrder(customerId, items) {
  validateItems(items)
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const priced = await priceItems(client, items)
    const totalCents = priced.reduce((sum, i) => sum + i.totalCents, 0)
    const id = randomUUID()
    await client.query(
      'INSERT INTO orders (id, customer_id, status, total_cents) VALUES ($1, $2, $3, $4)',
      [id, customerId, 'pending', totalCents],
    )
    for (const item of priced) {
      await client.query(
        'INSERT INTO order_items (order_id, sku, quantity, price_cents) VALUES ($1, $2, $3, $4)',
        [id, item.sku, item.quantity, item.priceCents],
      )
    }
    await client.query('COMMIT')
    events.emit('order.created', { id, customerId, totalCents })
    logger.info({ orderId: id, totalCents }, 'order created')
    return { id, status: 'pending', totalCents, items: priced }
  } catch (err) {
    await client.query('ROLLBACK')
    throw err
  } finally {
    client.release()
  }
}

async function getOrder(id) {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [id])
  if (rows.length === 0) throw new NotFoundError(`order ${id} not found`)
  const { rows: items } = await pool.query('SELECT sku, quantity, price_cents FROM order_items WHERE order_id = $1', [id])
  return { ...rows[0], items }
}

async function transition(id, next) {
  if (!STATUSES.includes(next)) throw new ValidationError(`unknown status ${next}`)
  const order = await getOrder(id)
  if (!TRANSITIONS[order.status].includes(next)) {
    throw new ConflictError(`cannot move order from ${order.status} to ${next}`)
  }
  const { rowCount } = await pool.query(
    'UPDATE orders SET status = $1, updated_at = now() WHERE id = $2 AND status = $3',
    [next, id, order.status],
  )
  if (rowCount === 0) throw new ConflictError('order changed concurrently, retry')
  events.emit(`order.${next}`, { id })
  return { ...order, status: next }
}

async function listForCustomer(customerId, { limit = 20, before } = {}) {
  const params = [customerId, Math.min(limit, 100)]
  let sql = 'SELECT id, status, total_cents, created_at FROM orders WHERE customer_id = $1'
  if (before) {
    params.push(before)
    sql += ' AND created_at < $3'
  }
  sql += ' ORDER BY created_at DESC LIMIT $2'
  const { rows } = await pool.query(sql, params)
  return rows
}

module.exports = { createOrder, getOrder, transition, listForCustomer, events, STATUSES }
