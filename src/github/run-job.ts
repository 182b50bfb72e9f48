import { activateInstallation, setInstallationStatus } from '../db/github'
import { getDb, nowIso } from '../db/client'
import type { Logger } from '../log'
import { runCommand } from './commands'
import { readGitHubConfig } from './config'
import type { GitHubJob } from './jobs'
import { publishToGitHub } from './publish'
import { syncPullRequest } from './pull-request'

/** Runs one GitHub job from the review-jobs queue. Throws only for trouble worth retrying. */
export async function runGitHubJob(env: Env, job: GitHubJob, log: Logger): Promise<void> {
  const config = readGitHubConfig(env)
  if (!config) {
    log.warn('github.job_dropped', { type: job.type, reason: 'the GitHub App is not configured' })
    return
  }
  switch (job.type) {
    case 'installation': {
      const db = getDb(env.DB)
      if (job.state === 'active') {
        await activateInstallation(db, { id: job.installationId, accountLogin: job.account.login, accountType: job.account.type, now: nowIso() })
      } else {
        // Data stays until the tenant is deleted; work for it stops.
        await setInstallationStatus(db, job.installationId, job.state, nowIso())
      }
      log.info('github.installation', { installation_id: job.installationId, state: job.state, account: job.account.login })
      return
    }
    case 'pull_request':
      return syncPullRequest(env, config, job, log)
    case 'command':
      return runCommand(env, config, job, log)
    case 'publish':
      return publishToGitHub(env, config, job, log)
  }
}
