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

// The docs pages load only the Worker's own scripts and stylesheets (src/routes/docs-assets.ts):
// no inline script or style, no other origin. Swagger UI's icons are data: URIs in its stylesheet.
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// The review page (/r/*): its own stylesheet and module script only; the token is in the URL, so
// no referrer and no cache may keep it.
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

/**
 * Everything under /api/* answers for one tenant's key, errors included: no shared or browser
 * cache may keep it. An event stream keeps `no-transform` so proxies do not buffer it.
 */
function apiCacheControl(current: string | null): string {
  return current?.includes('no-transform') ? 'no-store, no-transform' : 'no-store'
}

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    const path = c.req.path
    if (path === '/api' || path.startsWith('/api/')) {
      setResponseHeaders(c, { ...API_HEADERS, 'Cache-Control': apiCacheControl(c.res.headers.get('cache-control')) })
    } else if (path.startsWith('/r/')) {
      setResponseHeaders(c, { ...API_HEADERS, 'Content-Security-Policy': PAGE_CSP, 'Cache-Control': 'private, no-store' })
    } else if (path === '/docs' || path.startsWith('/docs/')) {
      setResponseHeaders(c, { ...API_HEADERS, 'Content-Security-Policy': DOCS_CSP })
    } else {
      setResponseHeaders(c, API_HEADERS)
    }
  }
}
