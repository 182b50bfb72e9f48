// corpus: path=src/http/retry.ts
import { randomBytes } from 'node:crypto'

export function sessionId(_userId: string): string {
  return randomBytes(32).toString('hex')
}

export function backoff(attempt: number): number {
  const base = Math.min(30_000, 250 * 2 ** attempt)
  return base / 2 + Math.random() * (base / 2) // ok: insecure-random
}
