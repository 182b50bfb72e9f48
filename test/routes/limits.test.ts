import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { createApp } from '../../src/app'
import { BASE, createTenantKey, sampleChangeset, SAMPLE_DIFF, type TestKey } from '../helpers'

const app = createApp()

/** The real app with some `[vars]` overridden, as a deployment would configure them. */
async function submitWith(vars: Partial<Record<string, string>>, key: TestKey, body: unknown | string) {
  const ctx = createExecutionContext()
  const res = await app.fetch(
    new Request(`${BASE}/api/changesets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { ...env, ...vars },
    ctx,
  )
  await waitOnExecutionContext(ctx)
  return res
}

async function changesetCount(tenantId: string): Promise<number> {
  return (await env.DB.prepare('select count(*) as n from changesets where tenant_id = ?').bind(tenantId).first<{ n: number }>())!.n
}

const files = (n: number) => Array.from({ length: n }, (_, i) => ({ file_path: `src/f${i}.py`, diff_content: SAMPLE_DIFF }))

describe('configured limits', () => {
  const cases: Array<{ name: string; vars: Record<string, string>; body: unknown; status: number; limit: string }> = [
    { name: 'request body size', vars: { MAX_BODY_BYTES: '2000' }, body: sampleChangeset({ description: 'x'.repeat(3000) }), status: 413, limit: 'MAX_BODY_BYTES' },
    { name: 'files per changeset', vars: { MAX_FILES: '3' }, body: sampleChangeset({ files: files(4) }), status: 413, limit: 'MAX_FILES' },
    {
      name: 'bytes per file diff',
      vars: { MAX_FILE_DIFF_BYTES: '100' },
      body: sampleChangeset({ files: [{ file_path: 'a.py', diff_content: `@@ -0,0 +1,1 @@\n+${'x'.repeat(200)}\n` }] }),
      status: 413,
      limit: 'MAX_FILE_DIFF_BYTES',
    },
    { name: 'total added lines', vars: { MAX_ADDED_LINES: '7' }, body: sampleChangeset({ files: files(2) }), status: 413, limit: 'MAX_ADDED_LINES' },
    {
      name: 'path length',
      vars: { MAX_PATH_LENGTH: '20' },
      body: sampleChangeset({ files: [{ file_path: `src/${'a'.repeat(30)}.py`, diff_content: SAMPLE_DIFF }] }),
      status: 422,
      limit: 'MAX_PATH_LENGTH',
    },
  ]
  for (const c of cases) {
    it(`${c.status} naming ${c.limit} when the ${c.name} is exceeded, and nothing is written`, async ({ expect }) => {
      const key = await createTenantKey()
      const res = await submitWith(c.vars, key, c.body)
      expect(res.status).toBe(c.status)
      const body = await res.json<Record<string, any>>()
      expect(body.error.code).toBe(c.status === 413 ? 'payload_too_large' : 'validation_failed')
      expect(JSON.stringify(body.error)).toContain(c.limit)
      expect(body.error.request_id).toBeTruthy()
      expect(await changesetCount(key.tenantId)).toBe(0)
    })
  }

  it('a submission just under every limit is accepted', async ({ expect }) => {
    const key = await createTenantKey()
    const res = await submitWith({ MAX_FILES: '4', MAX_ADDED_LINES: '16' }, key, sampleChangeset({ files: files(4) }))
    expect(res.status).toBe(202)
  })

  it('a malformed limit var falls back to its default and /health says so', async ({ expect }) => {
    const ctx = createExecutionContext()
    const res = await app.fetch(new Request(`${BASE}/health`), { ...env, MAX_FILES: 'lots' }, ctx)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'degraded', config: { invalid_vars: ['MAX_FILES'], limits: { max_files: 300 } } })
  })
})

describe('file paths', () => {
  const bad: Array<[string, string]> = [
    ['NUL byte', 'src/a\u0000.py'],
    ['parent segment', 'src/../../etc/passwd'],
    ['leading parent', '../secrets.txt'],
    ['absolute', '/etc/passwd'],
    ['drive letter', 'C:/Windows/system.ini'],
    ['backslashes', 'src\\..\\a.py'],
    ['control character', 'src/a\u001b[31m.py'],
    ['only dots', './.'],
  ]
  for (const [name, filePath] of bad) {
    it(`refuses a path with ${name} (422, nothing written)`, async ({ expect }) => {
      const key = await createTenantKey()
      const res = await submitWith({}, key, sampleChangeset({ files: [{ file_path: filePath, diff_content: SAMPLE_DIFF }] }))
      expect(res.status).toBe(422)
      const body = await res.json<Record<string, any>>()
      expect(body.error.details[0].path).toBe('json.files.0.file_path')
      expect(await changesetCount(key.tenantId)).toBe(0)
    })
  }

  it('normalises harmless spellings (./, doubled slashes) and refuses duplicates', async ({ expect }) => {
    const key = await createTenantKey()
    const ok = await submitWith({}, key, sampleChangeset({ files: [{ file_path: './src//a.py', diff_content: SAMPLE_DIFF }] }))
    expect(ok.status).toBe(202)
    const { changeset_id } = await ok.json<Record<string, string>>()
    const row = await env.DB.prepare('select file_path from changeset_files where changeset_id = ?').bind(changeset_id).first<{ file_path: string }>()
    expect(row!.file_path).toBe('src/a.py')
    const dup = await submitWith({}, key, sampleChangeset({ files: [{ file_path: 'a.py', diff_content: SAMPLE_DIFF }, { file_path: './a.py', diff_content: SAMPLE_DIFF }] }))
    expect(dup.status).toBe(422)
  })
})

describe('request ids', () => {
  it('echoes a client X-Request-Id and puts it in errors; generates one otherwise', async ({ expect }) => {
    const key = await createTenantKey()
    const ctx = createExecutionContext()
    const res = await app.fetch(
      new Request(`${BASE}/api/changesets/nope`, { headers: { authorization: `Bearer ${key.key}`, 'x-request-id': 'trace-123' } }),
      env,
      ctx,
    )
    expect(res.headers.get('x-request-id')).toBe('trace-123')
    expect(await res.json()).toMatchObject({ error: { request_id: 'trace-123' } })
    const bad = await app.fetch(new Request(`${BASE}/`, { headers: { 'x-request-id': 'has spaces & <tags>' } }), env, createExecutionContext())
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('CORS', () => {
  it('allows exactly the configured origins, including preflight, and never on the WebSocket upgrade', async ({ expect }) => {
    const vars = { ...env, CORS_ORIGINS: 'https://app.example.com, https://admin.example.com' }
    const preflight = await app.fetch(
      new Request(`${BASE}/api/changesets`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      }),
      vars,
      createExecutionContext(),
    )
    expect(preflight.status).toBeLessThan(300)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.com')
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
    const other = await app.fetch(new Request(`${BASE}/health`, { headers: { origin: 'https://evil.example' } }), vars, createExecutionContext())
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const allowed = await app.fetch(new Request(`${BASE}/health`, { headers: { origin: 'https://admin.example.com' } }), vars, createExecutionContext())
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.example.com')
    expect(allowed.headers.get('access-control-expose-headers')).toContain('X-Request-Id')
  })
})
