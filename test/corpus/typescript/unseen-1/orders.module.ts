// corpus: path=src/orders/orders.controller.ts
import { Body, Controller, Get, Injectable, Param, Post, Query, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Response } from 'express';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { Order } from './order.entity';

export class SearchOrdersDto {
  @IsString()
  customer!: string;

  @IsOptional()
  @IsIn(['created_at', 'total', 'status'])
  sortBy?: string;
}

@Injectable()
export class OrdersRepository {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    private readonly dataSource: DataSource,
  ) {}

  findByCustomer(customer: string) {
    return this.dataSource.query(`SELECT * FROM orders WHERE customer_name = '${customer}' ORDER BY created_at DESC`); // expect: sql-injection
  }

  findByCustomerSafe(customer: string) {
    return this.dataSource.query('SELECT * FROM orders WHERE customer_name = $1 ORDER BY created_at DESC', [customer]); // ok: sql-injection
  }

  totalsFor(status: string) {
    return this.orders
      .createQueryBuilder('o')
      .select('SUM(o.total)', 'sum')
      .where(`o.status = '${status}'`) // expect: sql-injection
      .getRawOne();
  }

  totalsForSafe(status: string) {
    return this.orders
      .createQueryBuilder('o')
      .select('SUM(o.total)', 'sum')
      .where('o.status = :status', { status }) // ok: sql-injection
      .getRawOne();
  }
}

@Injectable()
export class OrdersService {
  constructor(private readonly repo: OrdersRepository) {}

  search(dto: SearchOrdersDto) {
    return this.repo.findByCustomer(dto.customer);
  }
}

@Controller('orders')
export class OrdersController {
  constructor(
    private readonly service: OrdersService,
    private readonly repo: OrdersRepository,
    private readonly dataSource: DataSource,
  ) {}

  @Get('search')
  search(@Query() dto: SearchOrdersDto) {
    return this.service.search(dto);
  }

  @Get('by-status/:status')
  byStatus(@Param('status') status: string) {
    return this.repo.totalsForSafe(status);
  }

  @Get('export')
  async export(@Query('columns') columns: string, @Res() res: Response) {
    const rows = await this.dataSource.query(`SELECT ${columns} FROM orders LIMIT 500`); // expect: sql-injection
    res.json(rows);
  }

  @Get('recent')
  async recent(@Query('limit') limit: string) {
    const n = Math.min(parseInt(limit, 10) || 20, 100);
    return this.dataSource.query(`SELECT id, total FROM orders ORDER BY created_at DESC LIMIT ${n}`); // ok: sql-injection
  }

  @Post(':id/notes')
  async addNote(@Param('id') id: string, @Body('note') note: string) {
    await this.dataSource.query('INSERT INTO order_notes (order_id, body) VALUES ($1, $2)', [id, note]); // ok: sql-injection
    return { ok: true };
  }
}
