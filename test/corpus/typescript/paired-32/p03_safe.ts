// corpus: path=src/crypto/field-cipher.ts
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

export class FieldCipher {
  private readonly algorithm: 'aes-256-gcm'
  private readonly key: Buffer

  constructor(keyHex: string) {
    this.algorithm = 'aes-256-gcm'
    this.key = Buffer.from(keyHex, 'hex')
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv(this.algorithm, this.key, iv) // ok: weak-cipher
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
  }

  decrypt(encoded: string): string {
    const raw = Buffer.from(encoded, 'base64')
    const decipher = createDecipheriv(this.algorithm, this.key, raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
  }
}
