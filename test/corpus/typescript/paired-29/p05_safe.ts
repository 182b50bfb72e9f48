// corpus: path=src/routes/impersonate.ts
import { Router, type Request, type Response } from 'express'
import { findDelegation } from '../services/delegations'

export const support = Router()

support.post('/support/act-as', async (req: Request, res: Response) => {
  const delegation = await findDelegation(req.session.userId!, String(req.body.userId))
  if (!delegation) return res.status(403).send('Not allowed to act for this account')
  req.session.actingAsUserId = delegation.ownerId // ok: trust-boundary
  res.redirect('/dashboard')
})
