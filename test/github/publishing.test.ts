import { env } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, it } from 'vitest'
import { createLogger } from '../../src/log'
import { recoverChangeset } from '../../src/queue/recovery'
import { FakeGitHub } from './fake-github'
import { installApp, issueCommentPayload, newRepo, pullRequestPayload, reviewCommentReply, sendWebhook, waitFor, type TestRepo } from './helpers'

const PATCH = `@@ -1,2 +1,6 @@
 import sqlite3
+
+
+def find(cur, name):
+    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
+    return cur.fetchall()
`

let github: FakeGitHub
beforeEach(() => {
  github = new FakeGitHub().install()
})
afterEach(() => github.uninstall())

const key = (repo: TestRepo) => `${repo.owner}/${repo.name}#${repo.number}`
const completedRun = (headSha: string) => () =>
  [...github.checkRuns.values()].find((r) => r.create.head_sha === headSha && (r.create.status === 'completed' || r.updates.some((u) => u.status === 'completed')))

async function open(repo: TestRepo, headSha: string, files = [{ filename: 'app/db.py', patch: PATCH as string | null }], extra: { wholeDiff?: string; draft?: boolean } = {}) {
  github.pulls.set(key(repo), { headSha, files, wholeDiff: extra.wholeDiff, draft: extra.draft })
  const res = await sendWebhook('pull_request', pullRequestPayload(repo, 'opened', headSha, { draft: extra.draft }))
  if (res.status !== 202) throw new Error(`webhook ${res.status}`)
}

async function changesetOf(repo: TestRepo): Promise<string | null> {
  return env.DB.prepare('select changeset_id from github_pull_requests where repository_id = ?').bind(repo.repositoryId).first<string>('changeset_id')
}

describe('publishing and commands', { timeout: 30_000 }, () => {
  it('dismisses a finding from a /dismiss reply to its comment, recording the GitHub login; /reopen reopens it', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    await open(repo, 'd'.repeat(40))
    await waitFor(() => github.comments.find((c) => c.pull === key(repo)), 'an inline comment')
    const comment = github.comments.find((c) => c.pull === key(repo))!
    const changesetId = (await changesetOf(repo))!
    // The comment id is linked once the review is posted.
    await waitFor(
      () => env.DB.prepare('select 1 from github_comments where comment_id = ?').bind(comment.id).first(),
      'comment id linked',
    )
    const fingerprint = /<!-- cra:([\w-]+) -->/.exec(comment.body)![1]
    // The comment's header names the rule and the weakness it reports, linked to MITRE's entry.
    expect(comment.body.split('\n')[0]).toMatch(/^\*\*[^*]+\*\* · `python\/sql-injection` · security · \[CWE-89\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/89\.html\)$/)

    // Without write access nothing changes.
    github.permissions.set('maintainer', 'write')
    await sendWebhook('pull_request_review_comment', reviewCommentReply(repo, comment.id, '/dismiss test fixture', 'drive-by'))
    await waitFor(() => github.callsTo('GET', /collaborators\/drive-by\/permission/).length === 1, 'permission check')
    await new Promise((r) => setTimeout(r, 200))
    const status = () => env.DB.prepare('select status, status_reason, status_by from findings where changeset_id = ? and fingerprint = ?').bind(changesetId, fingerprint).first<any>()
    expect((await status()).status).toBe('open')

    await sendWebhook('pull_request_review_comment', reviewCommentReply(repo, comment.id, '/dismiss test fixture, not production code'))
    const dismissed = await waitFor(async () => ((await status()).status === 'dismissed' ? status() : null), 'dismissal')
    expect(dismissed).toEqual({ status: 'dismissed', status_reason: 'test fixture, not production code', status_by: 'github:maintainer' })

    await sendWebhook('pull_request_review_comment', reviewCommentReply(repo, comment.id, '/reopen'))
    await waitFor(async () => (await status()).status === 'open', 'reopen')
  })

  it('moves findings into the review body when GitHub refuses a comment position (422)', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    github.failNext('POST', /\/pulls\/\d+\/reviews$/, 422, {}, { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] })
    await open(repo, 'e'.repeat(40))
    await waitFor(completedRun('e'.repeat(40)), 'check run')
    const attempts = github.callsTo('POST', /\/pulls\/\d+\/reviews$/)
    expect(attempts).toHaveLength(2)
    expect(attempts[0]!.body.comments.length).toBeGreaterThan(0)
    expect(github.reviews).toHaveLength(1)
    expect(github.reviews[0]!.body.comments).toEqual([])
    expect(github.reviews[0]!.body.body).toContain('app/db.py:5')
  })

  it('retries a rate-limited call after GitHub’s retry-after and posts nothing twice', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    github.failNext('POST', /\/pulls\/\d+\/reviews$/, 429, { 'retry-after': '1' }, { message: 'API rate limit exceeded' })
    github.failNext('POST', /\/check-runs$/, 503)
    await open(repo, 'f'.repeat(40))
    const run = await waitFor(completedRun('f'.repeat(40)), 'check run after retries')
    await waitFor(() => github.reviews.length === 1, 'review')
    expect(github.callsTo('POST', /\/pulls\/\d+\/reviews$/)).toHaveLength(2)
    expect(github.callsTo('POST', /\/check-runs$/)).toHaveLength(2)
    expect(github.checkRuns.size).toBe(1)
    expect(run.updates.filter((u) => u.status === 'completed')).toHaveLength(1)
    expect(await env.DB.prepare('select count(*) as n from changesets where id = ?').bind(await changesetOf(repo)).first('n')).toBe(1)
  })

  it('takes a file GitHub lists without a patch from the whole diff', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    const wholeDiff = `diff --git a/big/gen.py b/big/gen.py\nindex 1..2 100644\n--- a/big/gen.py\n+++ b/big/gen.py\n${PATCH}`
    await open(repo, 'c'.repeat(40), [{ filename: 'big/gen.py', patch: null }], { wholeDiff })
    const run = await waitFor(completedRun('c'.repeat(40)), 'check run')
    expect(github.callsTo('GET', /\/pulls\/\d+$/)[0]!.headers.accept).toBe('application/vnd.github.v3.diff')
    expect(run.updates[0].output.annotations).toContainEqual(expect.objectContaining({ path: 'big/gen.py', start_line: 5 }))
  })

  it('reports an invalid .code-review.yml in a neutral check run and reviews nothing', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    github.configs.set(`${repo.owner}/${repo.name}@${'9'.repeat(40)}`, 'profile: strict\nfail_on: severe\n')
    await open(repo, '9'.repeat(40))
    const run = await waitFor(completedRun('9'.repeat(40)), 'neutral check run')
    expect(run.create).toMatchObject({ status: 'completed', conclusion: 'neutral', output: { title: 'Invalid .code-review.yml' } })
    expect(run.create.output.summary).toContain('.code-review.yml line 2: `fail_on` must be one of critical, major, minor, info, none (got "severe")')
    expect(await changesetOf(repo)).toBeNull()
  })

  it('applies fail_on and skips drafts unless the config asks for them', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    await open(repo, '4'.repeat(40), undefined, { draft: true })
    await new Promise((r) => setTimeout(r, 500))
    expect(github.checkRuns.size).toBe(0)

    github.configs.set(`${repo.owner}/${repo.name}@${'5'.repeat(40)}`, 'drafts: true\nfail_on: none\n')
    await open(repo, '5'.repeat(40), undefined, { draft: true })
    const run = await waitFor(completedRun('5'.repeat(40)), 'check run')
    expect(run.updates[0]).toMatchObject({ conclusion: 'success' })
  })

  it('re-runs the review on /review from someone with write access', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    await open(repo, '6'.repeat(40))
    await waitFor(completedRun('6'.repeat(40)), 'first check run')
    github.permissions.set('maintainer', 'admin')
    await sendWebhook('issue_comment', issueCommentPayload(repo, '/review'))
    await waitFor(() => [...github.checkRuns.values()].filter((r) => r.updates.some((u) => u.status === 'completed')).length === 2, 'second check run')
    expect(await env.DB.prepare('select revision from changesets where id = ?').bind(await changesetOf(repo)).first('revision')).toBe(2)
    // Same findings as before: nothing new to comment.
    expect(github.reviews).toHaveLength(1)
  })

  it('stores the whole new-side text of changed source files, fetched at the head commit', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    const text = 'import sqlite3\n\n\ndef find(cur, name):\n    cur.execute(f"SELECT * FROM users WHERE name = \'{name}\'")\n    return cur.fetchall()\n'
    github.contents.set(`${repo.owner}/${repo.name}@${'7'.repeat(40)}:app/db.py`, text)
    await open(repo, '7'.repeat(40))
    await waitFor(completedRun('7'.repeat(40)), 'check run')
    expect(github.callsTo('GET', /\/contents\/app\/db\.py\?ref=7{40}$/)).toHaveLength(1)
    const stored = await env.DB.prepare('select content from changeset_files where changeset_id = ?').bind(await changesetOf(repo)).first('content')
    expect(stored).toBe(text)
  })

  it('posts no review once the pull request is closed', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    github.failNext('POST', /\/pulls\/\d+\/reviews$/, 429, { 'retry-after': '2' }, { message: 'API rate limit exceeded' })
    await open(repo, '8'.repeat(40))
    await waitFor(() => github.callsTo('POST', /\/pulls\/\d+\/reviews$/).length === 1, 'the first review attempt')
    await sendWebhook('pull_request', pullRequestPayload(repo, 'closed', '8'.repeat(40)))
    const run = await waitFor(completedRun('8'.repeat(40)), 'check run')
    expect(run.updates[0]).toMatchObject({ conclusion: 'failure' })
    expect(github.reviews).toHaveLength(0)
    expect(github.callsTo('POST', /\/pulls\/\d+\/reviews$/)).toHaveLength(1)
  })

  it('completes the check run as neutral when recovery gives up on a review that used its attempts', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    const sha = 'a1'.repeat(20)
    await open(repo, sha)
    const first = await waitFor(completedRun(sha), 'check run')
    const changesetId = (await changesetOf(repo))!
    // The same revision as if its last attempt had died mid-run: attempts used up, lease expired, nothing published.
    await env.DB.batch([
      env.DB.prepare("update changesets set status = 'in_progress', attempts = 50, lease_expires_at = '2000-01-01T00:00:00.000Z' where id = ?").bind(changesetId),
      env.DB.prepare('update github_pull_revisions set completed_at = null where changeset_id = ?').bind(changesetId),
    ])
    const result = await recoverChangeset(env, changesetId, createLogger({ test: 'github-recovery' }))
    expect(result.outcome).toBe('failed')
    const failed = await waitFor(() => first.updates.find((u) => u.conclusion === 'neutral'), 'neutral check run update')
    expect(failed.output.title).toBe('Review failed')
    expect(failed.output.summary).toContain('did not finish after 50 attempts')
  })
})
