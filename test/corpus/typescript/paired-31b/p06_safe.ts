// corpus: path=src/integrations/signature.ts
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Request, Response, NextFunction } from 'express'

export class SignatureGuard {
  constructor(private readonly secret: string) {}

  check = (req: Request, res: Response, next: NextFunction) => {
    const expected = createHmac('sha256', this.secret).update(req.rawBody as Buffer).digest()
    const given = Buffer.from(req.get('x-signature') ?? '', 'hex')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) { // ok: timing-unsafe-comparison
      return res.status(401).end()
    }
    next()
  }
}
