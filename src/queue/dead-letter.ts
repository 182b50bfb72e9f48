import { isReviewJob, retryDelaySeconds } from '../changesets/review-job'
import { findChangesetById } from '../db/changesets'
import { getDb, nowIso } from '../db/client'
import { failReview } from '../db/review-runs'
import { createLogger, describeError } from '../log'
import { announceFailed } from './run-review'

/** review-jobs-dlq consumer: a review the queue gave up on ends `failed`, with the reason, for everyone watching. */
export async function consumeDeadLetters(batch: MessageBatch<unknown>, env: Env) {
  const log = createLogger({ component: 'dead-letter', queue: batch.queue })
  const db = getDb(env.DB)
  await Promise.allSettled(
    batch.messages.map(async (message) => {
      if (!isReviewJob(message.body)) {
        message.ack()
        return
      }
      const { changesetId, revision } = message.body
      try {
        const row = await findChangesetById(db, changesetId)
        const lastError = row?.lastError ? ` Last error: ${row.lastError}` : ''
        const reason = `Review failed after repeated delivery attempts and was dead-lettered.${lastError}`
        const moved = await failReview(db, { changesetId, revision, reason, now: nowIso() })
        if (moved) {
          log.warn('review.dead_lettered', { changeset_id: changesetId, revision })
          await announceFailed(env, { changesetId, revision }, reason, log)
        }
        message.ack()
      } catch (err) {
        log.error('dead_letter.failed', { changeset_id: changesetId, error: describeError(err) })
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
      }
    }),
  )
}
