// corpus: path=src/routes/orders.ts
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { createReadStream } from 'node:fs'
import path from 'node:path'

const ListQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('shipped'), Type.Literal('cancelled')])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  sort: Type.Optional(Type.String()),
  q: Type.Optional(Type.String({ maxLength: 100 })),
})

const SORTS = { newest: 'created_at DESC', oldest: 'created_at ASC', total: 'total_cents DESC' } as const
const INVOICE_DIR = path.resolve('var/invoices')

export default async function orderRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.authenticate)

  app.get('/orders', { schema: { querystring: ListQuery } }, async (req: FastifyRequest<{ Querystring: Static<typeof ListQuery> }>) => {
    const { status, limit = 25, sort, q } = req.query
    const orderBy = SORTS[sort as keyof typeof SORTS] ?? SORTS.newest
    const { rows } = await app.pg.query(
      `SELECT id, number, status, total_cents FROM orders
       WHERE account_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR number ILIKE '%' || $3 || '%')
       ORDER BY ${orderBy} LIMIT $4`,
      [req.user.accountId, status ?? null, q ?? null, limit],
    )
    return rows
  })

  app.get('/orders/export', { schema: { querystring: ListQuery } }, async (req: FastifyRequest<{ Querystring: Static<typeof ListQuery> }>, reply) => {
    const { rows } = await app.pg.query( // expect: sql-injection
      `SELECT number, status, total_cents, created_at FROM orders WHERE account_id = $1 ORDER BY ${req.query.sort ?? 'created_at'}`,
      [req.user.accountId],
    )
    reply.header('content-type', 'text/csv')
    return rows.map((r) => [r.number, r.status, r.total_cents, r.created_at.toISOString()].join(',')).join('\n')
  })

  app.get('/orders/:id', async (req: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const { rows } = await app.pg.query('SELECT * FROM orders WHERE account_id = $1 AND id = $2', [req.user.accountId, req.params.id])
    if (!rows[0]) return reply.code(404).send({ error: 'not_found' })
    return rows[0]
  })

  app.get('/orders/:id/invoice', async (req: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const { rows } = await app.pg.query('SELECT invoice_file FROM orders WHERE account_id = $1 AND id = $2', [req.user.accountId, req.params.id])
    if (!rows[0]?.invoice_file) return reply.code(404).send({ error: 'not_found' })
    reply.type('application/pdf')
    return reply.send(createReadStream(path.join(INVOICE_DIR, path.basename(rows[0].invoice_file)))) // ok: path-traversal
  })

  app.get('/orders/files/:name', async (req: FastifyRequest<{ Params: { name: string } }>, reply) => {
    reply.type('application/pdf')
    return reply.send(createReadStream(path.join(INVOICE_DIR, req.params.name))) // expect: path-traversal
  })

  app.post('/orders/:id/cancel', async (req: FastifyRequest<{ Params: { id: string }; Querystring: { returnTo?: string } }>, reply) => {
    await app.pg.query("UPDATE orders SET status = 'cancelled' WHERE account_id = $1 AND id = $2 AND status = 'open'", [req.user.accountId, req.params.id])
    const returnTo = req.query.returnTo
    if (returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//')) {
      return reply.redirect(returnTo) // ok: open-redirect
    }
    return reply.redirect('/orders')
  })

  app.get('/orders/:id/track', async (req: FastifyRequest<{ Params: { id: string }; Querystring: { carrierUrl?: string } }>, reply) => {
    const { rows } = await app.pg.query('SELECT tracking_url FROM orders WHERE account_id = $1 AND id = $2', [req.user.accountId, req.params.id])
    if (rows[0]?.tracking_url) return reply.redirect(rows[0].tracking_url) // ok: open-redirect
    return reply.redirect(req.query.carrierUrl ?? '/orders') // expect: open-redirect
  })
}
