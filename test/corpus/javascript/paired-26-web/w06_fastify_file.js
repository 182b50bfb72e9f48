// corpus: path=src/routes/reports.js
const path = require('node:path')
const fs = require('node:fs')

const REPORTS = path.resolve(__dirname, '../../reports')

async function reports(fastify) {
  fastify.get('/reports/:name', async (request, reply) => {
    return reply.send(fs.createReadStream(path.join(REPORTS, request.params.name))) // expect: path-traversal
  })

  fastify.get('/v2/reports/:name', async (request, reply) => {
    if (!/^[\w-]+\.pdf$/.test(request.params.name)) return reply.code(400).send()
    return reply.send(fs.createReadStream(path.join(REPORTS, request.params.name))) // ok: path-traversal
  })
}

module.exports = reports
