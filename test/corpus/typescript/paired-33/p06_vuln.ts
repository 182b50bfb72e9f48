// corpus: path=src/mail/receipt-renderer.ts
import nunjucks from 'nunjucks'

export interface ReceiptBranding {
  footer: string
  accent: string
}

export class ReceiptRenderer {
  private readonly footer: string

  constructor(branding: ReceiptBranding) {
    this.footer = `<footer style="color: ${branding.accent}">${branding.footer}</footer>`
  }

  render(order: { id: string; total: string; customer: string }): string {
    return nunjucks.renderString(`<p>Thanks {{ customer }}, order {{ id }} came to {{ total }}.</p>${this.footer}`, order) // expect: template-injection
  }
}

export async function previewReceipt(req: { body: ReceiptBranding }, res: { send(html: string): void }) {
  const renderer = new ReceiptRenderer(req.body)
  res.send(renderer.render({ id: 'A-1001', total: '$42.00', customer: 'Sample Customer' }))
}
