import { z } from '@hono/zod-openapi'
import { forgetKey } from '../auth/key-cache'
import { generateApiKey, hashApiKey, keyPrefix } from '../auth/keys'
import { BOOTSTRAP_KEY_ID } from '../auth/middleware'
import { insertKey, listKeys, revokeKey, tenantExists } from '../db/api-keys'
import { getDb, nowIso } from '../db/client'
import { KEY_SCOPES, type ApiKeyRow } from '../db/schema'
import { ApiError, jsonErrorResponse, validationFailed } from '../errors'
import { describeError } from '../log'
import { plainText } from '../contracts/text'
import type { App, Principal } from '../types'
import { apiRoute, jsonContent } from './openapi'

const ScopeSchema = z.enum(KEY_SCOPES).openapi('KeyScope')

const KeySchema = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ example: 'cra_live_Ab3x', description: 'The non-secret start of the key.' }),
    scopes: z.array(ScopeSchema),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .openapi('ApiKey')

const CreatedKeySchema = KeySchema.extend({
  key: z.string().openapi({ description: 'The key itself. Shown only in this response; store it now.' }),
}).openapi('CreatedApiKey')

const CreateKeySchema = z
  .object({
    name: plainText(100, 'name').min(1).openapi({ example: 'ci-pipeline' }),
    scopes: z.array(ScopeSchema).min(1).default(['read', 'write']).openapi({ example: ['read', 'write'] }),
    tenant_id: z.string().min(1).max(100).optional().openapi({
      description: 'Only with the ADMIN_TOKEN: the tenant to create the key for (new tenants are created).',
    }),
    tenant_name: plainText(200, 'tenant_name').min(1).optional().openapi({ description: 'Name for a new tenant.' }),
  })
  .openapi('CreateApiKey')

const createKeyRoute = apiRoute('admin', {
  method: 'post',
  path: '/api/keys',
  tags: ['keys'],
  summary: 'Create an API key',
  description: 'Needs an `admin` key (creates keys in its own tenant) or the ADMIN_TOKEN (any tenant; bootstrap).',
  request: { body: { content: jsonContent(CreateKeySchema), required: true } },
  responses: { 201: { description: 'The new key, shown once', content: jsonContent(CreatedKeySchema) } },
})

const listKeysRoute = apiRoute('admin', {
  method: 'get',
  path: '/api/keys',
  tags: ['keys'],
  summary: "List the tenant's API keys (never the keys themselves)",
  request: { query: z.object({ tenant_id: z.string().optional().openapi({ description: 'Only with the ADMIN_TOKEN.' }) }) },
  responses: { 200: { description: 'Keys, newest first', content: jsonContent(z.object({ data: z.array(KeySchema) })) } },
})

const revokeKeyRoute = apiRoute('admin', {
  method: 'delete',
  path: '/api/keys/{key_id}',
  tags: ['keys'],
  summary: 'Revoke an API key',
  description:
    'The key stops working at once, its event tickets are void, and every event stream opened with it ' +
    '(WebSocket or SSE, directly or through a ticket) is closed. A `503` means some streams could not be ' +
    'reached yet: the key is revoked regardless; repeat the call to close them.',
  request: {
    params: z.object({ key_id: z.string().min(1).max(100) }),
    query: z.object({ tenant_id: z.string().optional().openapi({ description: 'Only with the ADMIN_TOKEN.' }) }),
  },
  responses: {
    200: { description: 'The revoked key', content: jsonContent(KeySchema) },
    503: jsonErrorResponse('Revoked, but some open event streams could not be closed yet; retry'),
  },
})

function toKeyJson(row: ApiKeyRow) {
  return {
    id: row.id,
    tenant_id: row.tenantId,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    created_at: row.createdAt,
    last_used_at: row.lastUsedAt,
    revoked_at: row.revokedAt,
  }
}

/** An admin key manages its own tenant; the bootstrap token must say which tenant. */
function targetTenant(principal: Principal, requested: string | undefined): string {
  if (principal.keyId !== BOOTSTRAP_KEY_ID) {
    if (requested !== undefined && requested !== principal.tenantId) {
      throw new ApiError('forbidden', 'An admin key can only manage keys of its own tenant')
    }
    return principal.tenantId
  }
  if (!requested) throw validationFailed([{ path: 'tenant_id', message: 'Required with the admin token' }])
  return requested
}

export function registerKeyRoutes(app: App) {
  app.openapi(createKeyRoute, async (c) => {
    const body = c.req.valid('json')
    const principal = c.get('principal')
    const bootstrap = principal.keyId === BOOTSTRAP_KEY_ID
    const tenantId = bootstrap ? (body.tenant_id ?? crypto.randomUUID()) : targetTenant(principal, body.tenant_id)
    const key = generateApiKey('live')
    const id = crypto.randomUUID()
    const now = nowIso()
    const scopes = [...new Set(body.scopes)]
    await insertKey(getDb(c.env.DB), {
      id,
      tenantId,
      tenantName: body.tenant_name,
      name: body.name,
      prefix: keyPrefix(key),
      hash: await hashApiKey(key),
      scopes,
      now,
    })
    c.get('log').info('key.created', { key_id: id, tenant_id: tenantId, scopes: scopes.join(','), by: principal.keyId })
    return c.json(
      { id, tenant_id: tenantId, name: body.name, prefix: keyPrefix(key), scopes, created_at: now, last_used_at: null, revoked_at: null, key },
      201,
    )
  })

  app.openapi(listKeysRoute, async (c) => {
    const tenantId = targetTenant(c.get('principal'), c.req.valid('query').tenant_id)
    const rows = await listKeys(getDb(c.env.DB), tenantId)
    return c.json({ data: rows.map(toKeyJson) }, 200)
  })

  app.openapi(revokeKeyRoute, async (c) => {
    const { key_id } = c.req.valid('param')
    const db = getDb(c.env.DB)
    const tenantId = targetTenant(c.get('principal'), c.req.valid('query').tenant_id)
    if (!(await tenantExists(db, tenantId))) throw new ApiError('not_found', `API key ${key_id} not found`)
    const row = await revokeKey(db, tenantId, key_id, nowIso())
    if (!row) throw new ApiError('not_found', `API key ${key_id} not found`)
    forgetKey(row.hash) // immediate in this isolate; other isolates within API_KEY_CACHE_SECONDS
    // Also when the key was revoked before: a repeated call finishes closing its streams.
    let streamsClosed: number
    try {
      streamsClosed = await c.env.KEY_STREAMS.getByName(key_id).revoke(key_id)
    } catch (err) {
      c.get('log').error('key.revoke_streams_failed', { key_id, tenant_id: tenantId, error: describeError(err) })
      throw new ApiError('unavailable', 'The key is revoked, but some of its open event streams could not be closed yet; retry')
    }
    c.get('log').info('key.revoked', { key_id, tenant_id: tenantId, streams_closed: streamsClosed, by: c.get('principal').keyId })
    return c.json(toKeyJson(row), 200)
  })
}
