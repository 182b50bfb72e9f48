// corpus: path=src/integrations/github-app.ts
import { App } from '@octokit/app'
import { Octokit } from '@octokit/rest'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { env } from '../env'
import { logger } from '../lib/logger'

const GITHUB_API = 'https://api.github.com'
const USER_AGENT = 'tasks-github-integration/3.2'

export interface LinkedIssue {
  owner: string
  repo: string
  number: number
  title: string
  state: 'open' | 'closed'
  url: string
}

let app: App | undefined

function githubApp(): App {
  if (!env.GITHUB_APP_ID || !env.GITHUB_APP_PRIVATE_KEY) {
    throw new Error('GitHub integration is not configured')
  }
  app ??= new App({
    appId: env.GITHUB_APP_ID,
    privateKey: env.GITHUB_APP_PRIVATE_KEY.replace(/\\n/g, '\n'),
    Octokit: Octokit.defaults({ baseUrl: GITHUB_API, userAgent: USER_AGENT }),
  })
  return app
}

export async function clientForInstallation(installationId: number): Promise<Octokit> {
  return (await githubApp().getInstallationOctokit(installationId)) as unknown as Octokit
}

export async function fetchIssue(installationId: number, owner: string, repo: string, number: number): Promise<LinkedIssue> {
  const octokit = await clientForInstallation(installationId)
  const { data } = await octokit.issues.get({ owner, repo, issue_number: number }) // ok: ssrf
  return { owner, repo, number, title: data.title, state: data.state as 'open' | 'closed', url: data.html_url }
}

export async function commentOnIssue(installationId: number, issue: LinkedIssue, taskUrl: string): Promise<void> {
  const octokit = await clientForInstallation(installationId)
  await octokit.issues.createComment({
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.number,
    body: `Linked to task ${taskUrl}`,
  })
  logger.info({ installationId, repo: `${issue.owner}/${issue.repo}`, issue: issue.number }, 'commented on linked issue')
}

const ISSUE_URL = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull)\/(\d+)(?:[/?#]|$)/

export function parseIssueUrl(url: string): Pick<LinkedIssue, 'owner' | 'repo' | 'number'> | null {
  const match = ISSUE_URL.exec(url)
  if (!match) return null
  return { owner: match[1], repo: match[2], number: Number(match[3]) }
}

export function issueApiPath(owner: string, repo: string, number: number): string {
  return `${GITHUB_API}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues/${number}` // ok: ssrf
}

export function verifyGithubSignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false
  const expected = Buffer.from('sha256=' + createHmac('sha256', secret).update(body).digest('hex'))
  const received = Buffer.from(header)
  return expected.length === received.length && timingSafeEqual(expected, received)
}

export async function listRepositories(installationId: number): Promise<string[]> {
  const octokit = await clientForInstallation(installationId)
  const repos = await octokit.paginate(octokit.apps.listReposAccessibleToInstallation, { per_page: 100 })
  logger.debug({ installationId, count: repos.length }, 'listed installation repositories')
  return repos.map((r) => r.full_name)
}

export interface PullRequestSummary {
  number: number
  title: string
  author: string
  mergedAt: string | null
}

export async function recentPullRequests(installationId: number, owner: string, repo: string, limit = 20): Promise<PullRequestSummary[]> {
  const octokit = await clientForInstallation(installationId)
  const { data } = await octokit.pulls.list({ owner, repo, state: 'closed', sort: 'updated', direction: 'desc', per_page: Math.min(limit, 100) })
  return data.map((pr) => ({ number: pr.number, title: pr.title, author: pr.user?.login ?? 'ghost', mergedAt: pr.merged_at }))
}

export function installUrl(state: string): string {
  const url = new URL('https://github.com/apps/tasks-integration/installations/new')
  url.searchParams.set('state', state)
  return url.toString()
}
