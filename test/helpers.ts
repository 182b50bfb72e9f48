import { env, exports } from 'cloudflare:workers'
import { generateApiKey, hashApiKey, keyPrefix } from '../src/auth/keys'
import { insertKey } from '../src/db/api-keys'
import { getDb } from '../src/db/client'
import type { KeyScope } from '../src/db/schema'

export const BASE = 'http://review.test'

export interface TestKey {
  key: string
  keyId: string
  tenantId: string
}

/** A fresh tenant with one key, written straight to D1 the way `npm run keys:create` does. */
export async function createTenantKey(scopes: KeyScope[] = ['read', 'write', 'admin'], tenantId = crypto.randomUUID()): Promise<TestKey> {
  const key = generateApiKey('live')
  const keyId = crypto.randomUUID()
  await insertKey(getDb(env.DB), {
    id: keyId,
    tenantId,
    name: `test ${scopes.join('+')}`,
    prefix: keyPrefix(key),
    hash: await hashApiKey(key),
    scopes,
    now: new Date().toISOString(),
  })
  return { key, keyId, tenantId }
}

export function api(path: string, init: RequestInit & { key?: string | TestKey } = {}): Promise<Response> {
  const { key, ...rest } = init
  const headers = new Headers(rest.headers)
  if (key) headers.set('authorization', `Bearer ${typeof key === 'string' ? key : key.key}`)
  if (rest.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json')
  return exports.default.fetch(new Request(`${BASE}${path}`, { ...rest, headers }))
}

export function postJson(path: string, key: string | TestKey | undefined, body: unknown): Promise<Response> {
  return api(path, { method: 'POST', key, body: JSON.stringify(body) })
}

export const SAMPLE_DIFF = `@@ -0,0 +1,4 @@
+def add(a, b):
+    return a + b
+
+print(add(1, 2))
`

export function sampleChangeset(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Add arithmetic helper',
    description: 'A small helper',
    author: 'ada',
    files: [{ file_path: 'app/math.py', diff_content: SAMPLE_DIFF }],
    ...overrides,
  }
}

export async function submit(key: TestKey, body: unknown = sampleChangeset()): Promise<string> {
  const res = await postJson('/api/changesets', key, body)
  if (res.status !== 202) throw new Error(`submit failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { changeset_id: string }).changeset_id
}

export async function getChangeset(key: TestKey, id: string): Promise<Record<string, any>> {
  const res = await api(`/api/changesets/${id}`, { key })
  if (res.status !== 200) throw new Error(`get failed: ${res.status} ${await res.text()}`)
  return res.json()
}

/** Polls until the changeset reaches `status` (the real queue consumer is running). */
export async function waitForStatus(key: TestKey, id: string, status: string | string[], timeoutMs = 10_000) {
  const wanted = Array.isArray(status) ? status : [status]
  const deadline = Date.now() + timeoutMs
  let last: Record<string, any> | undefined
  while (Date.now() < deadline) {
    last = await getChangeset(key, id)
    if (wanted.includes(last.status)) return last
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`changeset ${id} did not reach ${wanted.join('|')}; last status ${last?.status}`)
}

export interface EventSocket {
  ws: WebSocket
  messages: Array<Record<string, any>>
  /** Resolves with the first message (from now or already received) that matches. */
  waitFor(match: (m: Record<string, any>) => boolean, timeoutMs?: number): Promise<Record<string, any>>
  closed: Promise<{ code: number; reason: string }>
}

export async function openEvents(id: string, opts: { key?: TestKey; query?: string } = {}): Promise<EventSocket> {
  const res = await api(`/api/changesets/${id}/events${opts.query ?? ''}`, { key: opts.key, headers: { upgrade: 'websocket' } })
  if (res.status !== 101 || !res.webSocket) throw new Error(`upgrade failed: ${res.status} ${await res.text()}`)
  return wrapSocket(res.webSocket)
}

export function wrapSocket(ws: WebSocket): EventSocket {
  const messages: Array<Record<string, any>> = []
  const waiters: Array<{ match: (m: Record<string, any>) => boolean; resolve: (m: Record<string, any>) => void }> = []
  ws.accept()
  ws.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Record<string, any>
    messages.push(message)
    for (const waiter of [...waiters]) {
      if (waiter.match(message)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(message)
      }
    }
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.addEventListener('close', (event) => resolve({ code: event.code, reason: event.reason })),
  )
  return {
    ws,
    messages,
    closed,
    waitFor(match, timeoutMs = 10_000) {
      const found = messages.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching message; got ${JSON.stringify(messages)}`)), timeoutMs)
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer)
            resolve(m)
          },
        })
      })
    },
  }
}
