import type { MiddlewareHandler } from 'hono'
import { findKeyByHash, touchKey } from '../db/api-keys'
import { getDb, nowIso } from '../db/client'
import type { KeyScope } from '../db/schema'
import { ApiError } from '../errors'
import { describeError } from '../log'
import type { AppEnv } from '../types'
import { hashApiKey, timingSafeEqual } from './keys'
import { hasScope } from './scopes'

const REALM = 'Bearer realm="code-review-assistant"'

/** Bootstrap principal for the ADMIN_TOKEN secret: it may manage keys for any tenant, nothing else. */
export const BOOTSTRAP_KEY_ID = 'admin-token'

function unauthorized(message: string, error = 'invalid_token'): ApiError {
  return new ApiError(401, 'unauthorized', message, undefined, {
    'WWW-Authenticate': `${REALM}, error="${error}", error_description="${message}"`,
  })
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer[ ]+([^\s]+)\s*$/i)
  return match?.[1]
}

/**
 * Authenticates `Authorization: Bearer <key>` and puts the caller's tenant on the context.
 * The events route may instead carry a signed `?ticket=` (checked by that route), because
 * browsers cannot set headers on WebSockets.
 */
export function apiKeyAuth(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization')
    if (!header && c.req.method === 'GET' && c.req.query('ticket') !== undefined && /\/events\/?$/.test(c.req.path)) return next()
    if (!header) {
      throw new ApiError(401, 'unauthorized', 'Missing API key: send `Authorization: Bearer <key>`', undefined, {
        'WWW-Authenticate': REALM,
      })
    }
    const token = bearerToken(header)
    if (!token) throw unauthorized('Authorization header must be `Bearer <key>`', 'invalid_request')

    const adminToken = c.env.ADMIN_TOKEN
    if (adminToken && (await timingSafeEqual(token, adminToken))) {
      if (!c.req.path.startsWith('/api/keys')) throw unauthorized('The admin token can only manage API keys')
      c.set('principal', { tenantId: '', keyId: BOOTSTRAP_KEY_ID, keyName: 'admin token', scopes: ['admin'] })
      return next()
    }

    const db = getDb(c.env.DB)
    const key = await findKeyByHash(db, await hashApiKey(token))
    if (!key) throw unauthorized('Unknown API key')
    if (key.revokedAt) throw unauthorized('API key has been revoked')
    c.set('principal', { tenantId: key.tenantId, keyId: key.id, keyName: key.name, scopes: key.scopes })

    const now = nowIso()
    const staleBefore = new Date(Date.now() - 60_000).toISOString()
    c.executionCtx.waitUntil(
      touchKey(db, key.id, now, staleBefore).catch((err) =>
        c.get('log').warn('auth.touch_failed', { key_id: key.id, error: describeError(err) }),
      ),
    )
    return next()
  }
}

/** Route guard: the caller's key must carry `scope` (or a wider one). */
export function requireScope(scope: KeyScope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    // Ticket-authenticated requests are checked by their route.
    if (!principal) return next()
    if (!hasScope(principal.scopes, scope)) {
      throw new ApiError(403, 'forbidden', `This API key lacks the \`${scope}\` scope`)
    }
    return next()
  }
}
