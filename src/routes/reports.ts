import { z } from '@hono/zod-openapi'
import { ChangesetSchema } from '../contracts/changeset'
import { FindingSchema } from '../contracts/finding'
import { ChangesetIdParamSchema } from '../contracts/params'
import { getDb } from '../db/client'
import { changesetNotFound } from '../errors'
import { renderJsonReport } from '../reports/json'
import { buildReportInput, loadReport, MAX_REPORT_FINDINGS } from '../reports/load-report'
import { renderMarkdown } from '../reports/markdown'
import { renderRdjson } from '../reports/rdjson'
import { renderSarif } from '../reports/sarif'
import type { App } from '../types'
import { apiRoute } from './openapi'

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

const ReportCoverageSchema = z
  .object({
    scope: z.enum(['latest', 'all']),
    revision: z.number().int().nullable().openapi({ description: 'The latest reviewed revision.' }),
    shown: z.number().int().openapi({ description: 'Findings in this report.' }),
    in_scope: z.number().int().openapi({ description: `Findings in scope; a report holds at most ${MAX_REPORT_FINDINGS}.` }),
    total: z.number().int().openapi({ description: 'Every finding of the changeset, all revisions.' }),
    max: z.number().int(),
    findings_url: z.string().openapi({ description: 'The paginated findings API, which lists them all.' }),
  })
  .openapi('ReportCoverage')

const JsonReportSchema = z
  .object({ changeset: ChangesetSchema, findings: z.array(FindingSchema), coverage: ReportCoverageSchema, generated_at: z.string() })
  .openapi('JsonReport')

const reportRoute = apiRoute('read', {
  method: 'get',
  path: '/api/changesets/{changeset_id}/report',
  tags: ['reports'],
  summary: 'Export the review: Markdown, SARIF 2.1.0, reviewdog rdjson or JSON',
  description:
    'Choose with `?format=` or `Accept` (`text/markdown`, `application/sarif+json`, ' +
    '`application/vnd.reviewdog.rdjson+json`, `application/json`). Add `download=true` for a file attachment. ' +
    `Covers the latest reviewed revision (\`scope=all\`: every revision) and at most ${MAX_REPORT_FINDINGS} findings, open ones first; ` +
    'the report says when it leaves findings out, and the findings API lists them all.',
  request: {
    params: ChangesetIdParamSchema,
    query: z.object({
      format: z.enum(FORMATS).optional(),
      download: z.enum(['true', 'false']).optional(),
      scope: z.enum(['latest', 'all']).optional(),
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
  },
})

export function registerReportRoutes(app: App) {
  app.openapi(reportRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const query = c.req.valid('query')
    const report = await loadReport(getDb(c.env.DB), c.get('principal').tenantId, changeset_id, query.scope)
    if (!report) throw changesetNotFound(changeset_id)
    const format = negotiateFormat(query.format, c.req.header('accept'))
    if (query.download === 'true') c.header('Content-Disposition', `attachment; filename="${FILE_NAMES[format]}"`)
    c.header('Vary', 'Accept')

    if (format === 'json') return c.json(renderJsonReport(report, new Date().toISOString()), 200)
    const input = buildReportInput(report, new URL(c.req.url).origin, c.env.APP_VERSION)
    if (format === 'markdown') return c.body(renderMarkdown(input), 200, { 'Content-Type': MEDIA_TYPES.markdown })
    const body = format === 'sarif' ? renderSarif(input) : renderRdjson(input)
    return c.body(JSON.stringify(body, null, 2), 200, { 'Content-Type': MEDIA_TYPES[format] })
  })
}
