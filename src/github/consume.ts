import { describeError, type Logger } from '../log'
import { retryDelaySeconds } from '../changesets/review-job'
import { GitHubApiError } from './http'
import { isGitHubJob, type GitHubJob, type PublishJob } from './jobs'
import { readGitHubConfig } from './config'
import { findPullRevision } from '../db/github'
import { getDb } from '../db/client'
import { runGitHubJob } from './run-job'

export { isGitHubJob }

/**
 * Settles one GitHub message: ack on success or when retrying cannot help (GitHub refused the
 * request for good), otherwise retry after GitHub's own `retry-after`/rate-limit reset, or with
 * the queue's backoff for our own trouble (D1).
 */
export async function settleGitHubMessage(env: Env, message: Message<GitHubJob>, log: Logger): Promise<void> {
  const job = message.body
  const jobLog = log.child({ message_id: message.id, delivery: message.attempts, github_job: job.type })
  try {
    await runGitHubJob(env, job, jobLog)
    message.ack()
  } catch (err) {
    if (err instanceof GitHubApiError && !err.retryable) {
      jobLog.error('github.job_failed', { status: err.status, error: describeError(err) })
      message.ack()
      return
    }
    const delaySeconds = (err instanceof GitHubApiError ? err.retryAfterSeconds : null) ?? retryDelaySeconds(message.attempts)
    jobLog.warn('github.job_retry', { delay_seconds: delaySeconds, error: describeError(err) })
    message.retry({ delaySeconds })
  }
}

/**
 * Asks for the check run and review of a revision that came from a pull request. Called once
 * the review's outcome is in D1, so a failure here is logged, never thrown.
 */
export async function requestGitHubPublish(env: Env, at: { changesetId: string; revision: number }, log: Logger): Promise<void> {
  if (!readGitHubConfig(env)) return
  try {
    if (!(await findPullRevision(getDb(env.DB), at.changesetId, at.revision))) return
    await env.REVIEW_QUEUE.send({ kind: 'github', type: 'publish', ...at } satisfies PublishJob)
  } catch (err) {
    log.error('github.publish_enqueue_failed', { changeset_id: at.changesetId, revision: at.revision, error: describeError(err) })
  }
}
