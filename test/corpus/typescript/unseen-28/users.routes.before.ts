import { Router, type Request, type Response } from 'express'
import { QueryTypes } from 'sequelize'
import { sequelize, User } from '../models'
import { requireAuth } from '../middleware/auth'
import escape from 'escape-html'

type UserParams = { id: string }
type UpdateProfileBody = { displayName?: string; bio?: string; avatarUrl?: string }
type ListQuery = { q?: string; sort?: string; page?: string }
type CardQuery = { name?: string; color?: string }

export const users = Router()

users.get('/users', requireAuth, async (req: Request<{}, unknown, unknown, ListQuery>, res: Response) => {
  const page = Math.max(Number.parseInt(req.query.page ?? '1', 10) || 1, 1)
  const rows = await sequelize.query(
    `SELECT id, display_name FROM users WHERE display_name ILIKE :q ORDER BY created_at LIMIT 50 OFFSET :offset`,
    { replacements: { q: `%${req.query.q ?? ''}%`, offset: (page - 1) * 50 }, type: QueryTypes.SELECT },
  )
  res.json(rows)
})

users.patch('/users/:id', requireAuth, async (req: Request<UserParams, unknown, UpdateProfileBody>, res: Response) => {
  if (req.params.id !== req.user!.id) return res.sendStatus(403)
  const { displayName, avatarUrl } = req.body
  await User.update({ displayName, avatarUrl }, { where: { id: req.params.id } })
  res.sendStatus(204)
})

users.get('/users/:id/card', (req: Request<UserParams, string, unknown, CardQuery>, res: Response) => {
  res.type('html').send(`<div class="card">${escape(req.query.name ?? '')}</div>`)
})

users.get('/users/:id/avatar', async (req: Request<UserParams>, res: Response) => {
  const user = await User.findByPk(req.params.id, { attributes: ['avatarUrl'] })
  res.redirect(user?.avatarUrl ?? '/static/default-avatar.png')
})
