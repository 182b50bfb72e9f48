// corpus: path=src/server/orders.js
'use strict'

const fastify = require('fastify')({ logger: true })
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL })

const SORTABLE = new Set(['created_at', 'total', 'status'])
const PAGE_SIZE = 25

fastify.register(require('@fastify/cookie'))

function pageOf(query) {
  const page = Number.parseInt(query.page, 10)
  return Number.isFinite(page) && page > 0 ? page : 1
}

fastify.get('/orders', async (request, reply) => {
  const sort = SORTABLE.has(request.query.sort) ? request.query.sort : 'created_at'
  const page = pageOf(request.query)
  const rows = await knex('orders')
    .select('id', 'status', 'total', 'created_at')
    .where({ customer_id: request.user.id })
    .orderBy(sort, 'desc') // ok: sql-injection
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
  return rows
})

fastify.get('/orders/search', async (request) => {
  const term = String(request.query.q || '')
  const rows = await knex('orders')
    .whereRaw('customer_id = ? AND reference ILIKE ?', [request.user.id, `%${term}%`]) // ok: sql-injection
    .limit(PAGE_SIZE)
  return rows
})

fastify.get('/orders/export', async (request, reply) => {
  const { from, to } = request.query
  const { rows } = await knex.raw(
    `SELECT id, total, status FROM orders WHERE customer_id = ${request.user.id} AND created_at BETWEEN '${from}' AND '${to}'`, // expect: sql-injection
  )
  reply.header('content-type', 'text/csv')
  return rows.map((r) => `${r.id},${r.total},${r.status}`).join('\n')
})

fastify.get('/orders/:id/receipt', async (request, reply) => {
  const order = await knex('orders').where({ id: request.params.id, customer_id: request.user.id }).first()
  if (!order) return reply.code(404).send({ error: 'not_found' })
  const note = request.query.note || ''
  reply.type('text/html')
  return `<html><body><h1>Receipt ${order.id}</h1><p>${note}</p></body></html>` // expect: xss
})

fastify.get('/orders/:id/summary', async (request, reply) => {
  const order = await knex('orders').where({ id: request.params.id, customer_id: request.user.id }).first()
  if (!order) return reply.code(404).send({ error: 'not_found' })
  return { id: order.id, note: request.query.note || '', total: order.total } // ok: xss
})

fastify.post('/orders/:id/status', async (request, reply) => {
  const allowed = ['pending', 'shipped', 'cancelled']
  const status = request.body.status
  if (!allowed.includes(status)) return reply.code(422).send({ error: 'validation_failed' })
  await knex.raw(`UPDATE orders SET status = '${status}' WHERE id = ?`, [request.params.id]) // ok: sql-injection
  return { ok: true }
})

fastify.post('/orders/bulk-tag', async (request) => {
  const { tag, ids } = request.body
  const list = ids.map((id) => Number(id)).filter(Number.isInteger)
  await knex.raw(`UPDATE orders SET tags = array_append(tags, '${tag}') WHERE id = ANY(?)`, [list]) // expect: sql-injection
  return { updated: list.length }
})

fastify.get('/health', async () => ({ ok: true, at: new Date().toISOString() }))

fastify.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' })
