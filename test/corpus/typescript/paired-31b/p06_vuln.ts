// corpus: path=src/integrations/signature.ts
import { createHmac } from 'node:crypto'
import type { Request, Response, NextFunction } from 'express'

export class SignatureGuard {
  constructor(private readonly secret: string) {}

  check = (req: Request, res: Response, next: NextFunction) => {
    const expected = createHmac('sha256', this.secret).update(req.rawBody as Buffer).digest('hex')
    if (req.get('x-signature') !== expected) { // expect: timing-unsafe-comparison
      return res.status(401).end()
    }
    next()
  }
}
