// corpus: path=src/inventory/inventory.controller.ts
import { Body, Controller, Get, Injectable, NotFoundException, Param, Patch, Query } from '@nestjs/common'
import { EntityManager, QueryOrder, raw } from '@mikro-orm/postgresql'
import { IsInt, Min } from 'class-validator'
import { Item } from './item.entity'

export class AdjustQuantityDto {
  @IsInt()
  @Min(0)
  quantity!: number
}

@Injectable()
export class InventoryService {
  constructor(private readonly em: EntityManager) {}

  search(term: string, warehouse: string) {
    return this.em.getConnection().execute(`select id, sku, name, quantity from item where name ilike '%${term}%' and warehouse_code = ?`, [warehouse]) // expect: sql-injection
  }

  byWarehouse(warehouse: string) {
    return this.em.find(Item, { warehouse: { code: warehouse } }, { orderBy: { sku: QueryOrder.ASC } }) // ok: sql-injection
  }

  lowStock(threshold: number, warehouse: string) {
    return this.em // ok: sql-injection
      .createQueryBuilder(Item, 'i')
      .select(['i.sku', raw('sum(i.quantity) as total')])
      .where({ warehouse: { code: warehouse } })
      .groupBy('i.sku')
      .having('sum(i.quantity) < ?', [threshold])
      .execute()
  }

  movements(sku: string, since: string) {
    return this.em.execute(`select * from stock_movement where sku = ? and created_at >= '${since}'`, [sku]) // expect: sql-injection
  }
}

@Controller('inventory')
export class InventoryController {
  constructor(
    private readonly inventory: InventoryService,
    private readonly em: EntityManager,
  ) {}

  @Get('search')
  search(@Query('q') q: string, @Query('warehouse') warehouse: string) {
    return this.inventory.search(q, warehouse)
  }

  @Get('movements/:sku')
  movements(@Param('sku') sku: string, @Query('since') since: string) {
    return this.inventory.movements(sku, since)
  }

  @Patch(':id')
  async update(@Param('id') id: string, @Body() body: Record<string, unknown>) {
    const item = await this.em.findOne(Item, id)
    if (!item) throw new NotFoundException()
    this.em.assign(item, body) // expect: mass-assignment
    await this.em.flush()
    return item
  }

  @Patch(':id/quantity')
  async adjust(@Param('id') id: string, @Body() dto: AdjustQuantityDto) {
    const item = await this.em.findOneOrFail(Item, id)
    this.em.assign(item, { quantity: dto.quantity }) // ok: mass-assignment
    await this.em.flush()
    return item
  }
}
