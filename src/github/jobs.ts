/** A repository as the jobs need it: the id keys the pull request, owner/name address the REST calls. */
export interface RepoRef {
  id: number
  owner: string
  name: string
}

/** Install, uninstall, suspend: the installation's tenant follows. */
export interface InstallationJob {
  kind: 'github'
  type: 'installation'
  installationId: number
  state: 'active' | 'suspended' | 'deleted'
  account: { login: string; type: string }
}

/** A push to (or the opening of) a pull request: review its head; `force` reviews it again at the same head. */
export interface PullRequestJob {
  kind: 'github'
  type: 'pull_request'
  installationId: number
  repository: RepoRef
  number: number
  /** Null for a `/review` command, whose payload does not say; the job reads the pull request. */
  headSha: string | null
  draft: boolean
  closed: boolean
  title: string
  author: string
  force: boolean
}

/** A command in the pull request thread: `/review`, or a `/dismiss`/`/reopen` reply to one of our inline comments. */
export interface CommandJob {
  kind: 'github'
  type: 'command'
  installationId: number
  repository: RepoRef
  number: number
  command: 'review' | 'dismiss' | 'reopen'
  /** The comment replied to (review-comment replies only). */
  inReplyTo: number | null
  reason: string | null
  login: string
}

/** A review committed (or failed): publish the check run and the PR review for it. */
export interface PublishJob {
  kind: 'github'
  type: 'publish'
  changesetId: string
  revision: number
}

export type GitHubJob = InstallationJob | PullRequestJob | CommandJob | PublishJob

export function isGitHubJob(body: unknown): body is GitHubJob {
  if (typeof body !== 'object' || body === null) return false
  const job = body as Record<string, unknown>
  return job.kind === 'github' && typeof job.type === 'string'
}
