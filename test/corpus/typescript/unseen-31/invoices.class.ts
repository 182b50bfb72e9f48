// corpus: path=src/services/invoices/invoices.class.ts
import type { Params } from '@feathersjs/feathers'
import { KnexService } from '@feathersjs/knex'
import type { KnexAdapterParams, KnexAdapterOptions } from '@feathersjs/knex'
import { BadRequest } from '@feathersjs/errors'
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'

import type { Application } from '../../declarations'
import type { Invoice, InvoiceData, InvoicePatch, InvoiceQuery } from './invoices.schema'

export type { Invoice, InvoiceData, InvoicePatch, InvoiceQuery }

export interface InvoiceParams extends KnexAdapterParams<InvoiceQuery> {}

const PDF_DIR = '/var/lib/billing/pdf'

export class InvoiceService<ServiceParams extends Params = InvoiceParams> extends KnexService<
  Invoice,
  InvoiceData,
  InvoiceParams,
  InvoicePatch
> {
  async totals(params: InvoiceParams) {
    const groupBy = (params.query as any)?.groupBy ?? 'customer_id'
    const result = await this.Model.raw(`select ${groupBy} as key, sum(amount_cents) as total from invoices group by ${groupBy}`) // expect: sql-injection
    return result.rows
  }

  async overdue(params: InvoiceParams) {
    const days = Number((params.query as any)?.days ?? 30)
    const result = await this.Model.raw("select id, customer_id from invoices where due_at < now() - (? * interval '1 day') and paid_at is null", [days]) // ok: sql-injection
    return result.rows
  }

  async render(data: { id: number; locale: string }, params: InvoiceParams) {
    const invoice = await this.get(data.id, params)
    const out = join(PDF_DIR, `${invoice.id}.pdf`)
    await new Promise<void>((resolve, reject) => {
      const proc = spawn('typst', ['compile', '--input', `locale=${data.locale}`, 'invoice.typ', out], { cwd: '/opt/billing/templates' }) // ok: command-injection
      proc.on('exit', (code) => (code === 0 ? resolve() : reject(new BadRequest('render failed'))))
    })
    return { file: out }
  }

  async extract(data: { id: number; pages: string }, params: InvoiceParams) {
    const invoice = await this.get(data.id, params)
    const file = join(PDF_DIR, `${invoice.id}.pdf`)
    const proc = spawn(`qpdf ${file} --pages ${file} ${data.pages} -- ${file}.part && cat ${file}.part`, { shell: true }) // expect: command-injection
    proc.stdout.pipe(createWriteStream(`${file}.log`))
    return { extracted: true }
  }

  async notes(id: number, params: InvoiceParams) {
    const filter = (params.query as any)?.filter ?? ''
    return this.Model('invoice_notes').where('invoice_id', id).whereRaw(`body like '%${filter}%'`) // expect: sql-injection
  }
}

export const getOptions = (app: Application): KnexAdapterOptions => ({
  paginate: app.get('paginate'),
  Model: app.get('postgresqlClient'),
  name: 'invoices',
})
