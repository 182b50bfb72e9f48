import { createRoute, z } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { getDb, nowIso } from '../db/client'
import { forgetDelivery, recordDelivery } from '../db/github'
import { ApiError, bodyErrorResponses, errorResponses, notFound } from '../errors'
import { readGitHubConfig } from '../github/config'
import { toGitHubJob } from '../github/events'
import { verifyWebhookSignature } from '../github/signature'
import { limitBody, bodyLimitFor } from '../middleware/body-limit'
import { readLimited } from '../middleware/read-body'
import type { App, AppEnv } from '../types'
import { jsonContent } from './openapi'

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
      throw new ApiError('unauthorized', 'X-Hub-Signature-256 is missing or does not match the webhook secret')
    }
    c.req.raw = new Request(raw, { body: bytes })
    return next()
  }
}

const WebhookAcceptedSchema = z
  .object({ status: z.enum(['queued', 'duplicate', 'ignored']) })
  .openapi('WebhookAccepted', { description: '`duplicate`: this X-GitHub-Delivery was accepted before; `ignored`: not an event the App acts on.' })

const githubWebhookRoute = createRoute({
  method: 'post',
  path: GITHUB_WEBHOOK_PATH,
  tags: ['github'],
  summary: 'Receive a GitHub App webhook delivery',
  description:
    'Signed with `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with GITHUB_WEBHOOK_SECRET); checked before the body is parsed. ' +
    'Answers 202 at once and does the work on the queue. 404 unless the GitHub App is configured.',
  middleware: [limitBody()] as const,
  request: {
    headers: z.object({
      'x-github-event': z.string().min(1).max(100),
      'x-github-delivery': z.string().min(1).max(200),
      'x-hub-signature-256': z.string(),
    }),
    body: { content: jsonContent(z.record(z.string(), z.unknown()).openapi('GitHubWebhookPayload')), required: true },
  },
  responses: {
    202: { description: 'Accepted', content: jsonContent(WebhookAcceptedSchema) },
    ...errorResponses,
    ...bodyErrorResponses,
  },
})

export function registerWebhookRoutes(app: App) {
  app.openapi(githubWebhookRoute, async (c) => {
    const { 'x-github-event': event, 'x-github-delivery': delivery } = c.req.valid('header')
    const job = toGitHubJob(event, c.req.valid('json'))
    const log = c.get('log')
    if (!job) {
      log.info('github.webhook_ignored', { event, delivery })
      return c.json({ status: 'ignored' as const }, 202)
    }
    const db = getDb(c.env.DB)
    if (!(await recordDelivery(db, delivery, event, nowIso()))) {
      log.info('github.webhook_redelivered', { event, delivery })
      return c.json({ status: 'duplicate' as const }, 202)
    }
    try {
      await c.env.REVIEW_QUEUE.send(job)
    } catch (err) {
      // Not recorded after all, so GitHub's redelivery of it is accepted.
      await forgetDelivery(db, delivery)
      throw err
    }
    log.info('github.webhook_queued', { event, delivery, type: job.type })
    return c.json({ status: 'queued' as const }, 202)
  })
}
