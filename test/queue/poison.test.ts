/**
 * Poison pills and batch isolation: a review that hangs, crashes or chews CPU costs at most its
 * own attempts, ends `failed` with a reason once they are used up, and never holds up or fails
 * the other reviews in its batch. Real queue consumer, D1 and Durable Objects throughout; the
 * only doctored binding is a room that never answers, which is how a hung run looks.
 */
import { createExecutionContext, createMessageBatch, getQueueResult, runDurableObjectAlarm } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { incidentInputs } from '../../bench/pathological'
import { submitChangeset } from '../../src/changesets/submit'
import { getDb } from '../../src/db/client'
import { claimReview } from '../../src/db/review-runs'
import { createLogger } from '../../src/log'
import { consumeReviewJobs } from '../../src/queue/consumer'
import { runReview } from '../../src/queue/run-review'
import type { LineRule, Rule } from '../../src/review/types'
import { createTenantKey, getChangeset, type TestKey } from '../helpers'

const log = createLogger({ test: 'poison' })
const MAX_ATTEMPTS = 5 // MAX_REVIEW_ATTEMPTS in wrangler.toml

const DIFF = `@@ -0,0 +1,3 @@
+import yaml
+def load(f):
+    return yaml.load(f)
`

async function pending(key: TestKey, files = [{ file_path: 'a.py', diff_content: DIFF }]): Promise<string> {
  const principal = { tenantId: key.tenantId, keyId: key.keyId, keyName: 'test', scopes: ['write' as const] }
  // Not enqueued: each test delivers its own messages.
  const quiet = { ...env, REVIEW_QUEUE: { send: async () => {}, sendBatch: async () => {} } as unknown as Queue }
  const { id } = await submitChangeset(quiet, principal, { title: 't', author: 'a', files }, log)
  return id
}

/** The room of each changeset in `hung` never answers: every run on those changesets hangs. */
function withHungRooms(...hung: string[]): Env {
  const rooms = env.CHANGESET_ROOM
  const never = () => new Promise<never>(() => {})
  const namespace = {
    getByName: (name: string) => (hung.includes(name) ? { publish: never, publishAll: never, watch: never, close: never } : rooms.getByName(name)),
  }
  return { ...env, CHANGESET_ROOM: namespace as unknown as Env['CHANGESET_ROOM'] }
}

function batchOf(...jobs: Array<{ id: string; changesetId: string; attempts?: number }>) {
  return createMessageBatch<unknown>(
    'review-jobs',
    jobs.map((j) => ({ id: j.id, timestamp: new Date(), attempts: j.attempts ?? 1, body: { changesetId: j.changesetId, revision: 1 } })),
  )
}

async function row(id: string) {
  return env.DB.prepare('select status, attempts, last_error, run_id from changesets where id = ?').bind(id).first<{ status: string; attempts: number; last_error: string | null; run_id: string | null }>()
}

describe('a review that hangs', () => {
  it('times out, gives its lease back and is retried, while the rest of its batch is reviewed', { timeout: 60_000 }, async ({ expect }) => {
    const key = await createTenantKey()
    const [hung, b, c] = [await pending(key), await pending(key), await pending(key)]
    const batch = batchOf({ id: 'hung', changesetId: hung }, { id: 'b', changesetId: b }, { id: 'c', changesetId: c })
    const ctx = createExecutionContext()
    // Long enough for a real review on a busy machine; the hung one uses all of it.
    await consumeReviewJobs(batch, withHungRooms(hung), { log, deadlineMs: 5000 })
    const result = await getQueueResult(batch, ctx)
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(['hung'])
    expect(result.explicitAcks.sort()).toEqual(['b', 'c'])
    expect((await getChangeset(key, b)).status).toBe('reviewed')
    expect((await getChangeset(key, c)).status).toBe('reviewed')
    // The lease is free again and the attempt is on record with why it ended.
    expect(await row(hung)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'attempt 1 timed out after 5 s', run_id: null })
    const revision = await env.DB.prepare('select status from revisions where changeset_id = ? and number = 1').bind(hung).first<{ status: string }>()
    expect(revision!.status).toBe('pending')
  })

  it(`is abandoned with a reason after ${MAX_ATTEMPTS} timed-out attempts instead of being retried for ever`, { timeout: 60_000 }, async ({ expect }) => {
    const key = await createTenantKey()
    const hung = await pending(key)
    const stuck = withHungRooms(hung)
    for (let delivery = 1; delivery <= MAX_ATTEMPTS; delivery++) {
      const batch = batchOf({ id: 'm', changesetId: hung, attempts: delivery })
      const ctx = createExecutionContext()
      await consumeReviewJobs(batch, stuck, { log, deadlineMs: 1000 })
      expect((await getQueueResult(batch, ctx)).retryMessages).toHaveLength(1)
    }
    expect(await row(hung)).toMatchObject({ status: 'pending', attempts: MAX_ATTEMPTS, last_error: `attempt ${MAX_ATTEMPTS} timed out after 1 s` })
    // The next delivery (a retry, or a watchdog re-enqueue) finds the attempts used up.
    const batch = batchOf({ id: 'm', changesetId: hung, attempts: MAX_ATTEMPTS + 1 })
    const ctx = createExecutionContext()
    await consumeReviewJobs(batch, stuck, { log, deadlineMs: 1000 })
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['m'])
    const failed = await getChangeset(key, hung)
    expect(failed.status).toBe('failed')
    expect(failed.error).toBe(`review abandoned: it did not finish after ${MAX_ATTEMPTS} attempts (last: attempt ${MAX_ATTEMPTS} timed out after 1 s)`)
  })
})

describe('a review that crashes', () => {
  it('is abandoned once its last attempt dies, with a reason that says the run never reported back', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await pending(key)
    // Attempt 5 claimed its lease and the isolate died (out of memory, CPU limit): nothing else happened.
    await env.DB.prepare(`update changesets set attempts = ? where id = ?`).bind(MAX_ATTEMPTS - 1, id).run()
    const past = new Date(Date.now() - 1000).toISOString()
    await claimReview(getDb(env.DB), { changesetId: id, revision: 1, runId: 'crashed', now: new Date().toISOString(), leaseUntil: past, maxAttempts: MAX_ATTEMPTS })
    // The queue's redelivery finds the attempts used up and the lease dead.
    expect(await runReview(env, { changesetId: id, revision: 1 }, { log })).toBe('failed')
    const failed = await getChangeset(key, id)
    expect(failed.status).toBe('failed')
    expect(failed.error).toBe(
      `review abandoned: it did not finish after ${MAX_ATTEMPTS} attempts (last: attempt ${MAX_ATTEMPTS} stopped without reporting back: the run crashed, or hit a CPU, memory or time limit)`,
    )
  })

  it('the watchdog abandons it the same way when no delivery comes back', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await pending(key)
    const leaseExpired = Date.now() - 1000
    await env.DB.prepare(`update changesets set status = 'in_progress', attempts = ?, run_id = 'dead', lease_expires_at = ? where id = ?`)
      .bind(MAX_ATTEMPTS, new Date(leaseExpired).toISOString(), id)
      .run()
    // What the last run left in the room when it started: the watchdog, armed for its lease.
    await env.CHANGESET_ROOM.getByName(id).publishAll(id, [], leaseExpired + 1000)
    expect(await runDurableObjectAlarm(env.CHANGESET_ROOM.getByName(id))).toBe(true)
    const failed = await getChangeset(key, id)
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(new RegExp(`^review abandoned: it did not finish after ${MAX_ATTEMPTS} attempts \\(last: attempt ${MAX_ATTEMPTS} stopped without reporting back`))
  })

  it('a duplicate delivery while the last attempt is still running leaves that attempt alone', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await pending(key)
    await env.DB.prepare(`update changesets set attempts = ? where id = ?`).bind(MAX_ATTEMPTS - 1, id).run()
    const future = new Date(Date.now() + 60_000).toISOString()
    await claimReview(getDb(env.DB), { changesetId: id, revision: 1, runId: 'running', now: new Date().toISOString(), leaseUntil: future, maxAttempts: MAX_ATTEMPTS })
    expect(await runReview(env, { changesetId: id, revision: 1 }, { log })).toBe('busy')
    expect(await row(id)).toMatchObject({ status: 'in_progress', attempts: MAX_ATTEMPTS, run_id: 'running' })
  })
})

describe('a review that chews CPU', () => {
  /** Looks back over the whole hunk from every line: quadratic, what the work budget is for. */
  const lookBack: LineRule = {
    kind: 'line',
    meta: {
      id: 'test/look-back',
      title: 'Look back',
      severity: 'minor',
      category: 'style',
      pack: 'hygiene',
      tier: 'core',
      languages: '*',
      description: 'Reads every line above each line (test rule).',
      examples: { bad: 'x', good: '' },
    },
    check: (ctx) => ({ line: ctx.line.newLine, message: `${ctx.before(1_000_000).length} lines above` }),
  }

  it('has the files over the work budget skipped with a warning, and the review still completes', async ({ expect }) => {
    const key = await createTenantKey()
    const big = `@@ -0,0 +1,3000 @@\n${Array.from({ length: 3000 }, (_, i) => `+value_${i} = compute(${'x'.repeat(180)})`).join('\n')}\n`
    const id = await pending(key, [
      { file_path: 'small.py', diff_content: DIFF },
      { file_path: 'big.py', diff_content: big },
    ])
    const batch = batchOf({ id: 'cpu', changesetId: id })
    const ctx = createExecutionContext()
    await consumeReviewJobs(batch, env, { log, rules: [lookBack] as Rule[] })
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['cpu'])
    const done = await getChangeset(key, id)
    expect(done.status).toBe('reviewed')
    expect(done.warnings).toContain('1 file was not reviewed because reviewing it needed more work than the review budget allows: big.py')
    const files = await env.DB.prepare('select file_path, skipped from changeset_files where changeset_id = ? order by position').bind(id).all<{ file_path: string; skipped: string | null }>()
    expect(files.results).toEqual([
      { file_path: 'small.py', skipped: null },
      { file_path: 'big.py', skipped: expect.stringMatching(/^review budget exceeded \(more than \d+ work units\)$/) },
    ])
    const findings = await env.DB.prepare('select distinct file_path from findings where changeset_id = ?').bind(id).all<{ file_path: string }>()
    expect(findings.results.map((f) => f.file_path)).toEqual(['small.py'])
  })

  it('the reported incident (120 KB of unclosed eval/exec calls) is reviewed in a batch without holding up its neighbours', { timeout: 20_000 }, async ({ expect }) => {
    const key = await createTenantKey()
    const hostile = await pending(key, incidentInputs(3).map((f) => ({ file_path: f.path, diff_content: f.diff })))
    const [b, c] = [await pending(key), await pending(key)]
    const batch = batchOf({ id: 'hostile', changesetId: hostile }, { id: 'b', changesetId: b }, { id: 'c', changesetId: c })
    const ctx = createExecutionContext()
    const started = Date.now()
    await consumeReviewJobs(batch, env, { log })
    const elapsed = Date.now() - started
    expect((await getQueueResult(batch, ctx)).explicitAcks.sort()).toEqual(['b', 'c', 'hostile'])
    for (const id of [hostile, b, c]) expect((await getChangeset(key, id)).status).toBe('reviewed')
    // Before the fix this batch took minutes (every unclosed call re-lexed its line and the next 12).
    expect(elapsed).toBeLessThan(10_000)
  })
})
