// corpus: path=src/middleware/rate-limit.ts
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../types'

export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number
  windowSeconds: number
  /** What to count by: the API key when present, otherwise the client address. */
  key?: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string
}

interface Bucket {
  count: number
  resetAt: number
}

// Per-isolate counters: good enough to blunt bursts from one client; the durable limit lives in KV.
const buckets = new Map<string, Bucket>()

function take(key: string, limit: number, windowMs: number, now: number): { allowed: boolean; remaining: number; resetAt: number } {
  const bucket = buckets.get(key)
  if (!bucket || bucket.resetAt <= now) {
    const fresh = { count: 1, resetAt: now + windowMs }
    buckets.set(key, fresh)
    return { allowed: true, remaining: limit - 1, resetAt: fresh.resetAt }
  }
  bucket.count += 1
  return { allowed: bucket.count <= limit, remaining: Math.max(0, limit - bucket.count), resetAt: bucket.resetAt }
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const windowMs = options.windowSeconds * 1000
  return async (c, next) => {
    const key = options.key?.(c) ?? c.req.header('cf-connecting-ip') ?? 'anonymous'
    const result = take(key, options.limit, windowMs, Date.now())
    c.header('RateLimit-Limit', String(options.limit))
    c.header('RateLimit-Remaining', String(result.remaining))
    c.header('RateLimit-Reset', String(Math.ceil((result.resetAt - Date.now()) / 1000)))
    if (!result.allowed) {
      c.header('Retry-After', String(Math.ceil((result.resetAt - Date.now()) / 1000)))
      return c.json({ error: { code: 'rate_limited', message: 'Too many requests' } }, 429)
    }
    await next()
  }
}

export function pruneBuckets(now = Date.now()): number {
  let removed = 0
  for (const [key, bucket] of buckets) {
    if (bucket.resetAt <= now) {
      buckets.delete(key)
      removed += 1
    }
  }
  return removed
}
