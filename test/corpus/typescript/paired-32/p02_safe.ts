// corpus: path=src/routes/delegation.ts
import { Router, type Request, type Response } from 'express'
import { requireLogin } from '../middleware/auth'
import { prisma } from '../db'

const router = Router()

function actOnBehalfOf(req: Request, ownerId: string) {
  req.session.actingAs = ownerId // ok: trust-boundary
  req.session.delegateId = req.session.userId
}

router.post('/delegation/switch', requireLogin, async (req: Request, res: Response) => {
  const grant = await prisma.delegation.findFirst({
    where: { delegateId: req.session.userId, ownerId: String(req.body.ownerId), revokedAt: null },
    select: { ownerId: true },
  })
  if (!grant) return res.status(403).end()
  actOnBehalfOf(req, grant.ownerId)
  res.redirect('/inbox')
})

export default router
