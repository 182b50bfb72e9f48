import { and, eq, like, sql } from 'drizzle-orm'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import { members } from './schema'


export async function sortedMembers(db: DrizzleD1Database, teamId: string, column: string) {
  return db.select().from(members).where(eq(members.teamId, teamId)).orderBy(members.name)
}
