import { Injectable, NotFoundException } from '@nestjs/common'
import { PrismaService } from '../prisma/prisma.service'
import { promises as fs } from 'node:fs'
import path from 'node:path'

const INVOICE_DIR = process.env.INVOICE_DIR ?? '/var/lib/app/invoices'

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

  async get(id: string, customerId: string) {
    const invoice = await this.prisma.invoice.findFirst({ where: { id, customerId } })
    if (!invoice) throw new NotFoundException()
    return invoice
  }

  async readPdf(invoiceId: string) {
    const file = path.join(INVOICE_DIR, `${invoiceId}.pdf`)
    return fs.readFile(file)
  }
}
