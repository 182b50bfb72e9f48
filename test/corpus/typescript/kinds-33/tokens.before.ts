import { randomUUID, createHash } from 'node:crypto'
import { prisma } from './prisma'

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function requestId(): string {
  return randomUUID()
}

export function retryDelay(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** attempt)
  return base / 2 + Math.random() * (base / 2)
}
