import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { cacheKey, forgetKey, getCachedKey, keyCacheTtlMs } from '../../src/auth/key-cache'
import type { ApiKeyRow } from '../../src/db/schema'
import { api, createTenantKey, postJson } from '../helpers'

/** Revokes a key in D1 only, the way a revocation made by another isolate looks to this one. */
async function revokeBehindTheCache(keyId: string) {
  await env.DB.prepare('update api_keys set revoked_at = ? where id = ?').bind(new Date().toISOString(), keyId).run()
}

async function lastUsedAt(keyId: string) {
  return (await env.DB.prepare('select last_used_at from api_keys where id = ?').bind(keyId).first<{ last_used_at: string | null }>())!.last_used_at
}

describe('verified API keys are cached per isolate for API_KEY_CACHE_SECONDS', () => {
  it('a key verified moments ago is not looked up again: a revocation made elsewhere lands within the TTL', async ({ expect }) => {
    const key = await createTenantKey(['read'])
    expect((await api('/api/changesets/none', { key })).status).toBe(404)
    await revokeBehindTheCache(key.keyId)
    // Still trusted from this isolate's cache (wrangler.toml: 30 s)...
    expect((await api('/api/changesets/none', { key })).status).toBe(404)
  })

  it('revoking through the API takes effect at once in the isolate that revoked it', async ({ expect }) => {
    const admin = await createTenantKey(['admin'])
    const created = await (await postJson('/api/keys', admin, { name: 'cached', scopes: ['read'] })).json<{ id: string; key: string }>()
    expect((await api('/api/changesets/none', { key: created.key })).status).toBe(404)
    expect((await api(`/api/keys/${created.id}`, { method: 'DELETE', key: admin })).status).toBe(200)
    const res = await api('/api/changesets/none', { key: created.key })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized', message: 'API key has been revoked' } })
  })

  it('unknown and revoked keys are never cached, so a key created later works at once', async ({ expect }) => {
    const admin = await createTenantKey(['admin'])
    const revoked = await createTenantKey(['read'], admin.tenantId)
    await revokeBehindTheCache(revoked.keyId)
    expect((await api('/api/changesets/none', { key: revoked })).status).toBe(401)
    await env.DB.prepare('update api_keys set revoked_at = null where id = ?').bind(revoked.keyId).run()
    expect((await api('/api/changesets/none', { key: revoked })).status).toBe(404)
  })

  it('records a key’s use on its first request, not on every cached one', async ({ expect }) => {
    const key = await createTenantKey(['read'])
    expect(await lastUsedAt(key.keyId)).toBeNull()
    await api('/api/changesets/none', { key })
    await expect.poll(() => lastUsedAt(key.keyId)).not.toBeNull()
  })

  it('ticket-opened streams still re-check the key in D1 (cached or not)', async ({ expect }) => {
    const key = await createTenantKey(['read', 'write'])
    const res = await postJson('/api/changesets', key, { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: '@@ -0,0 +1 @@\n+x = 1\n' }] })
    const id = (await res.json<{ changeset_id: string }>()).changeset_id
    const ticketRes = await api(`/api/changesets/${id}/events/ticket`, { method: 'POST', key })
    const ticket = encodeURIComponent((await ticketRes.json<{ ticket: string }>()).ticket)
    await revokeBehindTheCache(key.keyId)
    const open = await api(`/api/changesets/${id}/events?ticket=${ticket}`, { headers: { upgrade: 'websocket' } })
    expect(open.status).toBe(401)
  })
})

describe('key cache entries', () => {
  const row = { id: 'k', tenantId: 't', name: 'n', scopes: ['read'] } as unknown as ApiKeyRow

  it('expire after the TTL, and a TTL of 0 keeps nothing', ({ expect }) => {
    const hash = crypto.randomUUID()
    cacheKey(hash, row, 30_000, 1_000)
    expect(getCachedKey(hash, 30_999)?.key).toBe(row)
    expect(getCachedKey(hash, 31_000)).toBeUndefined()
    const off = crypto.randomUUID()
    cacheKey(off, row, 0, 1_000)
    expect(getCachedKey(off, 1_000)).toBeUndefined()
    cacheKey(off, row, 30_000, 1_000)
    forgetKey(off)
    expect(getCachedKey(off, 1_001)).toBeUndefined()
  })

  it('API_KEY_CACHE_SECONDS: 0 turns it off; missing or malformed keeps 30 s', ({ expect }) => {
    const cases: Array<[string | undefined, number]> = [
      [undefined, 30_000],
      ['', 30_000],
      ['0', 0],
      ['5', 5_000],
      ['-1', 30_000],
      ['301', 30_000],
      ['soon', 30_000],
    ]
    for (const [raw, ms] of cases) expect(keyCacheTtlMs({ API_KEY_CACHE_SECONDS: raw }), String(raw)).toBe(ms)
  })
})
