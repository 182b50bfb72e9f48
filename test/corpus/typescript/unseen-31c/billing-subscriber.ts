// corpus: path=services/billing/src/subscriber.ts
// NATS subscriber for the billing service. `billing.refund.requested` and
// `billing.invoice.render` are published by the public API gateway, which copies the customer's
// request body into the message unchanged (see gateway/src/routes/billing.ts), so a message's
// payload is what the customer sent. `billing.ledger.closed` comes from the ledger cron, inside.

import { connect, JSONCodec, type Msg, type NatsConnection } from 'nats'
import { Pool } from 'pg'
import Handlebars from 'handlebars'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

interface RefundRequest {
  invoiceId: string
  reason: string
  amountCents: number
  customerNote?: string
}

interface RenderRequest {
  invoiceId: string
  locale: string
  footer?: string
}

const jc = JSONCodec()
const pool = new Pool({ connectionString: process.env.BILLING_DB_URL })
const TEMPLATE_DIR = path.resolve('templates/invoices')
const LOCALES = new Set(['en', 'de', 'fr', 'es'])

const RefundSchema = z.object({
  invoiceId: z.string().uuid(),
  reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']),
  amountCents: z.number().int().positive(),
  customerNote: z.string().max(500).optional(),
})

async function onRefund(msg: Msg): Promise<void> {
  const req = jc.decode(msg.data) as RefundRequest
  await pool.query( // expect: sql-injection
    `INSERT INTO refund_requests (invoice_id, reason, amount_cents, note) VALUES ('${req.invoiceId}', '${req.reason}', ${req.amountCents}, $1)`,
    [req.customerNote ?? null],
  )
  msg.respond(jc.encode({ accepted: true }))
}

async function onRefundValidated(msg: Msg): Promise<void> {
  const req = RefundSchema.parse(jc.decode(msg.data))
  await pool.query( // ok: sql-injection
    'INSERT INTO refund_requests (invoice_id, reason, amount_cents, note) VALUES ($1, $2, $3, $4)',
    [req.invoiceId, req.reason, req.amountCents, req.customerNote ?? null],
  )
  msg.respond(jc.encode({ accepted: true }))
}

async function onRender(msg: Msg): Promise<void> {
  const req = jc.decode(msg.data) as RenderRequest
  const source = await readFile(path.join(TEMPLATE_DIR, `${req.locale}.hbs`), 'utf8') // expect: path-traversal
  const footer = Handlebars.compile(req.footer ?? '') // expect: template-injection
  const html = Handlebars.compile(source)({ invoiceId: req.invoiceId, footer: footer({}) })
  await writeFile(path.join('/srv/invoices', `${req.invoiceId}.html`), html) // expect: path-traversal
  msg.respond(jc.encode({ rendered: true }))
}

async function onRenderChecked(msg: Msg): Promise<void> {
  const req = jc.decode(msg.data) as RenderRequest
  const locale = LOCALES.has(req.locale) ? req.locale : 'en'
  const source = await readFile(path.join(TEMPLATE_DIR, `${locale}.hbs`), 'utf8') // ok: path-traversal
  const html = Handlebars.compile(source)({ invoiceId: req.invoiceId, footer: req.footer ?? '' }) // ok: template-injection
  const { rows } = await pool.query('SELECT id FROM invoices WHERE id = $1', [req.invoiceId])
  if (rows.length === 0) return msg.respond(jc.encode({ rendered: false }))
  await writeFile(path.join('/srv/invoices', `${rows[0].id}.html`), html) // ok: path-traversal
  msg.respond(jc.encode({ rendered: true }))
}

async function onLedgerClosed(msg: Msg): Promise<void> {
  const { period } = jc.decode(msg.data) as { period: string }
  await pool.query('UPDATE invoices SET locked = true WHERE period = $1', [period])
}

async function serve(nc: NatsConnection, subject: string, handle: (msg: Msg) => Promise<void>): Promise<void> {
  const sub = nc.subscribe(subject, { queue: 'billing' })
  for await (const msg of sub) {
    try {
      await handle(msg)
    } catch (err) {
      console.error(`handler for ${subject} failed`, err)
      if (msg.reply) msg.respond(jc.encode({ error: 'internal' }))
    }
  }
}

export async function main(): Promise<void> {
  const nc = await connect({ servers: process.env.NATS_URL, name: 'billing' })
  await Promise.all([
    serve(nc, 'billing.refund.requested', onRefund),
    serve(nc, 'billing.refund.requested.v2', onRefundValidated),
    serve(nc, 'billing.invoice.render', onRender),
    serve(nc, 'billing.invoice.render.v2', onRenderChecked),
    serve(nc, 'billing.ledger.closed', onLedgerClosed),
  ])
  await nc.drain()
}
