import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt, scrypt as scryptCb, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { nanoid } from 'nanoid'

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>


export function verifyLegacy(stored: string, password: string): boolean {
  const candidate = Buffer.from(hashPasswordLegacy(password))
  return timingSafeEqual(candidate, Buffer.from(stored))
}


export function csrfToken(): string {
  return randomBytes(24).toString('base64url')
}
