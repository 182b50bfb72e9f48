// corpus: path=src/crypto/field-encryption.ts
import { createCipheriv } from 'node:crypto'

const key = Buffer.from(process.env.FIELD_ENCRYPTION_KEY!, 'base64')

export function encryptSsn(ssn: string): string {
  const cipher = createCipheriv('aes-256-ecb', key, null) // expect: weak-cipher
  return Buffer.concat([cipher.update(ssn, 'utf8'), cipher.final()]).toString('base64')
}
