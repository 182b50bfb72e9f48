import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { createLogger } from '../../src/log'
import { DELIVERY_DEDUPE_DAYS, diffRetentionDays, pruneGitHubDeliveries, purgeExpiredDiffs } from '../../src/queue/retention'
import worker from '../../src/index'
import { api, createTenantKey, submit, waitForStatus, type TestKey } from '../helpers'

const log = createLogger({ test: 'retention' })
const DAY_MS = 86_400_000
const FINDING_DIFF = '@@ -0,0 +1,2 @@\n+import pickle\n+data = pickle.loads(blob)\n'

async function reviewed(key: TestKey): Promise<string> {
  const id = await submit(key, { title: 't', author: 'a', files: [{ file_path: 'app.py', diff_content: FINDING_DIFF, content: 'import pickle\ndata = pickle.loads(blob)\n' }] })
  await waitForStatus(key, id, 'reviewed')
  return id
}

/** Moves a revision's completion back by `days`, as if it had finished that long ago. */
async function finishedDaysAgo(id: string, days: number) {
  await env.DB.prepare('update revisions set completed_at = ? where changeset_id = ?').bind(new Date(Date.now() - days * DAY_MS).toISOString(), id).run()
}

async function storedFile(id: string) {
  return env.DB.prepare('select diff_content, content, file_path, additions from changeset_files where changeset_id = ?').bind(id).first<Record<string, unknown>>()
}

async function purgedAt(id: string) {
  return (await env.DB.prepare('select diff_purged_at from revisions where changeset_id = ?').bind(id).first<{ diff_purged_at: string | null }>())!.diff_purged_at
}

const keeping = (days: string): Env => ({ ...env, DIFF_RETENTION_DAYS: days })

describe('diff retention (DIFF_RETENTION_DAYS)', () => {
  it('empties diff bodies of revisions finished before the cutoff and keeps findings, summary and counts', async ({ expect }) => {
    const key = await createTenantKey()
    const [old, recent] = [await reviewed(key), await reviewed(key)]
    await finishedDaysAgo(old, 31)
    const findingsBefore = await (await api(`/api/changesets/${old}/findings`, { key })).json<{ data: unknown[] }>()
    expect(findingsBefore.data.length).toBeGreaterThan(0)

    expect(await purgeExpiredDiffs(keeping('30'), log)).toBeGreaterThanOrEqual(1)

    expect(await storedFile(old)).toMatchObject({ diff_content: '', content: null, file_path: 'app.py', additions: 2 })
    expect(await purgedAt(old)).not.toBeNull()
    expect(await storedFile(recent)).toMatchObject({ diff_content: FINDING_DIFF })
    expect(await purgedAt(recent)).toBeNull()
    const view = await (await api(`/api/changesets/${old}`, { key })).json<Record<string, unknown>>()
    expect(view).toMatchObject({ status: 'reviewed' })
    expect(await (await api(`/api/changesets/${old}/findings`, { key })).json()).toEqual(findingsBefore)
    // Nothing left to do for it: a second run leaves it alone.
    const stamp = await purgedAt(old)
    await purgeExpiredDiffs(keeping('30'), log)
    expect(await purgedAt(old)).toBe(stamp)
  })

  it('works through a backlog in bounded batches, oldest first, a little more on every run', async ({ expect }) => {
    const key = await createTenantKey()
    const ids = [await reviewed(key), await reviewed(key), await reviewed(key)]
    // Far older than anything other tests leave behind, so this run only sees these three.
    for (const [i, id] of ids.entries()) await finishedDaysAgo(id, 9000 - i)
    const now = Date.now() - 8000 * DAY_MS
    expect(await purgeExpiredDiffs(keeping('30'), log, { now, batchSize: 1, maxBatches: 2 })).toBe(2)
    expect([await purgedAt(ids[0]!), await purgedAt(ids[1]!), await purgedAt(ids[2]!)].map(Boolean)).toEqual([true, true, false])
    expect(await purgeExpiredDiffs(keeping('30'), log, { now, batchSize: 1, maxBatches: 2 })).toBe(1)
    expect(await storedFile(ids[2]!)).toMatchObject({ diff_content: '' })
  })

  it('keeps everything when unset, 0 or malformed, and never touches an unfinished revision', async ({ expect }) => {
    expect([undefined, '', '0', '-3', '1.5', 'month'].map((v) => diffRetentionDays({ DIFF_RETENTION_DAYS: v }))).toEqual(Array(6).fill(undefined))
    const key = await createTenantKey()
    const id = await reviewed(key)
    await finishedDaysAgo(id, 400)
    expect(await purgeExpiredDiffs(keeping(''), log)).toBe(0)
    expect(await storedFile(id)).toMatchObject({ diff_content: FINDING_DIFF })
    await env.DB.prepare('update revisions set completed_at = null where changeset_id = ?').bind(id).run()
    await purgeExpiredDiffs(keeping('1'), log)
    expect(await storedFile(id)).toMatchObject({ diff_content: FINDING_DIFF })
  })

  it('runs from the cron trigger', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewed(key)
    await finishedDaysAgo(id, 10)
    const ctx = createExecutionContext()
    await worker.scheduled({ scheduledTime: Date.now(), cron: '*/5 * * * *', noRetry() {} } as ScheduledController, keeping('7'), ctx)
    await waitOnExecutionContext(ctx)
    expect(await purgedAt(id)).not.toBeNull()
    expect(await storedFile(id)).toMatchObject({ diff_content: '' })
  })
})

describe('webhook delivery ids (DELIVERY_DEDUPE_DAYS)', () => {
  it('forgets deliveries older than the window, oldest first in bounded batches, and keeps recent ones', async ({ expect }) => {
    const now = Date.now()
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY_MS).toISOString()
    const rows = [
      ...Array.from({ length: 25 }, (_, i) => [`old-${i}`, at(DELIVERY_DEDUPE_DAYS + 2)]),
      ...Array.from({ length: 5 }, (_, i) => [`recent-${i}`, at(1)]),
    ]
    await env.DB.batch(rows.map(([id, receivedAt]) => env.DB.prepare("insert into github_deliveries (id, event, received_at) values (?, 'pull_request', ?)").bind(id, receivedAt)))

    // Two batches of 10 per run: 20 of the 25 old ids go, the rest on the next run.
    expect(await pruneGitHubDeliveries(env, log, { now, batchSize: 10, maxBatches: 2 })).toBe(20)
    expect(await pruneGitHubDeliveries(env, log, { now, batchSize: 10, maxBatches: 2 })).toBe(5)
    expect(await pruneGitHubDeliveries(env, log, { now, batchSize: 10, maxBatches: 2 })).toBe(0)
    const left = await env.DB.prepare('select id from github_deliveries order by id').all<{ id: string }>()
    expect(left.results.map((r) => r.id)).toEqual(rows.slice(25).map(([id]) => id))
  })

  it('runs on the cron trigger', async ({ expect }) => {
    await env.DB.prepare("insert into github_deliveries (id, event, received_at) values ('stale', 'ping', ?)").bind(new Date(Date.now() - 30 * DAY_MS).toISOString()).run()
    const ctx = createExecutionContext()
    await worker.scheduled!({ scheduledTime: Date.now(), cron: '*/5 * * * *', noRetry() {} } as ScheduledController, env, ctx)
    await waitOnExecutionContext(ctx)
    expect(await env.DB.prepare("select id from github_deliveries where id = 'stale'").first()).toBeNull()
  })
})
