// corpus: path=src/services/webhook-test.ts
import type { Request, Response } from 'express'

const ALLOWED_SUFFIX = '.hooks.example.com'

export async function sendTestDelivery(req: Request, res: Response): Promise<void> {
  const endpoint = String(req.body.endpoint ?? '')
  const host = new URL(endpoint).hostname
  if (!host.endsWith('hooks.example.com')) {
    res.status(400).json({ error: 'endpoint must be on hooks.example.com' })
    return
  }
  const response = await fetch(endpoint, { method: 'POST', body: JSON.stringify({ test: true }) }) // expect: ssrf
  res.json({ status: response.status })
}

export async function sendTestDeliveryChecked(req: Request, res: Response): Promise<void> {
  const endpoint = String(req.body.endpoint ?? '')
  const url = new URL(endpoint)
  if (url.protocol !== 'https:' || !url.hostname.endsWith(ALLOWED_SUFFIX)) {
    res.status(400).json({ error: 'endpoint must be on hooks.example.com' })
    return
  }
  const response = await fetch(url, { method: 'POST', body: JSON.stringify({ test: true }) }) // ok: ssrf
  res.json({ status: response.status })
}

export async function pingStatusPage(req: Request, res: Response): Promise<void> {
  const page = String(req.query.page ?? '')
  if (!page.startsWith('https://status.example.com/')) {
    res.status(400).json({ error: 'unknown status page' })
    return
  }
  const response = await fetch(page) // ok: ssrf
  res.json({ up: response.ok })
}

export async function pingStatusPageLoose(req: Request, res: Response): Promise<void> {
  const page = String(req.query.page ?? '')
  if (!page.match(/^https?:\/\/status.example.com/)) {
    res.status(400).json({ error: 'unknown status page' })
    return
  }
  const response = await fetch(page) // expect: ssrf
  res.json({ up: response.ok })
}
