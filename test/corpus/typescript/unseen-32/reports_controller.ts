// corpus: path=app/controllers/reports_controller.ts
import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import vine from '@vinejs/vine'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { basename } from 'node:path'
import Report from '#models/report'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

const listValidator = vine.compile(
  vine.object({
    status: vine.enum(['draft', 'published', 'archived']),
    page: vine.number().positive().withoutDecimals(),
  })
)

const SORTABLE: Record<string, string> = {
  title: 'title',
  created: 'created_at',
  views: 'view_count',
}

export default class ReportsController {
  async index({ request, response }: HttpContext) {
    const { status, page } = await request.validateUsing(listValidator)
    const rows = await db.from('reports').where('status', status).orderBy('created_at', 'desc').paginate(page, 25) // ok: sql-injection
    return response.json(rows)
  }

  async search({ request, response }: HttpContext) {
    const term = request.input('q', '')
    const result = await db.rawQuery(`SELECT id, title FROM reports WHERE title ILIKE '%${term}%' LIMIT 50`) // expect: sql-injection
    return response.json(result.rows)
  }

  async searchTags({ request, response }: HttpContext) {
    const tag = request.input('tag', '')
    const result = await db.rawQuery('SELECT r.id, r.title FROM reports r JOIN report_tags t ON t.report_id = r.id WHERE t.name = ?', [tag]) // ok: sql-injection
    return response.json(result.rows)
  }

  async sorted({ request }: HttpContext) {
    const { sort = 'created_at', dir = 'desc' } = request.qs()
    return db.from('reports').select('id', 'title').orderByRaw(`${sort} ${dir}`) // expect: sql-injection
  }

  async sortedSafe({ request }: HttpContext) {
    const column = SORTABLE[request.input('sort')] ?? 'created_at'
    const direction = request.input('dir') === 'asc' ? 'asc' : 'desc'
    return db.from('reports').select('id', 'title').orderByRaw(`${column} ${direction}`) // ok: sql-injection
  }

  async download({ params, response }: HttpContext) {
    // params.file is the last path segment of /reports/files/:file, decoded by the router, so %2e%2e%2f arrives as ../
    return response.download(app.makePath('storage/reports', params.file)) // expect: path-traversal
  }

  async downloadById({ params, response, auth }: HttpContext) {
    const report = await Report.query().where('id', params.id).where('owner_id', auth.user!.id).firstOrFail()
    return response.download(app.makePath('storage/reports', basename(report.fileName))) // ok: path-traversal
  }

  async exportPdf({ params, request, response }: HttpContext) {
    const report = await Report.findOrFail(params.id)
    const paper = request.input('paper', 'A4')
    const out = app.tmpPath(`report-${report.id}.pdf`)
    await execAsync(`wkhtmltopdf --page-size ${paper} ${app.makeURL('reports', String(report.id))} ${out}`) // expect: command-injection
    return response.download(out)
  }

  async exportCsv({ params, request, response }: HttpContext) {
    const report = await Report.findOrFail(params.id)
    const delimiter = request.input('delimiter') === 'semicolon' ? ';' : ','
    const out = app.tmpPath(`report-${report.id}.csv`)
    await execFileAsync('report-cli', ['export', String(report.id), '--delimiter', delimiter, '--out', out]) // ok: command-injection
    return response.attachment(out, `report-${report.id}.csv`)
  }

  async rename({ params, request, response }: HttpContext) {
    const report = await Report.findOrFail(params.id)
    const label = request.input('label', 'report')
    response.header('Content-Disposition', `attachment; filename="${label}.csv"`) // expect: header-injection
    return response.download(app.makePath('storage/reports', basename(report.fileName)))
  }

  async publish({ params, request, response, session }: HttpContext) {
    const report = await Report.findOrFail(params.id)
    report.status = 'published'
    await report.save()
    session.flash('notice', `"${report.title}" is live`)
    const returnTo = request.input('return_to', '/reports')
    return response.redirect(returnTo) // expect: open-redirect
  }

  async archive({ params, response, session }: HttpContext) {
    await Report.query().where('id', params.id).update({ status: 'archived' })
    session.flash('notice', 'Report archived')
    return response.redirect().back() // ok: open-redirect
  }

  async preview({ request, response }: HttpContext) {
    const heading = request.input('heading', 'Preview')
    response.header('Content-Type', 'text/html; charset=utf-8')
    return response.send(`<h1>${heading}</h1><p>This is how the report header will look.</p>`) // expect: xss
  }

  async previewSafe({ request, view }: HttpContext) {
    return view.render('reports/preview', { heading: request.input('heading', 'Preview') }) // ok: xss
  }

  async pingWebhook({ request, response }: HttpContext) {
    const target = request.input('url')
    const res = await fetch(target, { method: 'POST', body: JSON.stringify({ event: 'report.test' }) }) // expect: ssrf
    return response.json({ status: res.status })
  }

  async switchWorkspace({ request, response, session }: HttpContext) {
    session.put('workspace_id', request.input('workspace_id')) // expect: trust-boundary
    return response.redirect('/reports')
  }
}
