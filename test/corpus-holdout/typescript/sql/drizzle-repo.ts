// corpus: path=src/db/members.ts
import { and, eq, like, sql } from 'drizzle-orm'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import { members } from './schema'

export async function findMembers(db: DrizzleD1Database, teamId: string, q?: string) {
  const where = q ? and(eq(members.teamId, teamId), like(members.name, `%${q}%`)) : eq(members.teamId, teamId) // ok: sql-injection
  return db.select().from(members).where(where).limit(100)
}

export async function countByRole(db: DrizzleD1Database, teamId: string) {
  return db // ok: sql-injection
    .select({ role: members.role, n: sql<number>`count(*)` })
    .from(members)
    .where(sql`${members.teamId} = ${teamId}`)
    .groupBy(members.role)
}

export async function sortedMembers(db: DrizzleD1Database, teamId: string, column: string) {
  return db.select().from(members).where(eq(members.teamId, teamId)).orderBy(sql.raw(column)) // expect: sql-injection
}

export async function rawLookup(env: { DB: D1Database }, email: string) {
  return env.DB.prepare(`SELECT * FROM members WHERE email = '${email}'`).first() // expect: sql-injection
}

export async function boundLookup(env: { DB: D1Database }, email: string) {
  return env.DB.prepare('SELECT * FROM members WHERE email = ?').bind(email).first() // ok: sql-injection
}
