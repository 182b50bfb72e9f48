// corpus: path=src/lib/server/auth.ts
import { Lucia, TimeSpan, generateIdFromEntropySize } from 'lucia'
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle'
import { hash, verify } from '@node-rs/argon2'
import { createHash, randomInt } from 'node:crypto'
import { createDate, isWithinExpirationDate } from 'oslo'
import { dev } from '$app/environment'
import { db } from './db'
import { sessionTable, userTable, passwordResetTable, emailCodeTable } from './schema'
import { eq, sql } from 'drizzle-orm'

const adapter = new DrizzlePostgreSQLAdapter(db, sessionTable, userTable)

export const lucia = new Lucia(adapter, {
  sessionExpiresIn: new TimeSpan(30, 'd'),
  sessionCookie: {
    name: 'auth_session',
    attributes: { secure: !dev, sameSite: 'lax' }, // ok: insecure-cookie
  },
  getUserAttributes: (attributes) => ({
    email: attributes.email,
    emailVerified: attributes.email_verified,
    role: attributes.role,
  }),
})

declare module 'lucia' {
  interface Register {
    Lucia: typeof lucia
    DatabaseUserAttributes: { email: string; email_verified: boolean; role: 'member' | 'admin' }
  }
}

export async function hashPassword(password: string) {
  return hash(password, { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 }) // ok: weak-hash
}

export async function verifyPassword(stored: string, password: string) {
  if (stored.startsWith('$argon2')) return verify(stored, password)
  // accounts imported from the old PHP app still carry unsalted SHA-1 hashes
  const legacy = createHash('sha1').update(password).digest('hex') // expect: weak-hash
  return legacy === stored
}

export async function createPasswordResetToken(userId: string) {
  await db.delete(passwordResetTable).where(eq(passwordResetTable.userId, userId))
  const tokenId = generateIdFromEntropySize(25)
  const tokenHash = createHash('sha256').update(tokenId).digest('hex') // ok: weak-hash
  await db.insert(passwordResetTable).values({ tokenHash, userId, expiresAt: createDate(new TimeSpan(2, 'h')) })
  return tokenId
}

export async function createEmailVerificationCode(userId: string, email: string) {
  await db.delete(emailCodeTable).where(eq(emailCodeTable.userId, userId))
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0') // ok: insecure-random
  await db.insert(emailCodeTable).values({ userId, email, code, expiresAt: createDate(new TimeSpan(15, 'm')) })
  return code
}

export async function createInviteCode(orgId: string) {
  const code = Math.random().toString(36).slice(2, 10).toUpperCase() // expect: insecure-random
  await db.execute(sql`insert into invites (org_id, code) values (${orgId}, ${code})`)
  return code
}

export async function validateResetToken(tokenId: string) {
  const tokenHash = createHash('sha256').update(tokenId).digest('hex')
  const [row] = await db.select().from(passwordResetTable).where(eq(passwordResetTable.tokenHash, tokenHash))
  if (!row || !isWithinExpirationDate(row.expiresAt)) return null
  return row.userId
}
