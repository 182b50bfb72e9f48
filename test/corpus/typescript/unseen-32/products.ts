// corpus: path=src/routes/products.ts
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { createReadStream } from 'node:fs'
import { join } from 'node:path'

const Product = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  price_cents: Type.Integer(),
  category: Type.String(),
})

const IMAGE_DIR = process.env.PRODUCT_IMAGE_DIR ?? '/srv/product-images'

const products: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/products',
    {
      schema: {
        querystring: Type.Object({
          sort: Type.Union([Type.Literal('name'), Type.Literal('price_cents'), Type.Literal('created_at')], { default: 'name' }),
          dir: Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' }),
          limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
        }),
        response: { 200: Type.Array(Product) },
      },
    },
    async (request) => {
      const { sort, dir, limit } = request.query
      // Fastify validates the query against the schema before the handler runs: sort and dir can only be the listed literals
      const { rows } = await app.pg.query(`SELECT id, name, price_cents, category FROM products ORDER BY ${sort} ${dir} LIMIT ${limit}`) // ok: sql-injection
      return rows
    },
  )

  app.get(
    '/products/search',
    {
      schema: {
        querystring: Type.Object({
          q: Type.String({ minLength: 2, maxLength: 80 }),
          category: Type.Optional(Type.String()),
        }),
        response: { 200: Type.Array(Product) },
      },
    },
    async (request) => {
      const { q, category } = request.query
      // a length limit says nothing about quotes
      let sql = `SELECT id, name, price_cents, category FROM products WHERE name ILIKE '%${q}%'`
      if (category) sql += ` AND category = '${category}'`
      const { rows } = await app.pg.query(sql) // expect: sql-injection
      return rows
    },
  )

  app.get(
    '/products/by-category',
    {
      schema: {
        querystring: Type.Object({ category: Type.String(), page: Type.Integer({ minimum: 1, default: 1 }) }),
      },
    },
    async (request) => {
      const { category, page } = request.query
      const { rows } = await app.pg.query('SELECT id, name, price_cents FROM products WHERE category = $1 ORDER BY name LIMIT 20 OFFSET $2', [category, (page - 1) * 20]) // ok: sql-injection
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

  app.get(
    '/products/:id/image',
    { schema: { params: Type.Object({ id: Type.Integer() }), querystring: Type.Object({ variant: Type.String() }) } },
    async (request, reply) => {
      const file = join(IMAGE_DIR, String(request.params.id), `${request.query.variant}.webp`)
      return reply.type('image/webp').send(createReadStream(file)) // expect: path-traversal
    },
  )

  app.get(
    '/products/:id/thumb',
    {
      schema: {
        params: Type.Object({ id: Type.Integer() }),
        querystring: Type.Object({ size: Type.Union([Type.Literal('s'), Type.Literal('m'), Type.Literal('l')]) }),
      },
    },
    async (request, reply) => {
      const file = join(IMAGE_DIR, String(request.params.id), `thumb-${request.query.size}.webp`)
      return reply.type('image/webp').send(createReadStream(file)) // ok: path-traversal
    },
  )

  app.put(
    '/products/:id',
    {
      schema: {
        params: Type.Object({ id: Type.Integer() }),
        body: Type.Object({ name: Type.String(), price_cents: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
      },
    },
    async (request) => {
      const { id } = request.params
      const { rows } = await app.pg.query('UPDATE products SET name = $1, price_cents = $2 WHERE id = $3 RETURNING *', [request.body.name, request.body.price_cents, id]) // ok: sql-injection
      return rows[0]
    },
  )

  app.get(
    '/products/export',
    { schema: { querystring: Type.Object({ filename: Type.String({ default: 'products.csv' }) }) } },
    async (request, reply) => {
      const { rows } = await app.pg.query('SELECT id, name, price_cents, category FROM products ORDER BY id')
      reply.header('content-disposition', `attachment; filename=${request.query.filename}`) // expect: header-injection
      return rows.map((r) => `${r.id},${JSON.stringify(r.name)},${r.price_cents},${r.category}`).join('\n')
    },
  )
}

export default products
