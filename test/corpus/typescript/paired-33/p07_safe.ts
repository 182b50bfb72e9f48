// corpus: path=src/users/password.ts
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

export function hashPassword(password: string): string {
  const salt = randomBytes(16).toString('hex')
  return `${salt}:${scryptSync(password, salt, 64).toString('hex')}` // ok: weak-hash
}

export function verifyPassword(password: string, stored: string): boolean {
  const [salt, digest] = stored.split(':')
  const candidate = scryptSync(password, salt, 64) // ok: weak-hash
  const expected = Buffer.from(digest, 'hex')
  return candidate.length === expected.length && timingSafeEqual(candidate, expected)
}
