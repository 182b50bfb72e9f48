import { publishFindingCounts } from '../changesets/publish-counts'
import { notifyRoom } from '../do/notify'
import { requestGitHubPublish } from '../github/consume'
import type { Logger } from '../log'
import type { ReviewJob } from './jobs'

/**
 * Tells watchers a review committed: its warnings, the new counts and verdict, then the status.
 * The review is already in D1, so nothing here may fail it.
 */
export async function announceReviewed(env: Env, job: ReviewJob, warnings: readonly string[], log: Logger): Promise<void> {
  for (const message of warnings) await notifyRoom(env, job.changesetId, { type: 'warning', revision: job.revision, message }, log)
  await publishFindingCounts(env, job.changesetId, job.revision, log)
  await notifyRoom(env, job.changesetId, { type: 'status', status: 'reviewed', revision: job.revision }, log)
  await requestGitHubPublish(env, job, log)
}
