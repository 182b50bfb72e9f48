import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../db'
import { apiKeys } from '../db/schema'

const PREFIX = 'ak_'


export async function verifyKey(db: Db, key: string) {
  const row = await db.query.apiKeys.findFirst({ where: and(eq(apiKeys.lookup, key.slice(0, 12)), isNull(apiKeys.revokedAt)) })
  if (!row) return null
  const candidate = hashKey(key)
  const ok = timingSafeEqual(Buffer.from(candidate), Buffer.from(row.hash))
  return ok ? row : null
}
