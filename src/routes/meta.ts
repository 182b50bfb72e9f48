import { createRoute, z } from '@hono/zod-openapi'
import { sql } from 'drizzle-orm'
import { readConfig } from '../config'
import { getDb } from '../db/client'
import { describeError } from '../log'
import { describeAiProvider } from '../ai/provider-config'
import type { App } from '../types'
import { jsonContent } from './openapi'

const WelcomeSchema = z
  .object({
    message: z.string().openapi({ example: 'Welcome to the Code Review Assistant!' }),
    version: z.string().openapi({ example: '1.0.0' }),
    docs: z.string().openapi({ example: '/docs' }),
    openapi: z.string().openapi({ example: '/openapi.json' }),
  })
  .openapi('Welcome')

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'degraded', 'unavailable']),
    database: z.enum(['ok', 'error']),
    version: z.string(),
    time: z.string(),
    database_latency_ms: z.number().nullable(),
    config: z.object({
      limits: z.object({
        max_body_bytes: z.number(),
        max_files: z.number(),
        max_file_diff_bytes: z.number(),
        max_file_content_bytes: z.number(),
        max_added_lines: z.number(),
        max_path_length: z.number(),
        max_revisions: z.number(),
      }),
      review_lease_seconds: z.number(),
      max_review_attempts: z.number(),
      invalid_vars: z.array(z.string()).openapi({ description: 'Vars that were malformed; defaults are in use.' }),
      ticket_secret_configured: z.boolean(),
      ai_reviewer: z.string().openapi({ description: 'Which AI provider is configured, or `off`.' }),
    }),
  })
  .openapi('Health')

const welcome = createRoute({
  method: 'get',
  path: '/',
  tags: ['meta'],
  summary: 'Welcome',
  responses: { 200: { description: 'Service name and where the docs are', content: jsonContent(WelcomeSchema) } },
})

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['meta'],
  summary: 'Health check',
  description: 'Runs a real D1 query against the schema. 503 (same shape) when the database is unreachable.',
  responses: {
    200: { description: 'Healthy (or degraded: running on default config)', content: jsonContent(HealthSchema) },
    503: { description: 'Unhealthy', content: jsonContent(HealthSchema) },
  },
})

export function registerMetaRoutes(app: App) {
  app.openapi(welcome, (c) =>
    c.json(
      { message: 'Welcome to the Code Review Assistant!', version: c.env.APP_VERSION, docs: '/docs', openapi: '/openapi.json' },
      200,
    ),
  )

  app.openapi(health, async (c) => {
    const config = readConfig(c.env)
    let database: 'ok' | 'error' = 'ok'
    let latency: number | null = null
    const started = Date.now()
    try {
      // Touches the real schema, so a database without migrations is unhealthy too.
      await getDb(c.env.DB).run(sql`select count(*) from changesets where id = ''`)
      latency = Date.now() - started
    } catch (err) {
      database = 'error'
      c.get('log').error('health.database_failed', { error: describeError(err) })
    }
    const body = {
      status: database === 'error' ? ('unavailable' as const) : config.invalid.length > 0 ? ('degraded' as const) : ('ok' as const),
      database,
      version: config.version,
      time: new Date().toISOString(),
      database_latency_ms: latency,
      config: {
        limits: {
          max_body_bytes: config.limits.maxBodyBytes,
          max_files: config.limits.maxFiles,
          max_file_diff_bytes: config.limits.maxFileDiffBytes,
          max_file_content_bytes: config.limits.maxFileContentBytes,
          max_added_lines: config.limits.maxAddedLines,
          max_path_length: config.limits.maxPathLength,
          max_revisions: config.limits.maxRevisions,
        },
        review_lease_seconds: config.reviewLeaseSeconds,
        max_review_attempts: config.maxReviewAttempts,
        invalid_vars: config.invalid,
        ticket_secret_configured: Boolean(c.env.TICKET_SECRET),
        ai_reviewer: describeAiProvider(c.env),
      },
    }
    return database === 'error' ? c.json(body, 503) : c.json(body, 200)
  })
}
