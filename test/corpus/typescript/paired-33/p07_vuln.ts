// corpus: path=src/users/password.ts
import { hash, randomBytes, timingSafeEqual } from 'node:crypto'

export function hashPassword(password: string): string {
  const salt = randomBytes(16).toString('hex')
  return `${salt}:${hash('sha1', salt + password)}` // expect: weak-hash
}

export function verifyPassword(password: string, stored: string): boolean {
  const [salt, digest] = stored.split(':')
  const candidate = Buffer.from(hash('sha1', salt + password)) // expect: weak-hash
  return candidate.length === digest.length && timingSafeEqual(candidate, Buffer.from(digest))
}
