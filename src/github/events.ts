import type { CommandJob, GitHubJob, InstallationJob, PullRequestJob, RepoRef } from './jobs'

// Payloads are GitHub's; only the fields read here are trusted to exist, each checked.
type Json = Record<string, unknown>

const PULL_REQUEST_ACTIONS = new Set(['opened', 'reopened', 'ready_for_review', 'synchronize', 'closed'])
const COMMAND = /^\/(review|dismiss|reopen)(?:\s+([\s\S]*))?$/

/**
 * The queue job a webhook delivery asks for, or null when the event is not one the App acts
 * on. Pure, so the route can answer before any of the work starts.
 */
export function toGitHubJob(event: string, payload: unknown): GitHubJob | null {
  if (!isObject(payload)) return null
  const installationId = num(obj(payload.installation)?.id)
  if (installationId === null) return null
  if (event === 'installation' || event === 'installation_repositories') return installationJob(event, payload, installationId)
  if (event === 'pull_request') return pullRequestJob(payload, installationId)
  if (event === 'issue_comment' || event === 'pull_request_review_comment') return commandJob(event, payload, installationId)
  return null
}

function installationJob(event: string, payload: Json, installationId: number): InstallationJob | null {
  const account = obj(obj(payload.installation)?.account)
  const login = str(account?.login)
  if (!login) return null
  const action = str(payload.action)
  const state =
    event === 'installation_repositories' || action === 'created' || action === 'unsuspend' || action === 'new_permissions_accepted'
      ? 'active'
      : action === 'deleted'
        ? 'deleted'
        : action === 'suspend'
          ? 'suspended'
          : null
  if (!state) return null
  return { kind: 'github', type: 'installation', installationId, state, account: { login, type: str(account?.type) ?? 'User' } }
}

function pullRequestJob(payload: Json, installationId: number): PullRequestJob | null {
  const action = str(payload.action)
  const pr = obj(payload.pull_request)
  const repository = repoRef(payload)
  const number = num(pr?.number)
  const headSha = str(obj(pr?.head)?.sha)
  if (!action || !PULL_REQUEST_ACTIONS.has(action) || !pr || !repository || number === null || !headSha) return null
  return {
    kind: 'github',
    type: 'pull_request',
    installationId,
    repository,
    number,
    headSha,
    draft: pr.draft === true,
    closed: action === 'closed',
    title: (str(pr.title) ?? `Pull request #${number}`).slice(0, 500) || `Pull request #${number}`,
    author: str(obj(pr.user)?.login) ?? 'unknown',
    force: false,
  }
}

function commandJob(event: string, payload: Json, installationId: number): CommandJob | null {
  if (str(payload.action) !== 'created') return null
  const comment = obj(payload.comment)
  const login = str(obj(comment?.user)?.login)
  const repository = repoRef(payload)
  const match = COMMAND.exec((str(comment?.body) ?? '').trim().split('\n')[0]!.trim())
  if (!comment || !login || !repository || !match) return null
  // Our own comments never command anything.
  if (obj(comment.user)?.type === 'Bot') return null
  const command = match[1] as CommandJob['command']
  const reason = match[2]?.trim().slice(0, 1000) || null
  if (event === 'issue_comment') {
    const issue = obj(payload.issue)
    const number = num(issue?.number)
    // Issue comments on plain issues (not pull requests) are not ours; only `/review` works there.
    if (!issue?.pull_request || number === null || command !== 'review') return null
    return { kind: 'github', type: 'command', installationId, repository, number, command, inReplyTo: null, reason, login }
  }
  const number = num(obj(payload.pull_request)?.number)
  const inReplyTo = num(comment.in_reply_to_id)
  if (number === null) return null
  if (command !== 'review' && inReplyTo === null) return null
  return { kind: 'github', type: 'command', installationId, repository, number, command, inReplyTo, reason, login }
}

function repoRef(payload: Json): RepoRef | null {
  const repo = obj(payload.repository)
  const id = num(repo?.id)
  const owner = str(obj(repo?.owner)?.login)
  const name = str(repo?.name)
  return id !== null && owner && name ? { id, owner, name } : null
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const obj = (v: unknown): Json | undefined => (isObject(v) ? v : undefined)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null)
