import type { MiddlewareHandler } from 'hono'
import { findKeyByHash, findKeyById, touchKey } from '../db/api-keys'
import { getDb } from '../db/client'
import type { ApiKeyRow, KeyScope } from '../db/schema'
import { ApiError } from '../errors'
import { describeError, type Logger } from '../log'
import { limitTicketUses } from '../middleware/rate-limit'
import type { AppEnv, Principal } from '../types'
import { cacheKey, getCachedKey, keyCacheTtlMs } from './key-cache'
import { hashApiKey, timingSafeEqual } from './keys'
import { hasScope } from './scopes'
import { verifyTicket } from './tickets'

const REALM = 'Bearer realm="code-review-assistant"'

/** Bootstrap principal for the ADMIN_TOKEN secret: it may manage keys for any tenant, nothing else. */
export const BOOTSTRAP_KEY_ID = 'admin-token'

function unauthorized(message: string, error = 'invalid_token'): ApiError {
  return new ApiError('unauthorized', message, {
    headers: { 'WWW-Authenticate': `${REALM}, error="${error}", error_description="${message}"` },
  })
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer[ ]+([^\s]+)\s*$/i)
  return match?.[1]
}

/** The one route a ticket opens, matched exactly: `GET /api/changesets/{changeset_id}/events`. */
const TICKET_PATH = /^\/api\/changesets\/([^/]+)\/events$/

/**
 * Authenticates `Authorization: Bearer <key>` and puts the caller's tenant on the context.
 * The event stream may instead carry a signed `?ticket=`, because browsers cannot set headers
 * on WebSockets; every other path with a ticket is authenticated like any other request.
 */
export function apiKeyAuth(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization')
    const ticket = c.req.query('ticket')
    const ticketPath = c.req.method === 'GET' ? TICKET_PATH.exec(c.req.path) : null
    if (!header && ticket !== undefined && ticketPath) {
      c.set('principal', await authenticateTicket(c.env, ticket, ticketPath[1]!))
      return next()
    }
    if (!header) {
      throw new ApiError('unauthorized', 'Missing API key: send `Authorization: Bearer <key>`', { headers: { 'WWW-Authenticate': REALM } })
    }
    const token = bearerToken(header)
    if (!token) throw unauthorized('Authorization header must be `Bearer <key>`', 'invalid_request')

    const adminToken = c.env.ADMIN_TOKEN
    if (adminToken && (await timingSafeEqual(token, adminToken))) {
      if (!c.req.path.startsWith('/api/keys')) throw unauthorized('The admin token can only manage API keys')
      c.set('principal', { tenantId: '', keyId: BOOTSTRAP_KEY_ID, keyName: 'admin token', scopes: ['admin'] })
      return next()
    }

    const key = await verifyKey(c.env, (work) => c.executionCtx.waitUntil(work), c.get('log'), token)
    c.set('principal', { tenantId: key.tenantId, keyId: key.id, keyName: key.name, scopes: key.scopes })
    return next()
  }
}

/** How often one isolate records a key's use; `touchKey` also skips writes within this window. */
const TOUCH_INTERVAL_MS = 60_000

/**
 * The live key behind `token`, from this isolate's cache when it was verified within the TTL
 * (see key-cache.ts for what that means for revocation), else from D1.
 */
async function verifyKey(env: Env, defer: (work: Promise<unknown>) => void, log: Logger, token: string): Promise<ApiKeyRow> {
  const hash = await hashApiKey(token)
  const now = Date.now()
  let entry = getCachedKey(hash, now)
  const db = getDb(env.DB)
  if (!entry) {
    const key = await findKeyByHash(db, hash)
    if (!key) throw unauthorized('Unknown API key')
    if (key.revokedAt) throw unauthorized('API key has been revoked')
    entry = cacheKey(hash, key, keyCacheTtlMs(env), now)
  }
  if (now - entry.touchedAt >= TOUCH_INTERVAL_MS) {
    entry.touchedAt = now
    const keyId = entry.key.id
    defer(
      touchKey(db, keyId, new Date(now).toISOString(), new Date(now - TOUCH_INTERVAL_MS).toISOString()).catch((err) =>
        log.warn('auth.touch_failed', { key_id: keyId, error: describeError(err) }),
      ),
    )
  }
  return entry.key
}

/**
 * A ticket stands for the key that minted it, for reading one changeset's events only: it is
 * refused once that key is revoked (one D1 read per stream opened), and its uses are counted.
 */
async function authenticateTicket(env: Env, ticket: string, encodedChangesetId: string): Promise<Principal> {
  if (!env.TICKET_SECRET) throw unauthorized('Event tickets are not configured on this deployment')
  let changesetId: string
  try {
    changesetId = decodeURIComponent(encodedChangesetId)
  } catch {
    throw unauthorized('Invalid ticket: ticket is for another changeset')
  }
  const checked = await verifyTicket(env.TICKET_SECRET, ticket, changesetId)
  if (!checked.ok) throw unauthorized(`Invalid ticket: ${checked.reason}`)
  // Counted before the D1 read, so replaying one ticket cannot turn into a flood of queries.
  await limitTicketUses(env, checked.ticket.id)
  const key = await findKeyById(getDb(env.DB), checked.ticket.tenantId, checked.ticket.keyId)
  if (!key) throw unauthorized('Invalid ticket: its API key no longer exists')
  if (key.revokedAt) throw unauthorized('Invalid ticket: its API key has been revoked')
  return { tenantId: key.tenantId, keyId: key.id, keyName: key.name, scopes: ['read'] }
}

/** Route guard: the caller's key must carry `scope` (or a wider one). */
export function requireScope(scope: KeyScope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    if (!principal) throw unauthorized('Missing API key')
    if (!hasScope(principal.scopes, scope)) {
      throw new ApiError('forbidden', `This API key lacks the \`${scope}\` scope`)
    }
    return next()
  }
}
