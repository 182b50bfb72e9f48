// corpus: path=src/routes/products.ts
import { Hono } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { z } from 'zod'
import { sql } from '../db'

const ListQuery = z.object({
  sort: z.enum(['created_at', 'name', 'price_cents']).default('created_at'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
})

export const products = new Hono()

products.get('/', zValidator('query', ListQuery), async (c) => {
  const { sort, dir, page } = c.req.valid('query')
  const rows = await sql.unsafe( // ok: sql-injection
    `SELECT id, name, price_cents FROM products WHERE archived = false ORDER BY ${sort} ${dir} LIMIT 50 OFFSET ${(page - 1) * 50}`,
  )
  return c.json(rows)
})
