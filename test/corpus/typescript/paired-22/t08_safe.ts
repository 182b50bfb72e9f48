// corpus: path=src/accounts/reset.ts
import { randomBytes, randomInt } from 'node:crypto'
import { db } from '../db'

export async function startPasswordReset(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email } })
  if (!user) return null
  const code = String(randomInt(0, 100_000_000)).padStart(8, '0') // ok: insecure-random
  await db.passwordReset.create({ data: { userId: user.id, code, expiresAt: new Date(Date.now() + 15 * 60_000) } })
  return code
}

export function requestId(): string {
  return randomBytes(8).toString('hex')
}
