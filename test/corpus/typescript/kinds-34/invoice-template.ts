// corpus: path=src/invoices/custom-template.ts
import nunjucks from 'nunjucks'
import * as Sqrl from 'squirrelly'
import type { Request, Response } from 'express'
import { getInvoice } from './repository'

const env = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: false })
env.addFilter('money', (cents: number) => (cents / 100).toFixed(2))

const DEFAULT_TEMPLATE = `<h1>Invoice {{ invoice.number }}</h1>
<p>Dear {{ customer.name }},</p>
<p>Amount due: {{ invoice.total | money }} {{ invoice.currency }}</p>`

async function renderInvoice(source: string, invoiceId: string): Promise<string> {
  const invoice = await getInvoice(invoiceId)
  const compiled = nunjucks.compile(source, env) // expect: template-injection
  return compiled.render({ invoice, customer: invoice.customer })
}

export async function previewInvoiceTemplate(req: Request, res: Response) {
  const html = await renderInvoice(req.body.template || DEFAULT_TEMPLATE, req.params.invoiceId)
  res.json({ html })
}

export async function previewDefault(req: Request, res: Response) {
  const invoice = await getInvoice(req.params.invoiceId)
  res.json({ html: env.renderString(DEFAULT_TEMPLATE, { invoice, customer: invoice.customer }) }) // ok: template-injection
}

export async function previewSaved(req: Request, res: Response) {
  const invoice = await getInvoice(req.params.invoiceId)
  const tpl = env.getTemplate(`invoices/${invoice.locale === 'de' ? 'de' : 'en'}.njk`) // ok: template-injection
  res.json({ html: tpl.render({ invoice, customer: invoice.customer }) })
}

export async function previewReminder(req: Request, res: Response) {
  const invoice = await getInvoice(req.params.invoiceId)
  const { reminderText } = req.body as { reminderText: string }
  res.json({ html: Sqrl.render(reminderText, { invoice, customer: invoice.customer }) }) // expect: template-injection
}
