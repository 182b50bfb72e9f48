// corpus: path=src/routes/catalog.router.ts
import Router from '@koa/router'
import type { Knex } from 'knex'
import { z } from 'zod'
import escapeHtml from 'escape-html'
import { requireUser } from '../middleware/auth'
import { renderLayout } from '../views/layout'

const PAGE_SIZE = 24
const SORT_COLUMNS: Record<string, string> = { name: 'name', price: 'price_cents', newest: 'created_at' }

const createSchema = z.object({
  name: z.string().min(1).max(120),
  sku: z.string().regex(/^[A-Z0-9-]{4,32}$/),
  priceCents: z.number().int().nonnegative(),
})

export function catalogRouter(db: Knex): Router {
  const router = new Router({ prefix: '/catalog' })

  router.get('/', async (ctx) => {
    const page = Math.max(1, Number(ctx.query.page ?? 1))
    const sort = SORT_COLUMNS[String(ctx.query.sort ?? 'name')] ?? 'name'
    const rows = await db('products')
      .select('id', 'name', 'sku', 'price_cents')
      .orderByRaw(`${sort} ASC`) // ok: sql-injection
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE)
    ctx.body = { page, items: rows }
  })

  router.get('/search', async (ctx) => {
    const { q, category } = ctx.query as { q?: string; category?: string }
    if (!q) {
      ctx.status = 400
      ctx.body = '<p>Nothing to search for: ' + ctx.query.q + '</p>' // expect: xss
      return
    }
    const rows = await db('products')
      .whereRaw(`name ILIKE '%${q}%'`) // expect: sql-injection
      .andWhere('category', category ?? 'all')
      .limit(PAGE_SIZE)
    if (ctx.accepts('html')) {
      ctx.type = 'html'
      ctx.body = renderLayout(`<h1>Results for ${escapeHtml(q)}</h1>`) // ok: xss
      return
    }
    ctx.body = { items: rows }
  })

  router.get('/by-tag', async (ctx) => {
    const tag = String(ctx.query.tag ?? '')
    const rows = await db.raw('SELECT p.* FROM products p JOIN product_tags t ON t.product_id = p.id WHERE t.tag = ?', [tag]) // ok: sql-injection
    ctx.body = { items: rows.rows }
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

  router.post('/bulk-price', requireUser, async (ctx) => {
    const { column, percent } = ctx.request.body as { column: string; percent: number }
    await db.raw(`UPDATE products SET ${column} = ${column} * (1 + ?)`, [percent / 100]) // expect: sql-injection
    ctx.status = 204
  })

  router.get('/:id', async (ctx) => {
    const row = await db('products').where({ id: ctx.params.id }).first()
    if (!row) ctx.throw(404, 'product not found')
    ctx.body = row
  })

  router.get('/:id/buy', async (ctx) => {
    const back = String(ctx.query.return_to ?? '/catalog')
    ctx.redirect(back) // expect: open-redirect
  })

  router.get('/:id/share', async (ctx) => {
    const back = String(ctx.query.return_to ?? '')
    ctx.redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/catalog') // ok: open-redirect
  })

  return router
}
