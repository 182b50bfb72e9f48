// corpus: path=.github/actions/pr-preview/index.js
'use strict'

const core = require('@actions/core')
const exec = require('@actions/exec')
const github = require('@actions/github')
const { execSync } = require('child_process')
const fs = require('fs')
const path = require('path')

// Inputs come from the workflow file (`with:`), which only people with write access edit.
const SITE_DIR = core.getInput('site-dir') || 'dist'
const BUCKET = core.getInput('bucket', { required: true })
const ENVIRONMENT = core.getInput('environment') || 'preview'

const SAFE_REF = /^[A-Za-z0-9._\/-]{1,100}$/

async function checkoutHead(pr) {
  const ref = pr.head.ref
  // A fork's branch name is chosen by whoever opened the pull request.
  await exec.exec('git', ['fetch', 'origin', `pull/${pr.number}/head:${ref}`]) // ok: command-injection
  await exec.exec('git', ['checkout', ref]) // ok: command-injection
}

function slugFor(pr) {
  return `pr-${pr.number}`
}

async function build(pr) {
  core.startGroup('Build site')
  const title = pr.title
  execSync(`npm run build -- --title "${title}"`, { stdio: 'inherit' }) // expect: command-injection
  core.endGroup()
}

async function upload(pr) {
  const slug = slugFor(pr)
  const target = `s3://${BUCKET}/${ENVIRONMENT}/${slug}`
  await exec.exec('aws', ['s3', 'sync', SITE_DIR, target, '--delete'])
  return `https://${BUCKET}.s3-website.eu-west-1.amazonaws.com/${ENVIRONMENT}/${slug}/`
}

async function tagImage(pr) {
  const branch = process.env.GITHUB_HEAD_REF
  execSync(`docker tag preview:latest registry.example.com/preview:${branch}`) // expect: command-injection
  if (!SAFE_REF.test(branch)) throw new Error(`unexpected branch name ${JSON.stringify(branch)}`)
  execSync(`docker push registry.example.com/preview:${pr.number}`) // ok: command-injection
}

async function writeSummary(pr, url) {
  const notesDir = path.join(process.env.RUNNER_TEMP, 'notes')
  fs.mkdirSync(notesDir, { recursive: true })
  const notesFile = path.join(notesDir, `${pr.head.ref}.md`)
  fs.writeFileSync(notesFile, `Preview for #${pr.number}: ${url}\n`) // expect: path-traversal
  const summaryFile = path.join(notesDir, `${pr.number}.md`)
  fs.writeFileSync(summaryFile, `Preview for #${pr.number}: ${url}\n`) // ok: path-traversal
  await core.summary.addHeading('Preview deployed').addLink(url, url).write()
}

async function commentOnPr(octokit, pr, url) {
  const { owner, repo } = github.context.repo
  await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: pr.number,
    body: `Preview is ready: ${url}`,
  })
}

async function run() {
  const pr = github.context.payload.pull_request
  if (!pr) {
    core.info('Not a pull request event, nothing to preview')
    return
  }
  const token = core.getInput('github-token', { required: true })
  const octokit = github.getOctokit(token)
  await checkoutHead(pr)
  await build(pr)
  const url = await upload(pr)
  await tagImage(pr)
  await writeSummary(pr, url)
  await commentOnPr(octokit, pr, url)
  core.setOutput('url', url)
  const cacheKey = core.getInput('cache-key')
  if (!/^[\w.-]+$/.test(cacheKey)) {
    core.setFailed('cache-key may hold letters, digits, dots and dashes only')
    return
  }
  execSync(`tar -czf /tmp/${cacheKey}.tgz ${SITE_DIR}`) // ok: command-injection
}

run().catch((err) => core.setFailed(err.message))
