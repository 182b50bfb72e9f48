// corpus: path=src/invoices/pdf.service.ts
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Injectable } from '@nestjs/common'
import { renderInvoicePdf } from './render'

@Injectable()
export class InvoicePdfService {
  async export(invoiceId: string): Promise<Buffer> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'invoice-'))
    const file = path.join(dir, 'invoice.pdf')
    await fs.writeFile(file, await renderInvoicePdf(invoiceId)) // ok: insecure-temp-file
    try {
      return await fs.readFile(file)
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  }
}
