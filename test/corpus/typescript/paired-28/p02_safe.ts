// corpus: path=src/routes/tickets.ts
import { Router, type Request, type Response } from 'express'
import { AppDataSource } from '../data-source'
import { Ticket } from '../entities/ticket.entity'

const router = Router()

router.get('/projects/:projectId/tickets', async (req: Request<{ projectId: string }, unknown, unknown, { label?: string }>, res: Response) => {
  const qb = AppDataSource.getRepository(Ticket)
    .createQueryBuilder('t')
    .where('t.projectId = :projectId', { projectId: req.params.projectId })
  if (req.query.label) {
    qb.andWhere('t.label = :label', { label: req.query.label }) // ok: sql-injection
  }
  const tickets = await qb.orderBy('t.createdAt', 'DESC').take(100).getMany()
  res.json(tickets)
})

export default router
