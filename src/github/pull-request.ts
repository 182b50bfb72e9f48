import { checkReviewOptions } from '../changesets/check-options'
import { prepareFiles, toFileRows } from '../changesets/prepare-files'
import { submitRevision } from '../changesets/revise'
import { afterCommit } from '../changesets/submit'
import { readConfig } from '../config'
import { findChangesetById, insertChangeset } from '../db/changesets'
import { getDb, nowIso, type Db } from '../db/client'
import {
  activateInstallation,
  claimPullRequest,
  findInstallation,
  findPullRevision,
  findRevisionForSha,
  insertPullRevision,
  replacePullRequestChangeset,
  setCheckRunCompleted,
  setCheckRunId,
  setPullRequestState,
  type GitHubInstallationRow,
  type GitHubPullRevisionRow,
} from '../db/github'
import { ApiError } from '../errors'
import type { Logger } from '../log'
import type { Principal } from '../types'
import { completeCheckRun, createCheckRun } from './check-run'
import { repoPath, GitHubClient } from './client'
import type { GitHubAppConfig } from './config'
import { GitHubApiError } from './http'
import type { PullRequestJob } from './jobs'
import { fetchPullDiff, type PullDiff } from './pull-files'
import { CONFIG_FILE, defaultRepoConfig, parseRepoConfig, type RepoConfig, type RepoConfigResult } from './repo-config'

/** What a revision remembers about its push: the config it was reviewed under and what was left out. */
export interface PushFacts {
  failOn: RepoConfig['failOn']
  maxInlineComments: number
  skipped: string[]
}

/**
 * A push to a pull request: the first becomes a changeset keyed by (installation, repository,
 * number), each later one a revision of it, so fingerprints carry triage across pushes. Safe to
 * run again after any failure: the revision for a head commit and its check run are written
 * once, and a head already submitted is not submitted again.
 */
export async function syncPullRequest(env: Env, config: GitHubAppConfig, job: PullRequestJob, log: Logger): Promise<void> {
  const db = getDb(env.DB)
  const key = { installationId: job.installationId, repositoryId: job.repository.id, number: job.number }
  const installation = await knownInstallation(db, job.installationId, job.repository.owner)
  if (installation.status !== 'active') {
    log.info('github.pull_skipped', { reason: `installation ${installation.status}` })
    return
  }
  if (job.closed) {
    await setPullRequestState(db, key, 'closed', nowIso())
    return
  }
  const client = new GitHubClient(config, job.installationId)
  const { owner, name } = job.repository
  const pull = job.headSha ? { headSha: job.headSha, draft: job.draft, title: job.title, author: job.author } : await readPull(client, job)
  if (!pull) return

  const repoConfig = await loadRepoConfig(client, job, pull.headSha)
  if (!repoConfig.ok) {
    // Nothing is reviewed under a config that does not say what it means.
    await createCheckRun(client, { owner, repo: name, headSha: pull.headSha, detailsUrl: null, externalId: '' }, {
      conclusion: 'neutral',
      title: `Invalid ${CONFIG_FILE}`,
      summary: `The review did not run: ${repoConfig.error}`,
    })
    return
  }
  if (pull.draft && !repoConfig.config.drafts) {
    log.info('github.pull_skipped', { reason: 'draft' })
    return
  }

  const now = nowIso()
  let pr = await claimPullRequest(db, { ...key, changesetId: crypto.randomUUID(), owner, repo: name, now })
  let changeset = await findChangesetById(db, pr.changesetId)
  if (!changeset && (await findPullRevision(db, pr.changesetId, 1))?.completedAt) {
    // Its changeset was deleted through the API: start a new one rather than reuse the id.
    await replacePullRequestChangeset(db, pr.changesetId, crypto.randomUUID(), now)
    pr = await claimPullRequest(db, { ...key, changesetId: pr.changesetId, owner, repo: name, now })
  }
  if (changeset && !job.force) {
    const done = await findRevisionForSha(db, changeset.id, pull.headSha)
    if (done && done.revision <= changeset.revision) {
      log.info('github.pull_skipped', { reason: 'head already submitted', changeset_id: changeset.id, revision: done.revision })
      return
    }
  }

  const { limits } = readConfig(env)
  const diff = await fetchPullDiff(client, job.repository, job.number, pull.headSha, limits)
  const revision = (changeset?.revision ?? 0) + 1
  const facts: PushFacts = { failOn: repoConfig.config.failOn, maxInlineComments: repoConfig.config.maxInlineComments, skipped: diff.skipped }
  const row = await insertPullRevision(db, { changesetId: pr.changesetId, revision, headSha: pull.headSha, config: { ...facts }, now })
  const target = { owner, repo: name, headSha: pull.headSha, detailsUrl: detailsUrl(config, pr.changesetId), externalId: pr.changesetId }
  const checkRunId = await ensureCheckRun(db, client, target, row)

  const principal: Principal = { tenantId: installation.tenantId, keyId: 'github', keyName: 'github', scopes: ['read', 'write'] }
  const input = { files: diff.files, options: repoConfig.config.options }
  try {
    if (diff.files.length === 0) throw new ApiError('validation_failed', 'The pull request has no text changes to review')
    if (changeset) await submitRevision(env, principal, changeset.id, input, log)
    else await submitFirst(env, db, { id: pr.changesetId, tenantId: installation.tenantId, title: pull.title, author: pull.author, job }, input, log)
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    // Over a limit, or nothing reviewable: say so on the pull request; retrying cannot help.
    const details = (err.details as { message: string }[] | undefined)?.map((d) => `- ${d.message}`) ?? []
    await completeCheckRun(client, owner, name, checkRunId, {
      conclusion: 'neutral',
      title: 'Review skipped',
      summary: [err.message, ...details, ...diff.skipped.map((s) => `- skipped ${s}`)].join('\n'),
    })
    return
  }
  if (changeset) await supersede(db, client, changeset.id, revision - 1, target)
  changeset = await findChangesetById(db, pr.changesetId)
  log.info('github.pull_submitted', { changeset_id: pr.changesetId, revision: changeset?.revision, files: diff.files.length, skipped: diff.skipped.length })
}

/**
 * The installation a delivery comes from. One whose `installation` event never arrived (the App
 * was installed before this service had its secrets, or the events raced) is taken as active,
 * with the repository owner as its account: GitHub only signs deliveries for live installations.
 */
export async function knownInstallation(db: Db, id: number, owner: string): Promise<GitHubInstallationRow> {
  const found = await findInstallation(db, id)
  if (found) return found
  await activateInstallation(db, { id, accountLogin: owner, accountType: 'Unknown', now: nowIso() })
  return (await findInstallation(db, id))!
}

async function submitFirst(
  env: Env,
  db: Db,
  at: { id: string; tenantId: string; title: string; author: string; job: PullRequestJob },
  input: { files: PullDiff['files']; options: RepoConfig['options'] },
  log: Logger,
): Promise<void> {
  const files = prepareFiles(input, readConfig(env).limits)
  const now = nowIso()
  const { owner, name } = at.job.repository
  await insertChangeset(db, {
    changeset: {
      id: at.id,
      tenantId: at.tenantId,
      title: at.title,
      description: `${owner}/${name}#${at.job.number}`,
      author: at.author,
      status: 'pending',
      revision: 1,
      options: Object.keys(input.options).length > 0 ? input.options : null,
      createdAt: now,
      updatedAt: now,
    },
    ...toFileRows(files, { changesetId: at.id, tenantId: at.tenantId, revision: 1 }),
  })
  await afterCommit(env, at.id, 1, log)
}

/** The previous push's check run, if its review never finished: it will not now, so it says why. */
async function supersede(db: Db, client: GitHubClient, changesetId: string, revision: number, target: { owner: string; repo: string }) {
  const previous = await findPullRevision(db, changesetId, revision)
  if (!previous?.checkRunId || previous.completedAt) return
  await completeCheckRun(client, target.owner, target.repo, previous.checkRunId, {
    conclusion: 'neutral',
    title: 'Superseded',
    summary: `A later push (revision ${revision + 1}) is being reviewed instead.`,
  })
  await setCheckRunCompleted(db, changesetId, revision, nowIso())
}

async function ensureCheckRun(db: Db, client: GitHubClient, target: Parameters<typeof createCheckRun>[1], row: GitHubPullRevisionRow): Promise<number> {
  if (row.checkRunId !== null) return row.checkRunId
  const id = await createCheckRun(client, target)
  await setCheckRunId(db, row.changesetId, row.revision, id)
  return (await findPullRevision(db, row.changesetId, row.revision))?.checkRunId ?? id
}

export function detailsUrl(config: GitHubAppConfig, changesetId: string): string | null {
  return config.publicBaseUrl ? `${config.publicBaseUrl}/api/changesets/${changesetId}/report` : null
}

/** `.code-review.yml` at the head commit; defaults when there is none. */
async function loadRepoConfig(client: GitHubClient, job: PullRequestJob, headSha: string): Promise<RepoConfigResult> {
  let text: string
  try {
    text = await client.text(
      `${repoPath(job.repository.owner, job.repository.name)}/contents/${CONFIG_FILE}?ref=${encodeURIComponent(headSha)}`,
      'application/vnd.github.raw+json',
    )
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return { ok: true, config: defaultRepoConfig() }
    throw err
  }
  const parsed = parseRepoConfig(text)
  if (!parsed.ok) return parsed
  try {
    checkReviewOptions(parsed.config.options)
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    const message = (err.details as { message: string }[] | undefined)?.map((d) => d.message).join('; ') ?? err.message
    return { ok: false, error: `${CONFIG_FILE}: ${message}` }
  }
  return parsed
}

interface PullJson {
  state: string
  draft?: boolean
  title: string
  user?: { login: string }
  head: { sha: string }
}

/** The pull request as it is now (a `/review` command does not carry its head). */
async function readPull(client: GitHubClient, job: PullRequestJob) {
  const pull = await client.json<PullJson>('GET', `${repoPath(job.repository.owner, job.repository.name)}/pulls/${job.number}`)
  if (pull.state !== 'open') return null
  return { headSha: pull.head.sha, draft: pull.draft === true, title: pull.title || job.title, author: pull.user?.login ?? job.author }
}
