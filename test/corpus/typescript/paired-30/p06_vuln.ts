// corpus: path=src/crypto/tokens.ts
import { createCipheriv } from 'node:crypto'

const key = Buffer.from(process.env.TOKEN_KEY!, 'hex')

export function sealResetToken(userId: string, expiresAt: number): string {
  const cipher = createCipheriv('aes-256-ecb', key, null) // expect: weak-cipher
  return Buffer.concat([cipher.update(`${userId}:${expiresAt}`, 'utf8'), cipher.final()]).toString('base64url')
}
