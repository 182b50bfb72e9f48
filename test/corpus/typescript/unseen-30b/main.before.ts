import * as core from '@actions/core'
import * as github from '@actions/github'
import { execFileSync } from 'node:child_process'
import { appendFileSync } from 'node:fs'

const COMMAND = /^\/release\s+(major|minor|patch)\b/m

async function run(): Promise<void> {
  const token = core.getInput('token', { required: true })
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

  await octokit.rest.reactions.createForIssueComment({ owner, repo, comment_id: comment.id, content: 'rocket' })
}

run().catch((error: Error) => core.setFailed(error.message))
