// corpus: path=src/reports/reports.repository.ts
import { Kysely, PostgresDialect, sql } from 'kysely'
import { Pool } from 'pg'
import type { Request, Response } from 'express'
import { Router } from 'express'
import type { DB } from '../db/types'

export const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) })

const METRICS = ['revenue', 'orders', 'refunds'] as const
type Metric = (typeof METRICS)[number]

export const reports = Router()

reports.get('/reports/daily', async (req: Request, res: Response) => {
  const { from, to } = req.query as { from: string; to: string }
  const rows = await sql<{ day: string; total: number }>`
    SELECT date_trunc('day', created_at) AS day, sum(amount) AS total
    FROM orders WHERE created_at BETWEEN ${from} AND ${to} GROUP BY 1 ORDER BY 1
  `.execute(db) // ok: sql-injection
  res.json(rows.rows)
})

reports.get('/reports/metric', async (req: Request, res: Response) => {
  const metric = String(req.query.metric)
  const rows = await sql`SELECT date_trunc('week', created_at) AS week, sum(${sql.raw(metric)}) AS value FROM order_stats GROUP BY 1`.execute(db) // expect: sql-injection
  res.json(rows.rows)
})

reports.get('/reports/metric/v2', async (req: Request, res: Response) => {
  const metric = METRICS.includes(req.query.metric as Metric) ? (req.query.metric as Metric) : 'revenue'
  const rows = await sql`SELECT date_trunc('week', created_at) AS week, sum(${sql.ref(metric)}) AS value FROM order_stats GROUP BY 1`.execute(db) // ok: sql-injection
  res.json(rows.rows)
})

reports.get('/reports/by-region', async (req: Request, res: Response) => {
  const region = String(req.query.region ?? '')
  const rows = await db
    .selectFrom('orders')
    .select(['id', 'amount'])
    .where(sql`region = ${sql.lit(region)}`) // expect: sql-injection
    .execute()
  res.json(rows)
})

reports.get('/reports/by-channel', async (req: Request, res: Response) => {
  const channel = String(req.query.channel ?? '')
  const rows = await db.selectFrom('orders').select(['id', 'amount']).where('channel', '=', channel).execute() // ok: sql-injection
  res.json(rows)
})

reports.get('/reports/table', async (req: Request, res: Response) => {
  const table = String(req.params.table ?? req.query.table)
  const rows = await sql.raw(`SELECT count(*) AS n FROM ${table}`).execute(db) // expect: sql-injection
  res.json(rows.rows[0])
})

reports.get('/reports/sorted', async (req: Request, res: Response) => {
  const dir = req.query.dir === 'asc' ? 'asc' : 'desc'
  const rows = await db.selectFrom('orders').selectAll().orderBy('created_at', dir).limit(100).execute() // ok: sql-injection
  res.json(rows)
})

reports.get('/reports/top-customers', async (req: Request, res: Response) => {
  const limit = Math.min(Number.parseInt(String(req.query.limit ?? '10'), 10) || 10, 100)
  const rows = await sql`SELECT customer_id, sum(amount) AS spent FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT ${sql.lit(limit)}`.execute(db) // ok: sql-injection
  res.json(rows.rows)
})

reports.get('/reports/search', async (req: Request, res: Response) => {
  const term = String(req.query.q ?? '')
  const rows = await db
    .selectFrom('orders')
    .select(['id', 'note'])
    .where(sql.raw(`note ILIKE '%${term}%'`)) // expect: sql-injection
    .execute()
  res.json(rows)
})

// Nightly rollup from the scheduler: the table names come from this module's own list.
export async function refreshRollups(): Promise<void> {
  for (const view of ['daily_revenue', 'weekly_revenue', 'monthly_revenue']) {
    await sql.raw(`REFRESH MATERIALIZED VIEW CONCURRENTLY ${view}`).execute(db)
  }
}
