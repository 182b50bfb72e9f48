// corpus: path=src/routes/impersonate.ts
import { Router, type Request, type Response } from 'express'

export const support = Router()

support.post('/support/act-as', (req: Request, res: Response) => {
  req.session.actingAsUserId = req.body.userId // expect: trust-boundary
  res.redirect('/dashboard')
})
