import { and, desc, eq, isNull, lt, or } from 'drizzle-orm'
import type { Db } from './client'
import { apiKeys, tenants, type ApiKeyRow, type KeyScope } from './schema'

export async function findKeyByHash(db: Db, hash: string): Promise<ApiKeyRow | undefined> {
  return db.select().from(apiKeys).where(eq(apiKeys.hash, hash)).get()
}

/** A key by id within its tenant; tickets name their key this way. */
export async function findKeyById(db: Db, tenantId: string, id: string): Promise<ApiKeyRow | undefined> {
  return db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id)))
    .get()
}

/** Creates the tenant if it is new, then the key, in one transaction. */
export async function insertKey(
  db: Db,
  input: { id: string; tenantId: string; tenantName?: string; name: string; prefix: string; hash: string; scopes: KeyScope[]; now: string },
): Promise<void> {
  await db.batch([
    db
      .insert(tenants)
      .values({ id: input.tenantId, name: input.tenantName ?? input.tenantId, createdAt: input.now })
      .onConflictDoNothing(),
    db.insert(apiKeys).values({
      id: input.id,
      tenantId: input.tenantId,
      name: input.name,
      prefix: input.prefix,
      hash: input.hash,
      scopes: input.scopes,
      createdAt: input.now,
    }),
  ])
}

export async function listKeys(db: Db, tenantId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.tenantId, tenantId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
}

export async function revokeKey(db: Db, tenantId: string, id: string, now: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning()
  if (row) return row
  return db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id)))
    .get()
}

/** Records use at most once a minute per key, so busy keys do not turn every read into a write. */
export async function touchKey(db: Db, id: string, now: string, staleBefore: string): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))))
}

export async function tenantExists(db: Db, tenantId: string): Promise<boolean> {
  return (await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId)).get()) !== undefined
}
