import { isGitHubJob, settleGitHubMessage } from '../github/consume'
import { createLogger, describeError } from '../log'
import { isReviewJob, retryDelaySeconds } from './jobs'
import { runReview, type RunDeps } from './run-review'

/**
 * review-jobs consumer. Each message is settled on its own (ack or retry with backoff), so one
 * bad message never fails its batch; after `max_retries` the queue moves it to the
 * dead-letter queue, whose consumer fails the changeset with a reason.
 */
export async function consumeReviewJobs(batch: MessageBatch<unknown>, env: Env, deps: Partial<RunDeps> = {}) {
  const log = deps.log ?? createLogger({ component: 'queue', queue: batch.queue })
  await Promise.allSettled(
    batch.messages.map(async (message) => {
      if (isGitHubJob(message.body)) return settleGitHubMessage(env, message as Message<typeof message.body>, log)
      if (!isReviewJob(message.body)) {
        // Retrying cannot fix a malformed body.
        log.error('queue.malformed_message', { message_id: message.id })
        message.ack()
        return
      }
      try {
        await runReview(env, message.body, { ...deps, log: log.child({ message_id: message.id, delivery: message.attempts }) })
        message.ack()
      } catch (err) {
        const delaySeconds = retryDelaySeconds(message.attempts)
        log.warn('queue.retry', {
          message_id: message.id,
          changeset_id: message.body.changesetId,
          delivery: message.attempts,
          delay_seconds: delaySeconds,
          error: describeError(err),
          stack: err instanceof Error ? err.stack?.slice(0, 800) : undefined,
        })
        message.retry({ delaySeconds })
      }
    }),
  )
}
