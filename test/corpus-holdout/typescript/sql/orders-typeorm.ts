// corpus: path=src/orders/orders.service.ts
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, Brackets } from 'typeorm';
import { Order } from './order.entity';
import knexFactory from 'knex';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

export interface OrderFilter {
  customer?: string;
  minTotal?: number;
  sortBy?: string;
}

@Injectable()
export class OrdersService {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  find(filter: OrderFilter) {
    const qb = this.orders.createQueryBuilder('o');
    if (filter.customer) {
      qb.andWhere(`o.customer_name = '${filter.customer}'`); // expect: sql-injection
    }
    if (filter.minTotal !== undefined) {
      qb.andWhere('o.total >= :min', { min: filter.minTotal }); // ok: sql-injection
    }
    qb.andWhere(new Brackets((w) => w.where('o.deleted_at IS NULL')));
    return qb.getMany();
  }

  async totals(region: string) {
    return this.orders.query(
      'SELECT region, SUM(total) FROM orders WHERE region = $1 GROUP BY region', // ok: sql-injection
      [region],
    );
  }

  async totalsLegacy(region: string) {
    return this.orders.query(
      `SELECT region, SUM(total) FROM orders WHERE region = '${region}' GROUP BY region`, // expect: sql-injection
    );
  }

  async archive(before: string) {
    await knex('orders').where('created_at', '<', before).update({ archived: true }); // ok: sql-injection
    await knex.raw(`DELETE FROM order_events WHERE created_at < '${before}'`); // expect: sql-injection
  }

  async byIds(ids: number[]) {
    const list = ids.map((id) => Number(id)).join(',');
    return this.orders.query(`SELECT * FROM orders WHERE id IN (${list})`); // ok: sql-injection
  }
}
