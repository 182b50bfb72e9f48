import { createRoute, z } from '@hono/zod-openapi'
import { requireScope } from '../auth/middleware'
import { toChangesetJson } from '../changesets/serialize'
import { loadChangesetView } from '../db/changeset-view'
import { getDb } from '../db/client'
import { listAllFindings } from '../db/findings'
import { ApiError, errorResponses, jsonErrorResponse } from '../errors'
import { toFindingJson } from '../findings/serialize'
import { buildReportInput } from '../reports/load-report'
import { renderMarkdown } from '../reports/markdown'
import { renderRdjson } from '../reports/rdjson'
import { renderSarif } from '../reports/sarif'
import type { App } from '../types'
import { ChangesetIdParamSchema, ChangesetSchema, FindingSchema } from './schemas'

const FORMATS = ['markdown', 'sarif', 'rdjson', 'json'] as const
type Format = (typeof FORMATS)[number]

const MEDIA_TYPES: Record<Format, string> = {
  markdown: 'text/markdown; charset=utf-8',
  sarif: 'application/sarif+json',
  rdjson: 'application/json',
  json: 'application/json',
}

const FILE_NAMES: Record<Format, string> = {
  markdown: 'code_review_report.md',
  sarif: 'code_review_report.sarif',
  rdjson: 'code_review_report.rdjson',
  json: 'code_review_report.json',
}

/** `?format=` wins; otherwise the first Accept type we can produce; otherwise Markdown. */
export function negotiateFormat(format: Format | undefined, accept: string | undefined): Format {
  if (format) return format
  for (const part of (accept ?? '').split(',')) {
    const type = part.split(';')[0]!.trim().toLowerCase()
    if (type === 'text/markdown' || type === 'text/x-markdown' || type === 'text/plain') return 'markdown'
    if (type === 'application/sarif+json') return 'sarif'
    if (type === 'application/vnd.reviewdog.rdjson+json') return 'rdjson'
    if (type === 'application/json') return 'json'
  }
  return 'markdown'
}

const JsonReportSchema = z
  .object({ changeset: ChangesetSchema, findings: z.array(FindingSchema), generated_at: z.string() })
  .openapi('JsonReport')

const reportRoute = createRoute({
  method: 'get',
  path: '/api/changesets/{changeset_id}/report',
  tags: ['reports'],
  summary: 'Export the review: Markdown, SARIF 2.1.0, reviewdog rdjson or JSON',
  description:
    'Choose with `?format=` or `Accept` (`text/markdown`, `application/sarif+json`, ' +
    '`application/vnd.reviewdog.rdjson+json`, `application/json`). Add `download=true` for a file attachment.',
  security: [{ Bearer: [] }],
  middleware: [requireScope('read')] as const,
  request: {
    params: ChangesetIdParamSchema,
    query: z.object({
      format: z.enum(FORMATS).optional(),
      download: z.enum(['true', 'false']).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The report',
      content: {
        'text/markdown': { schema: z.string() },
        'application/sarif+json': { schema: z.object({}).passthrough().openapi({ description: 'SARIF 2.1.0 log' }) },
        'application/json': { schema: JsonReportSchema },
      },
    },
    406: jsonErrorResponse('Not used: unknown Accept types fall back to Markdown'),
    ...errorResponses,
  },
})

export function registerReportRoutes(app: App) {
  app.openapi(reportRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const query = c.req.valid('query')
    const db = getDb(c.env.DB)
    const tenantId = c.get('principal').tenantId
    const [view, findings] = await Promise.all([loadChangesetView(db, tenantId, changeset_id), listAllFindings(db, tenantId, changeset_id)])
    if (!view) throw new ApiError(404, 'not_found', `Changeset ${changeset_id} not found`)
    const format = negotiateFormat(query.format, c.req.header('accept'))
    if (query.download === 'true') c.header('Content-Disposition', `attachment; filename="${FILE_NAMES[format]}"`)
    c.header('Vary', 'Accept')

    if (format === 'json') {
      return c.json({ changeset: toChangesetJson(view), findings: findings.map(toFindingJson), generated_at: new Date().toISOString() }, 200)
    }
    const input = buildReportInput(view, findings, new URL(c.req.url).origin, c.env.APP_VERSION)
    if (format === 'markdown') return c.body(renderMarkdown(input), 200, { 'Content-Type': MEDIA_TYPES.markdown })
    const body = format === 'sarif' ? renderSarif(input) : renderRdjson(input)
    return c.body(JSON.stringify(body, null, 2), 200, { 'Content-Type': MEDIA_TYPES[format] })
  })
}
