// corpus: path=app/controllers/invoices_controller.ts
import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import Invoice from '#models/invoice'
import { createInvoiceValidator, invoiceFilterValidator } from '#validators/invoice'

const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)

export default class InvoicesController {
  async index({ request, auth, view }: HttpContext) {
    const user = auth.getUserOrFail()
    const filters = await request.validateUsing(invoiceFilterValidator)
    const page = request.input('page', 1)
    const status = request.input('status')

    const invoices = await Invoice.query()
      .where('team_id', user.teamId)
      .if(status, (q) => q.where('status', status))
      .orderBy(filters.sort ?? 'created_at', 'desc')
      .paginate(page, 25)

    const totals = await db.rawQuery(
      `select currency, sum(amount_cents) as total from invoices where team_id = ? and status = '${status ?? 'open'}' group by currency`, // expect: sql-injection
      [user.teamId],
    )
    const overdue = await db.rawQuery( // ok: sql-injection
      'select count(*) as n from invoices where team_id = ? and due_at < now() and status = ?',
      [user.teamId, 'open'],
    )
    return view.render('invoices/index', { invoices, totals: totals.rows, overdue: overdue.rows[0].n })
  }

  async store({ request, auth, response, session }: HttpContext) {
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(createInvoiceValidator)
    const invoice = await Invoice.create({ ...payload, teamId: user.teamId, createdBy: user.id }) // ok: mass-assignment
    session.flash('success', `Invoice ${invoice.number} created`)
    return response.redirect().toRoute('invoices.show', { id: invoice.id }) // ok: open-redirect
  }

  async update({ request, params, auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const invoice = await Invoice.query().where('team_id', user.teamId).where('id', params.id).firstOrFail()
    invoice.merge(request.all()) // expect: mass-assignment
    await invoice.save()
    return response.redirect(request.input('return_to', `/invoices/${invoice.id}`)) // expect: open-redirect
  }

  async pdf({ params, request, auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const invoice = await Invoice.query().where('team_id', user.teamId).where('id', params.id).firstOrFail()
    const template = request.input('template', 'default')
    const out = app.tmpPath(`invoice-${invoice.id}.pdf`)
    const source = app.makePath('resources/invoices', `${invoice.id}.html`)

    await execFileAsync('wkhtmltopdf', ['--quiet', source, out]) // ok: command-injection
    if (template !== 'default') {
      await execAsync(`wkhtmltopdf --quiet --user-style-sheet resources/styles/${template}.css ${source} ${out}`) // expect: command-injection
    }
    logger.info({ invoiceId: invoice.id, template }, 'invoice pdf rendered') // ok: log-injection
    return response.download(out) // ok: path-traversal
  }

  async attachment({ params, auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    await Invoice.query().where('team_id', user.teamId).where('id', params.id).firstOrFail()
    return response.download(app.makePath('storage/attachments', params.id, params.file)) // expect: path-traversal
  }
}
