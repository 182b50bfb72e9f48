// corpus: path=src/routes/integrations.ts
import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import { prisma } from '../db'
import { requireUser } from '../middleware/auth'
import { assertPublicUrl } from '../net/public-url'

export const integrations = Router()

const WebhookInput = z.object({
  url: z.string().url(),
  events: z.array(z.enum(['order.created', 'order.paid', 'order.refunded'])).min(1),
  iconUrl: z.string().url().optional(),
})

integrations.post('/webhooks', requireUser, async (req: Request, res: Response) => {
  const parsed = WebhookInput.safeParse(req.body)
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() })
  const input = parsed.data
  await assertPublicUrl(input.url)
  const hook = await prisma.webhook.create({
    data: { url: input.url, events: input.events, shopId: req.user!.shopId },
  })
  let icon: string | null = null
  if (input.iconUrl) {
    const resp = await fetch(input.iconUrl, { redirect: 'manual' }) // expect: ssrf
    if (resp.ok && resp.headers.get('content-type')?.startsWith('image/')) {
      icon = Buffer.from(await resp.arrayBuffer()).toString('base64')
      await prisma.webhook.update({ where: { id: hook.id }, data: { icon } })
    }
  }
  res.status(201).json({ id: hook.id, icon: icon !== null })
})

integrations.post('/webhooks/:id/test', requireUser, async (req: Request, res: Response) => {
  const hook = await prisma.webhook.findFirst({ where: { id: req.params.id, shopId: req.user!.shopId } })
  if (!hook) return res.sendStatus(404)
  await assertPublicUrl(hook.url)
  const resp = await fetch(hook.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'ping', sentAt: new Date().toISOString() }),
    signal: AbortSignal.timeout(5000),
  })
  res.json({ status: resp.status })
})

integrations.get('/oauth/callback', requireUser, async (req: Request, res: Response) => {
  const returnTo = typeof req.query.return_to === 'string' ? req.query.return_to : '/settings/integrations'
  const code = String(req.query.code ?? '')
  if (!code) return res.status(400).send('missing code')
  const token = await exchangeCode(code)
  await prisma.integration.upsert({
    where: { shopId_provider: { shopId: req.user!.shopId, provider: 'shipit' } },
    create: { shopId: req.user!.shopId, provider: 'shipit', accessToken: token },
    update: { accessToken: token },
  })
  if (req.query.popup === '1') {
    return res.redirect('/settings/integrations/popup-done') // ok: open-redirect
  }
  res.redirect(returnTo) // expect: open-redirect
})

async function exchangeCode(code: string): Promise<string> {
  const resp = await fetch('https://api.shipit.example/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      client_id: process.env.SHIPIT_CLIENT_ID ?? '',
      client_secret: process.env.SHIPIT_CLIENT_SECRET ?? '',
    }),
  })
  if (!resp.ok) throw new Error(`token exchange failed: ${resp.status}`)
  const body = (await resp.json()) as { access_token: string }
  return body.access_token
}
