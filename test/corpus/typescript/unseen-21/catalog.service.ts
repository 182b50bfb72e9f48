// corpus: path=src/catalog/catalog.service.ts
import { Injectable, Logger, NotFoundException } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { DataSource, In, Repository } from 'typeorm'
import { Product } from './product.entity'
import { Click } from './click.entity'

export interface ProductFilter {
  q?: string
  brand?: string
  minPrice?: number
  tags?: string[]
  sortBy?: string
}

const SORTABLE: Record<string, string> = {
  name: 'p.name',
  price: 'p.price',
  newest: 'p.createdAt',
}

@Injectable()
export class CatalogService {
  private readonly logger = new Logger(CatalogService.name)

  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(Click) private readonly clicks: Repository<Click>,
    private readonly dataSource: DataSource,
  ) {}

  async search(q: string, brand?: string) {
    const qb = this.products.createQueryBuilder('p').where('p.published = true')
    if (q) qb.andWhere(`p.name ILIKE '%${q}%'`) // expect: sql-injection
    if (brand) qb.andWhere('p.brand = :brand', { brand }) // ok: sql-injection
    return qb.orderBy('p.name').take(50).getMany()
  }

  async filter(filter: ProductFilter) {
    const qb = this.products.createQueryBuilder('p').where('p.published = true')
    if (filter.q) qb.andWhere('p.name ILIKE :q', { q: `%${filter.q}%` }) // ok: sql-injection
    if (filter.minPrice !== undefined) qb.andWhere('p.price >= :min', { min: filter.minPrice })
    if (filter.tags?.length) qb.andWhere('p.tags && :tags', { tags: filter.tags })
    const column = SORTABLE[filter.sortBy ?? 'newest'] ?? 'p.createdAt'
    qb.orderBy(column, 'DESC') // ok: sql-injection
    return qb.take(100).getMany()
  }

  async facetCounts(filter: ProductFilter) {
    const where = filter.brand ? `WHERE brand = '${filter.brand}'` : ''
    return this.dataSource.query(`SELECT category_id, count(*)::int AS n FROM products ${where} GROUP BY category_id`) // expect: sql-injection
  }

  async byIds(ids: string[]) {
    return this.products.findBy({ id: In(ids) })
  }

  async get(id: string) {
    const product = await this.products.findOne({ where: { id }, relations: { images: true } })
    if (!product) throw new NotFoundException(`product ${id} not found`)
    return product
  }

  async recordClick(target: string) {
    try {
      await this.clicks.insert({ target, at: new Date() })
    } catch (err) {
      this.logger.warn(`click not recorded: ${(err as Error).message}`)
    }
  }

  async topSellers(days = 30) {
    return this.dataSource.query(
      `SELECT product_id, sum(quantity) AS sold
         FROM order_items
        WHERE created_at > now() - ($1 || ' days')::interval
        GROUP BY product_id
        ORDER BY sold DESC
        LIMIT 10`,
      [days],
    )
  }
}
