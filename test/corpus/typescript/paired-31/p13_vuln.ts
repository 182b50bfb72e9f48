// corpus: path=src/auth/password.ts
import { createHash, randomBytes } from 'node:crypto'

export class PasswordHasher {
  hash(password: string): string {
    const salt = randomBytes(16).toString('hex')
    return `${salt}:${this.digest(salt, password)}`
  }

  verify(password: string, stored: string): boolean {
    const [salt, digest] = stored.split(':')
    return this.digest(salt, password) === digest
  }

  private digest(salt: string, password: string): string {
    return createHash('sha1').update(salt + password).digest('hex') // expect: weak-hash
  }
}
