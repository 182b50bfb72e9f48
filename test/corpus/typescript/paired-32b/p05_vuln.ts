// corpus: path=src/invoices/pdf.service.ts
import { promises as fs } from 'node:fs'
import { Injectable } from '@nestjs/common'
import { renderInvoicePdf } from './render'

@Injectable()
export class InvoicePdfService {
  async export(invoiceId: string): Promise<Buffer> {
    const file = `/tmp/invoice-${invoiceId}.pdf`
    await fs.writeFile(file, await renderInvoicePdf(invoiceId)) // expect: insecure-temp-file
    try {
      return await fs.readFile(file)
    } finally {
      await fs.unlink(file)
    }
  }
}
