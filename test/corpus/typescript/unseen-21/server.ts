// corpus: path=src/server.ts
import Fastify, { FastifyReply, FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'
import fastifyMultipart from '@fastify/multipart'
import { Type, Static } from '@sinclair/typebox'
import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { createWriteStream } from 'node:fs'
import path from 'node:path'
import { Pool } from 'pg'
import { request } from 'undici'

const pool = new Pool({ connectionString: process.env.DATABASE_URL })
const DOWNLOADS = path.resolve('storage/downloads')

const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } })
await app.register(fastifyStatic, { root: path.resolve('public'), prefix: '/static/' })
await app.register(fastifyMultipart, { limits: { fileSize: 10 * 1024 * 1024 } })

const TicketQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
  assignee: Type.Optional(Type.String()),
  page: Type.Integer({ minimum: 1, default: 1 }),
})
type TicketQuery = Static<typeof TicketQuery>

const TicketParams = Type.Object({ id: Type.Integer() })
type TicketParams = Static<typeof TicketParams>

app.get<{ Querystring: TicketQuery }>('/tickets', { schema: { querystring: TicketQuery } }, async (req) => {
  const { status, assignee, page } = req.query
  const clauses: string[] = []
  const values: unknown[] = []
  if (status) {
    values.push(status)
    clauses.push(`status = $${values.length}`)
  }
  if (assignee) {
    values.push(assignee)
    clauses.push(`assignee = $${values.length}`)
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''
  const { rows } = await pool.query(`SELECT * FROM tickets ${where} ORDER BY id DESC LIMIT 50 OFFSET ${(page - 1) * 50}`, values) // ok: sql-injection
  return rows
})

app.get<{ Params: TicketParams }>('/tickets/:id', { schema: { params: TicketParams } }, async (req, reply) => {
  const { rows } = await pool.query(`SELECT * FROM tickets WHERE id = ${req.params.id}`) // ok: sql-injection
  if (!rows.length) return reply.code(404).send({ error: 'not_found' })
  return rows[0]
})

app.get<{ Querystring: { label: string } }>('/tickets/by-label', async (req) => {
  const { rows } = await pool.query(`SELECT t.* FROM tickets t JOIN labels l ON l.ticket_id = t.id WHERE l.name = '${req.query.label}'`) // expect: sql-injection
  return rows
})

app.get<{ Params: { file: string } }>('/downloads/:file', async (req, reply) => {
  const full = path.join(DOWNLOADS, req.params.file)
  reply.header('content-disposition', `attachment; filename="${path.basename(full)}"`)
  return reply.send(createReadStream(full)) // expect: path-traversal
})

app.get<{ Params: { asset: string } }>('/assets/:asset', async (req, reply) => {
  return reply.sendFile(req.params.asset) // ok: path-traversal
})

app.post('/imports', async (req: FastifyRequest, reply: FastifyReply) => {
  const part = await req.file()
  if (!part) return reply.code(400).send({ error: 'file required' })
  const dest = path.join('storage/imports', `${Date.now()}-${path.basename(part.filename)}`)
  await pipeline(part.file, createWriteStream(dest)) // ok: path-traversal
  return { stored: dest }
})

app.get<{ Querystring: { q?: string } }>('/help', async (req, reply) => {
  const q = req.query.q ?? ''
  reply.type('text/html')
  return `<!doctype html><h1>Help</h1><p>No articles match <em>${q}</em>.</p>` // expect: xss
})

app.post<{ Body: { callback: string; ticketId: number } }>('/tickets/notify', async (req) => {
  const { callback, ticketId } = req.body
  const res = await request(callback, { method: 'POST', body: JSON.stringify({ ticketId }) }) // expect: ssrf
  return { delivered: res.statusCode < 300 }
})

app.setErrorHandler((err, _req, reply) => {
  app.log.error(err)
  reply.code(err.statusCode ?? 500).send({ error: err.code ?? 'internal_error', message: err.message })
})

await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' })
