// corpus: path=src/workers/invoice-pdf.worker.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'bullmq'
import { renderInvoicePdf } from '../invoices/pdf'
import { uploadToBucket } from '../storage'

export const invoicePdfWorker = new Worker<{ invoiceId: string }>('invoice-pdf', async (job) => {
  const pdf = await renderInvoicePdf(job.data.invoiceId)
  const dir = await mkdtemp(join(tmpdir(), 'invoice-'))
  const file = join(dir, 'invoice.pdf')
  await writeFile(file, pdf) // ok: insecure-temp-file
  await uploadToBucket(file, `invoices/${job.data.invoiceId}.pdf`)
  await rm(dir, { recursive: true, force: true })
})
