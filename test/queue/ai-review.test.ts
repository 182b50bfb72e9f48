import { env } from 'cloudflare:workers'
import { afterEach, describe, it, vi } from 'vitest'
import { submitChangeset } from '../../src/changesets/submit'
import { createLogger } from '../../src/log'
import { runReview } from '../../src/queue/run-review'
import { aiReply, chatCompletion, fakeAi } from '../ai/fakes'
import { api, createTenantKey, getChangeset, openEvents, type TestKey } from '../helpers'

const log = createLogger({ test: 'ai-review' })
const noQueue = { ...env, REVIEW_QUEUE: { send: async () => {}, sendBatch: async () => {} } as unknown as Queue }
const principalOf = (key: TestKey) => ({ tenantId: key.tenantId, keyId: key.keyId, keyName: 'test', scopes: ['write' as const] })

// Built from pieces so the repository itself holds no key-shaped string.
const AWS_KEY = ['AKIA', 'Z7QJXV3K', 'D2LMPQ4R'].join('')

const DIFF = `@@ -0,0 +1,9 @@
+import time
+AWS_KEY = "${AWS_KEY}"
+
+async def load_orders(db, ids):
+    orders = []
+    for i in ids:
+        orders.append(await db.get(i))
+    time.sleep(1)
+    return orders
`

async function submitWith(key: TestKey, options: Record<string, unknown> = {}) {
  const { id } = await submitChangeset(noQueue, principalOf(key), { title: 'Orders', description: 'Loads orders', author: 'ada', files: [{ file_path: 'app/orders.py', diff_content: DIFF }], options }, log)
  return id
}

const n1Finding = { path: 'app/orders.py', line: 7, severity: 'critical', category: 'performance', title: 'N+1 queries', message: 'One query per id inside the loop.', suggestion: 'Fetch all ids in one query.' }

afterEach(() => vi.restoreAllMocks())

describe('AI reviewer in the review pipeline', () => {
  it('adds anchored, severity-capped AI findings and a description next to the rule findings (Workers AI)', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submitWith(key)
    const ai = fakeAi(() => ({ response: aiReply([n1Finding, { ...n1Finding, line: 40, title: 'Outside the diff' }], 'Loads orders one by one; slow for many ids.') }))
    const aiEnv = { ...env, AI_PROVIDER: 'workers-ai', AI: ai as unknown as Ai }
    expect(await runReview(aiEnv, { changesetId: id, revision: 1 }, { log })).toBe('reviewed')

    const changeset = await getChangeset(key, id)
    expect(changeset.description_ai).toBe('Loads orders one by one; slow for many ids.')
    const findings = (await (await api(`/api/changesets/${id}/findings?limit=100`, { key })).json<{ data: Array<Record<string, any>> }>()).data
    const aiFindings = findings.filter((f) => f.source === 'ai')
    expect(aiFindings).toHaveLength(1)
    expect(aiFindings[0]).toMatchObject({ rule_id: 'ai/performance', severity: 'major', line: 7, file_path: 'app/orders.py' })
    expect(findings.some((f) => f.source === 'rule' && f.rule_id === 'secrets/aws-access-key')).toBe(true)
    // The key the rules found never reached the provider.
    expect(JSON.stringify(ai.calls)).not.toContain(AWS_KEY)
    const md = await (await api(`/api/changesets/${id}/report?format=markdown`, { key })).text()
    expect(md).toContain('Loads orders one by one')
  })

  it('a failing provider leaves the review reviewed with rule findings, a warning, and a warning event', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submitWith(key)
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'snapshot')
    const ai = fakeAi(() => {
      throw new Error('AiError: 3040: Capacity temporarily exceeded')
    })
    expect(await runReview({ ...env, AI_PROVIDER: 'workers-ai', AI: ai as unknown as Ai, AI_RETRIES: '0' }, { changesetId: id, revision: 1 }, { log })).toBe('reviewed')
    const changeset = await getChangeset(key, id)
    expect(changeset.status).toBe('reviewed')
    expect(changeset.warnings.join(' ')).toMatch(/AI reviewer/i)
    expect(changeset.summary.findings_total).toBeGreaterThan(0)
    const warning = await socket.waitFor((m) => m.type === 'warning')
    expect(warning.message).toMatch(/AI reviewer/i)
    socket.ws.close(1000)
  })

  it('an OpenAI-compatible endpoint gets masked secrets and can be switched off per submission', async ({ expect }) => {
    const key = await createTenantKey()
    const bodies: string[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = new Request(input as RequestInfo, init)
      bodies.push(await request.text())
      expect(request.url).toBe('https://llm.example.com/v1/chat/completions')
      expect(request.headers.get('authorization')).toBe('Bearer test-llm-key')
      return chatCompletion(aiReply([], 'Adds order loading.'))
    })
    const openAiEnv = { ...env, AI_PROVIDER: 'openai', AI_BASE_URL: 'https://llm.example.com/v1', AI_MODEL: 'gpt-test', AI_API_KEY: 'test-llm-key' }
    const on = await submitWith(key)
    expect(await runReview(openAiEnv, { changesetId: on, revision: 1 }, { log })).toBe('reviewed')
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).not.toContain(AWS_KEY)
    expect(bodies[0]).toContain('load_orders')
    expect((await getChangeset(key, on)).description_ai).toBe('Adds order loading.')

    const off = await submitWith(key, { ai: false })
    expect(await runReview(openAiEnv, { changesetId: off, revision: 1 }, { log })).toBe('reviewed')
    expect(bodies).toHaveLength(1)
    expect((await getChangeset(key, off)).description_ai).toBeNull()
  })

  it('without a provider the review is rules-only; asking for AI then says why not', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submitWith(key, { ai: true })
    expect(await runReview(env, { changesetId: id, revision: 1 }, { log })).toBe('reviewed')
    const changeset = await getChangeset(key, id)
    expect(changeset.warnings).toEqual(['AI review was requested but this deployment has no AI reviewer configured'])
    expect(changeset.description_ai).toBeNull()
  })
})
