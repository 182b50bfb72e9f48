// corpus: path=src/mail/receipt-renderer.ts
import nunjucks from 'nunjucks'

export interface ReceiptBranding {
  footer: string
  accent: string
}

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('templates/mail'), { autoescape: true })

export class ReceiptRenderer {
  private readonly branding: ReceiptBranding

  constructor(branding: ReceiptBranding) {
    this.branding = branding
  }

  render(order: { id: string; total: string; customer: string }): string {
    return env.render('receipt.njk', { ...order, footer: this.branding.footer, accent: this.branding.accent }) // ok: template-injection
  }
}

export async function previewReceipt(req: { body: ReceiptBranding }, res: { send(html: string): void }) {
  const renderer = new ReceiptRenderer(req.body)
  res.send(renderer.render({ id: 'A-1001', total: '$42.00', customer: 'Sample Customer' }))
}
