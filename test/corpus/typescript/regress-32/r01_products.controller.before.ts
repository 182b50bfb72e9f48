import { Controller, Get, NotFoundException, Param, ParseIntPipe, Query, UseGuards } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository } from 'typeorm'
import { JwtAuthGuard } from '../auth/jwt-auth.guard'
import { Product } from './product.entity'

const PAGE_SIZE = 40
const SORTS: Record<string, string> = {
  name: 'p.name',
  price: 'p.priceCents',
  newest: 'p.createdAt',
}

@Controller('products')
@UseGuards(JwtAuthGuard)
export class ProductsController {
  constructor(@InjectRepository(Product) private readonly products: Repository<Product>) {}

  @Get()
  async list(
    @Query('q') q?: string,
    @Query('brand') brand?: string,
    @Query('category') category?: string,
    @Query('sort') sort = 'name',
    @Query('page') page = '1',
  ) {
    const qb = this.products
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.brand', 'b')
      .where('p.published = true')
    if (q) qb.andWhere('p.name ILIKE :q', { q: `%${q}%` })
    if (brand) qb.andWhere('b.slug = :brand', { brand })
    qb.orderBy(SORTS[sort] ?? SORTS.name, 'ASC')
    const pageNo = Math.max(1, Number.parseInt(page, 10) || 1)
    const [items, total] = await qb
      .skip((pageNo - 1) * PAGE_SIZE)
      .take(PAGE_SIZE)
      .getManyAndCount()
    return { items, total, page: pageNo }
  }

  @Get('facets')
  async facets(@Query('category') category?: string, @Query('order') order = 'count') {
    const qb = this.products
      .createQueryBuilder('p')
      .innerJoin('p.brand', 'b')
      .select('b.slug', 'brand')
      .addSelect('COUNT(*)', 'count')
      .where('p.published = true')
      .groupBy('b.slug')
    if (category) qb.innerJoin('p.categories', 'c').andWhere('c.slug = :category', { category })
    qb.orderBy('count', 'DESC')
    return qb.getRawMany()
  }

  @Get(':id')
  async one(@Param('id', ParseIntPipe) id: number) {
    const product = await this.products.findOne({ where: { id, published: true }, relations: ['brand'] })
    if (!product) throw new NotFoundException()
    return product
  }

  @Get(':id/related')
  async related(@Param('id', ParseIntPipe) id: number, @Query('limit') limit = '8') {
    const product = await this.products.findOne({ where: { id }, relations: ['brand'] })
    if (!product) throw new NotFoundException()
    const take = Math.min(24, Math.max(1, Number.parseInt(limit, 10) || 8))
    return this.products
      .createQueryBuilder('p')
      .where('p.brandId = :brandId', { brandId: product.brand.id })
      .andWhere('p.id <> :id', { id })
      .andWhere('p.published = true')
      .orderBy('p.createdAt', 'DESC')
      .take(take)
      .getMany()
  }
}
