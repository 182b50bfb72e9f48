// corpus: path=src/modules/catalog/catalog.routes.ts
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { RequestContext, raw, type EntityManager } from '@mikro-orm/postgresql'
import { Product } from './product.entity'
import { Category } from './category.entity'

interface SearchQuery {
  q?: string
  category?: string
  minPrice?: string
  maxPrice?: string
  sort?: string
  page?: string
}

const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = {
  price_asc: { priceCents: 'asc' },
  price_desc: { priceCents: 'desc' },
  newest: { createdAt: 'desc' },
}

function em(): EntityManager {
  return RequestContext.getEntityManager() as EntityManager
}

export async function catalogRoutes(app: FastifyInstance) {
  app.get('/products', async (request: FastifyRequest<{ Querystring: SearchQuery }>) => {
    const { q, category, minPrice, maxPrice, sort, page } = request.query
    const where: Record<string, unknown> = { published: true }
    if (q) where.name = { $ilike: `%${q}%` }
    if (category) where.category = { slug: category }
    if (minPrice || maxPrice) {
      where.priceCents = {
        ...(minPrice ? { $gte: Number(minPrice) } : {}),
        ...(maxPrice ? { $lte: Number(maxPrice) } : {}),
      }
    }
    const offset = (Math.max(1, parseInt(page ?? '1')) - 1) * 24 // expect: parseint-radix
    const [items, total] = await em().findAndCount(Product, where, { // ok: sql-injection
      orderBy: SORTS[sort ?? ''] ?? { createdAt: 'desc' },
      limit: 24,
      offset,
      populate: ['category'],
    })
    return { items, total }
  })

  app.get('/products/facets', async (request: FastifyRequest<{ Querystring: { attribute: string; category?: string } }>) => {
    const { attribute, category } = request.query
    const rows = await em().execute( // expect: sql-injection
      `select attributes->>'${attribute}' as value, count(*)::int as n
         from product
        where published and (? is null or category_id = (select id from category where slug = ?))
        group by 1 order by n desc limit 30`,
      [category ?? null, category ?? null],
    )
    return rows
  })

  app.get('/products/suggest', async (request: FastifyRequest<{ Querystring: { q: string } }>) => {
    const rows = await em().execute( // ok: sql-injection
      'select id, name from product where published and name % ? order by similarity(name, ?) desc limit 8',
      [request.query.q, request.query.q],
    )
    return rows
  })

  app.get('/categories/:slug/top', async (request: FastifyRequest<{ Params: { slug: string }; Querystring: { metric?: string } }>) => {
    const metric = request.query.metric ?? 'units_sold'
    const qb = em().createQueryBuilder(Product, 'p')
    const products = await qb
      .select(['p.id', 'p.name', 'p.priceCents'])
      .join('p.category', 'c')
      .where({ 'c.slug': request.params.slug })
      .orderBy({ [raw(`p.stats->>'${metric}'`)]: 'desc' }) // expect: sql-injection
      .limit(10)
      .getResultList()
    return products
  })

  app.post('/categories', async (request: FastifyRequest<{ Body: { name: string; parentId?: string } }>, reply: FastifyReply) => {
    const category = em().create(Category, request.body) // expect: mass-assignment
    await em().persistAndFlush(category)
    return reply.code(201).send(category)
  })

  app.patch('/products/:id', async (request: FastifyRequest<{ Params: { id: string }; Body: { name?: string; priceCents?: number } }>, reply: FastifyReply) => {
    const product = await em().findOneOrFail(Product, { id: request.params.id })
    const { name, priceCents } = request.body
    em().assign(product, { name, priceCents }) // ok: mass-assignment
    await em().flush()
    return reply.send(product)
  })

  app.get('/products/:id/reviews', async (request: FastifyRequest<{ Params: { id: string }; Querystring: { stars?: string } }>) => {
    const stars = request.query.stars ? Number.parseInt(request.query.stars, 10) : null // ok: parseint-radix
    const qb = em().createQueryBuilder('review', 'r')
    qb.select('*').where({ product: request.params.id })
    if (stars !== null && Number.isInteger(stars)) qb.andWhere({ stars })
    return qb.orderBy({ createdAt: 'desc' }).limit(20).execute()
  })
}
