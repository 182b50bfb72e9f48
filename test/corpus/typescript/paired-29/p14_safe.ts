// corpus: path=src/crypto/field-encryption.ts
import { createCipheriv, randomBytes } from 'node:crypto'

const key = Buffer.from(process.env.FIELD_ENCRYPTION_KEY!, 'base64')

export function encryptSsn(ssn: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv) // ok: weak-cipher
  const body = Buffer.concat([cipher.update(ssn, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}
