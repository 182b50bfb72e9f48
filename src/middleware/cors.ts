import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { AppEnv } from '../types'

/**
 * CORS for the origins listed in `CORS_ORIGINS` (comma-separated; empty = no browser origin).
 * Never on WebSocket upgrades, whose 101 response cannot take headers.
 */
export function corsForConfiguredOrigins(): MiddlewareHandler<AppEnv> {
  let cached: { raw: string; handler: MiddlewareHandler<AppEnv> } | undefined
  return async (c, next) => {
    if (c.req.header('upgrade')?.toLowerCase() === 'websocket') return next()
    const raw = c.env.CORS_ORIGINS ?? ''
    if (cached?.raw !== raw) {
      const allowed = raw
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean)
      cached = {
        raw,
        handler: cors({
          origin: (origin) => (allowed.includes(origin) ? origin : null),
          allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
          allowHeaders: ['Authorization', 'Content-Type', 'X-Request-Id', 'Last-Event-ID'],
          exposeHeaders: ['X-Request-Id', 'Retry-After'],
          maxAge: 600,
        }),
      }
    }
    return cached.handler(c, next)
  }
}
