// corpus: path=src/catalog/catalog.controller.ts
import {
  Body,
  Controller,
  DefaultValuePipe,
  Get,
  Header,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UseGuards,
  UseInterceptors,
  UsePipes,
  ValidationPipe,
} from '@nestjs/common'
import { CacheInterceptor } from '@nestjs/cache-manager'
import { DataSource } from 'typeorm'
import type { Response } from 'express'
import { Type } from 'class-transformer'
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator'
import { JwtAuthGuard } from '../auth/jwt-auth.guard'
import { RolesGuard, Roles } from '../auth/roles'
import { CatalogService } from './catalog.service'

export class ListProductsQuery {
  @IsOptional()
  @IsString()
  @MaxLength(80)
  q?: string

  @IsOptional()
  @IsIn(['name', 'price', 'created_at'])
  sort?: 'name' | 'price' | 'created_at'

  @IsOptional()
  @IsUUID()
  categoryId?: string

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number
}

export class BulkPriceDto {
  @IsString()
  category!: string

  @Type(() => Number)
  @IsInt()
  percent!: number
}

@Controller('catalog')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('products')
  @UseInterceptors(CacheInterceptor)
  @UsePipes(new ValidationPipe({ whitelist: true, transform: true }))
  async list(@Query() query: ListProductsQuery) {
    const sort = query.sort ?? 'created_at'
    const size = query.pageSize ?? 24
    return this.dataSource.query( // ok: sql-injection
      `SELECT id, name, price FROM products WHERE deleted_at IS NULL ORDER BY ${sort} DESC LIMIT ${size}`,
    )
  }

  @Get('products/:id')
  async findOne(@Param('id', ParseUUIDPipe) id: string) {
    const rows = await this.dataSource.query(`SELECT * FROM products WHERE id = '${id}'`) // ok: sql-injection
    return rows[0] ?? null
  }

  @Get('categories/:slug/products')
  async byCategory(
    @Param('slug') slug: string,
    @Query('page', new DefaultValuePipe(1), ParseIntPipe) page: number,
  ) {
    const offset = (page - 1) * 24
    return this.dataSource.query( // expect: sql-injection
      `SELECT p.* FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = '${slug}' OFFSET ${offset} LIMIT 24`,
    )
  }

  @Get('search')
  async search(@Query('q') q: string, @Query('brand') brand?: string) {
    return this.catalog.search(q, brand)
  }

  @Post('prices/bulk')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('admin')
  async bulkPrice(@Body(new ValidationPipe()) dto: BulkPriceDto) {
    return this.dataSource.query( // expect: sql-injection
      `UPDATE products SET price = price * (1 + ${dto.percent} / 100.0) WHERE category_slug = '${dto.category}'`,
    )
  }

  @Post('prices/recalculate')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('admin')
  async recalc(@Body('category') category: string) {
    return this.dataSource.query('UPDATE products SET price = base_price * markup WHERE category_slug = $1', [category]) // ok: sql-injection
  }

  @Get('feeds/:name')
  @Header('Cache-Control', 'public, max-age=600')
  async feed(@Param('name') name: string, @Res() res: Response) {
    return res.sendFile(`${name}.xml`, { root: 'var/feeds' }) // ok: path-traversal
  }

  @Get('sheets/:file')
  async sheet(@Param('file') file: string, @Res() res: Response) {
    return res.download(`var/spec-sheets/${file}`) // expect: path-traversal
  }

  @Get('out')
  async outbound(@Query('to') to: string, @Res() res: Response) {
    await this.catalog.recordClick(to)
    return res.redirect(302, to) // expect: open-redirect
  }
}
