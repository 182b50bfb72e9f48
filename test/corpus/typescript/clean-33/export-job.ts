// corpus: path=src/jobs/export-invoices.ts
import { and, eq, gte } from 'drizzle-orm'
import { db } from '../db'
import { exports, invoices } from '../db/schema'
import { putObject, presign } from '../storage'
import { sendMail } from '../mail'
import { logger } from '../logger'

const HEADER = ['number', 'issued_at', 'customer', 'amount', 'currency', 'status'] as const

function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export async function exportInvoices(exportId: string): Promise<void> {
  const job = await db.query.exports.findFirst({ where: eq(exports.id, exportId), with: { requestedBy: true } })
  if (!job) {
    logger.warn({ exportId }, 'export request vanished')
    return
  }
  const rows = await db
    .select({
      number: invoices.number,
      issuedAt: invoices.issuedAt,
      customer: invoices.customerName,
      amount: invoices.amountCents,
      currency: invoices.currency,
      status: invoices.status,
    })
    .from(invoices)
    .where(and(eq(invoices.workspaceId, job.workspaceId), gte(invoices.issuedAt, job.since)))
    .orderBy(invoices.issuedAt)

  const lines = [HEADER.join(',')]
  for (const r of rows) {
    lines.push([r.number, r.issuedAt.toISOString(), r.customer, (r.amount / 100).toFixed(2), r.currency, r.status].map(csvField).join(','))
  }
  const key = `exports/${job.workspaceId}/${job.id}.csv`
  await putObject(key, lines.join('\n'), 'text/csv; charset=utf-8')
  const url = await presign(key, { expiresIn: 24 * 3600, downloadName: 'invoices.csv' })

  await db.update(exports).set({ status: 'done', rowCount: rows.length, objectKey: key, finishedAt: new Date() }).where(eq(exports.id, job.id))
  await sendMail({ to: job.requestedBy.email, template: 'export-ready', data: { name: job.requestedBy.name, url, rows: rows.length } })
  logger.info({ exportId, rows: rows.length }, 'invoice export finished')
}
