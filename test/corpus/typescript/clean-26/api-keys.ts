// corpus: path=src/worker/api-keys.ts
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import { zValidator } from '@hono/zod-validator'

type Bindings = {
  DB: D1Database
  KEY_CACHE: KVNamespace
  API_KEY_PEPPER: string
}

type Variables = { tenantId: string; keyId: string }

const KEY_PREFIX = 'cra_live_'
const CACHE_TTL_SECONDS = 60

interface ApiKeyRow {
  id: string
  tenant_id: string
  name: string
  prefix: string
  key_hash: string
  revoked_at: string | null
  last_used_at: string | null
}

function toHex(buf: ArrayBuffer): string {
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function hashApiKey(key: string, pepper: string): Promise<string> {
  const hmacKey = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pepper),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return toHex(await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode(key)))
}

function generateApiKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  const body = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `${KEY_PREFIX}${body}`
}

export const apiKeys = new Hono<{ Bindings: Bindings; Variables: Variables }>()

/** Bearer API-key authentication: the key is hashed and looked up, never stored in clear. */
export async function authenticate(c: any, next: () => Promise<void>): Promise<void> {
  const header = c.req.header('Authorization') ?? ''
  const [scheme, presented] = header.split(' ')
  if (scheme !== 'Bearer' || !presented?.startsWith(KEY_PREFIX)) {
    throw new HTTPException(401, { message: 'Missing or malformed API key' })
  }
  const keyHash = await hashApiKey(presented, c.env.API_KEY_PEPPER)
  const cached = await c.env.KEY_CACHE.get(`key:${keyHash}`, 'json')
  let row = cached as Pick<ApiKeyRow, 'id' | 'tenant_id' | 'revoked_at'> | null
  if (!row) {
    row = await c.env.DB.prepare('SELECT id, tenant_id, revoked_at FROM api_keys WHERE key_hash = ?')
      .bind(keyHash)
      .first()
    if (row) {
      await c.env.KEY_CACHE.put(`key:${keyHash}`, JSON.stringify(row), { expirationTtl: CACHE_TTL_SECONDS })
    }
  }
  if (!row || row.revoked_at) {
    throw new HTTPException(401, { message: 'Invalid API key' })
  }
  c.set('tenantId', row.tenant_id)
  c.set('keyId', row.id)
  c.executionCtx.waitUntil(
    c.env.DB.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?').bind(new Date().toISOString(), row.id).run(),
  )
  await next()
}

apiKeys.use('*', authenticate)

apiKeys.get('/', async (c) => {
  const { results } = await c.env.DB.prepare(
    'SELECT id, name, prefix, last_used_at, revoked_at FROM api_keys WHERE tenant_id = ? ORDER BY created_at DESC',
  )
    .bind(c.get('tenantId'))
    .all<Omit<ApiKeyRow, 'key_hash' | 'tenant_id'>>()
  return c.json({ keys: results })
})

apiKeys.post('/', zValidator('json', z.object({ name: z.string().min(1).max(64) })), async (c) => {
  const { name } = c.req.valid('json')
  const key = generateApiKey()
  const id = crypto.randomUUID()
  await c.env.DB.prepare(
    'INSERT INTO api_keys (id, tenant_id, name, prefix, key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
    .bind(id, c.get('tenantId'), name, key.slice(0, 12), await hashApiKey(key, c.env.API_KEY_PEPPER), new Date().toISOString())
    .run()
  // The full key is shown exactly once; only its hash is kept.
  return c.json({ id, name, key }, 201)
})

apiKeys.delete('/:id', async (c) => {
  const id = c.req.param('id')
  const row = await c.env.DB.prepare('SELECT key_hash FROM api_keys WHERE id = ? AND tenant_id = ?')
    .bind(id, c.get('tenantId'))
    .first<{ key_hash: string }>()
  if (!row) throw new HTTPException(404, { message: 'API key not found' })
  await c.env.DB.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ?').bind(new Date().toISOString(), id).run()
  await c.env.KEY_CACHE.delete(`key:${row.key_hash}`)
  return c.body(null, 204)
})
