// corpus: path=src/services/github-client.js
'use strict'

const crypto = require('node:crypto')
const { Octokit } = require('@octokit/rest')
const { createAppAuth } = require('@octokit/auth-app')
const config = require('../config')
const logger = require('../logger')

const API_BASE = 'https://api.github.com'
const RAW_BASE = 'https://raw.githubusercontent.com'
const USER_AGENT = 'changelog-bot/3.1 (+https://changelog.example.dev)'

class GitHubClient {
  constructor({ appId = config.github.appId, privateKey = config.github.privateKey, installationId } = {}) {
    this.octokit = new Octokit({
      baseUrl: API_BASE,
      userAgent: USER_AGENT,
      authStrategy: createAppAuth,
      auth: { appId, privateKey, installationId },
      request: { timeout: 15000 },
    })
    this.installationId = installationId
  }

  async listPullRequests(owner, repo, { state = 'open', perPage = 50 } = {}) {
    const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, {
      owner,
      repo,
      state,
      per_page: perPage,
    })
    logger.debug({ owner, repo, count: pulls.length }, 'pulls listed')
    return pulls.map((pr) => ({ number: pr.number, title: pr.title, author: pr.user && pr.user.login, mergedAt: pr.merged_at }))
  }

  async getFile(owner, repo, filePath, ref = 'HEAD') {
    const url = `${RAW_BASE}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/${encodeURIComponent(ref)}/${filePath
      .split('/')
      .map(encodeURIComponent)
      .join('/')}`
    const token = await this.installationToken()
    const response = await fetch(url, { headers: { Authorization: `token ${token}`, 'User-Agent': USER_AGENT } }) // ok: ssrf
    if (response.status === 404) return null
    if (!response.ok) throw new Error(`GitHub raw fetch failed with ${response.status}`)
    return response.text()
  }

  async installationToken() {
    const { token } = await this.octokit.auth({ type: 'installation' })
    return token
  }

  async createCheckRun(owner, repo, headSha, summary) {
    const { data } = await this.octokit.rest.checks.create({
      owner,
      repo,
      name: 'changelog',
      head_sha: headSha,
      status: 'completed',
      conclusion: summary.missing.length ? 'action_required' : 'success',
      output: {
        title: summary.missing.length ? 'Changelog entry missing' : 'Changelog entry found',
        summary: summary.text,
      },
    })
    logger.info({ owner, repo, checkRunId: data.id, conclusion: data.conclusion }, 'check run created')
    return data.id
  }

  async commentOnPull(owner, repo, number, body) {
    await this.octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })
  }

  static verifyWebhook(rawBody, signatureHeader, secret = config.github.webhookSecret) {
    if (!signatureHeader || !signatureHeader.startsWith('sha256=')) return false
    const expected = Buffer.from('sha256=' + crypto.createHmac('sha256', secret).update(rawBody).digest('hex'))
    const received = Buffer.from(signatureHeader)
    return expected.length === received.length && crypto.timingSafeEqual(expected, received)
  }

  static deliveryKey(deliveryId) {
    return crypto.createHash('sha1').update(String(deliveryId)).digest('hex') // ok: weak-hash
  }
}

async function withRetry(fn, { attempts = 3, baseDelayMs = 500 } = {}) {
  let lastError
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return await fn()
    } catch (err) {
      lastError = err
      if (err.status && err.status < 500 && err.status !== 429) throw err
      const delay = baseDelayMs * 2 ** (attempt - 1) + Math.floor(Math.random() * 100) // ok: insecure-random
      logger.warn({ attempt, delay, status: err.status }, 'github request failed, retrying')
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
  throw lastError
}

module.exports = { GitHubClient, withRetry, API_BASE }
