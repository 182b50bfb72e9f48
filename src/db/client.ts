import { drizzle, type DrizzleD1Database } from 'drizzle-orm/d1'
import * as schema from './schema'

export type Db = DrizzleD1Database<typeof schema> & { $client: D1Database }

export function getDb(d1: D1Database): Db {
  return drizzle(d1, { schema })
}

/** The D1 binding behind a drizzle handle, for batches drizzle cannot express. */
export function d1Of(db: Db): D1Database {
  return db.$client
}

/** ISO-8601 with milliseconds, the one timestamp format stored everywhere. */
export function nowIso(): string {
  return new Date().toISOString()
}
