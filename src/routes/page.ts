import type { Context } from 'hono'
import { getDb } from '../db/client'
import { loadRevisionFiles } from '../db/files'
import { openPage } from '../page/access'
import { findPageAsset, PAGE_ASSET_PREFIX } from '../page/assets'
import { renderFindings } from '../page/findings-view'
import { applyFilters, filterQuery, readFilters } from '../page/filters'
import { renderNotFound, renderPage } from '../page/page-view'
import { renderJsonReport } from '../reports/json'
import { buildReportInput, loadReport } from '../reports/load-report'
import { renderMarkdown } from '../reports/markdown'
import { renderRdjson } from '../reports/rdjson'
import { renderSarif } from '../reports/sarif'
import type { App, AppEnv } from '../types'
import { registerPageApiRoutes } from './page-api'
import { registerPageLinkRoutes } from './page-links'
import { documentPageRoutes } from './page-openapi'

function notFoundPage(c: Context<AppEnv>) {
  return c.html(renderNotFound(), 404)
}

/** Everything the page and its findings fragment show, read once. */
async function loadPageData(env: Env, tenantId: string, changesetId: string) {
  const db = getDb(env.DB)
  const report = await loadReport(db, tenantId, changesetId, 'latest')
  if (!report) return undefined
  const revision = report.coverage.revision ?? report.view.row.revision
  const files = (await loadRevisionFiles(db, changesetId, revision)).map((f) => ({ path: f.path, diff: f.diff }))
  return { report, files, awaitingReview: report.coverage.revision === null }
}

/** The page's access check, its data and the filters in its query; undefined answers 404. */
async function openPageView(c: Context<AppEnv>) {
  const changesetId = c.req.param('changeset_id')!
  const token = c.req.query('t')
  const access = await openPage(c.env, changesetId, token)
  if (!access || !token) return undefined
  const data = await loadPageData(c.env, access.claims.tenantId, changesetId)
  if (!data) return undefined
  return { changesetId, token, canTriage: access.claims.scope === 'triage', data, filters: readFilters((name) => c.req.query(name)) }
}

/** What the whole page and its findings fragment both show: the filtered findings list. */
function findingsView({ changesetId, token, canTriage, data, filters }: NonNullable<Awaited<ReturnType<typeof openPageView>>>) {
  return {
    changesetId,
    token,
    canTriage,
    findings: applyFilters(data.report.rows, filters),
    files: data.files,
    fileFilter: filters.file,
    awaitingReview: data.awaitingReview,
    filterQuery: filterQuery(filters),
  }
}

const REPORT_TYPES = {
  markdown: ['text/markdown; charset=utf-8', 'code_review_report.md'],
  sarif: ['application/sarif+json', 'code_review_report.sarif'],
  rdjson: ['application/json', 'code_review_report.rdjson'],
  json: ['application/json', 'code_review_report.json'],
} as const

export function registerPageRoutes(app: App) {
  registerPageLinkRoutes(app)
  registerPageApiRoutes(app)
  documentPageRoutes(app)

  app.get(`${PAGE_ASSET_PREFIX}:name`, (c) => {
    const asset = findPageAsset(c.req.param('name'))
    if (!asset) return notFoundPage(c)
    return c.body(asset.body, 200, { 'Content-Type': asset.contentType, 'Cache-Control': 'public, max-age=31536000, immutable' })
  })

  app.get('/r/:changeset_id', async (c) => {
    const view = await openPageView(c)
    if (!view) return notFoundPage(c)
    const { data, filters } = view
    const paths = [...new Set([...data.files.map((f) => f.path), ...data.report.rows.map((f) => f.filePath)])]
    return c.html(
      renderPage({
        changeset: data.report.view.row,
        counts: data.report.view.counts,
        filters,
        paths,
        ...findingsView(view),
      }),
      200,
    )
  })

  app.get('/r/:changeset_id/findings', async (c) => {
    const view = await openPageView(c)
    if (!view) return notFoundPage(c)
    return c.html(renderFindings(findingsView(view)), 200)
  })

  app.get('/r/:changeset_id/report', async (c) => {
    const id = c.req.param('changeset_id')
    const access = await openPage(c.env, id, c.req.query('t'))
    if (!access) return notFoundPage(c)
    const report = await loadReport(getDb(c.env.DB), access.claims.tenantId, id, 'latest')
    if (!report) return notFoundPage(c)
    const format = (Object.keys(REPORT_TYPES) as Array<keyof typeof REPORT_TYPES>).find((f) => f === c.req.query('format')) ?? 'markdown'
    const [contentType, fileName] = REPORT_TYPES[format]
    c.header('Content-Disposition', `attachment; filename="${fileName}"`)
    if (format === 'json') return c.json(renderJsonReport(report, new Date().toISOString()), 200)
    const input = buildReportInput(report, new URL(c.req.url).origin, c.env.APP_VERSION)
    const body = format === 'markdown' ? renderMarkdown(input) : JSON.stringify(format === 'sarif' ? renderSarif(input) : renderRdjson(input), null, 2)
    return c.body(body, 200, { 'Content-Type': contentType })
  })
}
