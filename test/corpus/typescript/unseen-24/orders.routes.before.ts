import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'

const ListQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('shipped'), Type.Literal('cancelled')])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
})

export default async function orderRoutes(app: FastifyInstance) {
  app.addHook('onRequest', app.authenticate)

  app.get('/orders', { schema: { querystring: ListQuery } }, async (req: FastifyRequest<{ Querystring: Static<typeof ListQuery> }>) => {
    const { status, limit = 25 } = req.query
    const { rows } = await app.pg.query(
      `SELECT id, number, status, total_cents FROM orders
       WHERE account_id = $1 AND ($2::text IS NULL OR status = $2)
       ORDER BY created_at DESC LIMIT $3`,
      [req.user.accountId, status ?? null, limit],
    )
    return rows
  })

  app.get('/orders/:id', async (req: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const { rows } = await app.pg.query('SELECT * FROM orders WHERE account_id = $1 AND id = $2', [req.user.accountId, req.params.id])
    if (!rows[0]) return reply.code(404).send({ error: 'not_found' })
    return rows[0]
  })
}
