import { env } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, it } from 'vitest'
import { FakeGitHub } from './fake-github'
import { installApp, installationPayload, newRepo, pullRequestPayload, sendWebhook, waitFor, type TestRepo } from './helpers'

// Revision 1 adds a SQL injection; revision 2 keeps it, drops nothing else and adds shell injection.
const PATCH_V1 = `@@ -1,2 +1,6 @@
 import sqlite3
+
+
+def find(cur, name):
+    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
+    return cur.fetchall()
`
const PATCH_V2 = `@@ -1,2 +1,10 @@
 import sqlite3
+import os
+
+
+def find(cur, name):
+    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
+    return cur.fetchall()
+
+def backup(path):
+    os.system("tar czf backup.tgz " + path)
`

let github: FakeGitHub
beforeEach(() => {
  github = new FakeGitHub().install()
})
afterEach(() => github.uninstall())

function addedLines(patch: string): Set<number> {
  const lines = new Set<number>()
  let line = 0
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text)
    if (hunk) line = Number(hunk[1])
    else if (text.startsWith('+')) lines.add(line++)
    else if (text.startsWith(' ')) line++
  }
  return lines
}

async function push(repo: TestRepo, action: string, headSha: string, patch: string) {
  github.pulls.set(`${repo.owner}/${repo.name}#${repo.number}`, { headSha, files: [{ filename: 'app/db.py', patch }] })
  const res = await sendWebhook('pull_request', pullRequestPayload(repo, action, headSha))
  if (res.status !== 202) throw new Error(`pull_request webhook: ${res.status}`)
}

const completedRun = (headSha: string) => () =>
  [...github.checkRuns.values()].find((r) => r.create.head_sha === headSha && r.updates.some((u) => u.status === 'completed'))

describe('pull requests', { timeout: 30_000 }, () => {
  it('reviews an opened pull request: one completed check run with annotations, one review on added lines', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    await push(repo, 'opened', 'a'.repeat(40), PATCH_V1)
    const run = await waitFor(completedRun('a'.repeat(40)), 'a completed check run')
    await waitFor(() => github.reviews.length === 1, 'the review')

    // Authenticated as the App against the Enterprise base URL, with one installation token.
    expect(github.callsTo('POST', /^\/app\/installations\/\d+\/access_tokens$/)).toHaveLength(1)
    expect(github.calls.every((c) => c.headers['x-github-api-version'] === '2022-11-28')).toBe(true)

    expect(github.checkRuns.size).toBe(1)
    expect(run.create).toMatchObject({ name: 'Code Review Assistant', status: 'in_progress', head_sha: 'a'.repeat(40) })
    expect(run.create.details_url).toMatch(/^https:\/\/review\.test\/api\/changesets\/[\w-]+\/report$/)
    const done = run.updates[0]
    expect(done).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(done.output.summary).toContain('# Add user search')
    expect(done.output.annotations).toContainEqual(
      expect.objectContaining({ path: 'app/db.py', start_line: 5, annotation_level: 'failure' }),
    )

    const [review] = github.reviews
    expect(review!.body).toMatchObject({ event: 'COMMENT', commit_id: 'a'.repeat(40) })
    expect(review!.body.comments.length).toBeGreaterThan(0)
    const added = addedLines(PATCH_V1)
    for (const comment of review!.body.comments) {
      expect(comment).toMatchObject({ path: 'app/db.py', side: 'RIGHT' })
      expect(added.has(comment.line)).toBe(true)
    }

    const pr = await env.DB.prepare('select * from github_pull_requests where repository_id = ?').bind(repo.repositoryId).first<any>()
    const changeset = await env.DB.prepare('select tenant_id, revision, status from changesets where id = ?').bind(pr.changeset_id).first()
    expect(changeset).toEqual({ tenant_id: `github-installation-${repo.installationId}`, revision: 1, status: 'reviewed' })
  })

  it('makes a push a new revision and comments only what is new; resolved findings are in the check run', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    await push(repo, 'opened', '1'.repeat(40), PATCH_V1)
    await waitFor(completedRun('1'.repeat(40)), 'first check run')
    await waitFor(() => github.reviews.length === 1, 'first review')
    const firstComments = github.reviews[0]!.body.comments.map((c: any) => c.body)

    await push(repo, 'synchronize', '2'.repeat(40), PATCH_V2)
    const second = await waitFor(completedRun('2'.repeat(40)), 'second check run')
    await waitFor(() => github.reviews.length === 2, 'second review')
    expect(github.checkRuns.size).toBe(2)

    const newComments = github.reviews[1]!.body.comments
    expect(newComments.length).toBeGreaterThan(0)
    for (const c of newComments) {
      expect(firstComments).not.toContain(c.body)
      expect(c.line).toBeGreaterThanOrEqual(9)
    }
    const pr = await env.DB.prepare('select changeset_id from github_pull_requests where repository_id = ?').bind(repo.repositoryId).first<string>('changeset_id')
    expect(await env.DB.prepare('select revision from changesets where id = ?').bind(pr).first('revision')).toBe(2)
    expect(second.updates[0].output.annotations.length).toBeGreaterThan(newComments.length - 1)

    // A third push that removes everything resolves the findings; the check run says so.
    await push(repo, 'synchronize', '3'.repeat(40), '@@ -1,2 +1,3 @@\n import sqlite3\n+VERSION = 2\n')
    const third = await waitFor(completedRun('3'.repeat(40)), 'third check run')
    expect(third.updates[0]).toMatchObject({ conclusion: 'success' })
    expect(third.updates[0].output.summary).toMatch(/Resolved/i)
    expect(github.reviews).toHaveLength(2)
  })

  it('does not submit the same head twice (a redelivered push under a new delivery id)', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    await push(repo, 'opened', 'b'.repeat(40), PATCH_V1)
    await waitFor(completedRun('b'.repeat(40)), 'check run')
    await push(repo, 'synchronize', 'b'.repeat(40), PATCH_V1)
    await new Promise((r) => setTimeout(r, 500))
    expect(github.checkRuns.size).toBe(1)
    expect(github.reviews).toHaveLength(1)
  })

  it('reviews for an installation whose installation event never arrived, and stops while it is suspended', async ({ expect }) => {
    const repo = newRepo()
    await push(repo, 'opened', 'c'.repeat(40), PATCH_V1)
    await waitFor(completedRun('c'.repeat(40)), 'check run')
    const status = () => env.DB.prepare('select status from github_installations where id = ?').bind(repo.installationId).first<string>('status')
    expect(await status()).toBe('active')

    await sendWebhook('installation', installationPayload(repo, 'suspend'))
    await waitFor(async () => (await status()) === 'suspended', 'suspended')
    await push(repo, 'synchronize', 'd'.repeat(40), PATCH_V2)
    await new Promise((r) => setTimeout(r, 500))
    expect(github.checkRuns.size).toBe(1)
    expect(github.reviews).toHaveLength(1)
  })

  it('leaves no check run in progress when pushes come faster than reviews', async ({ expect }) => {
    const repo = newRepo()
    await installApp(repo)
    await push(repo, 'opened', 'e'.repeat(40), PATCH_V1)
    await push(repo, 'synchronize', 'f'.repeat(40), PATCH_V2)
    await waitFor(completedRun('f'.repeat(40)), 'the latest check run')
    const first = await waitFor(completedRun('e'.repeat(40)), 'the first check run completed too')
    expect(['failure', 'neutral']).toContain(first.updates.find((u: any) => u.status === 'completed').conclusion)
    expect(github.checkRuns.size).toBe(2)
  })
})
