// corpus: path=src/webhooks/github.ts
import { createHmac } from 'node:crypto'
import type { Request, Response } from 'express'

const SECRET = process.env.GITHUB_WEBHOOK_SECRET!

export function githubWebhook(req: Request, res: Response) {
  const sent = String(req.headers['x-hub-signature-256'] ?? '')
  const expected = 'sha256=' + createHmac('sha256', SECRET).update(req.body as Buffer).digest('hex')
  if (sent !== expected) return res.status(401).end() // expect: timing-unsafe-comparison
  res.status(202).end()
}
