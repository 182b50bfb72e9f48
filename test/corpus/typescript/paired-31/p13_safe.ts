// corpus: path=src/auth/password.ts
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

export class PasswordHasher {
  hash(password: string): string {
    const salt = randomBytes(16)
    const derived = scryptSync(password, salt, 64) // ok: weak-hash
    return `${salt.toString('hex')}:${derived.toString('hex')}`
  }

  verify(password: string, stored: string): boolean {
    const [salt, digest] = stored.split(':')
    const expected = Buffer.from(digest, 'hex')
    const derived = scryptSync(password, Buffer.from(salt, 'hex'), expected.length)
    return timingSafeEqual(derived, expected)
  }
}
