import { publishFindingCounts } from '../do/notify'
import { findChangesetById } from '../db/changesets'
import { getDb, nowIso } from '../db/client'
import { findCommentFinding, findPullRequest } from '../db/github'
import { setFindingStatus } from '../db/findings'
import { findings } from '../db/schema'
import { and, eq } from 'drizzle-orm'
import type { Logger } from '../log'
import { GitHubClient, repoPath } from './client'
import type { GitHubAppConfig } from './config'
import type { CommandJob } from './jobs'
import { knownInstallation, syncPullRequest } from './pull-request'

const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write'])

/**
 * `/review`, `/dismiss <reason>` and `/reopen` from the pull request thread. Only people with
 * write access to the repository may use them; triage is recorded under their GitHub login.
 */
export async function runCommand(env: Env, config: GitHubAppConfig, job: CommandJob, log: Logger): Promise<void> {
  const db = getDb(env.DB)
  const installation = await knownInstallation(db, job.installationId, job.repository.owner)
  if (installation.status !== 'active') return
  const client = new GitHubClient(config, job.installationId)
  const { owner, name } = job.repository
  const permission = await client.json<{ permission: string }>(
    'GET',
    `${repoPath(owner, name)}/collaborators/${encodeURIComponent(job.login)}/permission`,
  )
  if (!WRITE_PERMISSIONS.has(permission.permission)) {
    log.info('github.command_refused', { command: job.command, login: job.login, permission: permission.permission })
    return
  }

  if (job.command === 'review') {
    await syncPullRequest(env, config, {
      kind: 'github',
      type: 'pull_request',
      installationId: job.installationId,
      repository: job.repository,
      number: job.number,
      headSha: null,
      draft: false,
      closed: false,
      title: `Pull request #${job.number}`,
      author: job.login,
      force: true,
    }, log)
    return
  }

  const target = job.inReplyTo === null ? undefined : await findCommentFinding(db, job.inReplyTo)
  const pr = await findPullRequest(db, { installationId: job.installationId, repositoryId: job.repository.id, number: job.number })
  if (!target || !pr || pr.changesetId !== target.changesetId) {
    log.info('github.command_ignored', { command: job.command, reason: 'not a reply to one of our comments' })
    return
  }
  const [changeset, finding] = await Promise.all([
    findChangesetById(db, target.changesetId),
    db.select().from(findings).where(and(eq(findings.changesetId, target.changesetId), eq(findings.fingerprint, target.fingerprint))).get(),
  ])
  if (!changeset || !finding) return
  const status = job.command === 'dismiss' ? 'dismissed' : 'open'
  if (finding.status === status) return
  const applied = await setFindingStatus(db, {
    finding,
    from: finding.status,
    revision: changeset.revision,
    status,
    reason: job.reason,
    by: `github:${job.login}`,
    now: nowIso(),
  })
  log.info('github.finding_triaged', { changeset_id: changeset.id, finding_id: finding.id, to: status, by: job.login, applied })
  if (applied) await publishFindingCounts(env, changeset.id, changeset.revision, log)
}
