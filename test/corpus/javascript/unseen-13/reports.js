// corpus: path=src/plugins/reports.js
'use strict'

const { execFile, exec } = require('node:child_process')
const { promisify } = require('node:util')
const os = require('node:os')
const path = require('node:path')

const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)

const SORTABLE = { created: 'created_at', total: 'total_cents', customer: 'customer_name' }

module.exports = async function reports(fastify) {
  const { knex } = fastify

  fastify.get('/reports/orders', async (request) => {
    const { status = 'open', sort = 'created' } = request.query
    const column = SORTABLE[sort] ?? 'created_at'
    return knex('orders').where({ status }).orderBy(column, 'desc').limit(100)
  })

  fastify.get('/reports/search', async (request) => {
    const term = request.query.q || ''
    return knex.raw(`select id, customer_name from orders where customer_name ilike '%${term}%'`) // expect: sql-injection
  })

  fastify.get('/reports/search-safe', async (request) => {
    const term = request.query.q || ''
    return knex.raw('select id, customer_name from orders where customer_name ilike ?', [`%${term}%`]) // ok: sql-injection
  })

  fastify.get('/reports/by-region', async (request) => {
    const region = request.query.region
    return knex('orders').whereRaw(`region = '${region}'`).select('id', 'total_cents') // expect: sql-injection
  })

  fastify.post('/reports/export', async (request, reply) => {
    const { format = 'csv', month } = request.body
    const out = path.join(os.tmpdir(), `orders-${Date.now()}.${format === 'xlsx' ? 'xlsx' : 'csv'}`)
    await execAsync(`report-cli export --month ${month} --out ${out}`) // expect: command-injection
    return reply.sendFile(path.basename(out), os.tmpdir())
  })

  fastify.post('/reports/export-safe', async (request, reply) => {
    const { month } = request.body
    if (!/^\d{4}-\d{2}$/.test(month)) return reply.code(400).send({ error: 'month must be YYYY-MM' })
    const out = path.join(os.tmpdir(), `orders-${Date.now()}.csv`)
    await execFileAsync('report-cli', ['export', '--month', month, '--out', out]) // ok: command-injection
    return reply.sendFile(path.basename(out), os.tmpdir())
  })

  fastify.get('/reports/summary', async () => {
    const [{ count }] = await knex('orders').count({ count: '*' })
    const [{ sum }] = await knex('orders').sum({ sum: 'total_cents' })
    return { count: Number(count), revenue: Number(sum) / 100 }
  })
}
