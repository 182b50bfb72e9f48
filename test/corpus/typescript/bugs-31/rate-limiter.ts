// corpus: path=src/middleware/rate-limiter.ts
import type { NextFunction, Request, Response } from 'express'

interface Bucket {
  tokens: number
  updatedAt: number
}

const CAPACITY = 60
const REFILL_PER_MS = CAPACITY / 60_000

export class RateLimiter {
  private buckets = new Map<string, Bucket>()
  private blocked: Record<string, number> = {}
  private offenders: string[] = []

  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: CAPACITY, updatedAt: now }
    bucket.tokens = Math.min(CAPACITY, bucket.tokens + (now - bucket.updatedAt) * REFILL_PER_MS)
    bucket.updatedAt = now
    this.buckets.set(key, bucket)
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }

  prune(now = Date.now()): void {
    for (const [key, bucket] of this.buckets.entries()) {
      if (now - bucket.updatedAt > 10 * 60_000) this.buckets.delete(key) // ok: mutate-while-iterating
    }
    for (const [ip, until] of Object.entries(this.blocked)) {
      if (until < now) delete this.blocked[ip] // ok: mutate-while-iterating
    }
  }

  forgive(ips: Set<string>): void {
    for (const ip of this.offenders) {
      if (ips.has(ip)) {
        this.offenders.splice(this.offenders.indexOf(ip), 1) // expect: mutate-while-iterating
        delete this.blocked[ip]
      }
    }
  }

  forgiveV2(ips: Set<string>): void {
    this.offenders = this.offenders.filter((ip) => !ips.has(ip))
    for (const ip of ips) delete this.blocked[ip]
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const ip = req.ip ?? 'unknown'
      if ((this.blocked[ip] ?? 0) > Date.now()) return res.status(429).end()
      if (!this.take(ip)) {
        this.offenders.push(ip)
        return res.status(429).json({ error: 'rate limit exceeded' })
      }
      next()
    }
  }
}
