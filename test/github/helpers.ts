import { sign } from '@octokit/webhooks-methods'
import { env, exports } from 'cloudflare:workers'
import installationCreated from '../fixtures/github/installation.created.json'
import issueCommentCreated from '../fixtures/github/issue_comment.created.json'
import pullRequestOpened from '../fixtures/github/pull_request.opened.json'
import reviewCommentCreated from '../fixtures/github/pull_request_review_comment.created.json'
import { BASE } from '../helpers'

export const WEBHOOK_SECRET = env.GITHUB_WEBHOOK_SECRET!

/** Posts a webhook delivery the way GitHub does: raw JSON body, event and delivery headers, HMAC signature. */
export async function sendWebhook(
  event: string,
  payload: unknown,
  options: { delivery?: string; signature?: string | null; secret?: string } = {},
): Promise<Response> {
  const body = JSON.stringify(payload)
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': options.delivery ?? crypto.randomUUID(),
    'user-agent': 'GitHub-Hookshot/test',
  }
  const signature = options.signature === undefined ? await sign(options.secret ?? WEBHOOK_SECRET, body) : options.signature
  if (signature !== null) headers['x-hub-signature-256'] = signature
  return exports.default.fetch(new Request(`${BASE}/webhooks/github`, { method: 'POST', headers, body }))
}

/** A repository of its own per test (storage is shared within a file). */
export interface TestRepo {
  installationId: number
  repositoryId: number
  owner: string
  name: string
  number: number
}

let counter = Math.floor(Math.random() * 1_000_000)

export function newRepo(): TestRepo {
  counter += 1
  return { installationId: 50_000_000 + counter, repositoryId: 70_000_000 + counter, owner: `org${counter}`, name: 'app', number: 7 }
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value))

export function installationPayload(repo: TestRepo, action = 'created') {
  const payload = clone(installationCreated) as any
  payload.action = action
  payload.installation.id = repo.installationId
  payload.installation.account.login = repo.owner
  return payload
}

function withRepo(payload: any, repo: TestRepo) {
  payload.installation = { id: repo.installationId, node_id: 'x' }
  payload.repository.id = repo.repositoryId
  payload.repository.name = repo.name
  payload.repository.full_name = `${repo.owner}/${repo.name}`
  payload.repository.owner.login = repo.owner
  return payload
}

export function pullRequestPayload(repo: TestRepo, action: string, headSha: string, overrides: { draft?: boolean } = {}) {
  const payload = withRepo(clone(pullRequestOpened) as any, repo)
  payload.action = action
  payload.number = repo.number
  payload.pull_request.number = repo.number
  payload.pull_request.head.sha = headSha
  payload.pull_request.draft = overrides.draft ?? false
  payload.pull_request.title = 'Add user search'
  return payload
}

export function reviewCommentReply(repo: TestRepo, inReplyTo: number, body: string, login = 'maintainer') {
  const payload = withRepo(clone(reviewCommentCreated) as any, repo)
  payload.pull_request.number = repo.number
  payload.comment.in_reply_to_id = inReplyTo
  payload.comment.body = body
  payload.comment.user.login = login
  payload.comment.user.type = 'User'
  return payload
}

export function issueCommentPayload(repo: TestRepo, body: string, login = 'maintainer') {
  const payload = withRepo(clone(issueCommentCreated) as any, repo)
  payload.issue.number = repo.number
  payload.issue.pull_request = { url: `https://ghe.test/api/v3/repos/${repo.owner}/${repo.name}/pulls/${repo.number}` }
  payload.comment.body = body
  payload.comment.user.login = login
  payload.comment.user.type = 'User'
  return payload
}

/** Polls until `check` returns something truthy (the real queue consumer is doing the work). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value as NonNullable<T>
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

export async function installApp(repo: TestRepo): Promise<void> {
  const res = await sendWebhook('installation', installationPayload(repo))
  if (res.status !== 202) throw new Error(`installation webhook: ${res.status} ${await res.text()}`)
  await waitFor(
    () => env.DB.prepare('select status from github_installations where id = ?').bind(repo.installationId).first<{ status: string }>(),
    'the installation row',
  )
}
