import express, { type Request, type Response } from 'express'
import { requireAdmin } from '../middleware/auth'
import { users } from '../db/users'
import { logger } from '../logger'

export const admin = express.Router()
admin.use(requireAdmin)

admin.get('/users', async (req: Request, res: Response) => {
  const page = Math.max(Number(req.query.page) || 1, 1)
  const list = await users.list({ page, pageSize: 50 })
  res.json(list)
})

admin.post('/users/:id/disable', async (req: Request, res: Response) => {
  await users.disable(req.params.id)
  logger.info({ admin: req.user!.id, target: req.params.id }, 'user disabled')
  res.status(204).end()
})
