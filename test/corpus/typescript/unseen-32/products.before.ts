import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'

const Product = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  price_cents: Type.Integer(),
  category: Type.String(),
})

const products: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/products',
    {
      schema: {
        querystring: Type.Object({
          sort: Type.Union([Type.Literal('name'), Type.Literal('price_cents'), Type.Literal('created_at')], { default: 'name' }),
          limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
        }),
        response: { 200: Type.Array(Product) },
      },
    },
    async (request) => {
      const { sort, limit } = request.query
      const { rows } = await app.pg.query(`SELECT id, name, price_cents, category FROM products ORDER BY ${sort} LIMIT ${limit}`)
      return rows
    },
  )

  app.get(
    '/products/:id',
    { schema: { params: Type.Object({ id: Type.Integer() }), response: { 200: Product } } },
    async (request, reply) => {
      const { rows } = await app.pg.query('SELECT id, name, price_cents, category FROM products WHERE id = $1', [request.params.id])
      if (rows.length === 0) return reply.code(404).send()
      return rows[0]
    },
  )
}

export default products
