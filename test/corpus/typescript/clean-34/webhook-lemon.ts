// corpus: path=src/routes/webhooks/lemonsqueezy/+server.ts
import crypto from 'node:crypto'
import { json, type RequestHandler } from '@sveltejs/kit'
import { env } from '$env/dynamic/private'
import { db } from '$lib/server/db'
import { subscriptions, webhookEvents } from '$lib/server/schema'
import { eq } from 'drizzle-orm'

function validSignature(raw: string, signature: string | null): boolean {
  if (!signature) return false
  const digest = crypto.createHmac('sha256', env.LEMON_WEBHOOK_SECRET).update(raw).digest()
  const given = Buffer.from(signature, 'hex')
  return given.length === digest.length && crypto.timingSafeEqual(given, digest)
}

export const POST: RequestHandler = async ({ request }) => {
  const raw = await request.text()
  if (!validSignature(raw, request.headers.get('x-signature'))) {
    return json({ error: 'bad signature' }, { status: 401 })
  }
  const payload = JSON.parse(raw) as {
    meta: { event_name: string; webhook_id: string; custom_data?: { account_id?: string } }
    data: { id: string; attributes: { status: string; renews_at: string | null; variant_id: number } }
  }

  const inserted = await db.insert(webhookEvents).values({ id: payload.meta.webhook_id, name: payload.meta.event_name }).onConflictDoNothing().returning()
  if (inserted.length === 0) return json({ duplicate: true })

  const accountId = payload.meta.custom_data?.account_id
  if (!accountId) return json({ ignored: true })

  switch (payload.meta.event_name) {
    case 'subscription_created':
    case 'subscription_updated':
      await db
        .insert(subscriptions)
        .values({ id: payload.data.id, accountId, status: payload.data.attributes.status, variantId: payload.data.attributes.variant_id, renewsAt: payload.data.attributes.renews_at })
        .onConflictDoUpdate({ target: subscriptions.id, set: { status: payload.data.attributes.status, renewsAt: payload.data.attributes.renews_at } })
      break
    case 'subscription_expired':
      await db.update(subscriptions).set({ status: 'expired' }).where(eq(subscriptions.id, payload.data.id))
      break
  }
  return json({ received: true })
}
