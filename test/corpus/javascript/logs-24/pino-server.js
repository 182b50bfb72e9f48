// corpus: path=src/server.js
const fastify = require('fastify')({ logger: true })
const pino = require('pino')

const audit = pino({ name: 'audit' })

fastify.get('/files/:name', async (request, reply) => {
  const { name } = request.params
  request.log.info({ file: name }, 'file requested')  // ok: log-injection
  audit.info(`download of ${name} by ${request.headers['x-user']}`)  // expect: log-injection
  return reply.sendFile(name.replace(/[^\w.-]/g, '_'))
})

fastify.post('/feedback', async (request) => {
  const { rating, comment } = request.body
  audit.info({ rating: Number(rating), length: comment.length }, 'feedback received')  // ok: log-injection
  request.log.warn('feedback comment: ' + comment)  // expect: log-injection
  return { thanks: true }
})

fastify.listen({ port: Number(process.env.PORT) || 3000 })
