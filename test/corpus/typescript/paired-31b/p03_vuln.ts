// corpus: path=src/webhooks/audit.ts
import type { Request, Response } from 'express'
import { logger } from '../logger'

type Handler = (source: string) => void

function onEachSource(req: Request, handle: Handler) {
  for (const source of String(req.query.sources ?? '').split(',')) handle(source)
}

export function auditWebhook(req: Request, res: Response) {
  onEachSource(req, (source) => {
    logger.warn('webhook received from ' + source) // expect: log-injection
  })
  res.sendStatus(202)
}
