// corpus: path=src/routes/inventory.js
'use strict'

const inventorySchema = {
  type: 'object',
  required: ['sku', 'warehouse', 'quantity'],
  properties: {
    sku: { type: 'string', pattern: '^[A-Z0-9-]{3,32}$' },
    warehouse: { type: 'string', enum: ['BER', 'AMS', 'NYC'] },
    quantity: { type: 'integer', minimum: 0, maximum: 100000 },
  },
  additionalProperties: false,
}

module.exports = async function inventoryRoutes(fastify) {
  const { db } = fastify

  fastify.get('/inventory/:sku', {
    schema: { params: { type: 'object', properties: { sku: { type: 'string' } }, required: ['sku'] } },
    handler: async (request, reply) => {
      const rows = await db.query('SELECT warehouse, quantity FROM inventory WHERE sku = $1', [request.params.sku])
      if (rows.length === 0) return reply.code(404).send({ error: 'unknown sku' })
      return { sku: request.params.sku, stock: rows }
    },
  })

  fastify.put('/inventory', {
    schema: { body: inventorySchema },
    preHandler: fastify.auth([fastify.verifyStaff]),
    handler: async (request, reply) => {
      const { sku, warehouse, quantity } = request.body
      await db.query(
        `INSERT INTO inventory (sku, warehouse, quantity) VALUES ($1, $2, $3)
         ON CONFLICT (sku, warehouse) DO UPDATE SET quantity = EXCLUDED.quantity, updated_at = now()`,
        [sku, warehouse, quantity],
      )
      request.log.info({ sku, warehouse, quantity }, 'inventory updated')
      return reply.code(204).send()
    },
  })

  fastify.get('/inventory/low', {
    handler: async (request) => {
      const threshold = Number.isInteger(Number(request.query.threshold)) ? Number(request.query.threshold) : 10
      return db.query('SELECT sku, warehouse, quantity FROM inventory WHERE quantity < $1 ORDER BY quantity', [threshold])
    },
  })
}
