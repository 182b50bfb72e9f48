// corpus: path=src/export-api.js
const fastify = require('fastify')({ logger: true })
const { exportRows } = require('./exports')

const FORMATS = { csv: 'text/csv', tsv: 'text/tab-separated-values', json: 'application/json' }

fastify.get('/exports/:table', async (request, reply) => {
  const rows = await exportRows(request.params.table)
  reply.header('Content-Type', request.query.format)  // expect: header-injection
  return rows
})

fastify.get('/exports/:table/typed', async (request, reply) => {
  const type = FORMATS[request.query.format] || FORMATS.csv
  const rows = await exportRows(request.params.table)
  reply.header('Content-Type', type)  // ok: header-injection
  return rows
})

fastify.get('/exports/:table/file', async (request, reply) => {
  const rows = await exportRows(request.params.table)
  const filename = request.query.filename.replace(/[^\w.-]/g, '_')
  reply.header('Content-Disposition', `attachment; filename="${filename}"`)  // ok: header-injection
  return rows
})

fastify.listen({ port: Number(process.env.PORT) || 3000 })
