// corpus: path=src/controllers/invoices.ts
import type { Request, Response } from 'express'
import { Router } from 'express'
import escapeHtml from 'escape-html'
import { invoices } from '../db'

export const invoiceRoutes = Router()

function renderInvoiceNotFound(res: Response, reference: string): void {
  res.status(404).send(`<section class="empty"><h2>Invoice ${reference} was not found</h2></section>`) // expect: xss
}

function renderInvoice(res: Response, invoice: { reference: string; total: number; customer: string }): void {
  res.send(`<section><h2>Invoice ${escapeHtml(invoice.reference)}</h2><p>${escapeHtml(invoice.customer)}: ${invoice.total.toFixed(2)}</p></section>`) // ok: xss
}

function renderTemplate(res: Response, view: string, locals: Record<string, unknown>): void {
  res.render(view, locals) // expect: path-traversal
}

const VIEWS = new Set(['summary', 'detailed', 'print'])

function renderKnownTemplate(res: Response, view: string, locals: Record<string, unknown>): void {
  res.render(VIEWS.has(view) ? `invoices/${view}` : 'invoices/summary', locals) // ok: path-traversal
}

invoiceRoutes.get('/invoices/:reference', async (req: Request, res: Response) => {
  const invoice = await invoices.byReference(req.params.reference)
  if (!invoice) return renderInvoiceNotFound(res, req.params.reference)
  renderInvoice(res, invoice)
})

invoiceRoutes.get('/invoices/:reference/view', async (req: Request, res: Response) => {
  const invoice = await invoices.byReference(req.params.reference)
  if (!invoice) return res.sendStatus(404)
  renderTemplate(res, String(req.query.layout ?? 'invoices/summary'), { invoice })
})

invoiceRoutes.get('/invoices/:reference/print', async (req: Request, res: Response) => {
  const invoice = await invoices.byReference(req.params.reference)
  if (!invoice) return res.sendStatus(404)
  renderKnownTemplate(res, String(req.query.layout ?? 'summary'), { invoice })
})
