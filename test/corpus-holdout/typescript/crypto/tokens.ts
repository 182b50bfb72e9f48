// corpus: path=src/auth/tokens.ts
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt, scrypt as scryptCb, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { nanoid } from 'nanoid'

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(password, salt, 64) // ok: weak-hash
  return `${salt.toString('hex')}:${key.toString('hex')}`
}

export function hashPasswordLegacy(password: string): string {
  return createHash('sha1').update(password).digest('hex') // expect: weak-hash
}

export function verifyLegacy(stored: string, password: string): boolean {
  const candidate = Buffer.from(hashPasswordLegacy(password))
  return timingSafeEqual(candidate, Buffer.from(stored))
}

export function cacheKey(parts: string[]): string {
  return createHash('md5').update(parts.join('|')).digest('hex') // ok: weak-hash
}

export function magicLinkToken(): string {
  return nanoid(32) // ok: insecure-random
}

export function pinCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0') // ok: insecure-random
}

export function inviteSlug(): string {
  return Array.from({ length: 12 }, () => 'abcdefghjkmnpqrstuvwxyz23456789'[Math.floor(Math.random() * 31)]).join('') // expect: insecure-random
}

export function csrfToken(): string {
  return Date.now().toString(36) + Math.random().toString(36).substring(2) // expect: insecure-random
}

export function sealLegacy(plain: string, key: Buffer): string {
  const cipher = createCipheriv('bf-cbc', key, randomBytes(8)) // expect: weak-cipher
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64')
}

export function seal(plain: string, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 }) // ok: weak-cipher
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

export function openEcb(sealed: string, key: Buffer): string {
  const decipher = createDecipheriv('aes-256-ecb', key, null) // expect: weak-cipher
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8')
}
