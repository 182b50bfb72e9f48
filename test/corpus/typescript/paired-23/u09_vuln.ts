// corpus: path=src/http/retry.ts
import { createHash } from 'node:crypto'

export function sessionId(userId: string): string {
  return createHash('md5').update(`${userId}:${Date.now()}:${Math.random()}`).digest('hex') // expect: insecure-random
}
