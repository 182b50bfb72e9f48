// corpus: path=src/webhooks/audit.ts
import type { Request, Response } from 'express'
import { logger } from '../logger'

type Handler = (source: string) => void

const KNOWN_SOURCES = new Set(['stripe', 'github', 'shopify'])

function onEachSource(req: Request, handle: Handler) {
  for (const source of String(req.query.sources ?? '').split(',')) {
    if (KNOWN_SOURCES.has(source)) handle(source)
  }
}

export function auditWebhook(req: Request, res: Response) {
  onEachSource(req, (source) => {
    logger.warn('webhook received from ' + source) // ok: log-injection
  })
  res.sendStatus(202)
}
