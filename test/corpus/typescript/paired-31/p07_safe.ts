// corpus: path=src/pdf/render.ts
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export async function renderInvoicePdf(invoiceId: number, html: string): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'invoice-'))
  const source = path.join(dir, 'invoice.html')
  const target = path.join(dir, 'invoice.pdf')
  await writeFile(source, html) // ok: insecure-temp-file
  await run('wkhtmltopdf', ['--quiet', source, target])
  const pdf = await readFile(target)
  await rm(dir, { recursive: true, force: true })
  return pdf
}
