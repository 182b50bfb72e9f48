import Router from '@koa/router'
import type { Knex } from 'knex'
import { z } from 'zod'
import { requireUser } from '../middleware/auth'
import { renderLayout } from '../views/layout'

const PAGE_SIZE = 24

const createSchema = z.object({
  name: z.string().min(1).max(120),
  sku: z.string().regex(/^[A-Z0-9-]{4,32}$/),
  priceCents: z.number().int().nonnegative(),
})

export function catalogRouter(db: Knex): Router {
  const router = new Router({ prefix: '/catalog' })

  router.get('/', async (ctx) => {
    const page = Math.max(1, Number(ctx.query.page ?? 1))
    const rows = await db('products')
      .select('id', 'name', 'sku', 'price_cents')
      .orderBy('name')
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE)
    ctx.body = { page, items: rows }
  })

  router.get('/search', async (ctx) => {
    const { q, category } = ctx.query as { q?: string; category?: string }
    if (!q) {
      ctx.status = 400
      ctx.body = { error: 'q is required' }
      return
    }
    const rows = await db('products')
      .where('name', 'ilike', `%${q}%`)
      .andWhere('category', category ?? 'all')
      .limit(PAGE_SIZE)
    ctx.body = { items: rows }
  })

  router.post('/', requireUser, async (ctx) => {
    const parsed = createSchema.safeParse(ctx.request.body)
    if (!parsed.success) {
      ctx.status = 422
      ctx.body = { error: parsed.error.flatten() }
      return
    }
    const [row] = await db('products').insert({
      name: parsed.data.name,
      sku: parsed.data.sku,
      price_cents: parsed.data.priceCents,
    }).returning('*')
    ctx.status = 201
    ctx.body = row
  })

  router.get('/:id', async (ctx) => {
    const row = await db('products').where({ id: ctx.params.id }).first()
    if (!row) ctx.throw(404, 'product not found')
    ctx.body = row
  })

  return router
}
