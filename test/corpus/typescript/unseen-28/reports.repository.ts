// corpus: path=src/reports/reports.repository.ts
import { sql, type Kysely } from 'kysely'
import type { Request, Response } from 'express'
import type { DB } from '../db/types'
import { db } from '../db/client'

export type RevenueFilter = { from: string; to: string; groupBy: string; tz: string }

const BUCKETS = { day: 'day', week: 'week', month: 'month' } as const
const CUSTOMER_COLUMNS = ['total', 'orders', 'last_order_at'] as const

export class ReportsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  revenue(tenantId: string, f: RevenueFilter) {
    const bucket = BUCKETS[f.groupBy as keyof typeof BUCKETS] ?? 'day'
    return this.db // ok: sql-injection
      .selectFrom('orders')
      .select([sql<string>`date_trunc(${sql.lit(bucket)}, created_at at time zone ${f.tz})`.as('bucket'), sql<number>`sum(total_cents)`.as('cents')])
      .where('tenant_id', '=', tenantId)
      .where('created_at', '>=', new Date(f.from))
      .where('created_at', '<', new Date(f.to))
      .groupBy('bucket')
      .orderBy('bucket')
      .execute()
  }

  async topCustomers(tenantId: string, orderBy: string, limit: number) {
    const { rows } = await sql<{ id: string; total: number; orders: number }>` // expect: sql-injection
      select customer_id as id, sum(total_cents) as total, count(*) as orders, max(created_at) as last_order_at
      from orders where tenant_id = ${tenantId}
      group by customer_id order by ${sql.raw(orderBy)} desc limit ${limit}
    `.execute(this.db)
    return rows
  }

  async topCustomersSafe(tenantId: string, orderBy: string, limit: number) {
    const column = CUSTOMER_COLUMNS.find((c) => c === orderBy) ?? 'total'
    const { rows } = await sql<{ id: string; total: number }>` // ok: sql-injection
      select customer_id as id, sum(total_cents) as total, count(*) as orders, max(created_at) as last_order_at
      from orders where tenant_id = ${tenantId}
      group by customer_id order by ${sql.ref(column)} desc limit ${limit}
    `.execute(this.db)
    return rows
  }

  searchProducts(tenantId: string, term: string) {
    return this.db // ok: sql-injection
      .selectFrom('products')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where(sql`name ilike ${'%' + term + '%'}`)
      .limit(25)
      .execute()
  }

  archiveBefore(tenantId: string, cutoff: string) {
    return sql`update orders set archived = true where tenant_id = ${tenantId} and created_at < '${sql.raw(cutoff)}'`.execute(this.db) // expect: sql-injection
  }
}

const reports = new ReportsRepository(db)

export async function getTopCustomers(
  req: Request<{ tenantId: string }, unknown, unknown, { orderBy?: string; limit?: string }>,
  res: Response,
) {
  const limit = Math.min(Number.parseInt(req.query.limit ?? '10', 10) || 10, 100)
  res.json(await reports.topCustomers(req.params.tenantId, req.query.orderBy ?? 'total', limit))
}

export async function postArchive(req: Request<{ tenantId: string }, unknown, { before: string }>, res: Response) {
  const result = await reports.archiveBefore(req.params.tenantId, req.body.before)
  res.json({ archived: Number(result.numAffectedRows ?? 0) })
}
