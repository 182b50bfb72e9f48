// corpus: path=src/keys/api-keys.ts
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../db'
import { apiKeys } from '../db/schema'

const PREFIX = 'ak_'

export function generateKey(): { key: string; lookup: string } {
  const secret = randomBytes(24).toString('base64url') // ok: insecure-random
  const key = `${PREFIX}${secret}`
  return { key, lookup: key.slice(0, 12) }
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex') // ok: weak-hash
}

export function hashKeyV1(key: string): string {
  return createHash('md5').update(key).digest('hex') // expect: weak-hash
}

export async function verifyKey(db: Db, key: string) {
  const row = await db.query.apiKeys.findFirst({ where: and(eq(apiKeys.lookup, key.slice(0, 12)), isNull(apiKeys.revokedAt)) })
  if (!row) return null
  const candidate = row.version === 1 ? hashKeyV1(key) : hashKey(key)
  const ok = timingSafeEqual(Buffer.from(candidate), Buffer.from(row.hash))
  return ok ? row : null
}

export function displayKey(key: string): string {
  return `${key.slice(0, 7)}…${key.slice(-4)}`
}
