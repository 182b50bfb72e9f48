// corpus: path=app/Controllers/Http/InvoiceController.js
'use strict'

const Database = use('Database')
const Helpers = use('Helpers')
const Invoice = use('App/Models/Invoice')
const Logger = use('Logger')
const path = require('path')
const fs = require('fs')
const { spawn } = require('child_process')

const STATUSES = ['draft', 'sent', 'paid', 'void']

class InvoiceController {
  async index({ request, auth }) {
    const status = request.input('status', 'sent')
    const sort = request.input('sort', 'issued_at')
    return Database.raw(`select id, number, total from invoices where account_id = ? and status = '${status}' order by ${sort} desc`, [auth.user.account_id]) // expect: sql-injection
  }

  async byStatus({ request, auth }) {
    const status = STATUSES.includes(request.input('status')) ? request.input('status') : 'sent'
    return Database.table('invoices').where({ account_id: auth.user.account_id, status }).orderBy('issued_at', 'desc') // ok: sql-injection
  }

  async totals({ request, auth }) {
    const year = parseInt(request.input('year'), 10) || new Date().getFullYear()
    return Database.raw('select date_trunc(?, issued_at) as period, sum(total) from invoices where account_id = ? and extract(year from issued_at) = ? group by 1', ['month', auth.user.account_id, year]) // ok: sql-injection
  }

  async store({ request, auth, response }) {
    const invoice = await Invoice.create({ ...request.all(), account_id: auth.user.account_id }) // expect: mass-assignment
    return response.created(invoice)
  }

  async update({ params, request, auth, response }) {
    const invoice = await Invoice.query().where({ id: params.id, account_id: auth.user.account_id }).firstOrFail()
    invoice.merge(request.only(['due_at', 'notes', 'po_number'])) // ok: mass-assignment
    await invoice.save()
    return response.ok(invoice)
  }

  async pdf({ params, request, response }) {
    const template = request.input('template', 'default')
    const file = Helpers.resourcesPath(`invoice-templates/${template}.html`)
    const html = fs.readFileSync(file, 'utf8') // expect: path-traversal
    const invoice = await Invoice.findOrFail(params.id)
    const out = Helpers.tmpPath(`invoice-${invoice.id}.pdf`)
    await new Promise((resolve, reject) => {
      const proc = spawn('wkhtmltopdf', ['-', out]) // ok: command-injection
      proc.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`wkhtmltopdf exited ${code}`))))
      proc.stdin.end(html.replace('{{number}}', invoice.number))
    })
    return response.download(out)
  }

  async attachment({ params, response }) {
    const invoice = await Invoice.findOrFail(params.id)
    return response.attachment(Helpers.appRoot(`storage/attachments/${params.name}`), `${invoice.number}-${params.name}`) // expect: path-traversal
  }

  async receipt({ params, response }) {
    const invoice = await Invoice.findOrFail(params.id)
    return response.download(Helpers.appRoot(path.join('storage/receipts', `${Number(invoice.id)}.pdf`))) // ok: path-traversal
  }

  async remind({ params, request, response }) {
    const invoice = await Invoice.findOrFail(params.id)
    Logger.info('reminder requested for invoice %s by %s', invoice.number, request.header('x-forwarded-for'))
    const note = request.input('note', '')
    Logger.info(`reminder note: ${note}`) // expect: log-injection
    return response.noContent()
  }

  async back({ request, response }) {
    return response.redirect(request.input('redirect_to', '/invoices')) // expect: open-redirect
  }

  async preview({ params, request, response }) {
    const invoice = await Invoice.findOrFail(params.id)
    const heading = request.input('heading', 'Invoice')
    return response.send(`<html><body><h2>${heading}</h2><p>${invoice.number}</p></body></html>`) // expect: xss
  }
}

module.exports = InvoiceController
