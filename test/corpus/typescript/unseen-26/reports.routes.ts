// corpus: path=src/routes/reports.ts
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import { pool } from '../db/pool'

const run = promisify(execFile)
const REPORT_DIR = path.resolve(process.env.REPORT_DIR ?? './var/reports')
const SORTABLE = new Set(['created_at', 'total', 'customer_name'])

interface ListQuery {
  customer?: string
  sort?: string
  dir?: 'asc' | 'desc'
  status?: string
}

export default async function reportRoutes(app: FastifyInstance) {
  app.get('/reports/orders', async (req: FastifyRequest<{ Querystring: ListQuery }>, reply: FastifyReply) => {
    const { customer, sort = 'created_at', dir = 'desc', status } = req.query
    const column = SORTABLE.has(sort) ? sort : 'created_at'
    const direction = dir === 'asc' ? 'ASC' : 'DESC'
    const params: unknown[] = []
    let where = 'WHERE tenant_id = $1'
    params.push(req.user.tenantId)
    if (customer) {
      params.push(`%${customer}%`)
      where += ` AND customer_name ILIKE $${params.length}`
    }
    const { rows } = await pool.query(`SELECT id, customer_name, total, created_at FROM orders ${where} ORDER BY ${column} ${direction} LIMIT 200`, params) // ok: sql-injection
    if (status) {
      const filtered = await pool.query(`SELECT id FROM orders WHERE tenant_id = $1 AND status = '${status}'`, [req.user.tenantId]) // expect: sql-injection
      return reply.send({ rows, matching: filtered.rowCount })
    }
    return reply.send({ rows })
  })

  app.get('/reports/files/:name', async (req: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) => {
    const file = path.join(REPORT_DIR, req.params.name)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return reply.code(404).send({ error: 'not_found' })
    return reply.type('text/csv').send(createReadStream(file)) // expect: path-traversal
  })

  app.get('/reports/archive/:name', async (req: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) => {
    const file = path.resolve(REPORT_DIR, path.basename(req.params.name))
    if (!file.startsWith(REPORT_DIR + path.sep)) return reply.code(400).send({ error: 'bad_name' })
    return reply.type('application/zip').send(createReadStream(file)) // ok: path-traversal
  })

  app.post('/reports/:id/pdf', async (req: FastifyRequest<{ Params: { id: string }; Body: { title?: string } }>, reply: FastifyReply) => {
    const id = Number.parseInt(req.params.id, 10)
    if (!Number.isInteger(id)) return reply.code(400).send({ error: 'bad_id' })
    const source = path.join(REPORT_DIR, `${id}.html`)
    const out = path.join(REPORT_DIR, `${id}.pdf`)
    await run('wkhtmltopdf', ['--title', req.body.title ?? 'Report', source, out]) // ok: command-injection
    return reply.send({ url: `/reports/files/${id}.pdf` })
  })

  app.post('/reports/:id/thumbnail', async (req: FastifyRequest<{ Params: { id: string }; Body: { size: string } }>, reply: FastifyReply) => {
    const source = path.join(REPORT_DIR, `${Number(req.params.id)}.pdf`)
    exec(`convert -density 72 -resize ${req.body.size} ${source}[0] ${source}.png`, (err) => { // expect: command-injection
      if (err) req.log.error({ err }, 'thumbnail failed')
    })
    return reply.code(202).send({ queued: true })
  })
}
