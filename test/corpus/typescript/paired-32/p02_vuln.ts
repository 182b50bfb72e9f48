// corpus: path=src/routes/delegation.ts
import { Router, type Request, type Response } from 'express'
import { requireLogin } from '../middleware/auth'

const router = Router()

function actOnBehalfOf(req: Request, ownerId: string) {
  req.session.actingAs = ownerId // expect: trust-boundary
  req.session.delegateId = req.session.userId
}

router.post('/delegation/switch', requireLogin, async (req: Request, res: Response) => {
  actOnBehalfOf(req, req.body.ownerId)
  res.redirect('/inbox')
})

export default router
