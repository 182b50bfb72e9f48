import { Router, type Request, type Response } from 'express'
import { AppDataSource } from '../data-source'
import { Share } from '../entities/Share'
import { requireAuth } from '../middleware/auth'

const shares = AppDataSource.getRepository(Share)
export const shareRouter = Router()

shareRouter.get('/shares/:id', requireAuth, async (req: Request, res: Response) => {
  const share = await shares.findOne({ where: { id: req.params.id }, relations: { file: true } }) // expect: missing-authorization
  if (!share) return res.sendStatus(404)
  res.json(share)
})

shareRouter.delete('/shares/:id', requireAuth, async (req: Request, res: Response) => {
  const result = await shares.softDelete({ id: req.params.id, ownerId: req.user!.id }) // ok: missing-authorization
  res.sendStatus(result.affected ? 204 : 404)
})

shareRouter.post('/shares/:id/revoke-all', requireAuth, async (req: Request, res: Response) => {
  await shares.update({ id: req.params.id }, { revokedAt: new Date(), revokedBy: req.user!.id }) // expect: missing-authorization
  res.sendStatus(204)
})

shareRouter.get('/shares', requireAuth, async (req: Request, res: Response) => {
  const rows = await shares.find({ where: { ownerId: req.user!.id }, order: { createdAt: 'DESC' }, take: 100 }) // ok: missing-authorization
  res.json(rows)
})
