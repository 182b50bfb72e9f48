// corpus: path=src/webhooks/github.ts
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Request, Response } from 'express'

const SECRET = process.env.GITHUB_WEBHOOK_SECRET!

export function githubWebhook(req: Request, res: Response) {
  const sent = Buffer.from(String(req.headers['x-hub-signature-256'] ?? ''))
  const expected = Buffer.from('sha256=' + createHmac('sha256', SECRET).update(req.body as Buffer).digest('hex'))
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) return res.status(401).end() // ok: timing-unsafe-comparison
  res.status(202).end()
}
