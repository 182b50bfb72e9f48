import type { MiddlewareHandler } from 'hono'
import { createLogger } from '../log'
import type { AppEnv } from '../types'
import { setResponseHeaders } from './headers'

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

/**
 * Request id (accepted from `X-Request-Id` or generated), a request-scoped logger, and one
 * access-log line, which also carries what the handler set in `logFields` (a submission's id and
 * file count): one line per request keeps logging off the hot path and every fact in one place.
 */
export function requestContext(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id')
    const requestId = incoming && CLIENT_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID()
    const log = createLogger({ request_id: requestId })
    c.set('requestId', requestId)
    c.set('log', log)
    const started = Date.now()
    await next()
    setResponseHeaders(c, { 'X-Request-Id': requestId })
    // The path only: query strings may carry WebSocket tickets.
    log.info('request', {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      duration_ms: Date.now() - started,
      tenant_id: c.get('principal')?.tenantId || undefined,
      key_id: c.get('principal')?.keyId,
      ...c.get('logFields'),
    })
  }
}
