// corpus: path=src/server/reports.ts changeset=reports
import { sql } from 'drizzle-orm'
import { db } from './db'

const TABLES = new Set(['orders', 'refunds', 'payouts'])

export async function buildReport(table: string, from: string) {
  if (!TABLES.has(table)) throw new Error('unknown table')
  return db.execute(sql.raw(`SELECT count(*) AS n, sum(total) AS total FROM ${table} WHERE created_at >= '${from}'`)) // expect: sql-injection
}
