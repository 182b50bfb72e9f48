// corpus: path=src/lib/vault.ts
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'

const ALGORITHM = 'aes-256-gcm'
const IV_BYTES = 12

function keyFrom(secret: string): Buffer {
  if (secret.length < 32) throw new Error('VAULT_KEY must be at least 32 characters')
  return scryptSync(secret, 'acme-vault-v1', 32)
}

const key = keyFrom(process.env.VAULT_KEY ?? '')

export function seal(plaintext: string): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv(ALGORITHM, key, iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  const tag = cipher.getAuthTag()
  return [iv, tag, body].map((b) => b.toString('base64url')).join('.')
}

export function open(sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'))
  if (!iv || !tag || !body || iv.length !== IV_BYTES) throw new Error('malformed sealed value')
  const decipher = createDecipheriv(ALGORITHM, key, iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
}
