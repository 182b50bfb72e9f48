// corpus: path=src/routes/lookup.js
const fastify = require('fastify')({ logger: true })

fastify.get('/lookup', async (request) => {
  const sku = request.query.sku
  request.log.info({ sku }, 'lookup requested') // ok: log-injection
  return fastify.inventory.find(sku)
})

module.exports = fastify
