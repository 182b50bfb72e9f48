// corpus: path=src/index.ts
import type { Probot, Context } from 'probot'
import knex from 'knex'
import simpleGit from 'simple-git'
import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const sh = promisify(exec)
const db = knex({ client: 'pg', connection: process.env.DATABASE_URL })

interface Config {
  reviewers: string[]
}

const DEFAULTS: Config = { reviewers: [] }

async function recordEvent(context: Context<'pull_request.opened'>) {
  const pr = context.payload.pull_request
  await db('pull_events').insert({ repo: context.payload.repository.full_name, number: pr.number, title: pr.title, author: pr.user.login }) // ok: sql-injection
  await db.raw(`UPDATE contributors SET last_pr = '${pr.title}' WHERE login = ?`, [pr.user.login]) // expect: sql-injection
}

async function lintBranch(context: Context<'pull_request.opened'>) {
  const pr = context.payload.pull_request
  const dir = await mkdtemp(path.join(tmpdir(), 'lint-'))
  const git = simpleGit()
  await git.clone(pr.head.repo!.clone_url, dir, ['--depth', '1', '--branch', pr.head.ref]) // ok: command-injection
  const { stdout } = await sh(`cd ${dir} && git log -1 --format=%s origin/${pr.head.ref}`) // expect: command-injection
  const result = await sh('npm ci && npm run lint', { cwd: dir }).catch((e) => e)
  return `Last commit: ${stdout.trim()}\n\n${result.stdout ?? ''}`
}

export default (app: Probot) => {
  app.on('pull_request.opened', async (context) => {
    const config = (await context.config<Config>('triage.yml', DEFAULTS)) ?? DEFAULTS
    await recordEvent(context)
    const report = await lintBranch(context)
    await context.octokit.issues.createComment(context.issue({ body: report }))
    if (config.reviewers.length) {
      await context.octokit.pulls.requestReviewers(context.pullRequest({ reviewers: config.reviewers }))
    }
  })

  app.on('issues.opened', async (context) => {
    const { issue, repository } = context.payload
    const similar = await db('issues')
      .where('repo', repository.full_name)
      .whereRaw('to_tsvector(title) @@ plainto_tsquery(?)', [issue.title]) // ok: sql-injection
      .limit(5)
    const dupes = await db('issues').whereRaw(`title = '${issue.title}'`).first() // expect: sql-injection
    if (dupes) await context.octokit.issues.addLabels(context.issue({ labels: ['duplicate?'] }))
    if (similar.length) {
      const list = similar.map((s: { number: number; title: string }) => `- #${s.number}`).join('\n')
      await context.octokit.issues.createComment(context.issue({ body: `Possibly related:\n${list}` }))
    }
  })

  app.on('release.published', async (context) => {
    const release = context.payload.release
    const changelog = await readFile(path.join(process.cwd(), 'templates', 'announce.md'), 'utf8')
    const body = changelog.replace('{{version}}', release.tag_name)
    await db('releases').insert({ repo: context.payload.repository.full_name, tag: release.tag_name, body }) // ok: sql-injection
  })

  app.on('issue_comment.created', async (context) => {
    const { comment, issue } = context.payload
    const rerun = /^\/rerun\s+(\S+)/.exec(comment.body)
    if (!rerun || !issue.pull_request) return
    const { stdout } = await sh(`./scripts/rerun.sh ${issue.number} "${rerun[1]}"`) // expect: command-injection
    await context.octokit.issues.createComment(context.issue({ body: '```\n' + stdout + '\n```' }))
  })
}
