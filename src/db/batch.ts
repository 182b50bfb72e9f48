import type { SQL } from 'drizzle-orm'
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core'

/** A statement that renders itself: every drizzle query builder, or SQL written beside the schema. */
export type Rendered = { toSQL(): { sql: string; params: unknown[] } }

/** A drizzle query builder or a raw `sql` fragment: anything that renders to one SQL statement. */
export type Statement = Rendered | SQL

const dialect = new SQLiteAsyncDialect()

function render(statement: Statement): { sql: string; params: unknown[] } {
  return 'toSQL' in statement ? statement.toSQL() : dialect.sqlToQuery(statement)
}

/**
 * Runs statements as one D1 batch, which is one transaction: any failing statement rolls back
 * them all. drizzle's own `batch()` cannot carry raw `sql` statements that bind parameters
 * (it looks for a prepared statement they do not have), and the guarded commits here need them.
 */
export async function runBatch(d1: D1Database, statements: Statement[]): Promise<D1Result[]> {
  if (statements.length === 0) return []
  return d1.batch(
    statements.map((statement) => {
      const { sql, params } = render(statement)
      return d1.prepare(sql).bind(...params)
    }),
  )
}
