import type { MiddlewareHandler } from 'hono'
import { getDb, nowIso } from '../db/client'
import { forgetDelivery, recordDelivery } from '../db/github'
import { ApiError, notFound } from '../errors'
import { readGitHubConfig } from '../github/config'
import { toGitHubJob } from '../github/events'
import { verifyWebhookSignature } from '../github/signature'
import { limitBody, bodyLimitFor } from '../middleware/body-limit'
import { readLimited } from '../middleware/read-body'
import type { App, AppEnv } from '../types'

export const GITHUB_WEBHOOK_PATH = '/webhooks/github'

/**
 * Runs before `readBody()`: the signature is checked over the raw bytes before anything parses
 * them, so an unsigned request is a 401 whatever it contains, and nothing is stored for it.
 * Without the App's secrets the route does not exist (404).
 */
export function githubWebhookGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const config = readGitHubConfig(c.env)
    if (!config) return notFound(c)
    if (c.req.method !== 'POST') return next()
    const raw = c.req.raw
    const bytes = raw.body ? await readLimited(raw, bodyLimitFor(c)) : new Uint8Array()
    if (!(await verifyWebhookSignature(config.webhookSecret, bytes, c.req.header('x-hub-signature-256')))) {
      throw new ApiError(401, 'unauthorized', 'X-Hub-Signature-256 is missing or does not match the webhook secret')
    }
    c.req.raw = new Request(raw, { body: bytes })
    return next()
  }
}

export function registerWebhookRoutes(app: App) {
  // Not in the OpenAPI document: GitHub is the only client, and the payloads are GitHub's.
  app.post(GITHUB_WEBHOOK_PATH, limitBody(), async (c) => {
    const event = c.req.header('x-github-event')
    const delivery = c.req.header('x-github-delivery')
    if (!event || !delivery || delivery.length > 200) {
      throw new ApiError(400, 'bad_request', 'X-GitHub-Event and X-GitHub-Delivery headers are required')
    }
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      throw new ApiError(415, 'unsupported_media_type', 'Set the webhook content type to application/json')
    }
    const job = toGitHubJob(event, await c.req.json())
    const log = c.get('log')
    if (!job) {
      log.info('github.webhook_ignored', { event, delivery })
      return c.json({ status: 'ignored' }, 202)
    }
    const db = getDb(c.env.DB)
    if (!(await recordDelivery(db, delivery, event, nowIso()))) {
      log.info('github.webhook_redelivered', { event, delivery })
      return c.json({ status: 'duplicate' }, 202)
    }
    try {
      await c.env.REVIEW_QUEUE.send(job)
    } catch (err) {
      // Not recorded after all, so GitHub's redelivery of it is accepted.
      await forgetDelivery(db, delivery)
      throw err
    }
    log.info('github.webhook_queued', { event, delivery, type: job.type })
    return c.json({ status: 'queued' }, 202)
  })
}
