// corpus: path=src/crypto/tokens.ts
import { createCipheriv, randomBytes } from 'node:crypto'

const key = Buffer.from(process.env.TOKEN_KEY!, 'hex')

export function sealResetToken(userId: string, expiresAt: number): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv) // ok: weak-cipher
  const body = Buffer.concat([cipher.update(`${userId}:${expiresAt}`, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}
