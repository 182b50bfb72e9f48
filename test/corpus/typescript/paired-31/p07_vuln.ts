// corpus: path=src/pdf/render.ts
import { execFile } from 'node:child_process'
import { readFile, unlink, writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'

const run = promisify(execFile)

export async function renderInvoicePdf(invoiceId: number, html: string): Promise<Buffer> {
  const source = `/tmp/invoice-${invoiceId}.html`
  const target = `/tmp/invoice-${invoiceId}.pdf`
  await writeFile(source, html) // expect: insecure-temp-file
  await run('wkhtmltopdf', ['--quiet', source, target])
  const pdf = await readFile(target)
  await Promise.all([unlink(source), unlink(target)])
  return pdf
}
