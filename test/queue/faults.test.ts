import { createExecutionContext, createMessageBatch, getQueueResult, runDurableObjectAlarm, runInDurableObject, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { submitChangeset } from '../../src/changesets/submit'
import { getDb } from '../../src/db/client'
import { claimReview, commitGuard } from '../../src/db/review-runs'
import { runBatch } from '../../src/db/batch'
import { createLogger } from '../../src/log'
import { consumeReviewJobs } from '../../src/queue/consumer'
import { consumeDeadLetters } from '../../src/queue/dead-letter'
import { runReview } from '../../src/queue/run-review'
import type { LineContext, Rule } from '../../src/review/types'
import { api, createTenantKey, getChangeset, openEvents, submit, waitForStatus, type TestKey } from '../helpers'
import worker from '../../src/index'

const log = createLogger({ test: 'faults' })
const principalOf = (key: TestKey) => ({ tenantId: key.tenantId, keyId: key.keyId, keyName: 'test', scopes: ['write' as const] })

const FINDING_DIFF = `@@ -0,0 +1,3 @@
+import yaml
+def load(f):
+    return yaml.load(f)
`

/** A rule that flags every added line, so each review produces a known number of findings. */
const everyLine: Rule = {
  kind: 'line',
  meta: {
    id: 'test/every-line',
    title: 'Every line',
    severity: 'minor',
    category: 'style',
    pack: 'hygiene',
    tier: 'core',
    languages: '*',
    description: 'Flags every added line (test rule).',
    examples: { bad: 'x', good: '' },
  },
  check: (ctx) => ({ line: ctx.line.newLine, message: `line ${ctx.line.newLine}` }),
}

async function countRows(table: string, changesetId: string): Promise<number> {
  const row = await env.DB.prepare(`select count(*) as n from ${table} where changeset_id = ?`).bind(changesetId).first<{ n: number }>()
  return row!.n
}

/** Moves a changeset's clock back so the watchdog considers it stuck now. */
async function backdate(id: string, seconds: number) {
  const past = new Date(Date.now() - seconds * 1000).toISOString()
  await env.DB.prepare('update changesets set updated_at = ?, lease_expires_at = case when lease_expires_at is null then null else ? end where id = ?')
    .bind(past, past, id)
    .run()
}

function withQueue(send: () => Promise<unknown>): Env {
  return { ...env, REVIEW_QUEUE: { send, sendBatch: env.REVIEW_QUEUE.sendBatch.bind(env.REVIEW_QUEUE) } as unknown as Queue }
}

function withRoomDown(): Env {
  const broken = {
    getByName: () => ({
      publish: async () => {
        throw new Error('Durable Object unavailable')
      },
      watch: async () => {
        throw new Error('Durable Object unavailable')
      },
    }),
  }
  return { ...env, CHANGESET_ROOM: broken as unknown as Env['CHANGESET_ROOM'] }
}

/**
 * D1 whose review commit batches go through `commit` (given the real send) before they reach it;
 * everything else goes straight through. The claim, with its reads, is at most 6 statements.
 */
function withCommitBatch(commit: (send: () => Promise<D1Result[]>) => Promise<D1Result[]>): Env {
  const db = new Proxy(env.DB, {
    get(target, prop) {
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) => (statements.length > 6 ? commit(() => target.batch(statements)) : target.batch(statements))
      }
      const value = Reflect.get(target, prop)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  return { ...env, DB: db }
}

/** The review's commit waits for `until` before it reaches D1. */
function withHungCommit(until: Promise<void>): Env {
  return withCommitBatch(async (send) => {
    await until
    return send()
  })
}

/** The first `failures` review commits fail as a network failure would. */
function withFlakyBatch(failures: number): Env {
  let left = failures
  return withCommitBatch(async (send) => {
    if (left-- > 0) throw new Error('D1_ERROR: simulated network failure')
    return send()
  })
}

describe('faults', () => {
  it('a failed enqueue after the D1 commit is recovered by the watchdog', async ({ expect }) => {
    const key = await createTenantKey()
    const broken = withQueue(async () => {
      throw new Error('queue unavailable')
    })
    const { id } = await submitChangeset(broken, principalOf(key), { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] }, log)
    expect((await getChangeset(key, id)).status).toBe('pending')
    const socket = await openEvents(id, { key })
    await backdate(id, 60)
    expect(await runDurableObjectAlarm(env.CHANGESET_ROOM.getByName(id))).toBe(true)
    await waitForStatus(key, id, 'reviewed')
    await socket.waitFor((m) => m.type === 'status' && m.status === 'reviewed')
    expect(await countRows('review_commits', id)).toBe(1)
    socket.ws.close(1000)
  })

  it('D1 failing mid-review: the attempt gives its lease back and the retry reviews once', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] })
    await waitForStatus(key, id, 'reviewed')
    // Reset to pending (as a fresh revision would) and run the flaky path by hand.
    await env.DB.prepare(`update changesets set status = 'pending', run_id = null where id = ?`).bind(id).run()
    await env.DB.prepare(`delete from review_commits where changeset_id = ?`).bind(id).run()
    const before = await countRows('findings', id)

    const batch = createMessageBatch('review-jobs', [{ id: 'm1', timestamp: new Date(), attempts: 1, body: { changesetId: id, revision: 1 } }])
    const ctx = createExecutionContext()
    await consumeReviewJobs(batch, withFlakyBatch(1), { log })
    const result = await getQueueResult(batch, ctx)
    expect(result.retryMessages).toMatchObject([{ msgId: 'm1' }])
    expect(result.explicitAcks).toEqual([])
    expect((await getChangeset(key, id)).status).toBe('pending')
    const revision = await env.DB.prepare('select status from revisions where changeset_id = ? and number = 1').bind(id).first<{ status: string }>()
    expect(revision!.status).toBe('pending')

    expect(await runReview(env, { changesetId: id, revision: 1 }, { log })).toBe('reviewed')
    expect(await countRows('findings', id)).toBe(before)
    expect(await countRows('review_commits', id)).toBe(1)
  })

  it('an engine error on one file is recorded on that file; the rest is still reviewed', async ({ expect }) => {
    const key = await createTenantKey()
    const broken: Rule = { ...everyLine, meta: { ...everyLine.meta, id: 'test/explodes' }, check: (ctx: LineContext) => {
      if (ctx.file.path === 'b.py') throw new Error('boom')
      return undefined
    } }
    const { id } = await submitChangeset(withQueue(async () => {}), principalOf(key), {
      title: 't',
      author: 'a',
      files: [
        { file_path: 'a.py', diff_content: FINDING_DIFF },
        { file_path: 'b.py', diff_content: FINDING_DIFF },
      ],
    }, log)
    expect(await runReview(env, { changesetId: id, revision: 1 }, { log, rules: [everyLine, broken] })).toBe('reviewed')
    const files = await env.DB.prepare('select file_path, problems from changeset_files where changeset_id = ? order by position').bind(id).all<{ file_path: string; problems: string | null }>()
    expect(files.results[0]!.problems).toBeNull()
    expect(files.results[1]!.problems).toContain('test/explodes')
    expect(await countRows('findings', id)).toBe(6)
  })

  it('an unreachable Durable Object never fails the review', async ({ expect }) => {
    const key = await createTenantKey()
    const down = withRoomDown()
    const { id } = await submitChangeset(withQueue(async () => {}), principalOf(key), { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] }, log)
    expect(await runReview(down, { changesetId: id, revision: 1 }, { log })).toBe('reviewed')
    expect((await getChangeset(key, id)).status).toBe('reviewed')
  })

  it('the same message delivered twice, concurrently and again later, reviews once', async ({ expect }) => {
    const key = await createTenantKey()
    const { id } = await submitChangeset(withQueue(async () => {}), principalOf(key), { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] }, log)
    const job = { changesetId: id, revision: 1 }
    const outcomes = await Promise.all([runReview(env, job, { log, rules: [everyLine] }), runReview(env, job, { log, rules: [everyLine] })])
    expect(outcomes.filter((o) => o === 'reviewed')).toHaveLength(1)
    expect(await runReview(env, job, { log, rules: [everyLine] })).toBe('skipped')
    expect(await countRows('findings', id)).toBe(3)
    expect(await countRows('review_commits', id)).toBe(1)
    const history = await env.DB.prepare(`select to_status from changeset_events where changeset_id = ? order by id`).bind(id).all<{ to_status: string }>()
    expect(history.results.map((r) => r.to_status)).toEqual(['pending', 'in_progress', 'reviewed'])
  })

  it('a stale run cannot commit over the run that took over its lease', async ({ expect }) => {
    const key = await createTenantKey()
    const { id } = await submitChangeset(withQueue(async () => {}), principalOf(key), { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] }, log)
    const db = getDb(env.DB)
    const now = new Date().toISOString()
    const past = new Date(Date.now() - 1000).toISOString()
    expect(await claimReview(db, { changesetId: id, revision: 1, runId: 'run-a', now, leaseUntil: past, maxAttempts: 5 })).toBeDefined()
    expect(await claimReview(db, { changesetId: id, revision: 1, runId: 'run-b', now, leaseUntil: new Date(Date.now() + 60_000).toISOString(), maxAttempts: 5 })).toBeDefined()
    await expect(runBatch(env.DB, [commitGuard(id, 1, 'run-a', now)])).rejects.toThrow(/NOT NULL constraint failed: review_commits.run_id/)
    await runBatch(env.DB, [commitGuard(id, 1, 'run-b', now)])
    await expect(runBatch(env.DB, [commitGuard(id, 1, 'run-b', now)])).rejects.toThrow(/UNIQUE constraint failed/)
  })

  it('a run that dies mid-review is re-queued by the watchdog its start armed, once its lease expires', async ({ expect }) => {
    const key = await createTenantKey()
    const { id } = await submitChangeset(withQueue(async () => {}), principalOf(key), { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] }, log)
    // The run claims its lease, announces itself, reviews, and then its commit never comes back
    // (the isolate died there): nothing else of it happens.
    let resume!: () => void
    const dead = runReview(withHungCommit(new Promise<void>((resolve) => (resume = resolve))), { changesetId: id, revision: 1 }, { log, deadlineMs: 120_000 })
    await waitForStatus(key, id, 'in_progress')
    const room = env.CHANGESET_ROOM.getByName(id)
    await expect.poll(() => runInDurableObject(room, (_, state) => state.storage.getAlarm())).not.toBeNull()
    await backdate(id, 60)
    expect(await runDurableObjectAlarm(room)).toBe(true)
    const done = await waitForStatus(key, id, 'reviewed')
    expect(done.attempts).toBe(2)
    // Its commit, arriving late, is refused by the lease the second run took over.
    resume()
    expect(await dead).toBe('stale')
    expect(await countRows('review_commits', id)).toBe(1)
  })

  it('gives up with a reason when a review keeps dying', async ({ expect }) => {
    const key = await createTenantKey()
    const { id } = await submitChangeset(withQueue(async () => {}), principalOf(key), { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] }, log)
    const leaseExpired = Date.now() - 1000
    await env.DB.prepare(`update changesets set status = 'in_progress', attempts = 5, run_id = 'dead', lease_expires_at = ? where id = ?`)
      .bind(new Date(leaseExpired).toISOString(), id)
      .run()
    // What the last run left in the room when it started: the watchdog, armed for its lease.
    await env.CHANGESET_ROOM.getByName(id).publishAll(id, [], leaseExpired + 1000)
    const socket = await openEvents(id, { key })
    expect(await runDurableObjectAlarm(env.CHANGESET_ROOM.getByName(id))).toBe(true)
    const failed = await getChangeset(key, id)
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(/did not finish after 5 attempts/)
    expect(await socket.waitFor((m) => m.type === 'status' && m.status === 'failed')).toMatchObject({ error: failed.error })
    socket.ws.close(1000)
  })

  it('the dead-letter consumer fails the changeset with a clear reason and tells watchers', async ({ expect }) => {
    const key = await createTenantKey()
    const { id } = await submitChangeset(withQueue(async () => {}), principalOf(key), { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] }, log)
    const socket = await openEvents(id, { key })
    await socket.waitFor((m) => m.type === 'snapshot')
    const batch = createMessageBatch<unknown>('review-jobs-dlq', [
      { id: 'd1', timestamp: new Date(), attempts: 1, body: { changesetId: id, revision: 1 } },
      { id: 'd2', timestamp: new Date(), attempts: 1, body: 'garbage' },
    ])
    const ctx = createExecutionContext()
    await consumeDeadLetters(batch, env)
    const result = await getQueueResult(batch, ctx)
    expect(result.explicitAcks.sort()).toEqual(['d1', 'd2'])
    const failed = await getChangeset(key, id)
    expect(failed).toMatchObject({ status: 'failed' })
    expect(failed.error).toMatch(/dead-lettered/)
    await socket.waitFor((m) => m.type === 'status' && m.status === 'failed')
    socket.ws.close(1000)
  })

  it('one malformed message never fails its batch', async ({ expect }) => {
    const key = await createTenantKey()
    const { id } = await submitChangeset(withQueue(async () => {}), principalOf(key), { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] }, log)
    const batch = createMessageBatch<unknown>('review-jobs', [
      { id: 'bad', timestamp: new Date(), attempts: 1, body: { nope: true } },
      { id: 'good', timestamp: new Date(), attempts: 1, body: { changesetId: id, revision: 1 } },
    ])
    const ctx = createExecutionContext()
    await worker.queue(batch, env)
    const result = await getQueueResult(batch, ctx)
    expect(result.explicitAcks.sort()).toEqual(['bad', 'good'])
    expect(result.retryMessages).toEqual([])
    expect((await getChangeset(key, id)).status).toBe('reviewed')
  })

  it('the cron sweep recovers changesets whose watchdog was never armed', async ({ expect }) => {
    const key = await createTenantKey()
    const { id } = await submitChangeset(
      { ...withRoomDown(), REVIEW_QUEUE: withQueue(async () => { throw new Error('down') }).REVIEW_QUEUE },
      principalOf(key),
      { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] },
      log,
    )
    await backdate(id, 120)
    const ctx = createExecutionContext()
    await worker.scheduled({ scheduledTime: Date.now(), cron: '*/5 * * * *', noRetry() {} } as ScheduledController, env, ctx)
    await waitOnExecutionContext(ctx)
    expect((await waitForStatus(key, id, 'reviewed')).attempts).toBe(1)
  })
})

describe('revisions racing a review', () => {
  it('a new revision supersedes a review still running on the previous one; only the new one commits', async ({ expect }) => {
    const key = await createTenantKey()
    const { id } = await submitChangeset(withQueue(async () => {}), principalOf(key), { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] }, log)
    const db = getDb(env.DB)
    // Revision 1's run claims its lease, then revision 2 arrives before it commits.
    await claimReview(db, { changesetId: id, revision: 1, runId: 'run-r1', now: new Date().toISOString(), leaseUntil: new Date(Date.now() + 60_000).toISOString(), maxAttempts: 5 })
    const res = await api(`/api/changesets/${id}/revisions`, {
      method: 'POST',
      key,
      body: JSON.stringify({ files: [{ file_path: 'a.py', diff_content: FINDING_DIFF.replace('yaml.load(f)', 'yaml.safe_load(f)') }] }),
    })
    expect(res.status).toBe(202)
    await expect(runBatch(env.DB, [commitGuard(id, 1, 'run-r1', new Date().toISOString())])).rejects.toThrow(/NOT NULL/)
    await waitForStatus(key, id, 'reviewed')
    const revisions = await (await api(`/api/changesets/${id}/revisions`, { key })).json<{ data: Array<Record<string, any>> }>()
    expect(revisions.data.map((r) => [r.number, r.status])).toEqual([
      [1, 'failed'],
      [2, 'reviewed'],
    ])
    expect(revisions.data[0]!.error).toBe('superseded by revision 2 before its review finished')
    expect(await countRows('review_commits', id)).toBe(1)
  })
})

describe('late dead letters', () => {
  it('a dead-lettered message for a changeset that was reviewed after all changes nothing', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 't', author: 'a', files: [{ file_path: 'a.py', diff_content: FINDING_DIFF }] })
    await waitForStatus(key, id, 'reviewed')
    const before = await (await api(`/api/changesets/${id}/history`, { key })).json<{ data: unknown[] }>()
    const batch = createMessageBatch<unknown>('review-jobs-dlq', [{ id: 'late', timestamp: new Date(), attempts: 1, body: { changesetId: id, revision: 1 } }])
    const ctx = createExecutionContext()
    await consumeDeadLetters(batch, env)
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['late'])
    expect((await getChangeset(key, id)).status).toBe('reviewed')
    const revisions = await (await api(`/api/changesets/${id}/revisions`, { key })).json<{ data: Array<Record<string, any>> }>()
    expect(revisions.data[0]).toMatchObject({ status: 'reviewed', error: null })
    const after = await (await api(`/api/changesets/${id}/history`, { key })).json<{ data: unknown[] }>()
    expect(after.data).toEqual(before.data)
  })
})
