// corpus: path=app/api/webhooks/payments/route.ts
import { createHmac, timingSafeEqual } from 'node:crypto'
import { NextResponse, type NextRequest } from 'next/server'
import { markInvoicePaid } from '@/lib/billing'

export async function POST(request: NextRequest) {
  const body = await request.text()
  const signature = Buffer.from(request.headers.get('x-payments-signature') ?? '', 'hex')
  const expected = createHmac('sha256', process.env.PAYMENTS_WEBHOOK_SECRET!).update(body).digest()
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) { // ok: timing-unsafe-comparison
    return NextResponse.json({ error: 'bad signature' }, { status: 401 })
  }
  const event = JSON.parse(body) as { type: string; invoiceId: string }
  if (event.type === 'invoice.paid') await markInvoicePaid(event.invoiceId)
  return NextResponse.json({ received: true })
}
