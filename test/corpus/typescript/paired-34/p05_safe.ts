// corpus: path=src/api-keys/issue.ts
import { customAlphabet } from 'nanoid'
import { createHash } from 'node:crypto'
import { db } from '../db'

const keyBody = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 40)

export async function issueApiKey(accountId: string): Promise<string> {
  const key = `sk_${keyBody()}` // ok: insecure-random
  const digest = createHash('sha256').update(key).digest('hex')
  await db.apiKey.create({ data: { accountId, digest, prefix: key.slice(0, 7) } })
  return key
}
