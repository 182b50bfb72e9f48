import { isReviewJob, retryDelaySeconds } from '../changesets/review-job'
import { isGitHubJob, settleGitHubMessage } from '../github/consume'
import { createLogger, describeError, type Logger } from '../log'
import { runReview, type RunDeps } from './run-review'

// A consumer invocation may run 15 minutes; past this, messages not yet started go back to the queue.
const BATCH_WALL_MS = 12 * 60_000

/**
 * review-jobs consumer. Each message is settled on its own (ack or retry with backoff), so one
 * bad message never fails its batch; after `max_retries` the queue moves it to the
 * dead-letter queue, whose consumer fails the changeset with a reason.
 *
 * Messages run one after another, not side by side: the engine is synchronous CPU work, so
 * overlapping runs gains nothing, and a run that takes the isolate down (memory, CPU limit) then
 * takes only itself: the messages after it have not claimed anything and are redelivered with
 * their attempts intact. Each run is bounded by the engine's work budget and by a wall-clock
 * deadline, so none can hold up the rest of the batch for longer than that.
 */
export async function consumeReviewJobs(batch: MessageBatch<unknown>, env: Env, deps: Partial<RunDeps> = {}) {
  const log = deps.log ?? createLogger({ component: 'queue', queue: batch.queue })
  const started = Date.now()
  for (const message of batch.messages) {
    if (Date.now() - started > BATCH_WALL_MS) {
      log.warn('queue.deferred', { message_id: message.id, elapsed_ms: Date.now() - started })
      message.retry({ delaySeconds: 0 })
      continue
    }
    try {
      await settle(message, env, deps, log)
    } catch (err) {
      // `settle` handles its own failures; this is the last line against a bug in it.
      log.error('queue.settle_failed', { message_id: message.id, error: describeError(err) })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
}

async function settle(message: Message<unknown>, env: Env, deps: Partial<RunDeps>, log: Logger): Promise<void> {
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
}
