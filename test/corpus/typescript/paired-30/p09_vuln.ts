// corpus: path=src/workers/invoice-pdf.worker.ts
import { writeFile } from 'node:fs/promises'
import { Worker } from 'bullmq'
import { renderInvoicePdf } from '../invoices/pdf'
import { uploadToBucket } from '../storage'

export const invoicePdfWorker = new Worker<{ invoiceId: string }>('invoice-pdf', async (job) => {
  const pdf = await renderInvoicePdf(job.data.invoiceId)
  const file = `/tmp/invoice-${job.data.invoiceId}.pdf`
  await writeFile(file, pdf) // expect: insecure-temp-file, path-traversal
  await uploadToBucket(file, `invoices/${job.data.invoiceId}.pdf`)
})
