import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../types'
import { setResponseHeaders } from './headers'

const API_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
}

// The docs page loads Swagger UI from its CDN.
const DOCS_CSP =
  "default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'"

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    const isDocs = new URL(c.req.url).pathname.startsWith('/docs')
    setResponseHeaders(c, isDocs ? { ...API_HEADERS, 'Content-Security-Policy': DOCS_CSP } : API_HEADERS)
  }
}
