// corpus: path=src/plugins/errors.js
const fp = require('fastify-plugin')

async function errors(fastify) {
  fastify.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'request failed')
    if (error.validation) {
      return reply.status(400).send({ error: 'Bad Request', details: error.validation })  // ok: error-exposure
    }
    reply.status(500).send({ error: 'Internal Server Error', trace: error.stack })  // expect: error-exposure
  })

  fastify.get('/health', async (request, reply) => {
    try {
      await fastify.db.query('SELECT 1')
      return { ok: true }
    } catch (err) {
      request.log.error(err)
      return reply.code(503).send({ ok: false })  // ok: error-exposure
    }
  })
}

module.exports = fp(errors)
