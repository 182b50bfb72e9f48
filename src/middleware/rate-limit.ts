import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../errors'
import type { AppEnv } from '../types'

/** Period of the `[[ratelimits]]` bindings in wrangler.toml, so `Retry-After` tells the truth. */
const PERIOD_SECONDS = 60

/**
 * Per-key limits through the Workers Rate Limiting bindings: reads and writes are counted
 * separately so polling cannot starve submissions.
 */
export function rateLimitPerKey(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    if (!principal) return next()
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)
    const limiter = write ? c.env.RATE_LIMIT_WRITE : c.env.RATE_LIMIT_READ
    if (limiter) {
      const { success } = await limiter.limit({ key: principal.keyId })
      if (!success) {
        throw new ApiError(429, 'rate_limited', `Too many ${write ? 'write' : 'read'} requests for this API key`, undefined, {
          'Retry-After': String(PERIOD_SECONDS),
        })
      }
    }
    return next()
  }
}
