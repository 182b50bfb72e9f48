// corpus: path=src/main.ts
import * as core from '@actions/core'
import * as exec from '@actions/exec'
import * as github from '@actions/github'
import { execFileSync, execSync } from 'node:child_process'
import { appendFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'

const COMMAND = /^\/release\s+(major|minor|patch)\b/m
const CHANNEL = /^[a-z0-9-]{1,40}$/

async function run(): Promise<void> {
  const token = core.getInput('token', { required: true })
  // The workflow file names the channel; the repository's maintainers write it.
  const channel = core.getInput('channel') || 'latest'
  const octokit = github.getOctokit(token)
  const { owner, repo } = github.context.repo
  const comment = github.context.payload.comment
  const issue = github.context.payload.issue
  if (!comment || !issue?.pull_request) {
    core.info('Not a pull request comment')
    return
  }

  const match = COMMAND.exec(comment.body ?? '')
  if (!match) return
  const bump = match[1] as 'major' | 'minor' | 'patch'

  const { data: perm } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: comment.user.login })
  if (perm.permission !== 'admin' && perm.permission !== 'write') {
    core.setFailed(`${comment.user.login} may not release`)
    return
  }

  const version = execFileSync('npm', ['version', bump, '--no-git-tag-version'], { encoding: 'utf8' }).trim()
  core.setOutput('version', version)
  appendFileSync(process.env.GITHUB_OUTPUT!, `bump=${bump}\n`)

  // Whoever opened the pull request wrote its title and body, from a fork as often as not.
  const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: issue.number })
  const notes = `${pr.title}\n\n${pr.body ?? ''}`
  execSync(`git tag -a ${version} -m "${pr.title}"`) // expect: command-injection
  await exec.exec('git', ['tag', '-a', `${version}-notes`, '-m', notes]) // ok: command-injection

  const notesPath = path.join(process.env.RUNNER_TEMP ?? '/tmp', `${pr.head.ref}-notes.md`)
  writeFileSync(notesPath, notes) // expect: path-traversal
  writeFileSync(path.join(process.env.RUNNER_TEMP ?? '/tmp', `release-${issue.number}.md`), notes) // ok: path-traversal

  if (!CHANNEL.test(channel)) throw new Error(`channel must match ${CHANNEL}`)
  execSync(`npm publish --tag ${channel}`, { stdio: 'inherit' }) // ok: command-injection

  const labels = issue.labels?.map((l: { name: string }) => l.name) ?? []
  if (labels.includes('docs')) {
    await exec.exec(`npm run docs:publish -- --message "${issue.title}"`) // expect: command-injection
  }

  await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: comment.id, content: 'rocket' })
}

run().catch((error: Error) => core.setFailed(error.message))
