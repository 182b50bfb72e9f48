// corpus: path=src/crypto/field-cipher.ts
import { createCipheriv, createDecipheriv } from 'node:crypto'

export class FieldCipher {
  private readonly algorithm: string
  private readonly key: Buffer

  constructor(keyHex: string) {
    this.algorithm = 'aes-256-ecb'
    this.key = Buffer.from(keyHex, 'hex')
  }

  encrypt(plain: string): string {
    const cipher = createCipheriv(this.algorithm, this.key, null) // expect: weak-cipher
    return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64')
  }

  decrypt(encoded: string): string {
    const decipher = createDecipheriv(this.algorithm, this.key, null)
    return Buffer.concat([decipher.update(Buffer.from(encoded, 'base64')), decipher.final()]).toString('utf8')
  }
}
