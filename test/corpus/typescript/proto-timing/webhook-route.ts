// corpus: path=app/api/webhooks/calendly/route.ts
import { createHmac, timingSafeEqual } from 'node:crypto'
import { NextResponse, type NextRequest } from 'next/server'
import { db } from '@/lib/db'
import { bookings } from '@/lib/db/schema'
import { eq } from 'drizzle-orm'

const SIGNING_KEY = process.env.CALENDLY_WEBHOOK_SIGNING_KEY!
const TOLERANCE_SECONDS = 180

type CalendlyEvent = {
  event: 'invitee.created' | 'invitee.canceled'
  payload: { uri: string; email: string; name: string; scheduled_event: { start_time: string } }
}

function parseSignatureHeader(header: string): { t: string; v1: string } | null {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]))
  if (!parts.t || !parts.v1) return null
  return { t: parts.t, v1: parts.v1 }
}

export async function POST(req: NextRequest) {
  const raw = await req.text()
  const header = req.headers.get('calendly-webhook-signature') ?? ''
  const sig = parseSignatureHeader(header)
  if (sig === null) return NextResponse.json({ error: 'missing signature' }, { status: 400 }) // ok: timing-unsafe-comparison
  if (Math.abs(Date.now() / 1000 - Number(sig.t)) > TOLERANCE_SECONDS) {
    return NextResponse.json({ error: 'stale' }, { status: 400 })
  }
  const expected = createHmac('sha256', SIGNING_KEY).update(`${sig.t}.${raw}`).digest('hex')
  if (expected !== sig.v1) { // expect: timing-unsafe-comparison
    return NextResponse.json({ error: 'invalid signature' }, { status: 401 })
  }
  const body = JSON.parse(raw) as CalendlyEvent
  if (body.event === 'invitee.canceled') { // ok: timing-unsafe-comparison
    await db.update(bookings).set({ status: 'canceled' }).where(eq(bookings.uri, body.payload.uri))
  } else {
    await db.insert(bookings).values({ uri: body.payload.uri, email: body.payload.email, name: body.payload.name, startsAt: body.payload.scheduled_event.start_time })
  }
  return NextResponse.json({ ok: true })
}

/** The older endpoint some accounts still point at; same scheme, kept until they migrate. */
export async function PUT(req: NextRequest) {
  const raw = await req.text()
  const sig = parseSignatureHeader(req.headers.get('calendly-webhook-signature') ?? '')
  if (!sig) return NextResponse.json({ error: 'missing signature' }, { status: 400 })
  const expected = Buffer.from(createHmac('sha256', SIGNING_KEY).update(`${sig.t}.${raw}`).digest('hex'))
  const given = Buffer.from(sig.v1)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) { // ok: timing-unsafe-comparison
    return NextResponse.json({ error: 'invalid signature' }, { status: 401 })
  }
  return NextResponse.json({ ok: true })
}
