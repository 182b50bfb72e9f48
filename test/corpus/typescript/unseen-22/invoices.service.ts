// corpus: path=src/billing/invoices.service.ts
import { Injectable, NotFoundException, BadRequestException } from '@nestjs/common'
import { Prisma } from '@prisma/client'
import { PrismaService } from '../prisma/prisma.service'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)

const INVOICE_DIR = process.env.INVOICE_DIR ?? '/var/lib/app/invoices'
const TEMPLATE_DIR = path.resolve(__dirname, 'templates')

export interface InvoiceFilter {
  status?: string
  minTotal?: number
  currency?: string
  orderBy?: string
}

export interface RenderRequest {
  invoiceId: string
  template: string
  locale: string
}

@Injectable()
export class InvoicesService {
  constructor(private readonly prisma: PrismaService) {}

  async listForCustomer(customerId: string) {
    return this.prisma.invoice.findMany({
      where: { customerId },
      orderBy: { issuedAt: 'desc' },
      take: 100,
    })
  }

  async search(customerId: string, filter: InvoiceFilter) {
    const clauses = [`customer_id = '${customerId}'`]
    if (filter.status) clauses.push(`status = '${filter.status}'`)
    if (filter.currency) clauses.push(`currency = '${filter.currency}'`)
    if (filter.minTotal !== undefined) clauses.push(`total_cents >= ${Number(filter.minTotal)}`)
    return this.prisma.$queryRawUnsafe(`SELECT * FROM invoices WHERE ${clauses.join(' AND ')} ORDER BY issued_at DESC`) // expect: sql-injection
  }

  async totals(customerId: string, currency: string) {
    return this.prisma.$queryRaw`SELECT sum(total_cents) AS total FROM invoices WHERE customer_id = ${customerId} AND currency = ${currency}` // ok: sql-injection
  }

  async overdue(customerIds: string[]) {
    return this.prisma.$queryRaw(Prisma.sql`SELECT id FROM invoices WHERE customer_id IN (${Prisma.join(customerIds)}) AND due_at < now()`) // ok: sql-injection
  }

  async get(id: string, customerId: string) {
    const invoice = await this.prisma.invoice.findFirst({ where: { id, customerId } })
    if (!invoice) throw new NotFoundException()
    return invoice
  }

  async readPdf(invoiceId: string) {
    const file = path.join(INVOICE_DIR, `${invoiceId}.pdf`)
    return fs.readFile(file)
  }

  async readAttachment(invoiceId: string, name: string) {
    const file = path.join(INVOICE_DIR, invoiceId, 'attachments', name)
    return fs.readFile(file) // expect: path-traversal
  }

  async readAttachmentSafely(invoiceId: string, name: string) {
    const base = path.join(INVOICE_DIR, invoiceId, 'attachments')
    const file = path.resolve(base, name)
    if (!file.startsWith(base + path.sep)) throw new BadRequestException('bad attachment name')
    return fs.readFile(file) // ok: path-traversal
  }

  async render(req: RenderRequest) {
    const invoice = await this.prisma.invoice.findUniqueOrThrow({ where: { id: req.invoiceId } })
    const html = path.join(TEMPLATE_DIR, `${path.basename(req.template)}.html`)
    const out = path.join(INVOICE_DIR, `${invoice.id}.pdf`)
    await execFileAsync('wkhtmltopdf', ['--encoding', 'utf-8', html, out]) // ok: command-injection
    await execAsync(`pdf-stamp --locale ${req.locale} ${out}`) // expect: command-injection
    return out
  }
}
