// corpus: path=src/reports/report.queries.ts
import { Kysely, PostgresDialect, sql } from 'kysely'
import { Pool } from 'pg'
import type { DB } from './db.types'

export const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) })

export type ReportFilter = {
  tenantId: string
  metric: string
  from: string
  to: string
  groupBy?: string
  having?: string
}

const METRICS = { revenue: 'amount_cents', orders: 'order_count', refunds: 'refund_cents' } as const
type Metric = keyof typeof METRICS

function isMetric(value: string): value is Metric {
  return Object.prototype.hasOwnProperty.call(METRICS, value)
}

export async function dailySeries(filter: ReportFilter) {
  if (!isMetric(filter.metric)) throw new Error(`unknown metric ${filter.metric}`)
  return db // ok: sql-injection
    .selectFrom('daily_stats')
    .select(['day', sql.ref(METRICS[filter.metric]).as('value')])
    .where('tenant_id', '=', filter.tenantId)
    .where('day', '>=', filter.from)
    .where('day', '<=', filter.to)
    .orderBy('day')
    .execute()
}

export async function groupedTotals(filter: ReportFilter) {
  return db // expect: sql-injection
    .selectFrom('orders')
    .select([sql.raw(filter.groupBy ?? 'country').as('bucket'), sql<number>`sum(amount_cents)`.as('total')])
    .where('tenant_id', '=', filter.tenantId)
    .groupBy(sql.raw(filter.groupBy ?? 'country'))
    .execute()
}

export async function filteredTotals(filter: ReportFilter) {
  const having = filter.having ? sql.raw(`having ${filter.having}`) : sql`` // expect: sql-injection
  const query = sql<{ bucket: string; total: number }>`select country as bucket, sum(amount_cents) as total from orders where tenant_id = ${filter.tenantId} and created_at between ${filter.from} and ${filter.to} group by country ${having}`
  const result = await query.execute(db)
  return result.rows
}

export async function labelledTotals(filter: ReportFilter, label: string) {
  return db // expect: sql-injection
    .selectFrom('orders')
    .select([sql.lit(label).as('label'), sql<number>`count(*)`.as('orders')])
    .where('tenant_id', '=', filter.tenantId)
    .executeTakeFirst()
}

export async function safeLabelledTotals(filter: ReportFilter, label: string) {
  return db // ok: sql-injection
    .selectFrom('orders')
    .select([sql<string>`${label}`.as('label'), sql<number>`count(*)`.as('orders')])
    .where('tenant_id', '=', filter.tenantId)
    .executeTakeFirst()
}

export async function topCustomers(tenantId: string, limit: number) {
  const result = await sql<{ customer_id: string; total: number }>`select customer_id, sum(amount_cents) as total from orders where tenant_id = ${tenantId} group by customer_id order by total desc limit ${limit}`.execute(db) // ok: sql-injection
  return result.rows
}
