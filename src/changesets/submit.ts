import { readConfig } from '../config'
import { insertChangeset } from '../db/changesets'
import { getDb, nowIso } from '../db/client'
import { watchChangeset } from '../do/notify'
import type { Logger } from '../log'
import { describeError } from '../log'
import type { ReviewOptions } from '../contracts/review-options'
import type { Principal } from '../types'
import { checkReviewOptions } from './check-options'
import { prepareFiles, toFileRows, type DiffSource } from './prepare-files'
import { enqueueReview, PENDING_GRACE_MS } from './review-job'

export interface Submission extends DiffSource {
  title: string
  description?: string | null
  author: string
  options?: ReviewOptions
}

/**
 * Runs work after the response has gone (`ctx.waitUntil`). Callers without a request (tests,
 * scripts) leave it out and the work is awaited in line.
 */
export type Defer = (work: Promise<unknown>) => void

/**
 * Stores a changeset with all its files atomically, then asks for a review. Once the D1 batch
 * commits the changeset is accepted: if the enqueue or the watchdog call fails, the watchdog or
 * the cron sweep picks it up, so the caller still gets 202 (without waiting for either).
 */
export async function submitChangeset(env: Env, principal: Principal, input: Submission, log: Logger, defer?: Defer) {
  const config = readConfig(env)
  checkReviewOptions(input.options)
  const files = prepareFiles(input, config.limits)
  const id = crypto.randomUUID()
  const now = nowIso()
  await insertChangeset(getDb(env.DB), {
    changeset: {
      id,
      tenantId: principal.tenantId,
      title: input.title,
      description: input.description ?? null,
      author: input.author,
      status: 'pending',
      revision: 1,
      options: input.options && Object.keys(input.options).length > 0 ? input.options : null,
      createdAt: now,
      updatedAt: now,
    },
    ...toFileRows(files, { changesetId: id, tenantId: principal.tenantId, revision: 1 }),
  })
  await afterCommit(env, id, 1, log, defer)
  return { id, revision: 1, files: files.length }
}

/**
 * Asks for the review once D1 holds the submission; nothing here may fail it. All of it runs after
 * the response when the caller can defer: the D1 commit is what accepts a submission, and an
 * isolate that dies before the enqueue leaves a `pending` row that the cron sweep recovers.
 */
export async function afterCommit(env: Env, changesetId: string, revision: number, log: Logger, defer?: Defer): Promise<void> {
  const work = revision === 1 ? enqueueNew(env, changesetId, log) : announceAndEnqueue(env, changesetId, revision, log)
  if (defer) defer(work)
  else await work
}

/** Where the watchdog looks first: just past the time a `pending` changeset counts as stuck. */
const watchdogAt = () => Date.now() + PENDING_GRACE_MS + 1000

/**
 * A new changeset has no watchers yet (its id was made a moment ago), so there is nobody to tell
 * `pending` and no room is created here: the run that claims it arms the watchdog. Only when the
 * enqueue fails is the watchdog armed now, so the message is re-sent within the grace period
 * rather than at the next sweep.
 */
async function enqueueNew(env: Env, changesetId: string, log: Logger): Promise<void> {
  try {
    await enqueueReview(env, { changesetId, revision: 1 })
  } catch (err) {
    log.error('changeset.enqueue_failed', { changeset_id: changesetId, revision: 1, error: describeError(err) })
    await watchChangeset(env, changesetId, watchdogAt(), log)
  }
}

/**
 * A revision's room may have watchers: they hear `pending` before the run's `in_progress`, and
 * the watchdog is armed in the same call, before the enqueue, so a failed enqueue is re-sent by it.
 */
async function announceAndEnqueue(env: Env, changesetId: string, revision: number, log: Logger): Promise<void> {
  const pending = { type: 'status', status: 'pending', revision } as const
  await watchChangeset(env, changesetId, watchdogAt(), log, pending)
  await enqueueReview(env, { changesetId, revision }).catch((err) =>
    log.error('changeset.enqueue_failed', { changeset_id: changesetId, revision, error: describeError(err) }),
  )
}
