import { drizzle, type DrizzleD1Database } from 'drizzle-orm/d1'

export type Db = DrizzleD1Database & { $client: D1Database }

/**
 * One drizzle handle per D1 binding (or per request's D1 session), kept for the binding's life.
 * Building one costs a dialect and a session; done per call it showed in every request's profile.
 * No schema is passed: every query names its table, and the relational-query config drizzle
 * would otherwise derive from the schema on each construction is never used.
 */
const handles = new WeakMap<D1Database, Db>()

export function getDb(d1: D1Database): Db {
  let db = handles.get(d1)
  if (!db) {
    db = drizzle(d1)
    handles.set(d1, db)
  }
  return db
}

/** The D1 binding behind a drizzle handle, for batches drizzle cannot express. */
export function d1Of(db: Db): D1Database {
  return db.$client
}

/** ISO-8601 with milliseconds, the one timestamp format stored everywhere. */
export function nowIso(): string {
  return new Date().toISOString()
}
