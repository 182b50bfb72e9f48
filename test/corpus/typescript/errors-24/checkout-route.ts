// corpus: path=app/api/checkout/route.ts
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { createCheckoutSession } from '@/lib/billing'
import { logger } from '@/lib/logger'

const CheckoutSchema = z.object({ priceId: z.string().min(1), quantity: z.number().int().positive() })

export async function POST(request: Request) {
  const parsed = CheckoutSchema.safeParse(await request.json())
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 })  // ok: error-exposure
  }
  try {
    const session = await createCheckoutSession(parsed.data.priceId, parsed.data.quantity)
    return NextResponse.json({ url: session.url })
  } catch (error) {
    logger.error({ err: error }, 'checkout failed')
    return NextResponse.json({ error: 'Checkout failed', stack: (error as Error).stack }, { status: 500 })  // expect: error-exposure
  }
}

export async function GET() {
  try {
    const prices = await fetch(`${process.env.BILLING_URL}/prices`).then((r) => r.json())
    return NextResponse.json(prices)
  } catch (error) {
    console.error('price list failed', error)  // ok: error-exposure
    const message = error instanceof Error ? error.message : 'Unknown error'
    return NextResponse.json({ error: 'Prices unavailable', reason: message }, { status: 502 })  // ok: error-exposure
  }
}
