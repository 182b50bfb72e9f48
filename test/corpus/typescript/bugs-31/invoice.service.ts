// corpus: path=src/billing/invoice.service.ts
import { Injectable, Logger } from '@nestjs/common'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { InvoiceRepository } from './invoice.repository'
import { MailerService } from '../mailer/mailer.service'
import { PdfRenderer } from './pdf-renderer'
import type { Invoice, LineItem } from './invoice.entity'

const TEMPLATE_DIR = join(__dirname, 'templates')
const FOOTER = readFileSync(join(TEMPLATE_DIR, 'footer.html'), 'utf8') // ok: blocking-in-async

@Injectable()
export class InvoiceService {
  private readonly log = new Logger(InvoiceService.name)

  constructor(
    private readonly invoices: InvoiceRepository,
    private readonly mailer: MailerService,
    private readonly pdf: PdfRenderer,
  ) {}

  async render(invoice: Invoice): Promise<Buffer> {
    const template = readFileSync(join(TEMPLATE_DIR, 'invoice.html'), 'utf8') // expect: blocking-in-async
    return this.pdf.render(template + FOOTER, invoice)
  }

  async renderV2(invoice: Invoice): Promise<Buffer> {
    const template = await readFile(join(TEMPLATE_DIR, 'invoice.html'), 'utf8')
    return this.pdf.render(template + FOOTER, invoice)
  }

  async sendBatch(ids: string[]): Promise<void> {
    const invoices = await this.invoices.findByIds(ids)
    invoices.forEach(async (invoice) => { // expect: async-in-loop-callback
      const pdf = await this.render(invoice)
      await this.mailer.send(invoice.customerEmail, 'Your invoice', pdf)
    })
    this.log.log(`queued ${invoices.length} invoices`)
  }

  async sendBatchV2(ids: string[]): Promise<void> {
    const invoices = await this.invoices.findByIds(ids)
    for (const invoice of invoices) {
      const pdf = await this.renderV2(invoice)
      await this.mailer.send(invoice.customerEmail, 'Your invoice', pdf)
    }
    this.log.log(`sent ${invoices.length} invoices`)
  }

  async hasDisputedLine(invoice: Invoice): Promise<boolean> {
    return invoice.lines.some(async (line: LineItem) => this.invoices.isDisputed(line.id)) // expect: async-in-loop-callback
  }

  async hasDisputedLineV2(invoice: Invoice): Promise<boolean> {
    const flags = await Promise.all(invoice.lines.map((line) => this.invoices.isDisputed(line.id)))
    return flags.some(Boolean)
  }

  markViewed(id: string): void {
    this.invoices.update(id, { viewedAt: new Date() }).then(() => this.log.debug(`invoice ${id} viewed`)) // expect: unhandled-promise
  }

  markViewedV2(id: string): Promise<void> {
    return this.invoices.update(id, { viewedAt: new Date() }).then(() => this.log.debug(`invoice ${id} viewed`)) // ok: unhandled-promise
  }

  removeZeroLines(invoice: Invoice): Invoice {
    for (const line of invoice.lines) {
      if (line.amountCents === 0) invoice.lines.splice(invoice.lines.indexOf(line), 1) // expect: mutate-while-iterating
    }
    return invoice
  }

  removeZeroLinesV2(invoice: Invoice): Invoice {
    return { ...invoice, lines: invoice.lines.filter((line) => line.amountCents !== 0) }
  }
}
